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
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

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
