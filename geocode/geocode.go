// Package geocode resolves place names to gazetteer features. It ranks each
// name's candidates with a population prior, the feature's kind, the admin
// context written next to it ("Aleppo, Syria", "Paris, Texas"), the
// article's country and region focus (from its place names, how often each
// recurs, the regions it names elsewhere, as in "the Ohio State Highway
// Patrol", and dollar amounts, which back a United States reading the
// places already suggest: Canada and Australia write "$" too) and the
// nearness of the other places the article names. The gazetteer's minor
// places (towns of 500 to 15,000 people, US counties) are candidates too,
// behind bigger namesakes unless the article supports them. Continents and
// the words for their people (Europe, African) are the continents.
// Counties and parishes ("Licking County", "Jackson and Barrow counties")
// are the counties of that name and never take a namesake city elsewhere,
// and a choice the rest of the article contradicts (a small namesake far
// from everything else it names, or outside every region of its country
// the article names outright) is dropped rather than put on the map in the
// wrong place. With Options.Fallback such names, and names the gazetteer
// lacks, get the article's focus as a flagged guess.
package geocode

import (
	"math"
	"slices"
	"strings"

	"sitrep"
	"sitrep/gazetteer"
)

// Options tune a Geocoder.
type Options struct {
	// Fallback gives names the gazetteer lacks the article's focus as a
	// guess, flagged Guess: the city the article names most in its main
	// region, else that region at its centre of population, else its main
	// country. Choices the rest of the article contradicts become guesses
	// too. Use it to score against corpora or to
	// place every name approximately; leave it off to put on a map only
	// what the gazetteer knows.
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
	// name the gazetteer lacks or whose only readings the article
	// contradicts (only with Options.Fallback). Its precision is that of
	// the focus feature, coarser than the name itself.
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
	cands  []int32
	alt    []bool
	ctx    *gazetteer.Feature // admin context written after the name
	key    string             // folded name
	hint   string             // ISO2 country of the toponym's hint
	first  int                // index of the first item with the same key
	count  int                // mentions of key (set on the first item)
	county bool               // a county or parish: "X County", "X and Y counties"
	pick   int                // index into cands, -1 none
	score  float64
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
		after := body[off.Byte(t.End):]
		it.county = countyKey(it.key) || countyAfter(after)
		if j, ok := seen[it.key]; ok {
			it.first = j
		} else {
			seen[it.key], it.first = i, i
		}
		items[it.first].count++
		minor := g.minorCandidates(it.key, it.county)
		if !it.county || len(minor) == 0 {
			// A county the gazetteer knows is not its namesake town.
			for _, e := range g.candidates(it.key, it.county) {
				it.cands = append(it.cands, e.Feature)
				it.alt = append(it.alt, e.Alt)
			}
		}
		for _, e := range minor {
			it.cands = append(it.cands, e.Feature)
			it.alt = append(it.alt, e.Alt)
		}
		it.ctx = g.context(after)
	}
	skip := make([][2]int, len(tops))
	for i, t := range tops {
		skip[i] = [2]int{off.Byte(t.Start), off.Byte(t.End)}
	}
	scanned := g.scanRegions(body, skip)
	dollar := dollars(body)
	var f focus
	votes := make([]vote, len(items))
	// build sums the votes of the items' picks (in the first round, of
	// their best candidates by prior) into the focus.
	build := func(first bool) {
		f.reset()
		for i := range items {
			if items[i].first == i {
				votes[i] = voteOf(g.gaz, &items[i], first)
				f.apply(votes[i], 1)
			}
		}
		if dollar && f.countryShare("US", nil) > 0 {
			// Dollars back a US reading the places already suggest;
			// alone they do not make one: Canada, Australia and others
			// write "$" too.
			f.apply(vote{w: dollarW, country: "US", city: -1}, 1)
		}
		// Regions named elsewhere in the text count for the main country.
		home, _ := f.top(nil)
		for _, r := range scanned {
			if r.Country == home {
				f.apply(vote{w: scanW, country: r.Country, region: r.Country + "." + r.Admin1, city: -1}, 1)
			}
		}
	}
	for round := 0; round < 3; round++ {
		build(round == 0)
		for i := range items {
			g.rank(&items[i], &f, &votes[items[i].first], items, i, round > 0)
		}
	}
	out := make([]Result, len(tops))
	for i := range items {
		it := &items[i]
		if it.pick >= 0 && !g.plausible(items, i, &f, &votes[it.first]) {
			it.pick = -1
		}
	}
	// The guess comes from the focus the choices were ranked with, the
	// dropped ones included: without them it is right less often.
	var guess *gazetteer.Feature
	if g.opt.Fallback {
		guess = f.guess(g.gaz)
	}
	for i, it := range items {
		switch {
		case it.pick >= 0:
			out[i] = Result{Feature: g.gaz.Feature(it.cands[it.pick]), Score: it.score}
		case !g.opt.Fallback:
		case it.ctx != nil:
			// "Smallville, Kansas": the article's city in Kansas, else
			// Kansas.
			out[i] = Result{Feature: f.guessIn(g.gaz, it.ctx), Guess: true}
		case guess != nil:
			out[i] = Result{Feature: guess, Guess: true}
		}
	}
	return out
}

