package main

import (
	"fmt"
	"os"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/spf13/cobra"

	"sitrep/queue"
	"sitrep/read"
)

// natsURL returns the NATS server a --nats value names, else $SITREP_NATS,
// else the local default.
func natsURL(flag string) string {
	if flag != "" {
		return flag
	}
	if env := os.Getenv("SITREP_NATS"); env != "" {
		return env
	}
	return nats.DefaultURL
}

// queueFlags are the flags of the commands that use the work queue.
type queueFlags struct {
	nats, stream string
}

func (f *queueFlags) register(c *cobra.Command) {
	c.Flags().StringVar(&f.nats, "nats", "", "NATS server URL (default $SITREP_NATS or nats://127.0.0.1:4222)")
	c.Flags().StringVar(&f.stream, "stream", "sitrep", "JetStream stream; its subjects are STREAM.articles and STREAM.dead")
}

func newEnqueueCmd(a *app) *cobra.Command {
	var (
		rf readFlags
		qf queueFlags
	)
	c := &cobra.Command{
		Use:   "enqueue [flags] INPUT...",
		Short: "Read articles and queue them for workers on NATS JetStream",
		Long: `enqueue reads articles like ingest does and publishes each one to the work
queue (a NATS JetStream stream, --stream) for "sitrep work" to extract and
store. The message id is the article id, so an article queued twice within
the stream's duplicate window (24h) is queued once; past it, the store skips
it. A bad input is reported as "input: reason" and skipped; the exit status
is then 1.`,
		Example: `  sitrep enqueue --nats nats://queue:4222 feeds/*.xml
  sitrep enqueue --stream night articles.jsonl`,
		Args: minArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			ctx := c.Context()
			r, err := rf.reader(a.stdin)
			if err != nil {
				return err
			}
			inputs, err := r.Expand(args)
			if err != nil {
				return err
			}
			q, err := queue.Open(ctx, natsURL(qf.nats), queue.Config{Stream: qf.stream})
			if err != nil {
				return err
			}
			defer q.Close()
			start := time.Now()
			failed := 0
			for _, in := range inputs {
				err := r.Each(ctx, in, func(it read.Item) error {
					if it.Err != nil {
						failed++
						reportFailure(a.stderr, it.Where, it.Err)
						return nil
					}
					return q.Publish(ctx, queue.Job{Article: it.Article, Where: it.Where, Diagnostics: it.Diagnostics})
				})
				if err != nil {
					return err
				}
			}
			res, err := q.Flush(ctx)
			fmt.Fprintf(a.stderr, "enqueued %s to stream %s: %d new, %d duplicates, %d failed in %.1fs\n",
				plural(res.Added+res.Duplicates, "article"), qf.stream, res.Added, res.Duplicates, failed, time.Since(start).Seconds())
			if err != nil {
				return err
			}
			if failed > 0 {
				return errReported
			}
			return nil
		},
	}
	rf.register(c)
	qf.register(c)
	return c
}
