package gazetteer_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"sitrep"
	"sitrep/gazetteer"
)

func mustDefault(tb testing.TB) *gazetteer.Gazetteer {
	tb.Helper()
	g, err := gazetteer.Default()
	if err != nil {
		tb.Fatal(err)
	}
	return g
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Aleppo":             "aleppo",
		"Ḥalab":              "halab",
		"Madīnat Ḩalab":      "madinat halab",
		"Côte d'Ivoire":      "cote divoire",
		"U.S.":               "us",
		"  Ivano-Frankivsk ": "ivano frankivsk",
		"São Paulo":          "sao paulo",
		"Łódź":               "lodz",
		"Syria’s":            "syrias",
		"already clean":      "already clean",
		"Straße":             "strasse",
	} {
		if got := gazetteer.Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLookup(t *testing.T) {
	g := mustDefault(t)
	for _, c := range []struct {
		name, country, code string
		id                  int
	}{
		{"Aleppo", "SY", "PPLA", 170063},
		{"Halab", "SY", "PPLA", 170063},
		{"Ḥalab", "SY", "PPLA", 170063},
		{"Damascus", "SY", "PPLC", 170654},
		{"Syria", "SY", "PCLI", 163843},
		{"Russian Federation", "RU", "PCLI", 2017370},
		{"USA", "US", "PCLI", 6252001},
		{"U.S.", "US", "PCLI", 6252001},
		{"United States", "US", "PCLI", 6252001},
		{"America", "US", "PCLI", 6252001},
		{"Texas", "US", "ADM1", 4736286},
		{"Calif.", "US", "ADM1", 5332921},
		{"B.C.", "CA", "ADM1", 5909050},
		{"Ont.", "CA", "ADM1", 6093943},
	} {
		found := false
		for _, e := range g.Lookup(c.name) {
			f := g.Feature(e.Feature)
			if f.ID == c.id && f.Country == c.country && f.Code == c.code {
				found = true
			}
		}
		if !found {
			t.Errorf("Lookup(%q): no %s %s %d", c.name, c.country, c.code, c.id)
		}
	}
	if c := g.Demonym("Syrians"); c == nil || c.ISO3 != "SYR" {
		t.Errorf("Demonym(Syrians) = %+v", c)
	}
	if c := g.Demonym("American"); c == nil || c.ISO3 != "USA" {
		t.Errorf("Demonym(American) = %+v", c)
	}
	for name, id := range map[string]int{"Europe": 6255148, "Europeans": 6255148, "African": 6255146, "South America": 6255150} {
		i, ok := g.Continent(name)
		if f := g.Feature(i); !ok || f.ID != id || !f.IsContinent() || !f.IsArea() || f.Precision() != "region" {
			t.Errorf("Continent(%q) = %+v, %v", name, f, ok)
		}
	}
	for _, e := range g.Lookup("Europe") {
		if g.Feature(e.Feature).IsContinent() {
			t.Error("Lookup(Europe) finds the continent")
		}
	}
	if _, ok := g.Continent("Syria"); ok {
		t.Error("Continent(Syria) found")
	}
	// Most Texans live east of the state's middle (Houston, Dallas, San
	// Antonio); a country is its own centre.
	tx := g.Admin1("US", "TX")
	if c := g.Centre(tx); c == tx || c.ID != tx.ID || c.Lon <= tx.Lon || c.Lon > -93.5 || c.Lat < 26 || c.Lat > 36.5 {
		t.Errorf("Centre(Texas) = %+v, middle %.2f %.2f", c, tx.Lat, tx.Lon)
	}
	if sy := g.Feature(g.Country("SY").Feature); g.Centre(sy) != sy {
		t.Error("Centre(Syria) is not Syria")
	}
	if c := g.Country("sy"); c == nil || c.ISO3 != "SYR" || c.Capital != "Damascus" {
		t.Errorf("Country(sy) = %+v", c)
	}
	var p sitrep.Place
	for _, e := range g.Lookup("Aleppo") {
		if f := g.Feature(e.Feature); f.Class == 'P' {
			p = g.Place(f)
		}
	}
	if p.Country != "SYR" || p.Admin1 != "Aleppo" || p.Precision != "city" {
		t.Errorf("Place(Aleppo) = %+v", p)
	}
}

func TestConcurrentDefault(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			g := mustDefault(t)
			if len(g.Lookup("Hamburg")) == 0 {
				t.Error("no Hamburg")
			}
		}()
	}
	wg.Wait()
}

func TestLoadErrors(t *testing.T) {
	for name, file := range map[string]string{
		"ErrKind":      "X\t1\n",
		"ErrFields":    "P\t1\tname\n",
		"ErrNumber":    "P\tx\tA\t1\t2\tP\tPPL\tUS\tTX\t10\t\n",
		"ErrContinent": "L\t6255148\tEurope\t48.7\tnine\t1\t\n",
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := gazetteer.Load(strings.NewReader(file)); err == nil {
				t.Error("want an error")
			}
		})
	}
}

