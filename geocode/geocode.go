// Package geocode resolves place names to gazetteer features. It ranks each
// name's candidates with a population prior, the feature's kind, the admin
// context written next to it ("Aleppo, Syria", "Paris, Texas"), the
// article's country and region focus and the nearness of the other places
// the article names.
package geocode

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep"
	"sitrep/gazetteer"
)

// Options tune a Geocoder.
type Options struct {
	// Fallback gives names the gazetteer lacks the article's focus (its most
	// named city in its main region, else that region, else its main
	// country) as a guess, flagged Guess. It also turns into guesses the
	// choices unlikely in a local article (a county outside the article's
	// regions, a faraway namesake city), which are most often small places
	// the gazetteer lacks. Use it to score against corpora; leave it off to
	// put on a map only what the gazetteer knows.
	Fallback bool
}

// Geocoder ranks gazetteer candidates for the place names of an article.
// It is immutable and safe for concurrent use.
type Geocoder struct {
	gaz *gazetteer.Gazetteer
	opt Options
}

// New returns a Geocoder over gaz.
func New(gaz *gazetteer.Gazetteer, opt Options) *Geocoder {
	return &Geocoder{gaz: gaz, opt: opt}
}

// Gazetteer returns the gazetteer g ranks candidates from.
func (g *Geocoder) Gazetteer() *gazetteer.Gazetteer { return g.gaz }

// Toponym is a place name in an article: its code-point span into the body
// and its text.
type Toponym struct {
	sitrep.Span
	Text string
	// Hint is the ISO 3166-1 alpha-3 country the name is known to stand
	// for, from the actor dictionary (Paris -> FRA), or "".
	Hint string
}

// Result is the place chosen for one toponym.
type Result struct {
	Feature *gazetteer.Feature // nil when no candidate was found
	Score   float64            // ranking score of the choice, higher is surer
	// Guess is true when Feature is the article's focus standing in for a
	// name the gazetteer lacks (only with Options.Fallback).
	Guess bool
}

// Place returns the domain form of r, or nil when r has no feature.
func (g *Geocoder) Place(r Result) *sitrep.Place {
	if r.Feature == nil {
		return nil
	}
	p := g.gaz.Place(r.Feature)
	return &p
}

// item is the working state of one toponym.
type item struct {
	cands []int32
	alt   []bool
	ctx   *gazetteer.Feature // admin context written after the name
	key   string             // folded name
	hint  string             // ISO2 country of the toponym's hint
	first int                // index of the first item with the same key
	pick  int                // index into cands, -1 none
	score float64
}

// Locate chooses a feature for each toponym of body. Spans are code points
// into body; results are in the order of tops.
func (g *Geocoder) Locate(body string, tops []Toponym) []Result {
	off := sitrep.NewOffsets(body)
	items := make([]item, len(tops))
	seen := make(map[string]int, len(tops))
	for i, t := range tops {
		it := &items[i]
		it.pick = -1
		it.key = gazetteer.Fold(trimName(t.Text))
		if c := g.gaz.Country(t.Hint); c != nil {
			it.hint = c.ISO2
		}
		if j, ok := seen[it.key]; ok {
			it.first = j
		} else {
			seen[it.key], it.first = i, i
		}
		for _, e := range g.candidates(t.Text) {
			it.cands = append(it.cands, e.Feature)
			it.alt = append(it.alt, e.Alt)
		}
		if len(it.cands) > 0 {
			it.ctx = g.context(body[off.Byte(t.End):])
		}
	}
	var f focus
	votes := make([]vote, len(items))
	for round := 0; round < 3; round++ {
		f.reset()
		for i := range items {
			if items[i].first == i {
				votes[i] = voteOf(g.gaz, &items[i], round == 0)
				f.apply(votes[i], 1)
			}
		}
		for i := range items {
			g.rank(&items[i], &f, &votes[items[i].first], items, i, round > 0)
		}
	}
	out := make([]Result, len(tops))
	home, share := f.top()
	for i, it := range items {
		own := &votes[it.first]
		if it.pick >= 0 {
			ft := g.gaz.Feature(it.cands[it.pick])
			switch {
			case g.opt.Fallback && share >= 0.5 && g.faraway(items, i, &f, own):
				it.pick = -1
			case share > 0 && ft.Code == "PPLX" && ft.Country != home && f.countryShare(ft.Country, own) == 0:
				// A district abroad is most often a namesake of one at
				// home: the Old City of Aleppo, not of Jerusalem.
				it.pick = -1
			}
		}
		if it.pick >= 0 {
			out[i] = Result{Feature: g.gaz.Feature(it.cands[it.pick]), Score: it.score}
		} else if g.opt.Fallback {
			if ft := f.guess(g.gaz); ft != nil {
				out[i] = Result{Feature: ft, Guess: true}
			}
		}
	}
	return out
}

// faraway reports whether the choice for a name is unlikely in a local
// article: a county or parish outside the article's regions, or a city
// outside the region most of the article is about and far from its other
// places. Such names are most often small places the gazetteer lacks.
func (g *Geocoder) faraway(items []item, i int, f *focus, own *vote) bool {
	it := &items[i]
	ft := g.gaz.Feature(it.cands[it.pick])
	if it.ctx != nil || ft.IsCountry() || ft.IsRegion() {
		return false
	}
	region := ft.Country + "." + ft.Admin1
	if strings.HasSuffix(it.key, " county") || strings.HasSuffix(it.key, " parish") {
		return f.regionShare(region, own) == 0
	}
	reg, share := f.topRegion(own)
	return share >= 0.5 && reg != region && !nearby(g.gaz, items, i, ft)
}

