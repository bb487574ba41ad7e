package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sitrep/sqlite"
)

// TestIngest_KillAndRerun kills a large ingest with SIGKILL in the middle,
// reruns it, and checks that every article is stored exactly once.
func TestIngest_KillAndRerun(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and ingests 4,000 articles; skipped with -short")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "sitrep")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}

	const n = 4000
	in := filepath.Join(dir, "big.jsonl")
	f, err := os.Create(in)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for i := range n {
		enc.Encode(map[string]string{
			"title":     fmt.Sprintf("Report %d on the talks", i),
			"body":      fmt.Sprintf("Envoys met for round %d of talks on Monday. They said %d trucks of aid were waiting at the crossing, and officials expected more.\nA second paragraph follows here.", i, i%97),
			"published": "2016-12-08",
		})
	}
	w.Flush()
	f.Close()

	db := filepath.Join(dir, "kill.db")
	cmd := exec.Command(bin, "ingest", "--db", db, "--batch", "50", in)
	var logs strings.Builder
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { err := cmd.Wait(); exited <- err; close(exited) }()
	// Wait until some batches are stored, then kill without warning. The
	// polling opens the database as a reader would (sqlite's
	// TestOpen_WhileWriting checks that readers never stall a writer).
	ctx := context.Background()
	deadline := time.Now().Add(60 * time.Second)
poll:
	for count(ctx, t, db) == 0 {
		select {
		case err := <-exited:
			if count(ctx, t, db) > 0 {
				break poll
			}
			t.Fatalf("ingest exited (%v) before storing a batch:\n%s", err, logs.String())
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			<-exited
			t.Fatalf("no batch stored within 60s:\n%s", logs.String())
		}
	}
	cmd.Process.Kill()
	<-exited
	stored := count(ctx, t, db)
	if stored >= n {
		t.Logf("ingest finished before the kill (%d stored); the rerun still checks idempotence", stored)
	} else {
		t.Logf("killed with %d of %d articles stored", stored, n)
	}

	out, err := exec.Command(bin, "ingest", "--db", db, in).CombinedOutput()
	if err != nil {
		t.Fatalf("rerun: %v\n%s", err, out)
	}
	if got := count(ctx, t, db); got != n {
		t.Fatalf("after rerun %d articles stored, want %d", got, n)
	}
	if want := fmt.Sprintf("%d added, %d already stored", n-stored, stored); !strings.Contains(string(out), want) {
		t.Errorf("rerun summary %q lacks %q", out, want)
	}
}

func count(ctx context.Context, t *testing.T, path string) int {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		return 0
	}
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		return 0 // being created
	}
	defer db.Close()
	n, err := db.CountArticles(ctx)
	if err != nil {
		return 0
	}
	return n
}
