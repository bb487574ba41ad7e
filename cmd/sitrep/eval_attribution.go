package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"sitrep"
	"sitrep/eval/attreval"
	"sitrep/quotes"
	"sitrep/segment"
)

// newEvalAttributionCmd scores quote attribution on brat standoff files.
func newEvalAttributionCmd(a *app) *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:   "attribution DIR",
		Short: "Score quotes and speakers against brat standoff attributions",
		Long: `attribution reads every NAME.txt with its NAME.ann under DIR (brat standoff,
the PARC/PolNeAR convention: text-bound Source, Cue and Content annotations,
joined by relations or events; discontinuous spans as "0 5;7 9"), finds the
quotes of each text and prints the content F1 (spans that overlap, and spans
equal up to quote marks and punctuation at their ends) and the accuracy of
the speakers of the matched quotes. See package sitrep/eval/attreval for the
format accepted.`,
		Args: exactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			docs, err := attreval.ReadDir(args[0])
			if err != nil {
				return fmt.Errorf("eval attribution: %w", err)
			}
			begin := time.Now()
			r := attreval.Score(docs, func(text string) []sitrep.Quote {
				return quotes.Find(text, segment.Split(text), nil)
			})
			secs := time.Since(begin).Seconds()
			if asJSON {
				return writeJSON(a.stdout, map[string]any{
					"content_f1":        r.ContentF1,
					"content_precision": r.ContentPrecision,
					"content_recall":    r.ContentRecall,
					"content_exact_f1":  r.ExactF1,
					"source_acc":        r.SourceAcc,
					"n":                 r.N,
					"system":            r.System,
					"docs":              r.Docs,
					"seconds":           secs,
				})
			}
			_, err = fmt.Fprintf(a.stdout, "%s%s in %.2fs\n", r, args[0], secs)
			return err
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	return c
}
