package geocode_test

import (
	"math"
	"strings"
	"testing"

	"sitrep"
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

func TestDistance(t *testing.T) {
	// Aleppo to Damascus is about 310 km.
	if d := geocode.Distance(36.2012, 37.1612, 33.5102, 36.2913); math.Abs(d-310) > 10 {
		t.Errorf("Distance = %.1f", d)
	}
	if d := geocode.Distance(10, 20, 10, 20); d != 0 {
		t.Errorf("Distance to itself = %v", d)
	}
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
