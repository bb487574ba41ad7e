package geocode_test

import (
	"math"
	"os"
	"strings"
	"testing"

	"sitrep"
	"sitrep/eval/geoeval"
	"sitrep/gazetteer"
	"sitrep/geocode"
)

func mustGeocoder(tb testing.TB, opt geocode.Options) *geocode.Geocoder {
	tb.Helper()
	gaz, err := gazetteer.Default()
	if err != nil {
		tb.Fatal(err)
	}
	return geocode.New(gaz, opt)
}

// toponyms returns the spans of names in body, in order.
func toponyms(body string, names ...string) []geocode.Toponym {
	var out []geocode.Toponym
	from := 0
	for _, n := range names {
		i := strings.Index(body[from:], n) + from
		start := len([]rune(body[:i]))
		out = append(out, geocode.Toponym{Span: sitrep.Span{Start: start, End: start + len([]rune(n))}, Text: n})
		from = i + len(n)
	}
	return out
}

func TestLocate(t *testing.T) {
	g := mustGeocoder(t, geocode.Options{})
	for _, c := range []struct {
		name  string
		body  string
		names []string
		want  []string // "CC.admin1 precision" per name
	}{
		{"AdminContext", "He grew up in Paris, Texas, not in France.", []string{"Paris", "Texas", "France"},
			[]string{"US.TX city", "US.TX region", "FR. country"}},
		{"Default", "Talks in Paris ended.", []string{"Paris"}, []string{"FR.11 city"}},
		{"CountryContext", "Shelling in Aleppo, Syria.", []string{"Aleppo", "Syria"}, []string{"SY.09 city", "SY. country"}},
		{"Focus", "Police in Atlanta and Athens said Georgia roads were closed.", []string{"Atlanta", "Athens", "Georgia"},
			[]string{"US.GA city", "US.GA city", "US.GA region"}},
		{"Demonym", "Syrian troops advanced.", []string{"Syrian"}, []string{"SY. country"}},
		{"CityState", "They met in Hamburg.", []string{"Hamburg"}, []string{"DE.04 city"}},
		{"Possessive", "Aleppo's old city.", []string{"Aleppo's"}, []string{"SY.09 city"}},
		{"RegionDemonym", "Texans and Iowans voted, said Ontarians.", []string{"Texans", "Iowans", "Ontarians"},
			[]string{"US.TX region", "US.IA region", "CA.08 region"}},
		{"SaintVariant", "Flights from Moscow to St. Petersburg, Russia.", []string{"Moscow", "St. Petersburg", "Russia"},
			[]string{"RU.48 city", "RU.66 city", "RU. country"}},
		{"StateAbbrev", "Officials in Savannah, Ga., said so.", []string{"Savannah", "Ga."}, []string{"US.GA city", "US.GA region"}},
		{"Continent", "Leaders of Europe met African and Asian envoys.", []string{"Europe", "African", "Asian"},
			[]string{". region", ". region", ". region"}},
		{"DemonymOverNamesake", "German officials said so.", []string{"German"}, []string{"DE. country"}},
		{"RegionCounties", "Two Georgia counties near Atlanta grew fastest.", []string{"Georgia", "Atlanta"},
			[]string{"US.GA region", "US.GA city"}},
		{"ListNotContext", "Storms hit Pensacola, Panama City and Tampa.", []string{"Pensacola", "Panama City", "Tampa"},
			[]string{"US.FL city", "US.FL city", "US.FL city"}},
		{"NoDollars", "The Mansfield school board met.", []string{"Mansfield"}, []string{"GB.ENG city"}},
		{"OnlyNamesake", "A Texas man was arrested in Pensacola on Friday.", []string{"Texas", "Pensacola"}, []string{"US.TX region", "US.FL city"}},
		{"DollarsAlone", "The Hamilton council set aside $2 million for buses.", []string{"Hamilton"}, []string{"CA.08 city"}},
		{"OtherDollars", "Newcastle council will spend A$2 million on new roads.", []string{"Newcastle"}, []string{"AU.02 city"}},
		{"BigCityAbroad", "Shelling in Aleppo and Homs, Syria, as talks in Geneva stalled.", []string{"Aleppo", "Homs", "Syria", "Geneva"},
			[]string{"SY.09 city", "SY.11 city", "SY. country", "CH.GE city"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := g.Locate(c.body, toponyms(c.body, c.names...))
			for i, r := range res {
				if r.Feature == nil {
					t.Errorf("%s: unresolved", c.names[i])
					continue
				}
				got := r.Feature.Country + "." + r.Feature.Admin1 + " " + r.Feature.Precision()
				if got != c.want[i] {
					t.Errorf("%s: got %s (%s), want %s", c.names[i], got, r.Feature.Name, c.want[i])
				}
			}
		})
	}
}

