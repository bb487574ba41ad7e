package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"sitrep"
	"sitrep/eval/geoeval"
	"sitrep/gazetteer"
	"sitrep/geocode"
	"sitrep/resolve"
	"sitrep/segment"
)

// newEvalGeoCmd measures the geocoder on an LGL or GeoWebNews XML corpus.
func newEvalGeoCmd(a *app) *cobra.Command {
	var asJSON, noFallback, e2e bool
	c := &cobra.Command{
		Use:   "geo FILE",
		Short: "Measure place resolution on LGL or GeoWebNews XML",
		Long: `geo geocodes the gold toponym spans of an LGL (lgl.xml) or GeoWebNews
(GWN.xml) corpus and prints the accuracy within 161 km, the share of exact
GeoNames ids, the mean error in km of the resolved ones and the coverage.
Names missing from the gazetteer, counties, and names whose only readings
the rest of the article contradicts get the article's focus as a guess (its
main city in its main region, else that region, else its main country)
unless --no-fallback is given. With --e2e (the default) it also finds the
toponyms itself with the dictionary mention finder and scores precision,
recall and accuracy within 161 km of those that match a gold span.`,
		Args: exactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			f, err := os.Open(args[0])
			if err != nil {
				return err
			}
			defer f.Close()
			docs, err := geoeval.Read(f)
			if err != nil {
				return err
			}
			gaz, err := gazetteer.Default()
			if err != nil {
				return err
			}
			geo := geocode.New(gaz, geocode.Options{Fallback: !noFallback})
			s := geoeval.Evaluate(geo, docs)
			if e2e {
				res, err := resolve.Default()
				if err != nil {
					return err
				}
				find := func(body string) []sitrep.Mention { return res.FindMentions(body, segment.Split(body)) }
				geoeval.EvaluateEndToEnd(find, geo, docs, &s)
			}
			if asJSON {
				return writeJSON(a.stdout, s)
			}
			_, err = fmt.Fprint(a.stdout, s.String())
			return err
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	c.Flags().BoolVar(&e2e, "e2e", true, "also score end to end, finding toponyms with the dictionary mention finder")
	c.Flags().BoolVar(&noFallback, "no-fallback", false, "leave names missing from the gazetteer unresolved")
	return c
}
