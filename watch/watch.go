// Package watch polls RSS, Atom and JSON feeds and hands on the items it
// has not seen before.
//
// Each poll is a conditional GET (If-None-Match with the last ETag,
// If-Modified-Since with the last Last-Modified), so an unchanged feed
// costs a 304 and no parsing. An item is new when its GUID (else its link)
// is not among the keys seen in that feed; content is never compared. A
// feed that fails (network error, HTTP error, unreadable document) is
// polled again after a backoff that doubles with each failure, up to
// MaxBackoff, or after the server's Retry-After. With FetchPages, a new
// item that has a link but no text is read from the page it links to.
//
// The state of each feed (validators, seen keys, failures, next poll) is
// kept through a StateStore: the PostgreSQL store implements it, and
// FileState keeps it in a JSON file for other stores.
package watch

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/mmcdole/gofeed"

	"sitrep"
	"sitrep/read"
)

// StateStore keeps the state of each feed as an opaque document.
type StateStore interface {
	// FeedState returns the saved state of the feed, nil when none.
	FeedState(ctx context.Context, url string) ([]byte, error)
	// SaveFeedState saves the state of the feed.
	SaveFeedState(ctx context.Context, url string, state []byte) error
}

// State is what the watcher remembers of a feed.
type State struct {
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	Seen         []string  `json:"seen"` // item keys, newest first
	Failures     int       `json:"failures,omitempty"`
	LastError    string    `json:"last_error,omitempty"`
	LastPoll     time.Time `json:"last_poll,omitzero"`
	NextPoll     time.Time `json:"next_poll,omitzero"`
}

// Handler receives the new items of a feed. When it fails, the items are
// not marked seen and the next poll offers them again. A Watcher never
// calls it from two goroutines at once.
type Handler func(ctx context.Context, feed string, items []read.Item) error

// Watcher polls feeds. Set Handler and State; the rest has defaults.
type Watcher struct {
	Handler Handler
	State   StateStore
	// Client fetches feeds; nil means a client with a 30s timeout.
	Client *http.Client
	// Every is the interval between polls of a feed; 0 means 5 minutes.
	Every time.Duration
	// MaxBackoff caps the wait after failures; 0 means 6 hours.
	MaxBackoff time.Duration
	// Read configures how items become articles; its Stdin is ignored.
	Read read.Options
	// Log, when set, gets a line per poll that finds items or fails.
	Log *slog.Logger
	// Now returns the time; nil means time.Now.
	Now func() time.Time
	// Concurrency is how many feeds Run fetches at once; 0 means 8.
	Concurrency int
	// FetchPages reads the page a new item links to when the feed gives
	// the item no text (a title and a link only), with the URL reader of
	// package read (Read.AllowPrivate applies).
	FetchPages bool

	handling sync.Mutex // serializes Handler calls
}

// UserAgent is sent with every request.
const UserAgent = "sitrep-watch/1 (+https://github.com/sitrep)"

// maxSeen caps the keys remembered per feed, beyond those in the feed now.
const maxSeen = 1000

func (w *Watcher) now() time.Time {
	if w.Now != nil {
		return w.Now()
	}
	return time.Now()
}

func (w *Watcher) every() time.Duration {
	if w.Every > 0 {
		return w.Every
	}
	return 5 * time.Minute
}

func (w *Watcher) log() *slog.Logger {
	if w.Log != nil {
		return w.Log
	}
	return slog.New(slog.DiscardHandler)
}

// Load returns the saved state of a feed, the zero State when none.
func (w *Watcher) Load(ctx context.Context, url string) (State, error) {
	var st State
	b, err := w.State.FeedState(ctx, url)
	if err != nil || b == nil {
		return st, err
	}
	if err := json.Unmarshal(b, &st); err != nil {
		return State{}, fmt.Errorf("feed state %s: %w", url, err)
	}
	return st, nil
}

func (w *Watcher) save(ctx context.Context, url string, st State) error {
	b, err := json.Marshal(st)
	if err != nil {
		return err
	}
	return w.State.SaveFeedState(ctx, url, b)
}

