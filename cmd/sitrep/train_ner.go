package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"sitrep/eval/nereval"
	"sitrep/ner"
)

func newTrainNERCmd(a *app) *cobra.Command {
	var (
		f         trainFlags
		tagger    string
		silver    []string
		rounds    int
		lowercase int
	)
	c := &cobra.Command{
		Use:   "ner --train PATH... [--dev PATH...] --out FILE",
		Short: "Train the named-entity recognizer on GUM",
		Long: `ner trains the named-entity recognizer on CoNLL-U files annotated with GUM's
entity brackets (--train, files or directories). Dev files may be GUM CoNLL-U
or IOB2 (Universal NER, with PER, ORG and LOC); the epoch with the best dev
F1 over PER, ORG and LOC is kept. Words are retagged by --tagger (default: the
embedded tagger) so that the model sees the tags it will get at run time.

With --silver, the model trained on --train then labels the sentences of
other treebanks (with their gold tags; see ner.Silver), and a second model is
trained on both: self-training on text of other genres.

--lowercase N also trains on a lower-cased copy of every Nth sentence, for
the names of text written without capitals. --seeds N trains the kept model
N times with the seeds --seed, --seed+1, ... and sums their weights into one
model that scores as their ensemble.`,
		Args: exactArgs(0),
		RunE: func(c *cobra.Command, args []string) error {
			if err := f.check(c); err != nil {
				return err
			}
			lex, err := ner.DefaultLexicon()
			if err != nil {
				return fmt.Errorf("train ner: %w", err)
			}
			sents, err := readTreebanks(f.train)
			if err != nil {
				return fmt.Errorf("train ner: %w", err)
			}
			train := ner.FromCoNLLU(sents, lex)
			dev, err := readNERDev(f.dev, lex)
			if err != nil {
				return fmt.Errorf("train ner: %w", err)
			}
			tg, err := loadTagger(tagger)
			if err != nil {
				return fmt.Errorf("train ner: %w", err)
			}
			begin := time.Now()
			// the ensemble is trained for the model that is kept: the first
			// one only labels the silver sentences when there are any
			members := f.seeds
			if len(silver) > 0 {
				members = 1
			}
			r, err := ner.Train(train, dev, ner.Options{Epochs: f.epochs, Seed: f.seed, Log: a.stderr, MinUpdates: f.minUpdates, Tag: tg.Tag, Lexicon: lex, Members: members, Lowercase: lowercase})
			if err != nil {
				return fmt.Errorf("train ner: %w", err)
			}
			if len(silver) > 0 {
				more, err := readTreebanks(silver)
				if err != nil {
					return fmt.Errorf("train ner: %w", err)
				}
				for range max(1, rounds) {
					ex := ner.Silver(more, r)
					fmt.Fprintf(a.stderr, "silver: %d of %d sentences labelled\n", len(ex), len(more))
					all := append(append([]ner.Example(nil), train...), ex...)
					r, err = ner.Train(all, dev, ner.Options{Epochs: f.epochs, Seed: f.seed, Log: a.stderr, MinUpdates: f.minUpdates, Tag: tg.Tag, Lexicon: lex, Members: f.seeds, Lowercase: lowercase})
					if err != nil {
						return fmt.Errorf("train ner: %w", err)
					}
				}
			}
			if err := saveModel(f.out, r.Save); err != nil {
				return fmt.Errorf("train ner: %w", err)
			}
			fmt.Fprintf(a.stdout, "ner: %d sentences in %s, wrote %s\n", len(train), time.Since(begin).Round(time.Second), f.out)
			return nil
		},
	}
	f.register(c)
	c.Flags().IntVar(&f.epochs, "epochs", 10, "passes over the training data")
	c.Flags().StringArrayVar(&silver, "silver", nil, "CoNLL-U treebank without entities to label with the first model and train on again (repeatable)")
	c.Flags().IntVar(&lowercase, "lowercase", 0, "also train on a lower-cased copy of every Nth sentence (0: none)")
	c.Flags().IntVar(&rounds, "rounds", 1, "rounds of self-training with --silver")
	c.Flags().StringVar(&tagger, "tagger", "", "tagger model file (default: embedded)")
	return c
}

// readNERDev reads development examples: .iob2 files as they are, anything
// else as GUM CoNLL-U.
func readNERDev(paths []string, lex ner.Lexicon) ([]ner.Example, error) {
	var out []ner.Example
	for _, p := range paths {
		if strings.EqualFold(filepath.Ext(p), ".iob2") {
			sents, err := nereval.ReadFile(p)
			if err != nil {
				return nil, err
			}
			for i := range sents {
				s := &sents[i]
				ex := ner.Example{Tokens: sentenceTokens(s)}
				for _, sp := range s.Spans {
					ex.Entities = append(ex.Entities, ner.Entity{Start: sp.Start, End: sp.End, Type: sp.Type})
				}
				out = append(out, ex)
			}
			continue
		}
		sents, err := readTreebanks([]string{p})
		if err != nil {
			return nil, err
		}
		out = append(out, ner.FromCoNLLU(sents, lex)...)
	}
	return out, nil
}
