package main

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"sitrep/cameo"
)

// newBuildCameoCmd converts the PETRARCH CAMEO verb dictionary into the
// compact lexicon embedded by package cameo.
func newBuildCameoCmd(a *app) *cobra.Command {
	return newBuildFileCmd(a, buildSpec{
		use:   "cameo",
		short: "Convert the PETRARCH CAMEO verb dictionary to sitrep's verb lexicon",
		long: `cameo reads a PETRARCH-format verb dictionary (CAMEO.2.0.txt, MIT License),
expands its synonym sets and writes the compact, gzipped verb lexicon that
package cameo embeds, keeping the dictionary's license notice in its header.
Our own nouns and phrases are in cameo/data/extra.tsv and are not touched.`,
		src:     "../shared/data/petrarch2/dictionaries/CAMEO.2.0.txt",
		srcHelp: "PETRARCH verb dictionary",
		out:     "cameo/data/verbs.tsv.gz",
		build: func(src string, w io.Writer) error {
			b, err := os.ReadFile(src)
			if err != nil {
				return err
			}
			if err := cameo.Build(b, w); err != nil {
				return fmt.Errorf("build cameo %s: %w", src, err)
			}
			return nil
		},
	})
}
