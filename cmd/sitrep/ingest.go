package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"sitrep"
	"sitrep/read"
)

// defaultDB is the database file when neither --db nor $SITREP_DB names one.
const defaultDB = "sitrep.db"

func dbPath(flag string) string {
	if flag != "" {
		return flag
	}
	if env := os.Getenv("SITREP_DB"); env != "" {
		return env
	}
	return defaultDB
}

func newIngestCmd(a *app) *cobra.Command {
	var (
		df    dictFlags
		rf    readFlags
		db    string
		batch int
	)
	c := &cobra.Command{
		Use:   "ingest [flags] INPUT...",
		Short: "Extract articles and store their reports in the database",
		Long: `ingest reads articles like extract does and stores their reports in an
embedded SQLite database (--db, else $SITREP_DB, else ./sitrep.db).

Ingest is idempotent: an article whose id is stored already is skipped, so a
second run over the same inputs adds nothing. Reports are written in batches,
one transaction each; a run killed at any moment loses at most the batch in
flight, and a rerun stores it. A bad input is reported as "input: reason"
and skipped; the exit status is then 1.`,
		Example: `  sitrep ingest examples/
  SITREP_DB=news.db sitrep ingest --source "Harbor Post" feeds/*.xml`,
		Args: minArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			if batch < 1 {
				return &usageError{fmt.Errorf("--batch must be at least 1")}
			}
			r, err := rf.reader(a.stdin)
			if err != nil {
				return err
			}
			inputs, err := r.Expand(args)
			if err != nil {
				return err
			}
			store, err := openStore(c.Context(), dbPath(db))
			if err != nil {
				return err
			}
			defer store.Close()
			sum, err := ingest(c.Context(), a, r, inputs, df.loader(a.stderr), store, batch)
			fmt.Fprintln(a.stderr, sum)
			if err != nil {
				return err
			}
			if sum.failed > 0 {
				return errReported
			}
			return nil
		},
	}
	rf.register(c)
	df.register(c, a.stderr)
	c.Flags().StringVar(&db, "db", "", "SQLite file or postgres:// URL (default $SITREP_DB or ./sitrep.db)")
	c.Flags().IntVar(&batch, "batch", 64, "reports per transaction")
	return c
}

// ingestSummary counts what an ingest did.
type ingestSummary struct {
	db                       string
	read, added, had, failed int
	elapsed                  time.Duration
}

func (s ingestSummary) String() string {
	rate := 0.0
	if secs := s.elapsed.Seconds(); secs > 0 {
		rate = float64(s.read) / secs
	}
	return fmt.Sprintf("ingested %s into %s: %d added, %d already stored, %d failed in %.1fs (%.1f articles/s)",
		plural(s.read, "article"), s.db, s.added, s.had, s.failed, s.elapsed.Seconds(), rate)
}

// ingest extracts every article of inputs and saves the new reports in
// batches. Per-article failures are printed and counted; an error is
// returned only when the store fails or the run is interrupted.
func ingest(ctx context.Context, a *app, r *read.Reader, inputs []read.Input, load loader, store dbStore, batch int) (ingestSummary, error) {
	start := time.Now()
	sum := ingestSummary{db: store.Path()}
	bar := newProgress(a.stderr, len(inputs))
	pending := make([]*sitrep.Report, 0, batch)
	flush := func() error {
		if len(pending) == 0 {
			return nil
		}
		n, err := store.SaveReports(ctx, pending)
		if err != nil {
			return err
		}
		sum.added += n
		sum.had += len(pending) - n
		pending = pending[:0]
		return nil
	}
	skip := func(id string) bool {
		ok, err := store.HasArticle(ctx, id)
		return err == nil && ok
	}
	err := extractAll(ctx, r, inputs, load, skip, func(o outcome) error {
		if bar != nil {
			// The bar's total starts at one article per input and grows
			// when feeds and JSON Lines files hold more.
			if bar.State().CurrentNum >= bar.GetMax64() {
				bar.ChangeMax64(bar.GetMax64() + int64(len(inputs)))
			}
			bar.Add(1)
		}
		switch {
		case o.err != nil:
			sum.failed++
			if bar != nil {
				bar.Clear()
			}
			reportFailure(a.stderr, o.where, o.err)
			return nil
		case o.skip:
			sum.read++
			sum.had++
		default:
			sum.read++
			pending = append(pending, o.report)
			if len(pending) >= batch {
				if err := flush(); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	if bar != nil {
		bar.Finish()
		bar.Clear()
	}
	sum.elapsed = time.Since(start)
	return sum, err
}

// newProgress returns a progress bar on a terminal, nil elsewhere.
func newProgress(w io.Writer, total int) *progressbar.ProgressBar {
	if !isTerminal(w) {
		return nil
	}
	return progressbar.NewOptions(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("ingesting"),
		progressbar.OptionShowCount(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)
}