// candidates reads a continent's name or the word for its people as the
// continent, else looks a name up as written, then without an article, a
// possessive, or a generic suffix (County, Province, ...), then as a
// demonym. A county or parish only matches populated places, by its name
// without the suffix.
func (g *Geocoder) candidates(key string, county bool) []gazetteer.Entry {
	if c, ok := g.gaz.Continent(key); ok && !county {
		return []gazetteer.Entry{{Feature: c}}
	}
	if county {
		for _, suf := range []string{" county", " parish"} {
			key = strings.TrimSuffix(key, suf)
		}
		var out []gazetteer.Entry
		for _, e := range g.gaz.LookupKey(key) {
			if g.gaz.Feature(e.Feature).Class == 'P' {
				out = append(out, e)
			}
		}
		return out
	}
	if e := g.withVariant(key); len(e) > 0 {
		// A nation's word is the nation before a namesake (German, a
		// parish of the Isle of Man).
		if c := g.gaz.Demonym(key); c != nil && !slices.ContainsFunc(e, func(x gazetteer.Entry) bool { return x.Feature == c.Feature }) {
			e = append(slices.Clip(e), gazetteer.Entry{Feature: c.Feature})
		}
		return e
	}
	if k, ok := strings.CutPrefix(key, "the "); ok {
		if e := g.gaz.LookupKey(k); len(e) > 0 {
			return e
		}
		key = k
	}
	for _, suf := range []string{" city", " province", " governorate", " state", " region", " district", " oblast"} {
		if k, ok := strings.CutSuffix(key, suf); ok {
			if e := g.gaz.LookupKey(k); len(e) > 0 {
				return e
			}
		}
	}
	if c := g.gaz.Demonym(key); c != nil {
		return []gazetteer.Entry{{Feature: c.Feature}}
	}
	return g.regionDemonym(key)
}

// minorCandidates returns the places under 15,000 people a name may
// stand for: by the name as written, without "the", or with an
// abbreviated first word spelled out (Mt. Pleasant). A county or parish
// takes the counties of that name ("Jackson and Barrow counties"), never
// a small namesake town: those are as often in other counties or states.
func (g *Geocoder) minorCandidates(key string, county bool) []gazetteer.Entry {
	if county {
		for _, suf := range []string{" county", " parish"} {
			key = strings.TrimSuffix(key, suf)
		}
		var out []gazetteer.Entry
		for _, suf := range []string{" county", " parish"} {
			for _, e := range g.gaz.LookupMinor(key + suf) {
				if g.gaz.Feature(e.Feature).Code == "ADM2" {
					out = append(out, e)
				}
			}
		}
		return out
	}
	key = strings.TrimPrefix(key, "the ")
	out := g.gaz.LookupMinor(key)
	for _, v := range variants {
		if k, ok := strings.CutPrefix(key, v[0]); ok {
			out = append(slices.Clip(out), g.gaz.LookupMinor(v[1]+k)...)
		} else if k, ok := strings.CutPrefix(key, v[1]); ok {
			out = append(slices.Clip(out), g.gaz.LookupMinor(v[0]+k)...)
		}
	}
	return out
}

