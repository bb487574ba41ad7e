package main

import (
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"sitrep/eval/timexeval"
	"sitrep/segment"
)

// newEvalTimexCmd scores time expressions against TimeML (.tml) files.
func newEvalTimexCmd(a *app) *cobra.Command {
	var asJSON, showErrors bool
	c := &cobra.Command{
		Use:   "timex DIR",
		Short: "Score time expressions against TimeML (TempEval-3) files",
		Long: `timex reads every .tml file under DIR (TimeML, as in the TempEval-3
TimeBank and AQUAINT corpora), finds the time expressions of each document's
text with its creation time as publication date, and scores them as
TempEval-3 task A did: strict and relaxed (overlap) span precision, recall
and F1, type and value accuracy over the relaxed matches, and value F1
(value accuracy times relaxed F1). The DCT itself is not scored.`,
		Args: exactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			dir := args[0]
			begin := time.Now()
			docs, err := timexeval.ReadDir(dir)
			if err != nil {
				return fmt.Errorf("eval timex %s: %w", dir, err)
			}
			if len(docs) == 0 {
				return fmt.Errorf("eval timex %s: no .tml files", dir)
			}
			r := timexeval.Evaluator{Split: segment.Split}.Run(docs)
			secs := time.Since(begin).Seconds()
			if asJSON {
				return writeJSON(a.stdout, map[string]any{
					"strict_f1":  r.StrictF1,
					"relaxed_f1": r.RelaxedF1,
					"type_acc":   r.TypeAcc,
					"value_f1":   r.ValueF1,
					"n":          r.Gold,
					"files":      r.Files,
				})
			}
			if showErrors {
				for _, m := range r.Errors {
					g, s := "-", "-"
					if m.Gold != nil {
						g = fmt.Sprintf("%q %s %s", m.Gold.Text, m.Gold.Type, m.Gold.Value)
					}
					if m.System != nil {
						s = fmt.Sprintf("%q %s %s", m.System.Text, m.System.Type, m.System.Value)
					}
					fmt.Fprintf(a.stdout, "%s\t%s\tgold %s\tsystem %s\n", m.File, m.DCT, g, s)
				}
			}
			w := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
			fmt.Fprintf(w, "\tprecision\trecall\tF1\t\n")
			fmt.Fprintf(w, "strict\t%.4f\t%.4f\t%.4f\t\n", r.StrictP, r.StrictR, r.StrictF1)
			fmt.Fprintf(w, "relaxed\t%.4f\t%.4f\t%.4f\t\n", r.RelaxedP, r.RelaxedR, r.RelaxedF1)
			fmt.Fprintf(w, "\taccuracy\t\tF1\t\n")
			fmt.Fprintf(w, "type\t%.4f\t\t%.4f\t\n", r.TypeAcc, r.TypeF1)
			fmt.Fprintf(w, "value\t%.4f\t\t%.4f\t\n", r.ValueAcc, r.ValueF1)
			if err := w.Flush(); err != nil {
				return err
			}
			_, err = fmt.Fprintf(a.stdout, "%d files, %d gold, %d found in %.2fs\n", r.Files, r.Gold, r.System, secs)
			return err
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	c.Flags().BoolVar(&showErrors, "errors", false, "list every missed, spurious or mis-normalised expression")
	return c
}
