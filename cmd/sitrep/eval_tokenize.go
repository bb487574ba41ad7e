package main

import (
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"sitrep/conllu"
	"sitrep/eval/segeval"
)

// newEvalTokenizeCmd scores the segmenter against a UD treebank.
func newEvalTokenizeCmd(a *app) *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:   "tokenize FILE.conllu|DIR",
		Short: "Score tokens and sentence boundaries against a UD treebank",
		Long: `tokenize rebuilds the raw text of each document of a Universal Dependencies
treebank (a CoNLL-U file, or every .conllu file under a directory), segments
it and scores the surface tokens and sentences as exact character spans, as
the CoNLL 2018 shared task did.`,
		Args: exactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			path := args[0]
			begin := time.Now()
			sents, err := conllu.ReadPath(path)
			if err != nil {
				return fmt.Errorf("eval tokenize %s: %w", path, err)
			}
			r := segeval.Score(conllu.Documents(sents))
			secs := time.Since(begin).Seconds()
			if asJSON {
				return writeJSON(a.stdout, map[string]any{
					"token_precision":    r.TokenPrecision,
					"token_recall":       r.TokenRecall,
					"token_f1":           r.TokenF1,
					"sentence_precision": r.SentencePrecision,
					"sentence_recall":    r.SentenceRecall,
					"sentence_f1":        r.SentenceF1,
					"tokens":             r.GoldTokens,
					"sentences":          r.GoldSentences,
					"seconds":            secs,
				})
			}
			w := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
			fmt.Fprintf(w, "\tprecision\trecall\tF1\tgold\tsystem\t\n")
			fmt.Fprintf(w, "tokens\t%.4f\t%.4f\t%.4f\t%d\t%d\t\n", r.TokenPrecision, r.TokenRecall, r.TokenF1, r.GoldTokens, r.SystemTokens)
			fmt.Fprintf(w, "sentences\t%.4f\t%.4f\t%.4f\t%d\t%d\t\n", r.SentencePrecision, r.SentenceRecall, r.SentenceF1, r.GoldSentences, r.SystemSentences)
			if err := w.Flush(); err != nil {
				return err
			}
			_, err = fmt.Fprintf(a.stdout, "%s in %.2fs\n", path, secs)
			return err
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	return c
}
