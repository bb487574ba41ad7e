package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"sitrep"
	"sitrep/pipeline"
	"sitrep/postgres"
	"sitrep/queue"
	"sitrep/read"
	"sitrep/timex"
	"sitrep/watch"
)

var _ watch.StateStore = (*postgres.DB)(nil)

func newWatchCmd(a *app) *cobra.Command {
	var (
		df        dictFlags
		qf        queueFlags
		db, state string
		every     time.Duration
		once      bool
		parallel  int
		pages     bool
		private   bool
	)
	c := &cobra.Command{
		Use:   "watch [flags] FEEDS.txt",
		Short: "Poll RSS, Atom and JSON feeds and ingest or queue their new items",
		Long: `watch polls the feeds listed in FEEDS.txt (one URL per line; blank lines
and lines starting with # are skipped) every --every, with conditional GETs
(ETag, Last-Modified), and hands on the items it has not seen before, known
by GUID or else link: it extracts and stores them in --db, or with --nats
publishes them to the work queue for "sitrep work". An item with a title
and link but no text is read from the page it links to (--fetch-pages). A feed that fails is
polled again after a backoff that doubles with each failure (up to 6h).

The state of each feed is kept in the database when it is PostgreSQL, else
in a JSON file beside FEEDS.txt (--state).`,
		Example: `  sitrep watch --db news.db feeds.txt
  sitrep watch --nats nats://queue:4222 --db postgres://db/sitrep --every 2m feeds.txt
  sitrep watch --once feeds.txt     # poll each feed once, for cron`,
		Args: exactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			ctx := c.Context()
			if every < time.Second {
				return &usageError{fmt.Errorf("--every must be at least 1s")}
			}
			feeds, err := readFeedList(args[0])
			if err != nil {
				return err
			}
			toNat := c.Flags().Changed("nats") || os.Getenv("SITREP_NATS") != ""
			w := &watch.Watcher{
				Every:       every,
				Concurrency: parallel,
				Read:        read.Options{InferDate: timex.InferPublished},
				Log:         slog.New(slog.NewTextHandler(a.stderr, nil)),
			}
			var store dbStore
			if !toNat || db != "" || isPostgresURL(os.Getenv("SITREP_DB")) {
				if store, err = openStore(ctx, dbPath(db)); err != nil {
					return err
				}
				defer store.Close()
			}
			if s, ok := store.(watch.StateStore); ok {
				w.State = s
			} else {
				if state == "" {
					state = args[0] + ".state.json"
				}
				if w.State, err = watch.OpenFileState(state); err != nil {
					return err
				}
			}
			sum := &watchSummary{}
			if toNat {
				q, err := queue.Open(ctx, natsURL(qf.nats), queue.Config{Stream: qf.stream})
				if err != nil {
					return err
				}
				defer q.Close()
				w.Handler = enqueueItems(a, q, sum)
			} else {
				p, err := df.loader(a.stderr)()
				if err != nil {
					return err
				}
				w.Handler = ingestItems(a, store, p, sum)
			}
			defer func() { fmt.Fprintln(a.stderr, sum) }()
			if once {
				for _, f := range feeds {
					if _, err := w.Poll(ctx, f); err != nil {
						if !errors.As(err, new(*watch.FeedError)) {
							return err
						}
						sum.failed++
					}
				}
				if sum.failed > 0 {
					return errReported
				}
				return nil
			}
			err = w.Run(ctx, feeds)
			if errors.Is(err, context.Canceled) {
				return nil // stopped by a signal
			}
			return err
		},
	}
	qf.register(c)
	c.Flags().StringVar(&db, "db", "", "SQLite file or postgres:// URL (default $SITREP_DB or ./sitrep.db)")
	df.register(c, a.stderr)
	c.Flags().StringVar(&state, "state", "", "feed state file when the database keeps none (default FEEDS.txt.state.json)")
	c.Flags().DurationVar(&every, "every", 5*time.Minute, "interval between polls of a feed")
	c.Flags().BoolVar(&once, "once", false, "poll every feed once and exit")
	c.Flags().IntVar(&parallel, "parallel", 8, "feeds fetched at once")
	c.Flags().BoolVar(&pages, "fetch-pages", true, "read the linked page of an item that has no text in the feed")
	c.Flags().BoolVar(&private, "allow-private", false, "allow linked pages on private and loopback addresses")
	return c
}

// watchSummary counts what a watch did.
type watchSummary struct {
	items, added, queued, bad, failed int
}

func (s *watchSummary) String() string {
	return fmt.Sprintf("watch: %d new items: %d stored, %d queued, %d unreadable; %d feed failures",
		s.items, s.added, s.queued, s.bad, s.failed)
}

// readFeedList reads one feed URL a line.
func readFeedList(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var feeds []string
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		u, err := url.Parse(line)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, &usageError{fmt.Errorf("%s:%d: %q is not an http(s) URL", path, n, line)}
		}
		feeds = append(feeds, line)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(feeds) == 0 {
		return nil, &usageError{fmt.Errorf("%s lists no feeds", path)}
	}
	return feeds, nil
}

// ingestItems extracts new feed items and stores their reports.
func ingestItems(a *app, store dbStore, p *pipeline.Pipeline, sum *watchSummary) watch.Handler {
	return func(ctx context.Context, feed string, items []read.Item) error {
		var reports []*sitrep.Report
		for _, it := range items {
			sum.items++
			if it.Err != nil {
				sum.bad++
				reportFailure(a.stderr, it.Where, it.Err)
				continue
			}
			if ok, err := store.HasArticle(ctx, it.Article.ID); err == nil && ok {
				continue
			}
			r := p.Run(it.Article)
			r.Diagnostics = append(it.Diagnostics, r.Diagnostics...)
			reports = append(reports, r)
		}
		n, err := store.SaveReports(ctx, reports)
		sum.added += n
		return err
	}
}

// enqueueItems publishes new feed items to the work queue.
func enqueueItems(a *app, q *queue.Queue, sum *watchSummary) watch.Handler {
	return func(ctx context.Context, feed string, items []read.Item) error {
		for _, it := range items {
			sum.items++
			if it.Err != nil {
				sum.bad++
				reportFailure(a.stderr, it.Where, it.Err)
				continue
			}
			if err := q.Publish(ctx, queue.Job{Article: it.Article, Where: it.Where, Diagnostics: it.Diagnostics}); err != nil {
				return err
			}
		}
		res, err := q.Flush(ctx)
		sum.queued += res.Added
		return err
	}
}
