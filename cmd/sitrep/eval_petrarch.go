package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"sitrep"
	"sitrep/cameo"
	"sitrep/eval/petrarcheval"
	"sitrep/parse"
	"sitrep/postag"
	"sitrep/segment"
)

// newEvalPetrarchCmd scores the event coder on PETRARCH validation records.
func newEvalPetrarchCmd(a *app) *cobra.Command {
	var asJSON, showErrors, showParse bool
	var dictDir string
	c := &cobra.Command{
		Use:   "petrarch FILE.xml",
		Short: "Score event coding on PETRARCH validation records",
		Long: `petrarch reads a PETRARCH validation file (sentences with their expected
source, target and event codes), loads the verb, actor, agent and discard
dictionaries its <Environment> names from --dict DIR (default: the
dictionaries folder beside FILE), codes each sentence with sitrep's own
parser and event coder, and prints the share of records whose set of coded
events matches the expected one exactly. The records' <Parse> is ignored.`,
		Args: exactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			path := args[0]
			suite, err := petrarcheval.ReadFile(path)
			if err != nil {
				return fmt.Errorf("eval petrarch: %w", err)
			}
			if dictDir == "" {
				dictDir = filepath.Join(filepath.Dir(path), "dictionaries")
			}
			verbs, err := os.ReadFile(filepath.Join(dictDir, suite.Verbs))
			if err != nil {
				return fmt.Errorf("eval petrarch: %w", err)
			}
			blocks, err := cameo.ReadPetrarch(strings.NewReader(string(verbs)))
			if err != nil {
				return fmt.Errorf("eval petrarch %s: %w", suite.Verbs, err)
			}
			dicts, err := petrarcheval.ReadDicts(dictDir, suite)
			if err != nil {
				return fmt.Errorf("eval petrarch: %w", err)
			}
			analyze, err := analyzer()
			if err != nil {
				return err
			}
			ev := petrarcheval.Evaluator{Analyze: analyze, Lexicon: cameo.New(blocks, nil).Literal(), Dicts: dicts}
			r := ev.Run(suite)
			if asJSON {
				return writeJSON(a.stdout, map[string]any{"exact": r.ExactShare(), "n": r.N})
			}
			if showErrors {
				for _, o := range r.Outcomes {
					if !o.OK {
						fmt.Fprintf(a.stdout, "%s\t%s\n\twant %s\n\tgot  %s\n", o.ID, o.Text, strings.Join(o.Want, "; "), strings.Join(o.Got, "; "))
						if showParse {
							writeParse(a.stdout, analyze(o.Text))
						}
					}
				}
			}
			_, err = fmt.Fprintf(a.stdout, "exact %.4f (%d of %d records)\n", r.ExactShare(), r.Exact, r.N)
			return err
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	c.Flags().BoolVar(&showErrors, "errors", false, "list every record coded differently")
	c.Flags().BoolVar(&showParse, "parse", false, "with --errors, print sitrep's parse of each such record")
	c.Flags().StringVar(&dictDir, "dict", "", "directory of the dictionaries the file names (default: dictionaries/ beside FILE)")
	return c
}

// analyzer returns a function that segments, tags and parses a text with
// the embedded models.
func analyzer() (func(string) []sitrep.Sentence, error) {
	t, err := postag.Default()
	if err != nil {
		return nil, fmt.Errorf("load tagger: %w", err)
	}
	p, err := parse.Default()
	if err != nil {
		return nil, fmt.Errorf("load parser: %w", err)
	}
	return func(text string) []sitrep.Sentence {
		sents := segment.Split(text)
		for i := range sents {
			t.Tag(sents[i].Tokens)
			p.Parse(sents[i].Tokens)
		}
		return sents
	}, nil
}

// writeParse prints the tokens of sents one a line: index, text, lemma,
// tag, head and relation.
func writeParse(w io.Writer, sents []sitrep.Sentence) {
	for _, s := range sents {
		for i, t := range s.Tokens {
			fmt.Fprintf(w, "\t\t%d\t%s\t%s\t%s\t%d\t%s\n", i+1, t.Text, t.Lemma, t.UPOS, t.Head, t.Deprel)
		}
	}
}
