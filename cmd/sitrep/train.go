package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"sitrep/conllu"
	"sitrep/parse"
	"sitrep/postag"
)

// newTrainCmd groups the commands that train the embedded models.
func newTrainCmd(a *app) *cobra.Command {
	c := &cobra.Command{
		Use:   "train",
		Short: "Train the tagger or the parser on Universal Dependencies treebanks",
		Long: `train learns a model from CoNLL-U treebanks and writes it as a packed
binary file, the form embedded in the postag and parse packages. The same data,
epochs and seed give the same bytes. Progress goes to standard error.`,
	}
	c.AddCommand(newTrainTaggerCmd(a), newTrainParserCmd(a), newTrainNERCmd(a))
	return c
}

// trainFlags are the flags both train commands share.
type trainFlags struct {
	train, dev []string
	out        string
	epochs     int
	seed       uint64
	minUpdates int
	seeds      int
}

func (f *trainFlags) register(c *cobra.Command) {
	c.Flags().StringArrayVar(&f.train, "train", nil, "training .conllu file or directory (repeatable)")
	c.Flags().StringArrayVar(&f.dev, "dev", nil, "development .conllu file or directory (repeatable); the best epoch on it is kept")
	c.Flags().StringVar(&f.out, "out", "", "model file to write")
	c.Flags().Uint64Var(&f.seed, "seed", 1, "random seed")
	c.Flags().IntVar(&f.minUpdates, "min-updates", 0, "drop features updated fewer times than this from the saved model")
	c.Flags().IntVar(&f.seeds, "seeds", 1, "models trained with consecutive seeds from --seed and summed into one")
}

// check reports a missing required flag as a usage error.
func (f *trainFlags) check(c *cobra.Command) error {
	if len(f.train) == 0 || f.out == "" {
		return &usageError{fmt.Errorf("%s: --train and --out are required", c.CommandPath())}
	}
	return nil
}

// readTreebanks reads and concatenates CoNLL-U files or directories.
func readTreebanks(paths []string) ([]conllu.Sentence, error) {
	var all []conllu.Sentence
	for _, p := range paths {
		s, err := conllu.ReadPath(p)
		if err != nil {
			return nil, err
		}
		all = append(all, s...)
	}
	return all, nil
}

func newTrainTaggerCmd(a *app) *cobra.Command {
	var f trainFlags
	c := &cobra.Command{
		Use:   "tagger --train PATH... [--dev PATH...] --out FILE",
		Short: "Train the POS tagger and lemmatizer",
		Long: `tagger trains the POS tagger and lemmatizer; with several --dev paths the
epoch with the best UPOS+XPOS accuracy over all of them is kept. --seeds N
trains N taggers with the seeds --seed, --seed+1, ..., keeps each one's best
epoch and sums their weights into one model that scores as their ensemble.`,
		Args: exactArgs(0),
		RunE: func(c *cobra.Command, args []string) error {
			if err := f.check(c); err != nil {
				return err
			}
			train, err := readTreebanks(f.train)
			if err != nil {
				return fmt.Errorf("train tagger: %w", err)
			}
			dev, err := readTreebanks(f.dev)
			if err != nil {
				return fmt.Errorf("train tagger: %w", err)
			}
			begin := time.Now()
			t, err := postag.Train(train, dev, postag.Options{Epochs: f.epochs, Seed: f.seed, Log: a.stderr, MinUpdates: f.minUpdates, Members: f.seeds})
			if err != nil {
				return fmt.Errorf("train tagger: %w", err)
			}
			if err := saveModel(f.out, t.Save); err != nil {
				return fmt.Errorf("train tagger: %w", err)
			}
			fmt.Fprintf(a.stdout, "tagger: %d sentences in %s, wrote %s\n", len(train), time.Since(begin).Round(time.Second), f.out)
			return nil
		},
	}
	f.register(c)
	c.Flags().IntVar(&f.epochs, "epochs", 12, "passes over the training data")
	return c
}

