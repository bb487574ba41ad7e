package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/storetest"
)

func TestOpenStore(t *testing.T) {
	ctx := context.Background()
	lite, err := openStore(ctx, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	if !strings.HasSuffix(lite.Path(), "s.db") {
		t.Errorf("SQLite store named %q", lite.Path())
	}
	pg, err := openStore(ctx, storetest.TempPostgres(t))
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	if !strings.HasPrefix(pg.Path(), "postgres://") {
		t.Errorf("PostgreSQL store named %q", pg.Path())
	}
	if _, err := openStore(ctx, "postgres://127.0.0.1:1/none?connect_timeout=1"); err == nil {
		t.Error("opened a database on a closed port")
	}
}
