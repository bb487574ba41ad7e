package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"sitrep"
	"sitrep/eval/plovereval"
	"sitrep/events"
	"sitrep/parse"
	"sitrep/pipeline"
	"sitrep/postag"
	"sitrep/resolve"
)

// newEvalPloverCmd scores the event coder on the PLOVER gold standard.
func newEvalPloverCmd(a *app) *cobra.Command {
	var asJSON, showErrors, showParse bool
	c := &cobra.Command{
		Use:   "plover FILE.jsonl",
		Short: "Score event coding on the PLOVER gold standard records",
		Long: `plover reads PLOVER gold standard records (JSON Lines: a sentence, its PLOVER
event type, source and target actors), codes each sentence with sitrep's
full pipeline and event coder, and compares the main coded event with the
gold one: event type accuracy over all records, source and target accuracy
over the records that name them. Event types are compared under the gold
standard's PLOVER names (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT).`,
		Args: exactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			recs, err := plovereval.ReadFile(args[0])
			if err != nil {
				return fmt.Errorf("eval plover: %w", err)
			}
			t, err := postag.Default()
			if err != nil {
				return fmt.Errorf("load tagger: %w", err)
			}
			p, err := parse.Default()
			if err != nil {
				return fmt.Errorf("load parser: %w", err)
			}
			res, err := resolve.Default()
			if err != nil {
				return fmt.Errorf("load gazetteer and actors: %w", err)
			}
			pl := pipeline.New(pipeline.Segment, pipeline.Analyze(t, p), pipeline.Times, pipeline.Mentions(res))
			code := func(text string, published sitrep.Date) []sitrep.Event {
				r := pl.Run(sitrep.Article{Body: text, Published: published})
				return events.Code(r.Article.Body, r.Sentences, r.Mentions, r.Times, published)
			}
			r := plovereval.Evaluator{Code: code}.Run(recs)
			if asJSON {
				return writeJSON(a.stdout, map[string]any{
					"event_acc":  r.EventAcc,
					"source_acc": r.SourceAcc,
					"target_acc": r.TargetAcc,
					"n":          r.N,
				})
			}
			if showErrors {
				for _, m := range r.Errors {
					fmt.Fprintf(a.stdout, "%s\twant %s\tgot %s\t%s\n", m.ID, m.Want, m.Got, m.Text)
					for _, e := range m.Events {
						fmt.Fprintf(a.stdout, "\t%s %s %s %s -> %s\t%q\n", e.CAMEO, plovereval.GSRType(e), e.Mode, refText(e.Source), refText(e.Target), e.Text)
					}
					if showParse {
						writeParse(a.stdout, pl.Run(sitrep.Article{Body: m.Text}).Sentences)
					}
				}
			}
			_, err = fmt.Fprintf(a.stdout, "event %.4f  source %.4f (%d)  target %.4f (%d)  records %d\n",
				r.EventAcc, r.SourceAcc, r.Sources, r.TargetAcc, r.Targets, r.N)
			return err
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	c.Flags().BoolVar(&showErrors, "errors", false, "list every record whose event type was coded wrong")
	c.Flags().BoolVar(&showParse, "parse", false, "with --errors, print sitrep's parse of each such record")
	return c
}

// refText describes an event party: its text and actor code.
func refText(r *sitrep.Ref) string {
	if r == nil {
		return "-"
	}
	if r.Actor == nil {
		return "[" + r.Text + "]"
	}
	return "[" + r.Text + "|" + r.Actor.Country + r.Actor.Sector + "]"
}