func TestLocateUnknown(t *testing.T) {
	body := "A crash near Smallville, Kansas, closed roads to Wichita and Topeka."
	tops := toponyms(body, "Smallville", "Kansas", "Wichita", "Topeka")
	if r := mustGeocoder(t, geocode.Options{}).Locate(body, tops)[0]; r.Feature != nil {
		t.Errorf("without fallback: got %s", r.Feature.Name)
	}
	r := mustGeocoder(t, geocode.Options{Fallback: true}).Locate(body, tops)[0]
	if r.Feature == nil || !r.Guess || r.Feature.Country != "US" || r.Feature.Admin1 != "KS" {
		t.Errorf("with fallback: got %+v", r)
	}
}

// TestLocateFarNamesake checks that a namesake far from everything else
// the article names is dropped rather than placed abroad (there is a
// Meppel only in the Netherlands), and that a small town the minor places
// hold is found where the article is (Madaya, Syria, not Madaya, Myanmar).
func TestLocateFarNamesake(t *testing.T) {
	body := "Aid reached Meppel, near Damascus. Syria said convoys to Aleppo and Homs would follow."
	tops := toponyms(body, "Meppel", "Damascus", "Syria", "Aleppo", "Homs")
	if r := mustGeocoder(t, geocode.Options{}).Locate(body, tops)[0]; r.Feature != nil {
		t.Errorf("without fallback: Meppel placed at %s, %s", r.Feature.Name, r.Feature.Country)
	}
	r := mustGeocoder(t, geocode.Options{Fallback: true}).Locate(body, tops)[0]
	if r.Feature == nil || !r.Guess || r.Feature.Country != "SY" {
		t.Errorf("with fallback: got %+v", r)
	}
	for _, c := range [][]string{{"Aid reached Madaya, near Damascus, on Monday.", "Damascus"}, {"Aid reached Madaya, Syria, on Monday.", "Syria"}} {
		body := c[0]
		tops := toponyms(body, "Madaya", c[1])
		r := mustGeocoder(t, geocode.Options{}).Locate(body, tops)[0]
		if r.Feature == nil || r.Guess || r.Feature.Country != "SY" {
			t.Errorf("%q: Madaya at %+v", body, r.Feature)
		}
	}
}

// TestLocateCounty checks that counties are placed as the counties of
// the article's state (Jackson, Barrow and Walton counties of Georgia),
// never at a namesake city elsewhere (Jackson, Mississippi), and, with the
// fallback, in the article's state at least.
func TestLocateCounty(t *testing.T) {
	body := "Atlanta police and Macon officials said Jackson and Barrow counties and Walton County in Georgia were hit."
	tops := toponyms(body, "Atlanta", "Macon", "Jackson", "Barrow", "Walton County", "Georgia")
	placed := 0
	for i, r := range mustGeocoder(t, geocode.Options{}).Locate(body, tops)[2:5] {
		if r.Feature == nil {
			continue
		}
		placed++
		if r.Feature.Code != "ADM2" || r.Feature.Country != "US" || r.Feature.Admin1 != "GA" {
			t.Errorf("without fallback: %s placed at %s, %s.%s", tops[2+i].Text, r.Feature.Name, r.Feature.Country, r.Feature.Admin1)
		}
	}
	if placed < 2 {
		t.Errorf("only %d of three counties placed", placed)
	}
	for i, r := range mustGeocoder(t, geocode.Options{Fallback: true}).Locate(body, tops)[2:5] {
		if r.Feature == nil || r.Feature.Country != "US" || r.Feature.Admin1 != "GA" {
			t.Errorf("with fallback: %s: got %+v", tops[2+i].Text, r)
		}
	}
}

