package queue_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go"

	"sitrep"
	"sitrep/queue"
	"sitrep/sqlite"
)

// natsURL is the test server, $SITREP_TEST_NATS or a local one.
func natsURL() string {
	if u := os.Getenv("SITREP_TEST_NATS"); u != "" {
		return u
	}
	return "nats://127.0.0.1:4222"
}

// MustOpenQueue opens a queue on a fresh stream, deleted at cleanup. It
// skips the test when no NATS server answers.
func MustOpenQueue(tb testing.TB, cfg queue.Config) *queue.Queue {
	tb.Helper()
	nc, err := nats.Connect(natsURL(), nats.Timeout(2*time.Second))
	if err != nil {
		tb.Skipf("NATS not reachable at %s (set $SITREP_TEST_NATS): %v", natsURL(), err)
	}
	nc.Close()
	b := make([]byte, 4)
	rand.Read(b)
	cfg.Stream = "sitrep_test_" + hex.EncodeToString(b)
	ctx := context.Background()
	q, err := queue.Open(ctx, natsURL(), cfg)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if err := q.Delete(context.Background()); err != nil {
			tb.Error(err)
		}
		q.Close()
	})
	return q
}

func mustOpenDB(tb testing.TB) *sqlite.DB {
	tb.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "q.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

func job(i int, title string) queue.Job {
	body := fmt.Sprintf("Article %d: envoys met on Monday.", i)
	return queue.Job{Article: sitrep.Article{ID: sitrep.ArticleID(body), Title: title, Body: body}, Where: fmt.Sprintf("test#%d", i)}
}

// extract is a stand-in pipeline that panics on articles titled "poison".
func extract(a sitrep.Article) *sitrep.Report {
	if a.Title == "poison" {
		panic("cannot parse this")
	}
	return sitrep.NewReport(a)
}

func TestPublish_Dedup(t *testing.T) {
	ctx := context.Background()
	q := MustOpenQueue(t, queue.Config{})
	for i := range 10 {
		if err := q.Publish(ctx, job(i, "")); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 3 {
		if err := q.Publish(ctx, job(i, "again")); err != nil {
			t.Fatal(err)
		}
	}
	res, err := q.Flush(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if res.Added != 10 || res.Duplicates != 3 {
		t.Errorf("got %+v, want 10 added and 3 duplicates", res)
	}
	st, err := q.Stats(ctx)
	if err != nil || st.Waiting != 10 {
		t.Errorf("stats %+v, %v", st, err)
	}
	if err := q.Publish(ctx, queue.Job{}); sitrep.ErrorCode(err) != sitrep.EINVALID {
		t.Errorf("job without article id: %v", err)
	}
}

func TestWork(t *testing.T) {
	ctx := context.Background()
	q := MustOpenQueue(t, queue.Config{MaxAttempts: 2})
	db := mustOpenDB(t)
	const n = 40
	for i := range n {
		title := ""
		if i == 7 {
			title = "poison"
		}
		if err := q.Publish(ctx, job(i, title)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := q.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	// One already stored: the worker acknowledges it without extracting.
	if _, err := db.SaveReports(ctx, []*sitrep.Report{sitrep.NewReport(job(3, "").Article)}); err != nil {
		t.Fatal(err)
	}
	wctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	st, err := q.Work(wctx, queue.Worker{Extract: extract, Store: db, Batch: 8, ExitWhenEmpty: true})
	if err != nil {
		t.Fatal(err)
	}
	if st.Saved != n-2 || st.Skipped != 1 || st.Dead != 1 || st.Retried != 1 {
		t.Errorf("stats %+v, want %d saved, 1 skipped, 1 retried, 1 dead", st, n-2)
	}
	if got, _ := db.CountArticles(ctx); got != n-1 {
		t.Errorf("%d articles stored, want %d", got, n-1)
	}
	dead, err := q.DeadLetters(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(dead) != 1 || dead[0].Job.Where != "test#7" || !strings.Contains(dead[0].Err, "cannot parse this") || dead[0].Deliveries != 2 {
		t.Errorf("dead letters: %+v", dead)
	}
	if qs, err := q.Stats(ctx); err != nil || qs.Waiting != 0 || qs.InFlight != 0 || qs.Dead != 1 {
		t.Errorf("queue stats %+v, %v", qs, err)
	}
}

// TestWork_Shutdown stops a worker while the queue is full: it returns
// promptly, and every message is either stored and acknowledged or still
// in the queue for the next worker.
func TestWork_Shutdown(t *testing.T) {
	ctx := context.Background()
	q := MustOpenQueue(t, queue.Config{})
	db := mustOpenDB(t)
	const n = 200
	for i := range n {
		if err := q.Publish(ctx, job(i, "")); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := q.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	slow := func(a sitrep.Article) *sitrep.Report {
		time.Sleep(5 * time.Millisecond)
		return extract(a)
	}
	wctx, cancel := context.WithCancel(ctx)
	time.AfterFunc(300*time.Millisecond, cancel)
	start := time.Now()
	st, err := q.Work(wctx, queue.Worker{Extract: slow, Store: db, Batch: 10, Parallel: 1})
	if err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("shutdown took %v", d)
	}
	stored, _ := db.CountArticles(ctx)
	// The server applies the last acknowledgements asynchronously: give its
	// counts a moment to settle before comparing them.
	var qs queue.Stats
	for deadline := time.Now().Add(3 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if qs, err = q.Stats(ctx); err != nil {
			t.Fatal(err)
		}
		if (qs.InFlight == 0 && qs.Waiting == n-stored) || time.Now().After(deadline) {
			break
		}
	}
	if st.Saved != stored || stored == 0 || stored == n || qs.InFlight != 0 || qs.Waiting != n-stored {
		t.Errorf("after shutdown: worker %+v, %d stored, queue %+v", st, stored, qs)
	}
	// A second worker finishes the queue.
	st, err = q.Work(ctx, queue.Worker{Extract: extract, Store: db, ExitWhenEmpty: true})
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := db.CountArticles(ctx); got != n || st.Skipped != 0 {
		t.Errorf("%d stored after the second worker (%+v), want %d", got, st, n)
	}
}
