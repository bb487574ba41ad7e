package watch

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"sitrep"
	"sitrep/read"
)

// fetch GETs the feed with the saved validators. body is nil on 304.
func (w *Watcher) fetch(ctx context.Context, url string, st State) (body []byte, h http.Header, retryAfter time.Duration, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, nil, 0, sitrep.Errorf(sitrep.EINVALID, "feed URL %q: %v", url, err)
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.8")
	if st.ETag != "" {
		req.Header.Set("If-None-Match", st.ETag)
	}
	if st.LastModified != "" {
		req.Header.Set("If-Modified-Since", st.LastModified)
	}
	client := w.Client
	if client == nil {
		client = &http.Client{Timeout: 30 * time.Second}
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, nil, 0, err
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusNotModified:
		return nil, resp.Header, 0, nil
	case resp.StatusCode != http.StatusOK:
		if s, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil && s > 0 {
			retryAfter = time.Duration(s) * time.Second
		}
		return nil, nil, retryAfter, fmt.Errorf("HTTP %s", resp.Status)
	}
	body, err = io.ReadAll(io.LimitReader(resp.Body, read.MaxFetchSize+1))
	if err != nil {
		return nil, nil, 0, err
	}
	if len(body) > read.MaxFetchSize {
		return nil, nil, 0, fmt.Errorf("feed larger than %d bytes", read.MaxFetchSize)
	}
	return body, resp.Header, 0, nil
}

// parse reads the items of a feed document and the key of each: its GUID,
// else its link, else (an item with neither) its article id.
func (w *Watcher) parse(ctx context.Context, url string, body []byte) (items []read.Item, keys, links []string, err error) {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, nil, nil, sitrep.Errorf(sitrep.EUNSUPPORTED, "not a readable RSS, Atom or JSON feed: %v", err)
	}
	o := w.Read
	o.Stdin = bytes.NewReader(body)
	r := read.New(o)
	items = make([]read.Item, 0, len(feed.Items))
	keys = make([]string, 0, len(feed.Items))
	links = make([]string, 0, len(feed.Items))
	err = r.Each(ctx, read.Input{Name: url, Kind: read.KindStdin, Format: read.FormatFeed}, func(it read.Item) error {
		// The reader names items "url#item N", N counting from 1 in the
		// order of the document, as gofeed gives them.
		n, err := strconv.Atoi(strings.TrimPrefix(it.Where, url+"#item "))
		key, link := "", ""
		if err == nil && n >= 1 && n <= len(feed.Items) && feed.Items[n-1] != nil {
			fi := feed.Items[n-1]
			link = strings.TrimSpace(fi.Link)
			if key = strings.TrimSpace(fi.GUID); key == "" {
				key = link
			}
		}
		if key == "" {
			if it.Err != nil {
				return nil // a failure of the whole document, not of an item
			}
			key = "id:" + it.Article.ID
		}
		items = append(items, it)
		keys = append(keys, key)
		links = append(links, link)
		return nil
	})
	return items, keys, links, err
}

// page reads the article an item links to, for an item whose feed entry
// has no text. It returns the item unchanged when the page cannot be read.
func (w *Watcher) page(ctx context.Context, it read.Item, link string) read.Item {
	r := read.New(w.Read)
	got, err := r.All(ctx, read.Input{Name: link, Kind: read.KindURL})
	if err != nil || len(got) == 0 || got[0].Err != nil {
		return it
	}
	p := got[0]
	p.Where = it.Where + " " + link
	if p.Article.Title == "" {
		p.Article.Title = it.Article.Title
	}
	return p
}