// TestLocateNamedRegion checks that small towns whose only namesakes the
// gazetteer knows lie outside the one state the article names are not
// placed there but, with the fallback, in that state.
func TestLocateNamedRegion(t *testing.T) {
	body := "Scouts across Nebraska will collect food in Wayne, Madison and Laurel on Saturday."
	tops := toponyms(body, "Nebraska", "Wayne", "Madison", "Laurel")
	for i, r := range mustGeocoder(t, geocode.Options{}).Locate(body, tops)[1:] {
		if r.Feature != nil && r.Feature.Admin1 != "NE" {
			t.Errorf("without fallback: %s placed at %s, %s.%s", tops[1+i].Text, r.Feature.Name, r.Feature.Country, r.Feature.Admin1)
		}
	}
	for i, r := range mustGeocoder(t, geocode.Options{Fallback: true}).Locate(body, tops)[1:] {
		if r.Feature == nil || r.Feature.Country != "US" || r.Feature.Admin1 != "NE" {
			t.Errorf("with fallback: %s: got %+v", tops[1+i].Text, r.Feature)
		}
	}
}

// TestLocateNotAbroad checks two namesakes abroad that the article gives no
// reason for: a region named only by a direction, and a county's namesake
// town in another country.
func TestLocateNotAbroad(t *testing.T) {
	g := mustGeocoder(t, geocode.Options{})
	body := "Critics in the West said so."
	if r := g.Locate(body, toponyms(body, "West"))[0]; r.Feature != nil {
		t.Errorf("West placed at %s, %s", r.Feature.Name, r.Feature.Country)
	}
	body = "Deputies from Douglas County and St. Cloud police in Minnesota searched the lake."
	if r := g.Locate(body, toponyms(body, "Douglas County", "St. Cloud", "Minnesota"))[0]; r.Feature != nil && r.Feature.Country != "US" {
		t.Errorf("Douglas County placed at %s, %s", r.Feature.Name, r.Feature.Country)
	}
}

func TestDistance(t *testing.T) {
	// Aleppo to Damascus is about 310 km.
	if d := geocode.Distance(36.2012, 37.1612, 33.5102, 36.2913); math.Abs(d-310) > 10 {
		t.Errorf("Distance = %.1f", d)
	}
	if d := geocode.Distance(10, 20, 10, 20); d != 0 {
		t.Errorf("Distance to itself = %v", d)
	}
}

// BenchmarkGeocode geocodes the gold toponyms of the LGL corpus, when it is
// present, and reports tokens (space-separated words) per second.
func BenchmarkGeocode(b *testing.B) {
	f, err := os.Open("../../shared/data/geoparsing/lgl.xml")
	if err != nil {
		b.Skipf("corpus absent: %v", err)
	}
	docs, err := geoeval.Read(f)
	f.Close()
	if err != nil {
		b.Fatal(err)
	}
	g := mustGeocoder(b, geocode.Options{Fallback: true})
	tops := make([][]geocode.Toponym, len(docs))
	words := 0
	for i, d := range docs {
		words += len(strings.Fields(d.Text))
		for _, gd := range d.Gold {
			tops[i] = append(tops[i], geocode.Toponym{Span: gd.Span, Text: gd.Text})
		}
	}
	for b.Loop() {
		for i, d := range docs {
			g.Locate(d.Text, tops[i])
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkLocate geocodes an article of 30 place names.
func BenchmarkLocate(b *testing.B) {
	g := mustGeocoder(b, geocode.Options{Fallback: true})
	names := []string{"Aleppo", "Syria", "Damascus", "Hamburg", "Germany", "Paris", "Texas", "Moscow", "Russia", "Washington"}
	var parts []string
	for i := 0; i < 3; i++ {
		for _, n := range names {
			parts = append(parts, "Officials in "+n+" said more talks were needed.")
		}
	}
	body := strings.Join(parts, " ")
	var all []string
	for i := 0; i < 3; i++ {
		all = append(all, names...)
	}
	tops := toponyms(body, all...)
	for b.Loop() {
		g.Locate(body, tops)
	}
}