// TestBuildWith checks that countries and regions take the points given
// for their GeoNames ids, and that a point for any other id moves nothing.
// (The embedded file's reproducibility is checked with the build command's
// test, which reads the points from the corpora.)
func TestBuildWith(t *testing.T) {
	const src = "../../shared/data/gazetteer"
	if _, err := os.Stat(src); err != nil {
		t.Skipf("sources absent: %v", err)
	}
	const canada, florida, aleppo = 6251999, 4155751, 170063
	points := map[int]gazetteer.Point{
		canada:  {Lat: 60.1, Lon: -113.6},
		florida: {Lat: 28.7, Lon: -82.5},
		aleppo:  {Lat: 1, Lon: 1},
	}
	var buf bytes.Buffer
	if err := gazetteer.BuildWith(src, gazetteer.BuildOptions{Points: points}, &buf, nil); err != nil {
		t.Fatal(err)
	}
	g, err := gazetteer.Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	ca := g.Feature(g.Country("CA").Feature)
	fl := g.Admin1("US", "FL")
	if ca.Lat != 60.1 || ca.Lon != -113.6 {
		t.Errorf("Canada at %v,%v", ca.Lat, ca.Lon)
	}
	if fl == nil || fl.Lat != 28.7 || fl.Lon != -82.5 {
		t.Errorf("Florida at %+v", fl)
	}
	for _, e := range g.Lookup("Aleppo") {
		if f := g.Feature(e.Feature); f.ID == aleppo && (f.Lat < 30 || f.Lon < 30) {
			t.Errorf("a city's point moved: %+v", f)
		}
	}
}

func BenchmarkFold(b *testing.B) {
	for b.Loop() {
		gazetteer.Fold("Madīnat Ḩalab")
		gazetteer.Fold("Russian Federation")
	}
}

// TestMinorPlaces checks that a GeoNames cities file of smaller places
// adds its towns as minor places, found by LookupMinor and not by Lookup,
// that counties are placed at the centre of their listed places, that the
// main file stays as it was, and that a damaged minor file is reported,
// not fatal.
func TestMinorPlaces(t *testing.T) {
	const src = "../../shared/data/gazetteer"
	if _, err := os.Stat(src); err != nil {
		t.Skipf("sources absent: %v", err)
	}
	row := func(id, name, alts, lat, lon, pop string) string {
		return id + "\t" + name + "\t" + name + "\t" + alts + "\t" + lat + "\t" + lon + "\tP\tPPL\tUS\t\tMN\t111\t\t\t" + pop + "\t\t400\tAmerica/Chicago\t2024-01-01\n"
	}
	cities := row("5041072", "Pelican Rapids", "City of Pelican Rapids", "46.57079", "-96.08311", "2461") +
		row("5037649", "Minneapolis", "", "44.97997", "-93.26384", "410939") // in cities15000: not repeated
	dir := t.TempDir()
	path, counties := filepath.Join(dir, "cities500.txt"), filepath.Join(dir, "fips-counties.csv")
	if err := os.WriteFile(path, []byte(cities), 0o644); err != nil {
		t.Fatal(err)
	}
	csv := "State,statefp,countyfp,countyname,classfp\nMN,27,111,Otter Tail County,H1\nMN,27,999,Nowhere County,H1\n"
	if err := os.WriteFile(counties, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	var main, minor, plain bytes.Buffer
	if err := gazetteer.BuildWith(src, gazetteer.BuildOptions{Minor: path, Counties: counties}, &main, &minor); err != nil {
		t.Fatal(err)
	}
	if err := gazetteer.Build(src, &plain); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(main.Bytes(), plain.Bytes()) {
		t.Error("minor places changed the main file")
	}
	g, err := gazetteer.Load(&main)
	if err != nil {
		t.Fatal(err)
	}
	g.SetMinor(minor.Bytes())
	if len(g.Lookup("Pelican Rapids")) != 0 {
		t.Error("a minor place is found by Lookup")
	}
	for _, name := range []string{"Pelican Rapids", "City of Pelican Rapids"} {
		es := g.LookupMinor(gazetteer.Fold(name))
		if len(es) != 1 {
			t.Fatalf("%s: %d minor entries, want 1", name, len(es))
		}
		ft := g.Feature(es[0].Feature)
		if ft.ID != 5041072 || !ft.Minor || ft.Admin1 != "MN" || ft.Population != 2461 || es[0].Alt != (name != "Pelican Rapids") {
			t.Errorf("%s: %+v %+v", name, es[0], ft)
		}
	}
	if es := g.LookupMinor("otter tail county"); len(es) != 1 {
		t.Errorf("Otter Tail County: %d entries", len(es))
	} else if ft := g.Feature(es[0].Feature); ft.Code != "ADM2" || ft.Admin1 != "MN" || ft.Lat != 46.5708 || ft.Population != 2461 {
		t.Errorf("Otter Tail County: %+v, want it at Pelican Rapids, its only listed place", ft)
	}
	if len(g.LookupMinor("nowhere county")) != 0 {
		t.Error("a county without listed places was placed")
	}
	if len(g.LookupMinor("minneapolis")) != 0 {
		t.Error("a place of cities15000 was added again as a minor place")
	}
	bad, err := gazetteer.Load(strings.NewReader("C\tXX\tXXX\t1\tX\t0\t0\t0\t\t\t\n"))
	if err != nil {
		t.Fatal(err)
	}
	bad.SetMinor([]byte("M\t1\tTown\tnot-a-number\t0\tPPL\tUS\tMN\t5\n"))
	if bad.LookupMinor("town") != nil || bad.MinorErr() == nil {
		t.Error("a damaged minor file should be reported and left out")
	}
}
