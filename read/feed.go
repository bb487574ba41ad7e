package read

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"sitrep"
)

// readFeed reads an RSS, Atom or JSON feed: one article per item, its body
// from the item's content or else its description, as text with one
// paragraph per line. The feed's title is the source of every item.
//
// The feed is parsed whole (gofeed does not stream), so it is capped at
// MaxFeedSize; its items are handed on one at a time.
func (r *Reader) readFeed(e *emitter, src *source) error {
	limit := int64(MaxFeedSize)
	if src.url != "" {
		limit = MaxFetchSize
	}
	b, err := src.readAll(limit)
	if err != nil {
		return err
	}
	var diags sitrep.Diagnostics
	feed, err := parseFeed(b)
	if err != nil && !utf8.Valid(b) {
		// An undeclared encoding or stray bytes: repair and try again.
		feed, err = parseFeed([]byte(normalize(b, &diags)))
	}
	if err != nil {
		return sitrep.Errorf(sitrep.EUNSUPPORTED, "not a readable RSS, Atom or JSON feed: %v", err)
	}
	source := strings.TrimSpace(feed.Title)
	if len(feed.Items) == 0 {
		return sitrep.Errorf(sitrep.EINVALID, "feed has no items")
	}
	for i, fi := range feed.Items {
		if fi == nil {
			continue
		}
		it := feedItem(fi, feed.Link)
		it.Diagnostics = append(append(sitrep.Diagnostics(nil), diags...), it.Diagnostics...)
		it.Where = fmt.Sprintf("%s#item %d", e.in.Name, i+1)
		if it.Err == nil && it.Article.Source == "" {
			it.Article.Source = source
		}
		if !e.emit(it) {
			return nil
		}
	}
	return nil
}

// parseFeed parses a feed with gofeed, turning a panic of the parser (it
// has one on a JSON Feed whose items hold null) into an error.
func parseFeed(b []byte) (feed *gofeed.Feed, err error) {
	defer func() {
		if p := recover(); p != nil {
			feed, err = nil, fmt.Errorf("the feed parser failed: %v", p)
		}
	}()
	return gofeed.NewParser().Parse(bytes.NewReader(b))
}

// feedItem turns one feed item into an article.
func feedItem(fi *gofeed.Item, feedLink string) Item {
	var it Item
	a := &it.Article
	body := htmlToText(firstNonEmpty(fi.Content, fi.Description))
	a.Body = normalize([]byte(body), &it.Diagnostics)
	a.Title = strings.Join(strings.Fields(htmlToText(fi.Title)), " ")
	if strings.TrimSpace(a.Body) == "" {
		it.Err = sitrep.Errorf(sitrep.EINVALID, "item has no content or description")
		return it
	}
	links := append([]string{fi.Link}, fi.Links...)
	if strings.HasPrefix(fi.GUID, "http://") || strings.HasPrefix(fi.GUID, "https://") {
		links = append(links, fi.GUID)
	}
	base, _ := url.Parse(feedLink)
	if base != nil && base.Host == "" {
		base = nil
	}
	a.URL = absURL(base, links)
	switch {
	case fi.PublishedParsed != nil:
		a.Published = sitrep.DateOf(*fi.PublishedParsed)
	case fi.Published != "":
		it.readPublished(fi.Published, "item date")
	case fi.UpdatedParsed != nil:
		a.Published = sitrep.DateOf(*fi.UpdatedParsed)
	case fi.Updated != "":
		it.readPublished(fi.Updated, "item date")
	}
	return it
}

// htmlToText renders an HTML fragment as text, one paragraph per line.
// Text with no markup keeps its lines; only entities are decoded.
func htmlToText(s string) string {
	if !strings.Contains(s, "<") {
		return strings.TrimSpace(html.UnescapeString(s))
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return ""
	}
	root := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	return renderText(root, false)
}
