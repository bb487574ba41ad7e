package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/storetest"
)

func TestExport(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "x.db")
	store, err := openStore(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	storetest.MustSave(t, store, storetest.Fixture())
	store.Close()
	out := filepath.Join(t.TempDir(), "x.csv")
	code, errs := runSub(ctx, newExportCmd, "export", "--db", db, "--format", "csv", "--country", "SYR", "-o", out)
	if code != exitOK || !strings.Contains(errs, "exported 1 event") {
		t.Errorf("export: exit %d, %s", code, errs)
	}
	for _, args := range [][]string{{"--format", "xml"}, {"--from", "yesterday"}, {"--bbox", "1,2,3"}} {
		code, errs := runSub(ctx, newExportCmd, append([]string{"export", "--db", db}, args...)...)
		if code == exitOK {
			t.Errorf("export %v: exit 0, %s", args, errs)
		}
	}
}
