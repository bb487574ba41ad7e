package postgres_test

import (
	"context"
	"sync"
	"testing"

	"sitrep"
	"sitrep/postgres"
	"sitrep/storetest"
)

// TestOpen_Concurrent opens one new database from several workers at once:
// the advisory lock lets one migrate and the others find the schema done.
func TestOpen_Concurrent(t *testing.T) {
	dsn := storetest.TempPostgres(t)
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make([]error, 4)
	dbs := make([]*postgres.DB, 4)
	for i := range dbs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			dbs[i], errs[i] = postgres.Open(ctx, dsn)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("worker %d: %v", i, err)
		}
		defer dbs[i].Close()
	}
	v, err := dbs[0].SchemaVersion(ctx)
	if err != nil || v != 2 {
		t.Errorf("schema version %d, %v; want 2", v, err)
	}
}

func TestOpen_ErrURL(t *testing.T) {
	_, err := postgres.Open(context.Background(), "postgres://%zz")
	if sitrep.ErrorCode(err) != sitrep.EINVALID {
		t.Errorf("bad URL: %v", err)
	}
}

func TestFeedState(t *testing.T) {
	ctx := context.Background()
	db, err := postgres.Open(ctx, storetest.TempPostgres(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if st, err := db.FeedState(ctx, "https://example.com/feed"); err != nil || st != nil {
		t.Fatalf("unsaved state: %q, %v", st, err)
	}
	for _, want := range []string{`{"etag":"a"}`, `{"etag":"b"}`} {
		if err := db.SaveFeedState(ctx, "https://example.com/feed", []byte(want)); err != nil {
			t.Fatal(err)
		}
		if st, err := db.FeedState(ctx, "https://example.com/feed"); err != nil || string(st) != want {
			t.Errorf("state %q, %v; want %q", st, err, want)
		}
	}
}
