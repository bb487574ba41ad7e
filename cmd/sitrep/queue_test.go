package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/nats-io/nats.go"
	"github.com/spf13/cobra"

	"sitrep/postgres"
	"sitrep/queue"
	"sitrep/storetest"
)

// runSub runs one command built by newCmd as the whole program, for
// commands main.go may not register yet, and returns its exit status and
// standard error.
func runSub(ctx context.Context, newCmd func(*app) *cobra.Command, args ...string) (int, string) {
	var out, errb bytes.Buffer
	a := &app{stdin: strings.NewReader(""), stdout: &out, stderr: &errb}
	root := &cobra.Command{Use: "sitrep", SilenceUsage: true, SilenceErrors: true}
	root.AddCommand(newCmd(a))
	root.SetArgs(args)
	root.SetOut(&out)
	root.SetErr(&errb)
	if err := root.ExecuteContext(ctx); err != nil {
		fmt.Fprintf(&errb, "sitrep: %v\n", err)
		return exitFailure, errb.String()
	}
	return exitOK, errb.String()
}

// testStream returns a fresh stream name whose streams are deleted at
// cleanup; it skips the test when no NATS server answers.
func testStream(t *testing.T) string {
	t.Helper()
	nc, err := nats.Connect(natsURL(os.Getenv("SITREP_TEST_NATS")), nats.Timeout(2*time.Second))
	if err != nil {
		t.Skipf("NATS not reachable (set $SITREP_TEST_NATS): %v", err)
	}
	nc.Close()
	b := make([]byte, 4)
	rand.Read(b)
	name := "sitrep_test_" + hex.EncodeToString(b)
	t.Cleanup(func() {
		ctx := context.Background()
		q, err := queue.Open(ctx, natsURL(os.Getenv("SITREP_TEST_NATS")), queue.Config{Stream: name})
		if err != nil {
			t.Error(err)
			return
		}
		defer q.Close()
		if err := q.Delete(ctx); err != nil {
			t.Error(err)
		}
	})
	return name
}

func TestEnqueueWork(t *testing.T) {
	ctx := context.Background()
	stream := testStream(t)
	nurl := natsURL(os.Getenv("SITREP_TEST_NATS"))
	db := filepath.Join(t.TempDir(), "work.db")
	code, errs := runSub(ctx, newEnqueueCmd, "enqueue", "--nats", nurl, "--stream", stream, "../../examples/")
	if code != exitOK || !strings.Contains(errs, " 0 duplicates, 0 failed") {
		t.Fatalf("enqueue: exit %d, %s", code, errs)
	}
	code, errs = runSub(ctx, newEnqueueCmd, "enqueue", "--nats", nurl, "--stream", stream, "../../examples/")
	if code != exitOK || !strings.Contains(errs, ": 0 new,") {
		t.Fatalf("second enqueue: exit %d, %s", code, errs)
	}
	code, errs = runSub(ctx, newWorkCmd, "work", "--nats", nurl, "--stream", stream, "--db", db, "--exit-when-empty")
	if code != exitOK || !strings.Contains(errs, "0 dead letters") {
		t.Fatalf("work: exit %d, %s", code, errs)
	}
	n := count(ctx, t, db)
	if n < 20 {
		t.Errorf("%d articles stored from examples/", n)
	}
	if !strings.Contains(errs, fmt.Sprintf("%d saved", n)) {
		t.Errorf("work summary %q does not say %d saved", errs, n)
	}
}