// candidates looks a name up as written, then without an article, a
// possessive, or a generic suffix (County, Province, ...), then as a
// demonym.
func (g *Geocoder) candidates(text string) []gazetteer.Entry {
	key := gazetteer.Fold(trimName(text))
	if e := g.gaz.LookupKey(key); len(e) > 0 {
		return e
	}
	if k, ok := strings.CutPrefix(key, "the "); ok {
		if e := g.gaz.LookupKey(k); len(e) > 0 {
			return e
		}
		key = k
	}
	for _, suf := range []string{" county", " parish", " city", " province", " governorate", " state", " region", " district", " oblast"} {
		if k, ok := strings.CutSuffix(key, suf); ok {
			if e := g.gaz.LookupKey(k); len(e) > 0 {
				return e
			}
		}
	}
	if c := g.gaz.Demonym(key); c != nil {
		return []gazetteer.Entry{{Feature: c.Feature}}
	}
	return nil
}

func trimName(s string) string {
	s = strings.TrimSpace(s)
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if t, ok := strings.CutSuffix(s, suf); ok {
			return t
		}
	}
	return s
}

// context reads ", Texas" or ", Syria" right after a name and returns the
// region or country it names.
func (g *Geocoder) context(after string) *gazetteer.Feature {
	s := strings.TrimLeft(after, " ")
	if !strings.HasPrefix(s, ",") && !strings.HasPrefix(s, "(") {
		return nil
	}
	s = strings.TrimLeft(s[1:], " ")
	// Up to three capitalised words (Ga., New Mexico, Democratic Republic of ...).
	var words []int // end byte of each word
	i := 0
	for len(words) < 4 && i < len(s) {
		r, _ := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsUpper(r) && !(len(words) > 0 && strings.HasPrefix(s[i:], "of ")) {
			break
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != ',' && s[j] != ')' && s[j] != ';' && s[j] != '\n' {
			j++
		}
		words = append(words, j)
		if j >= len(s) || s[j] != ' ' {
			break
		}
		i = j + 1
	}
	for k := len(words) - 1; k >= 0; k-- {
		name := s[:words[k]]
		for _, e := range g.gaz.Lookup(name) {
			if ft := g.gaz.Feature(e.Feature); ft.IsRegion() || ft.IsCountry() {
				return ft
			}
		}
		if t, ok := strings.CutSuffix(name, "."); ok && k == len(words)-1 {
			for _, e := range g.gaz.Lookup(t + ".") {
				if ft := g.gaz.Feature(e.Feature); ft.IsRegion() {
					return ft
				}
			}
		}
	}
	return nil
}

// hasCapital reports whether cands hold a populated place inside region
// reg, named like it.
func (g *Geocoder) hasCapital(cands []int32, reg *gazetteer.Feature) bool {
	for _, ci := range cands {
		if ft := g.gaz.Feature(ci); ft.Class == 'P' && ft.Country == reg.Country && ft.Admin1 == reg.Admin1 {
			return true
		}
	}
	return false
}

// Weight and reach of the bonus for lying near the article's other places.
var nearW, nearKm = 4.0, 300.0

// prior scores a candidate alone: bigger places, countries and capitals
// first; names that are only alternate names last.
func prior(ft *gazetteer.Feature, alt bool) float64 {
	s := math.Log10(float64(ft.Population) + 10)
	switch {
	case ft.IsCountry():
		s += 1.5
	case ft.Code == "PPLC":
		s += 1
	case ft.Code == "PPLA":
		s += 0.3
	case ft.IsRegion():
		s -= 0.1 // a city-state's city before its region (Hamburg)
	}
	if alt {
		s -= 2.5
	}
	return s
}

// rank picks the best candidate of items[i].
func (g *Geocoder) rank(it *item, f *focus, own *vote, items []item, self int, near bool) {
	it.pick, it.score = -1, math.Inf(-1)
	for k, ci := range it.cands {
		ft := g.gaz.Feature(ci)
		s := prior(ft, it.alt[k])
		if it.hint != "" && ft.Country == it.hint {
			s += 3
		}
		if ft.IsRegion() && g.hasCapital(it.cands, ft) {
			s -= 1.5 // a region named after its city means the city (Hamburg, New York)
		}
		if c := it.ctx; c != nil {
			if c.IsCountry() && ft.Country == c.Country || c.IsRegion() && ft.Country == c.Country && ft.Admin1 == c.Admin1 && !ft.IsRegion() {
				s += 8
			}
		}
		s += 4 * f.countryShare(ft.Country, own)
		if !ft.IsCountry() {
			s += 4 * f.regionShare(ft.Country+"."+ft.Admin1, own)
		}
		if near && !ft.IsCountry() && !ft.IsRegion() {
			s += nearW * math.Max(0, 1-nearest(g.gaz, items, self, ft)/nearKm)
		}
		if s > it.score {
			it.pick, it.score = k, s
		}
	}
}