// FeedError is a failure of a feed itself (unreachable, an HTTP error, an
// unreadable document): it is recorded in the feed's state and the feed is
// polled again after a backoff.
type FeedError struct {
	URL string
	Err error
}

func (e *FeedError) Error() string { return e.URL + ": " + e.Err.Error() }
func (e *FeedError) Unwrap() error { return e.Err }

// Poll fetches one feed now, whatever its next poll time, hands its new
// items to the handler and saves its state. It returns how many items
// were new. A failure of the feed is recorded in its state (and backs off
// its next poll) and returned as a *FeedError; a failure of the handler or the state store
// is returned and leaves the state as it was.
func (w *Watcher) Poll(ctx context.Context, url string) (int, error) {
	st, err := w.Load(ctx, url)
	if err != nil {
		return 0, err
	}
	now := w.now()
	st.LastPoll = now
	body, validators, retryAfter, err := w.fetch(ctx, url, st)
	if err != nil {
		if ctx.Err() != nil {
			return 0, ctx.Err()
		}
		st.Failures++
		st.LastError = err.Error()
		st.NextPoll = now.Add(w.backoff(st.Failures, retryAfter))
		w.log().Warn("feed failed", "feed", url, "failures", st.Failures, "next", st.NextPoll.Format(time.RFC3339), "err", err)
		if serr := w.save(ctx, url, st); serr != nil {
			return 0, serr
		}
		return 0, &FeedError{URL: url, Err: err}
	}
	st.Failures, st.LastError = 0, ""
	st.NextPoll = now.Add(w.every())
	if body == nil { // 304 Not Modified
		return 0, w.save(ctx, url, st)
	}
	items, keys, links, err := w.parse(ctx, url, body)
	if err != nil {
		st.Failures++
		st.LastError = err.Error()
		st.NextPoll = now.Add(w.backoff(st.Failures, 0))
		if serr := w.save(ctx, url, st); serr != nil {
			return 0, serr
		}
		return 0, &FeedError{URL: url, Err: err}
	}
	seen := make(map[string]bool, len(st.Seen))
	for _, k := range st.Seen {
		seen[k] = true
	}
	var fresh []read.Item
	for i, it := range items {
		if seen[keys[i]] {
			continue
		}
		if it.Err != nil && links[i] != "" && w.FetchPages {
			it = w.page(ctx, it, links[i])
		}
		fresh = append(fresh, it)
	}
	if len(fresh) > 0 {
		w.handling.Lock()
		err := w.Handler(ctx, url, fresh)
		w.handling.Unlock()
		if err != nil {
			return 0, fmt.Errorf("feed %s: %w", url, err)
		}
		w.log().Info("new items", "feed", url, "items", len(fresh))
	}
	st.ETag, st.LastModified = validators.Get("ETag"), validators.Get("Last-Modified")
	st.Seen = mergeSeen(keys, st.Seen)
	return len(fresh), w.save(ctx, url, st)
}

// mergeSeen returns the keys of the feed now, then the older keys not in
// it, up to maxSeen beyond the feed's.
func mergeSeen(now, old []string) []string {
	out := make([]string, 0, len(now)+min(len(old), maxSeen))
	in := make(map[string]bool, len(now))
	for _, k := range now {
		if !in[k] {
			in[k] = true
			out = append(out, k)
		}
	}
	kept := 0
	for _, k := range old {
		if !in[k] && kept < maxSeen {
			in[k] = true
			out = append(out, k)
			kept++
		}
	}
	return out
}

// backoff is the wait after n failures in a row: the interval doubled per
// failure, capped, or the server's Retry-After when longer.
func (w *Watcher) backoff(n int, retryAfter time.Duration) time.Duration {
	limit := w.MaxBackoff
	if limit <= 0 {
		limit = 6 * time.Hour
	}
	d := min(w.every()<<min(n-1, 20), limit)
	return max(d, retryAfter)
}

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
