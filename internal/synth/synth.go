// Package synth generates synthetic reports for load tests and benchmarks:
// articles with many events spread over places, dates, actors and CAMEO
// roots, deterministic for a seed. The text is filler; only the shape and
// the spread of the records matter.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"sitrep"
)

type city struct {
	name, country string
	lat, lon      float64
}

var cities = []city{
	{"Aleppo", "SYR", 36.20, 37.16}, {"Homs", "SYR", 34.73, 36.71}, {"Mosul", "IRQ", 36.34, 43.13},
	{"Baghdad", "IRQ", 33.34, 44.40}, {"Kramatorsk", "UKR", 48.72, 37.56}, {"Kyiv", "UKR", 50.45, 30.52},
	{"Kabul", "AFG", 34.53, 69.17}, {"Khartoum", "SDN", 15.50, 32.56}, {"Mogadishu", "SOM", 2.04, 45.34},
	{"Maiduguri", "NGA", 11.85, 13.16}, {"Sanaa", "YEM", 15.35, 44.21}, {"Gaza", "PSE", 31.50, 34.47},
	{"Beirut", "LBN", 33.89, 35.50}, {"Tripoli", "LBY", 32.89, 13.19}, {"Goma", "COD", -1.68, 29.22},
	{"Yangon", "MMR", 16.87, 96.20}, {"Bogota", "COL", 4.71, -74.07}, {"Caracas", "VEN", 10.49, -66.88},
	{"Port-au-Prince", "HTI", 18.54, -72.34}, {"Bamako", "MLI", 12.64, -8.00}, {"Juba", "SSD", 4.85, 31.58},
	{"Addis Ababa", "ETH", 9.03, 38.74}, {"Manila", "PHL", 14.60, 120.98}, {"Colombo", "LKA", 6.93, 79.85},
}

var plover = map[string]string{
	"01": "CONSULT", "02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "COOPERATE", "06": "COOPERATE",
	"07": "AID", "08": "CONCEDE", "09": "CONSULT", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT",
	"13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT",
	"19": "ASSAULT", "20": "ASSAULT",
}

var sectors = []string{"GOV", "MIL", "REB", "OPP", "CVL", "COP", "MED", "NGO"}

var words = strings.Fields("forces shelled the district overnight while officials said residents fled " +
	"toward the border and aid convoys waited at checkpoints as talks resumed in the capital")

// Reports returns reports first to first+n-1 of a series, perReport
// events each, from a generator seeded with seed and first. Event dates
// spread over 2010-2024; every report of a series has its own body.
func Reports(seed uint64, first, n, perReport int) []*sitrep.Report {
	rng := rand.New(rand.NewPCG(seed, uint64(first)^0x5eed))
	out := make([]*sitrep.Report, 0, n)
	for i := first; i < first+n; i++ {
		out = append(out, report(rng, i, perReport))
	}
	return out
}

// Cities returns the ISO3 countries and coordinates events are placed at.
func Cities() (countries []string, lat, lon []float64) {
	for _, c := range cities {
		countries = append(countries, c.country)
		lat = append(lat, c.lat)
		lon = append(lon, c.lon)
	}
	return countries, lat, lon
}

func sentence(rng *rand.Rand, c city) string {
	k := 8 + rng.IntN(10)
	var b strings.Builder
	b.WriteString(c.name)
	for j := 0; j < k; j++ {
		b.WriteByte(' ')
		b.WriteString(words[rng.IntN(len(words))])
	}
	b.WriteByte('.')
	return b.String()
}

func report(rng *rand.Rand, i, perReport int) *sitrep.Report {
	home := cities[rng.IntN(len(cities))]
	day := rng.IntN(15 * 365)
	var body strings.Builder
	sents := make([]sitrep.Sentence, 0, perReport)
	texts := make([]string, 0, perReport)
	pos := 0
	for j := 0; j < perReport; j++ {
		s := sentence(rng, home)
		texts = append(texts, s)
		if j > 0 {
			body.WriteByte(' ')
			pos++
		}
		sents = append(sents, sitrep.Sentence{Span: sitrep.Span{Start: pos, End: pos + len(s)}})
		body.WriteString(s)
		pos += len(s)
	}
	fmt.Fprintf(&body, " (synthetic report %d)", i)
	pub := sitrep.NewDate(2010, 1, 1+day)
	a := sitrep.Article{Title: fmt.Sprintf("Synthetic report %d from %s", i, home.name), Body: body.String(), Source: "Synthetic Wire", Published: pub}
	a.ID = sitrep.ArticleID(a.Body)
	r := sitrep.NewReport(a)
	r.Sentences = sents
	r.Events = make([]sitrep.Event, 0, perReport)
	for j := 0; j < perReport; j++ {
		c := home
		if rng.IntN(4) == 0 {
			c = cities[rng.IntN(len(cities))]
		}
		root := fmt.Sprintf("%02d", 1+rng.IntN(20))
		src := &sitrep.Actor{Country: c.country, Sector: sectors[rng.IntN(len(sectors))]}
		other := cities[rng.IntN(len(cities))]
		tgt := &sitrep.Actor{Country: other.country, Sector: sectors[rng.IntN(len(sectors))]}
		date := pub.Time().AddDate(0, 0, -rng.IntN(3)).Format(sitrep.DateLayout)
		r.Events = append(r.Events, sitrep.Event{
			CAMEO: root + "0", Root: root, Quad: 1 + rng.IntN(4), Goldstein: float64(rng.IntN(21) - 10),
			PLOVER: plover[root],
			Source: &sitrep.Ref{Text: src.Country + " " + src.Sector, Actor: src},
			Target: &sitrep.Ref{Text: tgt.Country + " " + tgt.Sector, Actor: tgt},
			Place: &sitrep.Place{Name: c.name, Country: c.country, Precision: "city",
				Lat: c.lat + rng.Float64()*0.2 - 0.1, Lon: c.lon + rng.Float64()*0.2 - 0.1},
			Date: date, Span: sents[j].Span, Sentence: j, Text: texts[j], Confidence: 0.5 + rng.Float64()/2,
		})
	}
	return r
}
