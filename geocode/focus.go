package geocode

import (
	"math"
	"strings"

	"sitrep/gazetteer"
)

// focus is what an article is about: how much of it points at each
// country, first-level region and city, counting each distinct place name
// once, weighted by the log of its mentions.
// A name's own vote is left out when it is ranked, so that repeating an
// ambiguous name does not confirm its first reading.
type focus struct {
	country map[string]float64
	region  map[string]float64
	city    map[int32]float64
	total   float64
	// named counts the mentions of each first-level region the article
	// names outright ("Nebraska", "Paris, Texas", "the Ohio State Highway
	// Patrol"), and namedIn those per country.
	named   map[string]float64
	namedIn map[string]float64
}

// vote is what one distinct name adds to the focus.
type vote struct {
	w       float64
	country string
	region  string // "CC.admin1", "" for countries
	city    int32  // -1 unless a populated place
	ctx     *gazetteer.Feature
	named   bool // the name is a region's
}

func (f *focus) reset() {
	if f.country == nil {
		f.country, f.region, f.city = map[string]float64{}, map[string]float64{}, map[int32]float64{}
		f.named, f.namedIn = map[string]float64{}, map[string]float64{}
	}
	clear(f.named)
	clear(f.namedIn)
	clear(f.country)
	clear(f.region)
	clear(f.city)
	f.total = 0
}

// Weight of repeated mentions: a name's vote grows with the log of its
// mentions.
const repeatW = 0.5

// voteOf returns the vote of item it: its pick, or in the first round its
// best candidate by prior, weighted by how clear that choice is and how
// often the name recurs.
func voteOf(gaz *gazetteer.Gazetteer, it *item, first bool) vote {
	v := vote{city: -1, ctx: it.ctx}
	rep := 1 + repeatW*math.Log2(float64(max(it.count, 1)))
	if len(it.cands) == 0 || it.county && gaz.Feature(it.cands[0]).Code != "ADM2" {
		// Names the gazetteer lacks still say where the article is: a
		// parish is in Louisiana, a county or township most often in the
		// United States. A county's namesake city says nothing.
		switch {
		case strings.HasSuffix(it.key, " parish"):
			v.w, v.country, v.region = 1, "US", "US.LA"
		case it.county || strings.HasSuffix(it.key, " township"):
			v.w, v.country = 0.5, "US"
		}
		return v
	}
	pick, w := it.pick, rep
	if first {
		bestScore, second := math.Inf(-1), math.Inf(-1)
		for k, ci := range it.cands {
			s := prior(gaz.Feature(ci), it.alt[k])
			if s > bestScore {
				second, bestScore, pick = bestScore, s, k
			} else if s > second {
				second = s
			}
		}
		if len(it.cands) > 1 {
			w *= math.Min(1, 0.3+(bestScore-second)/3)
		}
	}
	if pick < 0 {
		return v
	}
	ft := gaz.Feature(it.cands[pick])
	if ft.IsContinent() {
		return v // Europe says nothing of which of its countries
	}
	if ft.IsRegion() {
		w *= 2 // a region named outright says more than a city's admin1
		v.named = true
	}
	v.w, v.country = w, ft.Country
	if !ft.IsCountry() {
		v.region = ft.Country + "." + ft.Admin1
	}
	if ft.Class == 'P' {
		v.city = it.cands[pick]
	}
	return v
}

func (f *focus) apply(v vote, sign float64) {
	if c := v.ctx; c != nil {
		f.country[c.Country] += sign
		if c.IsRegion() {
			f.region[c.Country+"."+c.Admin1] += sign
			f.named[c.Country+"."+c.Admin1] += sign
			f.namedIn[c.Country] += sign
		}
		f.total += sign
	}
	if v.w == 0 {
		return
	}
	w := sign * v.w
	f.country[v.country] += w
	if v.region != "" {
		f.region[v.region] += w
	}
	if v.city >= 0 {
		f.city[v.city] += w
	}
	if v.named {
		f.named[v.region] += sign
		f.namedIn[v.country] += sign
	}
	f.total += w
}

// countryShare and regionShare give the share of the focus, leaving out
// the vote own.
func (f *focus) countryShare(cc string, own *vote) float64 {
	n, t := f.country[cc], f.total
	if own != nil {
		n, t = n-own.w*b2f(own.country == cc), t-own.w
	}
	if t <= 1e-9 {
		return 0
	}
	return math.Max(0, n/t)
}

