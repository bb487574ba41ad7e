package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"sitrep/actors"
	"sitrep/gazetteer"
	"sitrep/worldmap"
)

// newBuildCmd groups the commands that turn raw, openly licensed data into
// the compact files embedded in the binary.
func newBuildCmd(a *app) *cobra.Command {
	c := &cobra.Command{
		Use:   "build",
		Short: "Build the embedded data files from their sources",
		Long: `build turns raw, openly licensed data into the compact files sitrep embeds:
the gazetteer (GeoNames, i18n-iso-countries, mordecai), the actor
dictionary (the Phoenix/PETRARCH actor dictionaries and Wikidata
office-holders) and the web UI's world map (Natural Earth). The output is deterministic: the same sources give the
same bytes. Rebuild the binary afterwards to embed the new files.`,
	}
	c.AddCommand(newBuildGazetteerCmd(a), newBuildActorsCmd(a), newBuildWorldmapCmd(a), newBuildCameoCmd(a), newBuildWordclassCmd(a))
	return c
}

// buildSpec describes a build command that turns one source into one file.
type buildSpec struct {
	use, short, long string
	src, srcHelp     string // default source and what it is
	out              string // default output file
	build            func(src string, w io.Writer) error
}

// newBuildFileCmd returns the command of spec, with --src and --out flags.
func newBuildFileCmd(a *app, spec buildSpec) *cobra.Command {
	src, out := spec.src, spec.out
	c := &cobra.Command{
		Use:   spec.use,
		Short: spec.short,
		Long:  spec.long,
		Args:  exactArgs(0),
		RunE: func(c *cobra.Command, args []string) error {
			var buf bytes.Buffer
			if err := spec.build(src, &buf); err != nil {
				return err
			}
			return writeBuilt(a, out, &buf)
		},
	}
	c.Flags().StringVar(&src, "src", spec.src, spec.srcHelp)
	c.Flags().StringVar(&out, "out", spec.out, "file to write")
	return c
}

func newBuildWorldmapCmd(a *app) *cobra.Command {
	return newBuildFileCmd(a, buildSpec{
		use:     "worldmap",
		short:   "Build the web UI's world map from the Natural Earth country outlines",
		src:     "../shared/data/gazetteer/boundaries",
		srcHelp: "directory of " + worldmap.Source,
		out:     "httpapi/ui/world.svg",
		build:   worldmap.Build,
	})
}

func newBuildGazetteerCmd(a *app) *cobra.Command {
	var src, out, minor, counties, minorOut string
	var points []string
	c := &cobra.Command{
		Use:   "gazetteer",
		Short: "Build the gazetteer from GeoNames and country name lists",
		Long: `gazetteer builds the embedded gazetteer from the raw GeoNames, ISO and
Natural Earth data in --src. Countries and first-level regions take the
points GeoNames gives them, as recorded in the geoparsing corpora named by
--points (the sources have no coordinates for them); only the points of
countries and regions already in the gazetteer are read from there, never
a new place. With --minor, the populated places of a GeoNames cities file of
smaller places (cities500 or cities1000, plain, zip'ed or in a .tgz) that
cities15000 lacks are added as minor places, which the geocoder considers
for names it already knows to be places. With --counties, the US counties
that hold listed places are added to the minor places too.`,
		Args: exactArgs(0),
		RunE: func(c *cobra.Command, args []string) error {
			pts, err := pointsFrom(points)
			if err != nil {
				return err
			}
			var buf, mbuf bytes.Buffer
			if err := gazetteer.BuildWith(src, gazetteer.BuildOptions{Points: pts, Minor: minor, Counties: counties}, &buf, &mbuf); err != nil {
				return err
			}
			if err := writeBuilt(a, out, &buf); err != nil {
				return err
			}
			if minor == "" && counties == "" {
				return nil
			}
			return writeBuilt(a, minorOut, &mbuf)
		},
	}
	c.Flags().StringVar(&src, "src", "../shared/data/gazetteer", "directory of the raw gazetteer data")
	c.Flags().StringSliceVar(&points, "points", []string{"../shared/data/geoparsing/lgl.xml", "../shared/data/geoparsing/GWN.xml"},
		`geoparsing corpora (LGL or GeoWebNews XML) whose GeoNames points countries and regions take ("" for none)`)
	c.Flags().StringVar(&minor, "minor", "", "GeoNames cities file of smaller places (cities500.txt, cities1000.zip, or a .tgz holding one)")
	c.Flags().StringVar(&out, "out", "gazetteer/data/gazetteer.tsv.gz", "file to write")
	c.Flags().StringVar(&counties, "counties", "", "US Census county list (fips-counties.csv, or a .tgz holding one), placed by their places")
	c.Flags().StringVar(&minorOut, "minor-out", "gazetteer/data/minor.tsv.gz", "file to write the minor places to (with --minor)")
	return c
}

func newBuildActorsCmd(a *app) *cobra.Command {
	var src, leaders, out string
	c := &cobra.Command{
		Use:   "actors",
		Short: "Convert the Phoenix actor dictionaries and Wikidata leaders to sitrep's actor TSV",
		Args:  exactArgs(0),
		RunE: func(c *cobra.Command, args []string) error {
			var buf bytes.Buffer
			if err := actors.Build(src, leaders, &buf); err != nil {
				return err
			}
			return writeBuilt(a, out, &buf)
		},
	}
	c.Flags().StringVar(&src, "src", "../shared/data/petrarch2/dictionaries", "directory of the Phoenix dictionaries")
	c.Flags().StringVar(&leaders, "leaders", "../shared/data/gazetteer/leaders", `directory of the Wikidata office-holder tables ("" to skip)`)
	c.Flags().StringVar(&out, "out", "actors/data/actors.tsv.gz", "file to write")
	return c
}

func writeBuilt(a *app, out string, buf *bytes.Buffer) error {
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	_, err := fmt.Fprintf(a.stdout, "wrote %s (%d bytes)\n", out, buf.Len())
	return err
}
