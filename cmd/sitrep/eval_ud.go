package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"sitrep/conllu"
	"sitrep/eval/udeval"
	"sitrep/segment"
)

// newEvalUDCmd scores the tagger and parser against a UD treebank.
func newEvalUDCmd(a *app) *cobra.Command {
	var (
		asJSON, raw    bool
		tagger, parser string
	)
	c := &cobra.Command{
		Use:   "ud FILE.conllu|DIR",
		Short: "Score tags, lemmas and dependencies against a UD treebank",
		Long: `ud tags and parses the words of a Universal Dependencies treebank (a CoNLL-U
file, or every .conllu file under a directory) and prints UPOS, XPOS and lemma
accuracy, UAS and LAS (CoNLL 2018: universal relations; las_full compares
whole labels) and the words tagged and parsed per second. The parser reads the
predicted tags, never the gold ones.

With --raw each document's text is rebuilt from its "# text" lines and goes
through the segmenter first; words are aligned by character offsets as in the
CoNLL 2018 shared task, and every figure is an F1.`,
		Args: exactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			path := args[0]
			sents, err := conllu.ReadPath(path)
			if err != nil {
				return fmt.Errorf("eval ud: %s: %w", path, err)
			}
			tg, err := loadTagger(tagger)
			if err != nil {
				return fmt.Errorf("eval ud: %w", err)
			}
			p, err := loadParser(parser)
			if err != nil {
				return fmt.Errorf("eval ud: %w", err)
			}
			var r udeval.Scores
			if raw {
				r = udeval.EvaluateRaw(sents, segment.Split, tg.Tag, p.Parse)
			} else {
				r = udeval.Evaluate(sents, tg.Tag, p.Parse)
			}
			if asJSON {
				return writeJSON(a.stdout, r)
			}
			w := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
			if raw {
				fmt.Fprintf(w, "words\t%.4f\t\nsentences\t%.4f\t\n", r.Words, r.Sentences)
			}
			fmt.Fprintf(w, "UPOS\t%.4f\t\nXPOS\t%.4f\t\nlemma\t%.4f\t\n", r.UPOS, r.XPOS, r.Lemma)
			fmt.Fprintf(w, "UAS\t%.4f\t\nLAS\t%.4f\t\nLAS (full labels)\t%.4f\t\n", r.UAS, r.LAS, r.LASFull)
			fmt.Fprintf(w, "words/s\t%.0f\t\n", r.TokensPerS)
			if err := w.Flush(); err != nil {
				return err
			}
			_, err = fmt.Fprintf(a.stdout, "%s: %d gold words\n", path, r.GoldWords)
			return err
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	c.Flags().BoolVar(&raw, "raw", false, "start from the raw text through the segmenter")
	c.Flags().StringVar(&tagger, "tagger", "", "tagger model file (default: embedded)")
	c.Flags().StringVar(&parser, "parser", "", "parser model file (default: embedded)")
	return c
}