// regionDemonym reads a word for a region's people as the region: Iowans,
// Texan, Ontarians, Floridian, New Yorkers.
func (g *Geocoder) regionDemonym(key string) []gazetteer.Entry {
	key = strings.TrimSuffix(key, "s")
	var stems []string
	switch {
	case strings.HasSuffix(key, "er"):
		stems = []string{key[:len(key)-2]}
	case strings.HasSuffix(key, "an"):
		b := key[:len(key)-2]
		stems = []string{key[:len(key)-1], b + "as", b + "o"}
		if c, ok := strings.CutSuffix(b, "i"); ok {
			stems = append(stems, c+"a")
		}
	}
	for _, s := range stems {
		var out []gazetteer.Entry
		for _, e := range g.gaz.LookupKey(s) {
			if g.gaz.Feature(e.Feature).IsRegion() {
				out = append(out, e)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// Abbreviated and full forms of the first word of place names.
var variants = [][2]string{{"st ", "saint "}, {"ste ", "sainte "}, {"mt ", "mount "}, {"ft ", "fort "}}

// withVariant looks key up as written and with its first word abbreviated
// or spelled out (St. Petersburg, Saint Petersburg), the entries of both.
func (g *Geocoder) withVariant(key string) []gazetteer.Entry {
	e := g.gaz.LookupKey(key)
	for _, v := range variants {
		var other string
		if k, ok := strings.CutPrefix(key, v[0]); ok {
			other = v[1] + k
		} else if k, ok := strings.CutPrefix(key, v[1]); ok {
			other = v[0] + k
		} else {
			continue
		}
		more := g.gaz.LookupKey(other)
		if len(more) == 0 {
			return e
		}
		out := make([]gazetteer.Entry, 0, len(e)+len(more))
		out = append(out, e...)
	next:
		for _, m := range more {
			for k, x := range out {
				if x.Feature == m.Feature {
					out[k].Alt = x.Alt && m.Alt
					continue next
				}
			}
			out = append(out, m)
		}
		return out
	}
	return e
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

// Weight and reach of the bonus for lying near the article's other places.
var nearW, nearKm = 4.0, 300.0

// Penalty of a place outside every region of its country the article names
// outright.
const namedW = 2.0

// Penalty of a place under 15,000 people: a small town needs the article's
// support over a bigger namesake more than its population alone says.
const minorW = 1.5

// prior scores a candidate alone: bigger places, countries and capitals
// first; names that are only alternate names last.
func prior(ft *gazetteer.Feature, alt bool) float64 {
	s := math.Log10(float64(ft.Population) + 10)
	switch {
	case ft.IsCountry() || ft.IsContinent():
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
	if ft.Minor {
		s -= minorW
	}
	return s
}

// rank picks the best candidate of items[i].
func (g *Geocoder) rank(it *item, f *focus, own *vote, items []item, self int, near bool) {
	it.pick, it.score = -1, math.Inf(-1)
	for k, ci := range it.cands {
		ft := g.gaz.Feature(ci)
		s := prior(ft, it.alt[k] && !g.namesRegion(it, ft))
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
			s += 8 * f.regionShare(ft.Country+"."+ft.Admin1, own)
			if !ft.IsRegion() && f.outsideNamed(ft, own) {
				s -= namedW
			}
		}
		if near && !ft.IsArea() {
			s += nearW * math.Max(0, 1-nearest(g.gaz, items, self, ft)/nearKm)
		}
		if s > it.score {
			it.pick, it.score = k, s
		}
	}
}

// namesRegion reports whether ft is the capital of a region whose main
// name is the name of it: Geneva for Genève, whose English name is only an
// alternate one.
func (g *Geocoder) namesRegion(it *item, ft *gazetteer.Feature) bool {
	if ft.Code != "PPLA" {
		return false
	}
	for k, ci := range it.cands {
		if r := g.gaz.Feature(ci); !it.alt[k] && r.IsRegion() && r.Country == ft.Country && r.Admin1 == ft.Admin1 {
			return true
		}
	}
	return false
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