// TestWorkerProcess is not a test: it is the worker subprocess of
// TestWork_KillWorker, run when $SITREP_TEST_WORKER holds its arguments.
func TestWorkerProcess(t *testing.T) {
	args := os.Getenv("SITREP_TEST_WORKER")
	if args == "" {
		return
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code, errs := runSub(ctx, newWorkCmd, strings.Split(args, "\x1f")...)
	stop()
	fmt.Fprint(os.Stderr, errs)
	os.Exit(code)
}

// workerCommand returns a function that makes worker processes running
// "sitrep args...": the sitrep binary built from this package when it has
// the work command, else this test binary running TestWorkerProcess.
func workerCommand(t *testing.T, dir string, args []string) func() *exec.Cmd {
	t.Helper()
	bin := filepath.Join(dir, "sitrep")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	if exec.Command(bin, "work", "--help").Run() == nil {
		return func() *exec.Cmd {
			c := exec.Command(bin, args...)
			c.Env = os.Environ()
			return c
		}
	}
	t.Log("the binary has no work command yet; running workers as test subprocesses")
	return func() *exec.Cmd {
		c := exec.Command(os.Args[0], "-test.run=^TestWorkerProcess$")
		c.Env = append(os.Environ(), "SITREP_TEST_WORKER="+strings.Join(args, "\x1f"))
		return c
	}
}

// TestWork_KillWorker runs three workers over 1,000 queued articles into a
// PostgreSQL database, kills one with SIGKILL midway, stops another with
// SIGTERM, and checks that every article is stored exactly once, with its
// records once, and that the queue is left empty.
func TestWork_KillWorker(t *testing.T) {
	if testing.Short() {
		t.Skip("runs three worker processes over 1,000 articles; skipped with -short")
	}
	ctx := context.Background()
	dsn := storetest.TempPostgres(t)
	stream := testStream(t)
	nurl := natsURL(os.Getenv("SITREP_TEST_NATS"))
	dir := t.TempDir()
	const n = 1000
	in := filepath.Join(dir, "articles.jsonl")
	f, err := os.Create(in)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for i := range n {
		enc.Encode(map[string]string{
			"title":     fmt.Sprintf("Shelling report %d", i),
			"body":      fmt.Sprintf("Government forces shelled the town of Marea on Tuesday, killing %d civilians, the Observatory said. Round %d of talks in Geneva was postponed.", i%40+2, i),
			"published": "2016-12-08",
		})
	}
	w.Flush()
	f.Close()
	if code, errs := runSub(ctx, newEnqueueCmd, "enqueue", "--nats", nurl, "--stream", stream, in); code != exitOK {
		t.Fatalf("enqueue: %s", errs)
	}

	store, err := postgres.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	args := []string{"work", "--nats", nurl, "--stream", stream, "--db", dsn,
		"--batch", "16", "--ack-wait", "3s", "--exit-when-empty"}
	newWorker := workerCommand(t, dir, args)
	var workers []*exec.Cmd
	var logs []*bytes.Buffer
	for range 3 {
		cmd := newWorker()
		cmd.Env = append(cmd.Env, "GOMAXPROCS=1")
		var b bytes.Buffer
		cmd.Stderr = &b
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		workers = append(workers, cmd)
		logs = append(logs, &b)
	}
	defer func() {
		for _, c := range workers {
			c.Process.Kill()
		}
	}()
	deadline := time.Now().Add(90 * time.Second)
	for {
		stored, _ := store.CountArticles(ctx)
		if stored >= n/4 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("only %d stored within 90s; worker logs:\n%s\n%s\n%s", stored, logs[0], logs[1], logs[2])
		}
		time.Sleep(50 * time.Millisecond)
	}
	workers[0].Process.Kill()
	workers[0].Wait()
	killedAt, _ := store.CountArticles(ctx)
	// The second stops gracefully: it finishes its batch and exits 0.
	workers[1].Process.Signal(syscall.SIGTERM)
	stopped := time.Now()
	if err := waitTimeout(workers[1], 30*time.Second); err != nil {
		t.Errorf("worker stopped with SIGTERM: %v\n%s", err, logs[1])
	} else if d := time.Since(stopped); d > 10*time.Second {
		t.Errorf("SIGTERM took %v", d)
	}
	// The third does the rest, the killed worker's batch included.
	if err := waitTimeout(workers[2], 100*time.Second); err != nil {
		t.Fatalf("last worker: %v\n%s", err, logs[2])
	}
	t.Logf("killed a worker at %d stored, stopped another; logs:\n%s%s", killedAt, logs[1], logs[2])

	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var articles, reports, events, wantEvents int
	if err := conn.QueryRow(ctx, `SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM reports),
		(SELECT count(*) FROM events),
		(SELECT coalesce(sum(json_array_length(report::json->'events')), 0) FROM reports)`).Scan(&articles, &reports, &events, &wantEvents); err != nil {
		t.Fatal(err)
	}
	if articles != n || reports != n || events != wantEvents {
		t.Errorf("stored %d articles, %d reports, %d events; want %d, %d, %d", articles, reports, events, n, n, wantEvents)
	}
	q, err := queue.Open(ctx, nurl, queue.Config{Stream: stream})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	if st, err := q.Stats(ctx); err != nil || st != (queue.Stats{}) {
		t.Errorf("queue after the run: %+v, %v", st, err)
	}
}

// waitTimeout waits for a process to exit, killing it after d.
func waitTimeout(c *exec.Cmd, d time.Duration) error {
	done := make(chan error, 1)
	go func() { done <- c.Wait() }()
	select {
	case err := <-done:
		return err
	case <-time.After(d):
		c.Process.Kill()
		<-done
		return fmt.Errorf("still running after %v", d)
	}
}
