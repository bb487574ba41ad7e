package read_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"sitrep"
	"sitrep/read"
)

const fetchPage = `<html><head><title>Dam bursts | Desert News</title>
<meta property="og:site_name" content="Desert News"></head>
<body><nav>Home</nav><article><h1>Dam bursts</h1>
<p>Floodwater swept through Derna on Monday after two dams collapsed in a storm.</p>
<p>Thousands of people were missing, officials said.</p></article></body></html>`

func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, fetchPage)
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, rssFeed)
	})
	mux.HandleFunc("/plain", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, "Dam bursts in Libya\nFloodwater swept through Derna.\n")
	})
	mux.HandleFunc("/hop/{n}", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscan(r.PathValue("n"), &n)
		if n == 0 {
			http.Redirect(w, r, "/page", http.StatusFound)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusFound)
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		line := strings.Repeat("words and more words ", 50) + "\n"
		for n := 0; n < read.MaxFetchSize+len(line); n += len(line) {
			if _, err := fmt.Fprint(w, line); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/huge-declared", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", fmt.Sprint(read.MaxFetchSize+1))
		w.WriteHeader(http.StatusOK)
	})
	mux.HandleFunc("/gone", http.NotFound)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func fetchItems(t *testing.T, r *read.Reader, url string) []read.Item {
	t.Helper()
	ins, err := r.Expand([]string{url})
	if err != nil {
		t.Fatal(err)
	}
	items, err := r.All(context.Background(), ins[0])
	if err != nil {
		t.Fatal(err)
	}
	return items
}

func TestFetch(t *testing.T) {
	srv := newServer(t)
	open := read.New(read.Options{AllowPrivate: true})

	t.Run("OK", func(t *testing.T) {
		items := fetchItems(t, open, srv.URL+"/page")
		if got, want := len(items), 1; got != want {
			t.Fatalf("items = %d, want %d", got, want)
		}
		it := items[0]
		if it.Err != nil {
			t.Fatal(it.Err)
		}
		a := it.Article
		if got, want := a.Title, "Dam bursts"; got != want {
			t.Errorf("title = %q, want %q", got, want)
		}
		if got, want := a.Source, "Desert News"; got != want {
			t.Errorf("source = %q, want %q", got, want)
		}
		if got, want := a.URL, srv.URL+"/page"; got != want {
			t.Errorf("url = %q, want %q", got, want)
		}
		if got, want := a.Body, "Floodwater swept through Derna on Monday after two dams collapsed in a storm.\nThousands of people were missing, officials said."; got != want {
			t.Errorf("body = %q, want %q", got, want)
		}
	})
	t.Run("Feed", func(t *testing.T) {
		if got, want := len(fetchItems(t, open, srv.URL+"/feed")), 3; got != want {
			t.Errorf("items = %d, want %d", got, want)
		}
	})
	t.Run("Plain", func(t *testing.T) {
		items := fetchItems(t, open, srv.URL+"/plain")
		if got, want := items[0].Article.Title, "Dam bursts in Libya"; got != want {
			t.Errorf("title = %q, want %q", got, want)
		}
	})
	t.Run("FiveRedirects", func(t *testing.T) {
		items := fetchItems(t, open, srv.URL+"/hop/4")
		if err := items[0].Err; err != nil {
			t.Fatalf("5 redirects: %v", err)
		}
		if got, want := items[0].Article.URL, srv.URL+"/page"; got != want {
			t.Errorf("url = %q, want %q", got, want)
		}
	})
	errTests := []struct {
		name, path, code, msg string
	}{
		{"ErrTooManyRedirects", "/hop/5", sitrep.EINVALID, "too many redirects"},
		{"ErrTooLarge", "/huge", sitrep.EINVALID, "too large"},
		{"ErrTooLargeDeclared", "/huge-declared", sitrep.EINVALID, "too large"},
		{"ErrNotFound", "/gone", sitrep.ENOTFOUND, "404"},
	}
	for _, tt := range errTests {
		t.Run(tt.name, func(t *testing.T) {
			items := fetchItems(t, open, srv.URL+tt.path)
			if got, want := len(items), 1; got != want {
				t.Fatalf("items = %d, want %d", got, want)
			}
			err := items[0].Err
			if got, want := sitrep.ErrorCode(err), tt.code; got != want {
				t.Errorf("code = %q (%v), want %q", got, err, want)
			}
			if err == nil || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("err = %v, want %q", err, tt.msg)
			}
		})
	}
	t.Run("ErrPrivate", func(t *testing.T) {
		closed := read.New(read.Options{})
		for _, u := range []string{srv.URL + "/page", strings.Replace(srv.URL, "127.0.0.1", "localhost", 1) + "/page"} {
			items := fetchItems(t, closed, u)
			err := items[0].Err
			if err == nil || !strings.Contains(err.Error(), "refusing to connect") {
				t.Errorf("%s: err = %v, want a refusal", u, err)
			}
			if got, want := sitrep.ErrorCode(err), sitrep.EINVALID; got != want {
				t.Errorf("code = %q, want %q", got, want)
			}
		}
	})
	t.Run("ErrScheme", func(t *testing.T) {
		_, err := open.Expand([]string{"ftp://example.com/x"})
		if got, want := sitrep.ErrorCode(err), sitrep.EUNSUPPORTED; got != want {
			t.Errorf("code = %q (%v), want %q", got, err, want)
		}
	})
}
