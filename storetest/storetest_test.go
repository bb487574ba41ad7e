package storetest_test

import (
	"context"
	"path/filepath"
	"testing"

	"sitrep"
	"sitrep/postgres"
	"sitrep/sqlite"
	"sitrep/storetest"
)

func TestSQLite(t *testing.T) {
	storetest.Run(t, func(t *testing.T) sitrep.Store {
		db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	})
}

func TestPostgres(t *testing.T) {
	storetest.Run(t, func(t *testing.T) sitrep.Store {
		db, err := postgres.Open(context.Background(), storetest.TempPostgres(t))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	})
}
