package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/queue"
)

const testFeed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbor Post</title>
<item><guid>g1</guid><title>Truce talks</title><description>Envoys met in Geneva on Monday to discuss a truce in Aleppo.</description><pubDate>Mon, 05 Dec 2016 08:00:00 GMT</pubDate></item>
<item><guid>g2</guid><title>Convoy</title><description>Aid trucks reached Madaya on Tuesday, officials said.</description><pubDate>Tue, 06 Dec 2016 08:00:00 GMT</pubDate></item>
</channel></rss>`

func feedList(t *testing.T) (string, *int) {
	t.Helper()
	var notModified int
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"1"` {
			notModified++
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"1"`)
		fmt.Fprint(w, testFeed)
	}))
	t.Cleanup(srv.Close)
	list := filepath.Join(t.TempDir(), "feeds.txt")
	if err := os.WriteFile(list, []byte("# test feeds\n\n"+srv.URL+"/rss\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return list, &notModified
}

func TestWatch_Once(t *testing.T) {
	ctx := context.Background()
	list, notModified := feedList(t)
	db := filepath.Join(t.TempDir(), "w.db")
	code, errs := runSub(ctx, newWatchCmd, "watch", "--once", "--db", db, list)
	if code != exitOK || !strings.Contains(errs, "2 new items: 2 stored") {
		t.Fatalf("first watch: exit %d, %s", code, errs)
	}
	code, errs = runSub(ctx, newWatchCmd, "watch", "--once", "--db", db, list)
	if code != exitOK || !strings.Contains(errs, "0 new items") || *notModified != 1 {
		t.Fatalf("second watch: exit %d, %s (%d not modified)", code, errs, *notModified)
	}
	if n := count(ctx, t, db); n != 2 {
		t.Errorf("%d articles stored, want 2", n)
	}
	if _, err := os.Stat(list + ".state.json"); err != nil {
		t.Errorf("no state file: %v", err)
	}
	bad := filepath.Join(t.TempDir(), "bad.txt")
	os.WriteFile(bad, []byte("ftp://example.com/feed\n"), 0o644)
	if code, _ := runSub(ctx, newWatchCmd, "watch", "--once", "--db", db, bad); code == exitOK {
		t.Error("a list with a non-http URL was accepted")
	}
}

func TestWatch_Queue(t *testing.T) {
	ctx := context.Background()
	stream := testStream(t)
	nurl := natsURL(os.Getenv("SITREP_TEST_NATS"))
	list, _ := feedList(t)
	code, errs := runSub(ctx, newWatchCmd, "watch", "--once", "--nats", nurl, "--stream", stream, list)
	if code != exitOK || !strings.Contains(errs, "2 new items: 0 stored, 2 queued") {
		t.Fatalf("watch: exit %d, %s", code, errs)
	}
	q, err := queue.Open(ctx, nurl, queue.Config{Stream: stream})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	if st, err := q.Stats(ctx); err != nil || st.Waiting != 2 {
		t.Errorf("queue %+v, %v", st, err)
	}
}
