package main

import (
	"bytes"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"sitrep/wordclass"
)

// newBuildWordclassCmd learns the word clusters package wordclass embeds.
func newBuildWordclassCmd(a *app) *cobra.Command {
	var (
		src []string
		out string
		opt wordclass.BuildOptions
	)
	c := &cobra.Command{
		Use:   "wordclass",
		Short: "Learn the Brown word clusters from unlabeled text",
		Long: `wordclass learns Brown clusters from the words of unlabeled text (--src,
repeatable: CoNLL-U files or directories, CSV files with an article_content
column, XML files with <text> elements) and writes the gzipped table of
word, cluster path and count that package wordclass embeds. Only the words
and their paths are kept, no text. The same sources and flags give the same
bytes, whatever --workers is.`,
		Args: exactArgs(0),
		RunE: func(c *cobra.Command, args []string) error {
			begin := time.Now()
			var buf bytes.Buffer
			t, err := wordclass.Build(src, opt, &buf)
			if err != nil {
				return fmt.Errorf("build wordclass: %w", err)
			}
			fmt.Fprintf(a.stderr, "wordclass: %d words clustered in %s\n", t.Len(), time.Since(begin).Round(time.Second))
			return writeBuilt(a, out, &buf)
		},
	}
	c.Flags().StringArrayVar(&src, "src", []string{
		"../shared/data/ud/en_ewt-ud-train.conllu",
		"../shared/data/gum/train",
		"../shared/data/news/fa-kes.csv",
		"../shared/data/geoparsing/lgl.xml",
		"../shared/data/geoparsing/GWN.xml",
	}, "unlabeled text (repeatable)")
	c.Flags().StringVar(&out, "out", "wordclass/data/clusters.tsv.gz", "file to write")
	c.Flags().IntVar(&opt.Clusters, "clusters", 256, "active clusters C")
	c.Flags().IntVar(&opt.MinCount, "min-count", 3, "leave out words seen fewer times")
	c.Flags().IntVar(&opt.Workers, "workers", 2, "goroutines updating merge costs")
	c.Flags().BoolVar(&opt.Lower, "lower", false, "lower-case the words first")
	return c
}
