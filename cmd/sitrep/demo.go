package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"sitrep"
	"sitrep/examples"
	"sitrep/read"
	"sitrep/reconcile"
	"sitrep/timex"
)

func newDemoCmd(a *app) *cobra.Command {
	var (
		db, addr  string
		serveFlag bool
		noServe   bool
	)
	c := &cobra.Command{
		Use:   "demo",
		Short: "Ingest the bundled example reports and show what was found",
		Long: `demo ingests the example news reports built into sitrep (the examples/
folder of the source) into a database and prints, for each article, what
sitrep found in it, reconciles them into incidents, and then serves the web
UI on --addr (127.0.0.1:8080) until Ctrl-C. Run it again and nothing is
added twice.

It serves only when asked to: with --serve, or by default when standard
output is a terminal. In scripts and tests (output piped or redirected) it
ingests, reconciles, prints the table and exits; --serve=false (or
--no-serve) makes that explicit on a terminal too.`,
		Args: exactArgs(0),
		RunE: func(c *cobra.Command, args []string) error {
			dir, err := os.MkdirTemp("", "sitrep-examples-")
			if err != nil {
				return err
			}
			defer os.RemoveAll(dir)
			if err := os.CopyFS(dir, examples.FS); err != nil {
				return fmt.Errorf("unpack examples: %w", err)
			}
			if db == "" {
				db = filepath.Join(os.TempDir(), "sitrep-demo.db")
			}
			store, err := openStore(c.Context(), db)
			if err != nil {
				return err
			}
			defer store.Close()
			r := read.New(read.Options{InferDate: timex.InferPublished})
			inputs, err := r.Expand([]string{dir})
			if err != nil {
				return err
			}
			sum, err := ingest(c.Context(), a, r, inputs, new(dictFlags).loader(a.stderr), store, 64)
			if err != nil {
				return err
			}
			st, err := reconcile.Run(c.Context(), store)
			if err != nil {
				return err
			}
			out := bufio.NewWriter(a.stdout)
			fmt.Fprintf(out, "%s\n%s\n\n", strings.Replace(sum.String(), dir+string(filepath.Separator), "", -1), st)
			err = demoTable(c, out, store)
			out.Flush()
			if err != nil {
				return err
			}
			if !c.Flags().Changed("serve") {
				serveFlag = isTerminal(a.stdout)
			}
			if !serveFlag || noServe {
				return nil
			}
			return serve(c, a, store, addr)
		},
	}
	c.Flags().StringVar(&db, "db", "", "database file (default sitrep-demo.db in the system's temporary directory)")
	c.Flags().BoolVar(&serveFlag, "serve", false, "serve the web UI after ingesting (default: when stdout is a terminal)")
	c.Flags().BoolVar(&noServe, "no-serve", false, "never serve, even on a terminal")
	c.Flags().StringVar(&addr, "addr", defaultAddr, "address the web UI listens on")
	return c
}

// demoTable prints one line per stored article with what was found in it.
func demoTable(c *cobra.Command, out *bufio.Writer, store dbStore) error {
	ctx := c.Context()
	n, err := store.CountArticles(ctx)
	if err != nil {
		return err
	}
	arts, _, err := store.FindArticles(ctx, sitrep.ArticleFilter{Limit: max(n, 1)})
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "%-10s  %5s %5s %5s %5s %5s %5s  %s\n", "published", "sent", "quote", "claim", "time", "ment", "event", "title")
	var tot [6]int
	for _, art := range arts {
		r, err := store.FindReport(ctx, art.ID)
		if err != nil {
			return err
		}
		counts := [6]int{len(r.Sentences), len(r.Quotes), len(r.Claims), len(r.Times), len(r.Mentions), len(r.Events)}
		for i := range counts {
			tot[i] += counts[i]
		}
		date := art.Published.String()
		if date == "" {
			date = "unknown"
		}
		fmt.Fprintf(out, "%-10s  %5d %5d %5d %5d %5d %5d  %s\n", date, counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], truncate(art.Title, 60))
	}
	fmt.Fprintf(out, "%-10s  %5d %5d %5d %5d %5d %5d  %s\n", "total", tot[0], tot[1], tot[2], tot[3], tot[4], tot[5], plural(len(arts), "article"))
	fmt.Fprintf(out, "\nStored in %s. Try:\n  sitrep query articles --db %s --q cease-fire\n", store.Path(), store.Path())
	return nil
}
