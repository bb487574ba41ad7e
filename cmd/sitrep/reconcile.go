package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"sitrep/reconcile"
)

func newReconcileCmd(a *app) *cobra.Command {
	var db string
	c := &cobra.Command{
		Use:   "reconcile",
		Short: "Merge reports of the same event into incidents and link copies",
		Long: `reconcile links near-duplicate articles (syndicated copies, rewrites) to
their original and merges events of compatible type, actors, place and date
from different articles into incidents, with every source and figure kept
side by side. It is incremental: only articles stored since the last run are
looked at, so run it after every ingest.`,
		Example: `  sitrep ingest --db news.db feeds/ && sitrep reconcile --db news.db`,
		Args:    exactArgs(0),
		RunE: func(c *cobra.Command, args []string) error {
			store, err := openStore(c.Context(), dbPath(db))
			if err != nil {
				return err
			}
			defer store.Close()
			st, err := reconcile.Run(c.Context(), store)
			fmt.Fprintln(a.stderr, st)
			return err
		},
	}
	c.Flags().StringVar(&db, "db", "", "SQLite file or postgres:// URL (default $SITREP_DB or ./sitrep.db)")
	return c
}