func newTrainParserCmd(a *app) *cobra.Command {
	var (
		f         trainFlags
		jackknife int
		jkEpochs  int
		tagger    string
		repeat    []string
		report    []string
	)
	c := &cobra.Command{
		Use:   "parser --train PATH... [--dev PATH...] --out FILE",
		Short: "Train the dependency parser",
		Long: `parser trains the dependency parser. Its input tags are predicted by
jackknifing (--jackknife K: K taggers each trained on the other K-1 parts of
the training data), so that training sees tags as noisy as real input; 0 uses
the gold tags. --repeat treebanks are trained on twice per epoch (jackknifed
once, with the --train ones). Dev sentences are tagged by --tagger (default:
the embedded tagger) before parsing; with several --dev paths, the epoch with
the best mean LAS over them is kept. --seeds N trains N parsers with the seeds
--seed, --seed+1, ... (on the same jackknifed tags), keeps each one's best
epoch and sums their weights into one model that scores as their ensemble;
--min-updates then counts the updates of all of them. --report treebanks are
only scored (after every epoch and every ensemble member), never used to
choose.`,
		Args: exactArgs(0),
		RunE: func(c *cobra.Command, args []string) error {
			if err := f.check(c); err != nil {
				return err
			}
			if len(report) > 0 && len(f.dev) == 0 {
				return &usageError{fmt.Errorf("%s: --report needs --dev", c.CommandPath())}
			}
			train, err := readTreebanks(f.train)
			if err != nil {
				return fmt.Errorf("train parser: %w", err)
			}
			rep, err := readTreebanks(repeat)
			if err != nil {
				return fmt.Errorf("train parser: %w", err)
			}
			nrep := len(rep)
			train = append(train, rep...)
			var devs, reps [][]conllu.Sentence
			for _, path := range f.dev {
				d, err := readTreebanks([]string{path})
				if err != nil {
					return fmt.Errorf("train parser: %w", err)
				}
				devs = append(devs, d)
			}
			for _, path := range report {
				d, err := readTreebanks([]string{path})
				if err != nil {
					return fmt.Errorf("train parser: %w", err)
				}
				reps = append(reps, d)
			}
			tg, err := loadTagger(tagger)
			if err != nil {
				return fmt.Errorf("train parser: %w", err)
			}
			begin := time.Now()
			if jackknife >= 2 {
				train, err = postag.Jackknife(train, jackknife, postag.Options{Epochs: jkEpochs, Seed: f.seed, Log: a.stderr})
				if err != nil {
					return fmt.Errorf("train parser: %w", err)
				}
			}
			train = append(train, train[len(train)-nrep:]...)
			opt := parse.Options{Epochs: f.epochs, Seed: f.seed, Log: a.stderr, Tag: tg.Tag, MinUpdates: f.minUpdates, Members: f.seeds}
			// score logs the LAS of p on the dev and report treebanks and
			// returns the mean over the dev ones.
			score := func(what string, p *parse.Parser) float64 {
				sum := 0.0
				for i, d := range devs {
					uas, las := p.Evaluate(d, tg.Tag)
					fmt.Fprintf(a.stderr, "%s: %s uas %.4f las %.4f\n", what, f.dev[i], uas, las)
					sum += las
				}
				for i, d := range reps {
					uas, las := p.Evaluate(d, tg.Tag)
					fmt.Fprintf(a.stderr, "%s: %s (report) uas %.4f las %.4f\n", what, report[i], uas, las)
				}
				return sum / float64(max(len(devs), 1))
			}
			var dev []conllu.Sentence
			switch {
			case len(devs) == 1 && len(reps) == 0:
				dev = devs[0]
			case len(devs) > 0:
				opt.Select = func(epoch int, p *parse.Parser) float64 {
					return score(fmt.Sprintf("epoch %d", epoch), p)
				}
			}
			if len(devs) > 0 {
				opt.Ensemble = func(members int, p *parse.Parser) {
					score(fmt.Sprintf("ensemble of %d", members), p)
				}
			}
			p, err := parse.Train(train, dev, opt)
			if err != nil {
				return fmt.Errorf("train parser: %w", err)
			}
			if err := saveModel(f.out, p.Save); err != nil {
				return fmt.Errorf("train parser: %w", err)
			}
			fmt.Fprintf(a.stdout, "parser: %d sentences in %s, wrote %s\n", len(train), time.Since(begin).Round(time.Second), f.out)
			return nil
		},
	}
	f.register(c)
	c.Flags().IntVar(&f.epochs, "epochs", 15, "passes over the training data")
	c.Flags().IntVar(&jackknife, "jackknife", 4, "folds for predicted training tags; 0 for gold tags")
	c.Flags().IntVar(&jkEpochs, "jackknife-epochs", 12, "epochs of each jackknife tagger")
	c.Flags().StringVar(&tagger, "tagger", "", "tagger model file for the dev tags (default: embedded)")
	c.Flags().StringArrayVar(&repeat, "repeat", nil, "training .conllu file or directory used twice per epoch (repeatable)")
	c.Flags().StringArrayVar(&report, "report", nil, "development .conllu file or directory only scored, never used to choose (repeatable)")
	return c
}

// loadTagger loads a tagger file, or the embedded tagger when path is "".
func loadTagger(path string) (*postag.Tagger, error) {
	if path == "" {
		return postag.Default()
	}
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	return postag.Load(fh)
}

// loadParser loads a parser file, or the embedded parser when path is "".
func loadParser(path string) (*parse.Parser, error) {
	if path == "" {
		return parse.Default()
	}
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	return parse.Load(fh)
}

// saveModel writes a model file through save, removing it on failure.
func saveModel(path string, save func(io.Writer) error) error {
	fh, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := save(fh); err != nil {
		fh.Close()
		os.Remove(path)
		return err
	}
	return fh.Close()
}
