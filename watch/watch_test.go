package watch_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"sitrep/read"
	"sitrep/watch"
)

// feedServer serves an RSS feed whose items can change, with an ETag
// and a Last-Modified date, and counts what it was asked.
type feedServer struct {
	mu       sync.Mutex
	items    []string // "guid|link|text"
	version  int
	status   int // when not 0, every request fails with it
	etag     bool
	requests int
	notMod   int
}

func (f *feedServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.requests++
	if f.status != 0 {
		if f.status == http.StatusServiceUnavailable {
			w.Header().Set("Retry-After", "3600")
		}
		w.WriteHeader(f.status)
		return
	}
	modified := time.Date(2024, 5, 1, 0, f.version, 0, 0, time.UTC).Format(http.TimeFormat)
	tag := fmt.Sprintf(`"v%d"`, f.version)
	if f.etag {
		w.Header().Set("ETag", tag)
		if r.Header.Get("If-None-Match") == tag {
			f.notMod++
			w.WriteHeader(http.StatusNotModified)
			return
		}
	} else {
		w.Header().Set("Last-Modified", modified)
		if r.Header.Get("If-Modified-Since") == modified {
			f.notMod++
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	w.Header().Set("Content-Type", "application/rss+xml")
	fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbor Post</title><link>https://example.com/</link>`)
	for _, it := range f.items {
		p := strings.SplitN(it, "|", 3)
		fmt.Fprint(w, "<item>")
		if p[0] != "" {
			fmt.Fprintf(w, "<guid isPermaLink=\"false\">%s</guid>", p[0])
		}
		if p[1] != "" {
			fmt.Fprintf(w, "<link>%s</link>", p[1])
		}
		fmt.Fprintf(w, "<title>%s</title><description>%s</description><pubDate>Wed, 01 May 2024 08:00:00 GMT</pubDate></item>", p[2], p[2])
	}
	fmt.Fprint(w, `</channel></rss>`)
}

func (f *feedServer) set(fn func(f *feedServer)) {
	f.mu.Lock()
	fn(f)
	f.version++
	f.mu.Unlock()
}

// recorder is a Handler that keeps the titles it was given.
type recorder struct {
	titles []string
	fail   error
}

func (r *recorder) handle(_ context.Context, _ string, items []read.Item) error {
	if r.fail != nil {
		return r.fail
	}
	for _, it := range items {
		r.titles = append(r.titles, it.Article.Title)
	}
	return nil
}

func newWatcher(t *testing.T, rec *recorder, now *time.Time) *watch.Watcher {
	st, err := watch.OpenFileState(filepath.Join(t.TempDir(), "feeds.json"))
	if err != nil {
		t.Fatal(err)
	}
	return &watch.Watcher{Handler: rec.handle, State: st, Every: time.Minute, Now: func() time.Time { return *now }}
}

func TestPoll(t *testing.T) {
	for _, etag := range []bool{true, false} {
		t.Run(fmt.Sprintf("ETag=%v", etag), func(t *testing.T) {
			ctx := context.Background()
			fs := &feedServer{etag: etag, items: []string{"a|https://example.com/a|Troops enter Mosul.", "|https://example.com/b|Talks resume in Geneva."}}
			srv := httptest.NewServer(fs)
			defer srv.Close()
			now := time.Date(2024, 5, 1, 9, 0, 0, 0, time.UTC)
			rec := &recorder{}
			w := newWatcher(t, rec, &now)
			if n, err := w.Poll(ctx, srv.URL); err != nil || n != 2 {
				t.Fatalf("first poll: %d new, %v", n, err)
			}
			if n, err := w.Poll(ctx, srv.URL); err != nil || n != 0 || fs.notMod != 1 {
				t.Fatalf("second poll: %d new, %v, %d not-modified answers", n, err, fs.notMod)
			}
			// A new item, and an old one rewritten: only the new one is new.
			fs.set(func(f *feedServer) {
				f.items = []string{"c||Aid reaches Madaya.", "a|https://example.com/a|Troops enter Mosul, officials say.", f.items[1]}
			})
			if n, err := w.Poll(ctx, srv.URL); err != nil || n != 1 {
				t.Fatalf("third poll: %d new, %v", n, err)
			}
			if got, want := strings.Join(rec.titles, "; "), "Troops enter Mosul.; Talks resume in Geneva.; Aid reaches Madaya."; got != want {
				t.Errorf("handled %q, want %q", got, want)
			}
			st, _ := w.Load(ctx, srv.URL)
			if st.Failures != 0 || !st.NextPoll.Equal(now.Add(time.Minute)) || len(st.Seen) != 3 || (st.ETag == "") != !etag {
				t.Errorf("state %+v", st)
			}
		})
	}
}

func TestPoll_Backoff(t *testing.T) {
	ctx := context.Background()
	fs := &feedServer{etag: true, status: http.StatusServiceUnavailable, items: []string{"a||One."}}
	srv := httptest.NewServer(fs)
	defer srv.Close()
	now := time.Date(2024, 5, 1, 9, 0, 0, 0, time.UTC)
	rec := &recorder{}
	w := newWatcher(t, rec, &now)
	w.MaxBackoff = 3 * time.Minute
	for i, want := range []time.Duration{time.Hour, time.Hour} { // Retry-After: 3600 wins
		_, err := w.Poll(ctx, srv.URL)
		if !errors.As(err, new(*watch.FeedError)) {
			t.Fatalf("poll %d: %v, want a FeedError", i, err)
		}
		if st, _ := w.Load(ctx, srv.URL); st.Failures != i+1 || st.NextPoll.Sub(now) != want || !strings.Contains(st.LastError, "503") {
			t.Errorf("after failure %d: %+v", i+1, st)
		}
	}
	fs.set(func(f *feedServer) { f.status = http.StatusNotFound })
	for i, want := range []time.Duration{3 * time.Minute, 3 * time.Minute} { // 4m and 8m, capped
		w.Poll(ctx, srv.URL)
		if st, _ := w.Load(ctx, srv.URL); st.NextPoll.Sub(now) != want {
			t.Errorf("after failure %d: next poll in %v, want %v", i+3, st.NextPoll.Sub(now), want)
		}
	}
	fs.set(func(f *feedServer) { f.status = 0 })
	if n, err := w.Poll(ctx, srv.URL); err != nil || n != 1 {
		t.Fatalf("recovered poll: %d, %v", n, err)
	}
	if st, _ := w.Load(ctx, srv.URL); st.Failures != 0 || st.LastError != "" {
		t.Errorf("state after recovery: %+v", st)
	}
	_, err := w.Poll(ctx, "http://127.0.0.1:1/feed")
	if !errors.As(err, new(*watch.FeedError)) {
		t.Errorf("unreachable feed: %v", err)
	}
}

// A handler that fails leaves the items unseen: the next poll offers them
// again, even from a server that answers with validators.
func TestPoll_ErrHandler(t *testing.T) {
	ctx := context.Background()
	fs := &feedServer{etag: true, items: []string{"a||One.", "b||Two."}}
	srv := httptest.NewServer(fs)
	defer srv.Close()
	now := time.Now()
	rec := &recorder{fail: errors.New("queue down")}
	w := newWatcher(t, rec, &now)
	if _, err := w.Poll(ctx, srv.URL); err == nil || errors.As(err, new(*watch.FeedError)) {
		t.Fatalf("poll with failing handler: %v", err)
	}
	rec.fail = nil
	if n, err := w.Poll(ctx, srv.URL); err != nil || n != 2 {
		t.Errorf("retry: %d new, %v", n, err)
	}
}

func TestFileState(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "state.json")
	f, err := watch.OpenFileState(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.SaveFeedState(ctx, "https://a/feed", []byte(`{"etag":"x"}`)); err != nil {
		t.Fatal(err)
	}
	g, err := watch.OpenFileState(path)
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := g.FeedState(ctx, "https://a/feed"); string(b) != `{"etag":"x"}` {
		t.Errorf("reopened state %q", b)
	}
	if b, _ := g.FeedState(ctx, "https://b/feed"); b != nil {
		t.Errorf("unknown feed state %q", b)
	}
}

func TestRun(t *testing.T) {
	fs := &feedServer{etag: true, items: []string{"a||One.", "b||Two."}}
	srv := httptest.NewServer(fs)
	defer srv.Close()
	now := time.Now()
	rec := &recorder{}
	w := newWatcher(t, rec, &now)
	w.Every = time.Hour
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	if err := w.Run(ctx, []string{srv.URL, "http://127.0.0.1:1/down"}); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Run: %v", err)
	}
	if len(rec.titles) != 2 || fs.requests != 1 {
		t.Errorf("Run handled %v in %d requests", rec.titles, fs.requests)
	}
}

// TestRun_Many polls many feeds at once; the handler is never called from
// two goroutines at the same time.
func TestRun_Many(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(20 * time.Millisecond)
		fmt.Fprintf(w, `<rss version="2.0"><channel><title>T</title><item><guid>%s</guid><title>x</title><description>News from %s.</description></item></channel></rss>`, r.URL.Path, r.URL.Path)
	}))
	defer srv.Close()
	var feeds []string
	for i := range 20 {
		feeds = append(feeds, fmt.Sprintf("%s/feed%d", srv.URL, i))
	}
	var (
		mu           sync.Mutex
		inside, most int
		handled      = map[string]int{}
	)
	st, err := watch.OpenFileState(filepath.Join(t.TempDir(), "feeds.json"))
	if err != nil {
		t.Fatal(err)
	}
	w := &watch.Watcher{State: st, Every: time.Hour, Concurrency: 4,
		Handler: func(_ context.Context, feed string, items []read.Item) error {
			mu.Lock()
			inside++
			most = max(most, inside)
			handled[feed] += len(items)
			mu.Unlock()
			time.Sleep(time.Millisecond)
			mu.Lock()
			inside--
			mu.Unlock()
			return nil
		}}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	start := time.Now()
	go func() {
		for {
			mu.Lock()
			n := len(handled)
			mu.Unlock()
			if n == len(feeds) {
				cancel()
				return
			}
			time.Sleep(10 * time.Millisecond)
		}
	}()
	w.Run(ctx, feeds)
	if len(handled) != len(feeds) || most != 1 {
		t.Errorf("handled %d feeds, at most %d handlers at once", len(handled), most)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("20 feeds of 20ms each took %v with 4 at a time", d)
	}
}

