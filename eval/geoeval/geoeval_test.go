package geoeval_test

import (
	"os"
	"strings"
	"testing"

	"sitrep"
	"sitrep/eval/geoeval"
	"sitrep/gazetteer"
	"sitrep/geocode"
	"sitrep/resolve"
	"sitrep/segment"
)

const corpusDir = "../../../shared/data/geoparsing/"

func mustGeocoder(tb testing.TB, opt geocode.Options) *geocode.Geocoder {
	tb.Helper()
	gaz, err := gazetteer.Default()
	if err != nil {
		tb.Fatal(err)
	}
	return geocode.New(gaz, opt)
}

func TestRead(t *testing.T) {
	const doc = `<articles><article docid="7"><text>Fire in Aleppo, Syria.</text><toponyms>
<toponym><start>8</start><end>14</end><phrase>Aleppo</phrase><gaztag geonameid="170063"><lat>36.2</lat><lon>37.16</lon></gaztag></toponym>
<toponym><start>16</start><end>21</end><phrase>Syria</phrase></toponym>
</toponyms></article></articles>`
	docs, err := geoeval.Read(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || len(docs[0].Gold) != 1 || len(docs[0].Unplaced) != 1 || docs[0].Unplaced[0].Start != 16 {
		t.Fatalf("got %+v", docs)
	}
	s := geoeval.Evaluate(mustGeocoder(t, geocode.Options{}), docs)
	if s.N != 1 || s.Acc161 != 1 || s.Exact != 1 {
		t.Errorf("got %+v", s)
	}
	if _, err := geoeval.Read(strings.NewReader("<x/>")); err == nil {
		t.Error("want error for a file without articles")
	}
}

// TestCorpora scores the geocoder on LGL and GeoWebNews when they are
// present and guards against regressions; the project's LGL target is
// acc161 >= 0.85.
func TestCorpora(t *testing.T) {
	for _, c := range []struct {
		file string
		min  float64
	}{{"lgl.xml", 0.85}, {"GWN.xml", 0.85}} {
		t.Run(c.file, func(t *testing.T) {
			f, err := os.Open(corpusDir + c.file)
			if err != nil {
				t.Skipf("corpus absent: %v", err)
			}
			defer f.Close()
			docs, err := geoeval.Read(f)
			if err != nil {
				t.Fatal(err)
			}
			g := mustGeocoder(t, geocode.Options{Fallback: true})
			s := geoeval.Evaluate(g, docs)
			res, err := resolve.Default()
			if err != nil {
				t.Fatal(err)
			}
			find := func(body string) []sitrep.Mention { return res.FindMentions(body, segment.Split(body)) }
			geoeval.EvaluateEndToEnd(find, g, docs, &s)
			t.Logf("%s: %+v", c.file, s)
			if s.Acc161 < c.min {
				t.Errorf("acc161 %.3f, want >= %.2f", s.Acc161, c.min)
			}
		})
	}
}
