package main

import (
	"bytes"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"sitrep/cameo"
)

// newBuildCameoCmd converts the PETRARCH CAMEO verb dictionary into the
// compact lexicon embedded by package cameo.
func newBuildCameoCmd(a *app) *cobra.Command {
	var src, out string
	c := &cobra.Command{
		Use:   "cameo",
		Short: "Convert the PETRARCH CAMEO verb dictionary to sitrep's verb lexicon",
		Long: `cameo reads a PETRARCH-format verb dictionary (CAMEO.2.0.txt, MIT License),
expands its synonym sets and writes the compact, gzipped verb lexicon that
package cameo embeds, keeping the dictionary's license notice in its header.
Our own nouns and phrases are in cameo/data/extra.tsv and are not touched.`,
		Args: exactArgs(0),
		RunE: func(c *cobra.Command, args []string) error {
			b, err := os.ReadFile(src)
			if err != nil {
				return err
			}
			var buf bytes.Buffer
			if err := cameo.Build(b, &buf); err != nil {
				return fmt.Errorf("build cameo %s: %w", src, err)
			}
			return writeBuilt(a, out, &buf)
		},
	}
	c.Flags().StringVar(&src, "src", "../shared/data/petrarch2/dictionaries/CAMEO.2.0.txt", "PETRARCH verb dictionary")
	c.Flags().StringVar(&out, "out", "cameo/data/verbs.tsv.gz", "file to write")
	return c
}
