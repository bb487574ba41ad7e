package main

import (
	"fmt"
	"log/slog"
	"time"

	"github.com/spf13/cobra"

	"sitrep/queue"
)

func newWorkCmd(a *app) *cobra.Command {
	var (
		df          dictFlags
		qf          queueFlags
		db          string
		batch       int
		maxAttempts int
		ackWait     time.Duration
		exitEmpty   bool
	)
	c := &cobra.Command{
		Use:   "work [flags]",
		Short: "Run a worker: extract queued articles and store their reports",
		Long: `work pulls articles from the work queue (--nats, --stream), extracts their
reports on every core, saves each batch in one transaction to --db (a
postgres:// URL shared by all workers, or a SQLite file for one machine)
and only then acknowledges it. Run any number of workers, on any machines.

A worker that dies leaves its batch unacknowledged; the server hands it to
another worker after --ack-wait. Writes are idempotent by article id, so a
batch saved twice is stored once. An article that fails --max-attempts
times goes to the dead-letter stream STREAM_dead with its error. On SIGTERM
or Ctrl-C the worker finishes the batch in hand, acknowledges it and exits;
if the store fails for a whole batch it hands the batch back and exits with
status 1 for its supervisor to restart it.`,
		Example: `  sitrep work --nats nats://queue:4222 --db postgres://sitrep@db/sitrep
  sitrep work --db news.db --exit-when-empty`,
		Args: exactArgs(0),
		RunE: func(c *cobra.Command, args []string) error {
			if batch < 1 {
				return &usageError{fmt.Errorf("--batch must be at least 1")}
			}
			if maxAttempts < 1 {
				return &usageError{fmt.Errorf("--max-attempts must be at least 1")}
			}
			ctx := c.Context()
			store, err := openStore(ctx, dbPath(db))
			if err != nil {
				return err
			}
			defer store.Close()
			p, err := df.loader(a.stderr)()
			if err != nil {
				return err
			}
			q, err := queue.Open(ctx, natsURL(qf.nats), queue.Config{Stream: qf.stream, AckWait: ackWait, MaxAttempts: maxAttempts})
			if err != nil {
				return err
			}
			defer q.Close()
			start := time.Now()
			st, err := q.Work(ctx, queue.Worker{
				Extract:       p.Run,
				Store:         store,
				Batch:         batch,
				ExitWhenEmpty: exitEmpty,
				Log:           slog.New(slog.NewTextHandler(a.stderr, nil)),
			})
			secs := time.Since(start).Seconds()
			fmt.Fprintf(a.stderr, "worker stopped: %d saved to %s, %d already stored, %d retried, %d dead letters in %.1fs (%.1f articles/s)\n",
				st.Saved, store.Path(), st.Skipped, st.Retried, st.Dead, secs, float64(st.Saved)/max(secs, 1e-9))
			return err
		},
	}
	qf.register(c)
	c.Flags().StringVar(&db, "db", "", "postgres:// URL or SQLite file (default $SITREP_DB or ./sitrep.db)")
	df.register(c, a.stderr)
	c.Flags().IntVar(&batch, "batch", 32, "articles per fetch and per transaction")
	c.Flags().IntVar(&maxAttempts, "max-attempts", 5, "deliveries of an article before it goes to the dead letters")
	c.Flags().DurationVar(&ackWait, "ack-wait", 30*time.Second, "how long a batch may take before the server hands it to another worker")
	c.Flags().BoolVar(&exitEmpty, "exit-when-empty", false, "exit once the queue has nothing waiting or in flight")
	return c
}
