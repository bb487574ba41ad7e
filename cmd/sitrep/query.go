package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"sitrep"
)

func newQueryCmd(a *app) *cobra.Command {
	var db string
	c := &cobra.Command{
		Use:   "query",
		Short: "Query the database",
		Long:  `query reads what ingest stored.`,
	}
	c.PersistentFlags().StringVar(&db, "db", "", "SQLite file or postgres:// URL (default $SITREP_DB or ./sitrep.db)")
	c.AddCommand(newQueryArticlesCmd(a, &db))
	return c
}

func newQueryArticlesCmd(a *app, db *string) *cobra.Command {
	var (
		from, to string
		text     string
		limit    int
		asJSON   bool
	)
	c := &cobra.Command{
		Use:   "articles [flags]",
		Short: "List stored articles, newest first",
		Long: `articles lists stored articles, newest first, filtered by publication date
and by words in the title or body (full-text search; every word must occur).
With --json it prints one JSON object per article (JSON Lines).`,
		Example: `  sitrep query articles --from 2016-12-01 --to 2016-12-31
  sitrep query articles --q "cease-fire Aleppo" --json`,
		Args: exactArgs(0),
		RunE: func(c *cobra.Command, args []string) error {
			f := sitrep.ArticleFilter{Query: text, Limit: limit}
			var err error
			if from != "" {
				if f.From, err = sitrep.ParseDate(from); err != nil {
					return &usageError{fmt.Errorf("--from: %s", sitrep.ErrorMessage(err))}
				}
			}
			if to != "" {
				if f.To, err = sitrep.ParseDate(to); err != nil {
					return &usageError{fmt.Errorf("--to: %s", sitrep.ErrorMessage(err))}
				}
			}
			path := dbPath(*db)
			if _, err := os.Stat(path); err != nil && !isPostgresURL(path) {
				return fmt.Errorf("no database at %s: run sitrep ingest first, or name one with --db", path)
			}
			store, err := openStore(c.Context(), path)
			if err != nil {
				return err
			}
			defer store.Close()
			arts, total, err := store.FindArticles(c.Context(), f)
			if err != nil {
				if sitrep.ErrorCode(err) == sitrep.EINVALID {
					return &usageError{fmt.Errorf("--q: %s", sitrep.ErrorMessage(err))}
				}
				return err
			}
			out := bufio.NewWriter(a.stdout)
			defer out.Flush()
			if asJSON {
				enc := json.NewEncoder(out)
				enc.SetEscapeHTML(false)
				for _, art := range arts {
					if err := enc.Encode(art); err != nil {
						return err
					}
				}
				return nil
			}
			for _, art := range arts {
				date := art.Published.String()
				if date == "" {
					date = "----------"
				}
				src := art.Source
				if src == "" {
					src = "-"
				}
				fmt.Fprintf(out, "%s  %s  %-22s  %s\n", date, art.ID, truncate(src, 22), art.Title)
			}
			fmt.Fprintf(out, "%s of %d\n", plural(len(arts), "article"), total)
			return nil
		},
	}
	c.Flags().StringVar(&from, "from", "", "published on or after this date (YYYY-MM-DD)")
	c.Flags().StringVar(&to, "to", "", "published on or before this date (YYYY-MM-DD)")
	c.Flags().StringVar(&text, "q", "", "words that must occur in the title or body")
	c.Flags().IntVar(&limit, "limit", 100, "at most this many articles")
	c.Flags().BoolVar(&asJSON, "json", false, "print one JSON object per article (JSON Lines)")
	return c
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
