package read

import (
	"bytes"
	"mime"
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"sitrep"
)

// minMainText is the length, in bytes, under which the main text found by
// readability is distrusted and the whole page's text is used if it is
// longer: a page can be mostly one short story.
const minMainText = 200

// maxElements is the most elements a page may have for readability to look
// for its main text; a bigger page is rendered whole, minus navigation and
// other boilerplate. News pages have a few thousand elements; readability's
// time grows faster than linearly with their number and reaches seconds
// past a few hundred thousand.
const maxElements = 50000

// readHTML reads an HTML page: the main text, one paragraph per line, and
// the title, canonical URL, site name and publication date from its
// metadata. contentType and pageURL come from HTTP when the page was
// fetched.
func (r *Reader) readHTML(b []byte, contentType, pageURL string) Item {
	var it Item
	text := decodeHTML(b, contentType, &it.Diagnostics)
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		// x/net/html refuses pages nested more than 512 deep.
		it.Err = sitrep.Errorf(sitrep.EINVALID, "cannot parse the HTML: %v", err)
		return it
	}
	meta := readMeta(doc)
	base, _ := url.Parse(pageURL)
	if base != nil && base.Host == "" {
		base = nil
	}

	prune(doc)
	var main string
	var art readability.Article
	if countElements(doc, maxElements+1) <= maxElements {
		p := readability.NewParser()
		art, err = p.ParseDocument(doc, base)
		if err == nil {
			main = renderText(art.Node, false)
		}
	}
	if len(main) < minMainText {
		if body := findElement(doc, atom.Body); body != nil {
			if whole := renderText(body, true); len(whole) > len(main) {
				main = whole
			}
		}
	}

	a := &it.Article
	// Without a title in the metadata, an <h1> that the page's <title>
	// contains is the headline without the site's name.
	h1 := ""
	if meta.h1 != "" && strings.Contains(titleOf(doc), meta.h1) {
		h1 = meta.h1
	}
	a.Title = firstNonEmpty(append(meta.titles, h1, art.Title(), meta.h1, titleOf(doc))...)
	a.Title = strings.Join(strings.Fields(a.Title), " ")
	a.Body = dropHeadline(main, a.Title, meta.h1)
	if strings.TrimSpace(a.Body) == "" {
		it.Err = sitrep.Errorf(sitrep.EINVALID, "no text found in the HTML page")
		return it
	}
	a.Source = firstNonEmpty(append(meta.sites, art.SiteName())...)
	a.URL = resolveURL(base, meta.urls)
	for _, s := range meta.dates {
		if s == "" {
			continue
		}
		if it.ambiguous != "" {
			// After an ambiguous date, a later one (another tag, a
			// sidebar's <time>) counts only as one of its two readings.
			if d, ok := parseDate(s); ok && (d == it.readings[0] || d == it.readings[1]) {
				a.Published = d
				break
			}
			continue
		}
		if it.readPublished(s, "publication date in the page metadata") {
			break
		}
	}
	if a.Published.IsZero() && it.ambiguous == "" {
		// The extractor's own guess, which would read an ambiguous
		// date month first without a word: only when there is none.
		if t, err := art.PublishedTime(); err == nil {
			a.Published = sitrep.DateOf(t)
		}
	}
	return it
}

var metaCharsetRE = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)

// decodeHTML returns the page as UTF-8 text. A page that is not UTF-8 and
// declares another charset (in Content-Type or a <meta> tag) is decoded
// from it; otherwise bad bytes become U+FFFD, with a diagnostic.
func decodeHTML(b []byte, contentType string, diags *sitrep.Diagnostics) string {
	b = bytes.TrimPrefix(b, bom)
	if !utf8.Valid(b) {
		name := ""
		if _, params, err := mime.ParseMediaType(contentType); err == nil {
			name = params["charset"]
		}
		if name == "" {
			head := b[:min(len(b), 2048)]
			if m := metaCharsetRE.FindSubmatch(head); m != nil {
				name = string(m[1])
			}
		}
		if enc, canon := charset.Lookup(name); enc != nil && canon != "utf-8" {
			if d, err := enc.NewDecoder().Bytes(b); err == nil && utf8.Valid(d) {
				return normalize(d, diags)
			}
		}
	}
	return normalize(b, diags)
}

// pruneTokens are class and id words of blocks that sit beside or above a
// story and that readability, which looks for the densest text, may take in
// with it: teaser lists, promotions, newsletter boxes, recommendations,
// section labels ("kicker") and bylines (the byline's <time> is read as
// metadata before pruning).
var pruneTokens = map[string]bool{
	"teaser": true, "teasers": true, "promo": true, "newsletter": true,
	"recommended": true, "most-read": true, "mostread": true, "more-stories": true,
	"read-more": true, "outbrain": true, "taboola": true, "more": true,
	"comments": true, "comment-list": true, "commentlist": true, "cookie-banner": true,
	"kicker": true, "eyebrow": true, "byline": true, "breadcrumb": true, "breadcrumbs": true,
	"share": true, "share-tools": true, "sharing": true, "social": true,
}

// prune removes navigation and the side blocks named in pruneTokens from
// doc.
func prune(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && c.DataAtom != atom.Body && c.DataAtom != atom.Html && isSideBlock(c) {
			n.RemoveChild(c)
		} else {
			prune(c)
		}
		c = next
	}
}

func isSideBlock(n *html.Node) bool {
	if n.DataAtom == atom.Nav || strings.EqualFold(attr(n, "role"), "navigation") {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(attr(n, "class") + " " + attr(n, "id"))) {
		if pruneTokens[w] {
			return true
		}
	}
	return false
}

// dropHeadline removes a first line that repeats the title.
func dropHeadline(body string, heads ...string) string {
	first, rest, ok := strings.Cut(body, "\n")
	if !ok {
		return body
	}
	for _, h := range heads {
		if h != "" && strings.EqualFold(strings.TrimSpace(first), strings.Join(strings.Fields(h), " ")) {
			return rest
		}
	}
	return body
}

// resolveURL returns the first usable absolute http(s) URL among the
// candidates, resolved against base, or else base itself.
func resolveURL(base *url.URL, candidates []string) string {
	if u := absURL(base, candidates); u != "" {
		return u
	}
	if base != nil {
		return base.String()
	}
	return ""
}

// absURL returns the first candidate that is, or resolves against base to,
// an absolute http(s) URL; "" when none is.
func absURL(base *url.URL, candidates []string) string {
	for _, c := range candidates {
		if c == "" {
			continue
		}
		u, err := url.Parse(c)
		if err != nil {
			continue
		}
		if base != nil {
			u = base.ResolveReference(u)
		}
		if (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			return u.String()
		}
	}
	return ""
}

// countElements counts the elements under n, stopping at limit.
func countElements(n *html.Node, limit int) int {
	count := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && count < limit; c = c.NextSibling {
			if c.Type == html.ElementNode {
				count++
			}
			walk(c)
		}
	}
	walk(n)
	return count
}

func titleOf(doc *html.Node) string {
	if t := findElement(doc, atom.Title); t != nil && t.FirstChild != nil {
		return t.FirstChild.Data
	}
	return ""
}

func findElement(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, a); f != nil {
			return f
		}
	}
	return nil
}

// clip shortens s to at most n code points for a message.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}