// An item with a title and a link only is read from the page it links to.
func TestPoll_FetchPages(t *testing.T) {
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	mux.HandleFunc("/rss", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<rss version="2.0"><channel><title>Harbor Post</title>
<item><guid>p1</guid><title>Convoy reaches Madaya</title><link>%s/story</link></item>
<item><guid>p2</guid><title>Dead link</title><link>%s/missing</link></item></channel></rss>`, srv.URL, srv.URL)
	})
	mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<html><head><title>Convoy reaches Madaya</title></head><body><article>
<p>Forty trucks of food and medicine reached the besieged town of Madaya on Monday, the Red Crescent said.</p>
<p>Residents said some 400 people needed to be evacuated for treatment, and aid workers said more convoys were planned.</p>
</article></body></html>`)
	})
	now := time.Now()
	rec := &recorder{}
	var bodies []string
	w := newWatcher(t, rec, &now)
	w.FetchPages = true
	w.Read.AllowPrivate = true
	w.Handler = func(_ context.Context, _ string, items []read.Item) error {
		for _, it := range items {
			if it.Err != nil {
				bodies = append(bodies, "error: "+it.Err.Error())
			} else {
				bodies = append(bodies, it.Article.Body)
			}
		}
		return nil
	}
	if n, err := w.Poll(context.Background(), srv.URL+"/rss"); err != nil || n != 2 {
		t.Fatalf("poll: %d new, %v", n, err)
	}
	if len(bodies) != 2 || !strings.Contains(bodies[0], "Forty trucks") || !strings.HasPrefix(bodies[1], "error:") {
		t.Errorf("items: %q", bodies)
	}
}