func (f *focus) regionShare(key string, own *vote) float64 {
	n, t := f.region[key], f.total
	if own != nil {
		n, t = n-own.w*b2f(own.region == key), t-own.w
	}
	if t <= 1e-9 {
		return 0
	}
	return math.Max(0, n/t)
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// nearest returns the distance in km from ft to the closest place picked
// for another name of the article (not a country or region), or +Inf.
func nearest(gaz *gazetteer.Gazetteer, items []item, self int, ft *gazetteer.Feature) float64 {
	best := math.Inf(1)
	for j := range items {
		it := &items[j]
		if j == self || it.pick < 0 || it.key == items[self].key {
			continue
		}
		o := gaz.Feature(it.cands[it.pick])
		if o == ft || o.IsArea() {
			continue
		}
		best = math.Min(best, Distance(ft.Lat, ft.Lon, o.Lat, o.Lon))
	}
	return best
}

// nearby reports whether ft lies within 150 km of the place picked for
// another name of the article.
func nearby(gaz *gazetteer.Gazetteer, items []item, self int, ft *gazetteer.Feature) bool {
	for j := range items {
		it := &items[j]
		if j == self || it.pick < 0 || it.key == items[self].key {
			continue
		}
		o := gaz.Feature(it.cands[it.pick])
		if o == ft || o.IsArea() {
			continue
		}
		if Distance(ft.Lat, ft.Lon, o.Lat, o.Lon) < 150 {
			return true
		}
	}
	return false
}

// top returns the country with the largest share of the article's names,
// leaving out own.
func (f *focus) top(own *vote) (string, float64) {
	var cc string
	bw := 0.0
	for k := range f.country {
		if w := f.countryShare(k, own); w > bw || w == bw && k < cc {
			cc, bw = k, w
		}
	}
	return cc, bw
}

// topRegion returns the region with the largest share, leaving out own.
func (f *focus) topRegion(own *vote) (string, float64) {
	var reg string
	bw := -1.0
	for k := range f.region {
		if w := f.regionShare(k, own); w > bw || w == bw && k < reg {
			reg, bw = k, w
		}
	}
	return reg, bw
}

// guess returns the article's focus, standing in for a name the gazetteer
// lacks: the city the article's names point at most in the main region of
// its main country (a local article's unknown places, towns and counties
// alike, are most often near its main city), else that region at its
// centre of population (where an unknown place of it most likely is), else
// the main country.
func (f *focus) guess(gaz *gazetteer.Gazetteer) *gazetteer.Feature {
	cc, _ := f.top(nil)
	var reg string
	rw := 0.0
	for k, w := range f.region {
		if strings.HasPrefix(k, cc+".") && (w > rw || w == rw && k < reg) {
			reg, rw = k, w
		}
	}
	var best int32 = -1
	bw := 0.0
	for ci, w := range f.city {
		ft := gaz.Feature(ci)
		if reg != "" && ft.Country+"."+ft.Admin1 != reg {
			continue
		}
		if w > bw || w == bw && ci < best {
			best, bw = ci, w
		}
	}
	if best >= 0 {
		return gaz.Feature(best)
	}
	if i := strings.IndexByte(reg, '.'); i > 0 {
		if r := gaz.Admin1(reg[:i], reg[i+1:]); r != nil {
			return gaz.Centre(r)
		}
	}
	if c := gaz.Country(cc); c != nil {
		return gaz.Feature(c.Feature)
	}
	return nil
}

// guessIn returns the city the article's names point at most inside the
// region or country area, else area itself (a region at its centre of
// population).
func (f *focus) guessIn(gaz *gazetteer.Gazetteer, area *gazetteer.Feature) *gazetteer.Feature {
	var best int32 = -1
	bw := 0.0
	for ci, w := range f.city {
		ft := gaz.Feature(ci)
		if ft.Country != area.Country || area.IsRegion() && ft.Admin1 != area.Admin1 {
			continue
		}
		if w > bw || w == bw && ci < best {
			best, bw = ci, w
		}
	}
	if best >= 0 {
		return gaz.Feature(best)
	}
	return gaz.Centre(area)
}

// Distance returns the great-circle distance in kilometres between two
// points given in degrees.
func Distance(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0088
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}

// outsideNamed reports whether the article names regions of ft's country,
// leaving out own, and none of them holds ft.
func (f *focus) outsideNamed(ft *gazetteer.Feature, own *vote) bool {
	n := f.namedIn[ft.Country]
	r := ft.Country + "." + ft.Admin1
	in := f.named[r]
	if own != nil && own.named && own.country == ft.Country {
		n--
		if own.region == r {
			in--
		}
	}
	return n > 0.5 && in < 0.5
}
