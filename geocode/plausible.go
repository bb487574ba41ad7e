package geocode

import "strings"

// Population above which a city is taken to be meant even when the rest of
// the article is elsewhere: readers are told where a small town is, not a
// large city.
const bigCity = 250000

// Population a national or regional capital needs to count as such a city
// too: Trenton or Douglas (Isle of Man) are not known without being told.
const smallCapital = 100000

// Share of the article's names its main country (region) must hold for a
// faraway choice to be dropped.
const shareMin, rshareMax = 0.5, 0.5

// plausible reports whether the choice for items[i] fits the article. It
// rejects a region abroad named only by a direction (West, Western), a
// district abroad when the article is at home (most often a namesake: the
// Old City of Aleppo, not of Jerusalem), a county or parish matched to a
// namesake city outside the article's country or regions, a small city
// (not a big city nor a large capital) outside every region of its country
// the article names outright, and, when most of the article is about one
// country, a small city outside its main region and far from its other
// places: abroad always, at home when the main region holds half the
// article and the gazetteer knows other places of that name. It also
// rejects a choice the admin context written after the name contradicts.
// Such names are most often small places the gazetteer lacks.
func (g *Geocoder) plausible(items []item, i int, f *focus, own *vote) bool {
	it := &items[i]
	ft := g.gaz.Feature(it.cands[it.pick])
	if ft.IsRegion() && compass(ft.Name) && f.countryShare(ft.Country, own) == 0 {
		return false // "the West", "Western": a direction, not a region abroad
	}
	if ft.IsArea() && ft.Code != "ADM2" {
		return true
	}
	if c := it.ctx; c != nil {
		// "Madaya, Syria" is not the Madaya of Myanmar, nor is "Walker
		// County, Texas" around Walker, Michigan.
		return ft.Country == c.Country && (!it.county || c.IsCountry() || ft.Admin1 == c.Admin1)
	}
	home, share := f.top(own)
	if share > 0 && ft.Code == "PPLX" && ft.Country != home && f.countryShare(ft.Country, own) == 0 {
		return false
	}
	region := ft.Country + "." + ft.Admin1
	if it.county {
		// A county's namesake town stands for it only in the article's
		// country (Douglas County is not Douglas, Isle of Man).
		return (ft.Country == home || share == 0) && (f.regionShare(region, own) > 0 || nearby(g.gaz, items, i, ft))
	}
	big := (ft.Population >= bigCity || (ft.Code == "PPLC" || ft.Code == "PPLA") && ft.Population >= smallCapital) && (!it.alt[it.pick] || g.namesRegion(it, ft))
	if !big && len(it.cands) > 1 && f.outsideNamed(ft, own) {
		// Only where the name has namesakes: "a Texas man was arrested
		// in Pensacola" still places the only Pensacola there is.
		return false
	}
	if share < shareMin || big {
		return true
	}
	reg, rshare := f.topRegion(own)
	if reg == region || nearby(g.gaz, items, i, ft) {
		return true
	}
	if ft.Country != home {
		return false
	}
	if len(it.cands) == 1 {
		return true // the only place of that name the gazetteer knows
	}
	return rshare < rshareMax
}

// countyKey reports whether a folded name is a county or parish name.
func countyKey(key string) bool {
	return strings.HasSuffix(key, " county") || strings.HasSuffix(key, " parish")
}

// countyAfter reports whether the text after a name makes it a county or
// parish: "Jackson County" split by the name finder, or the first of
// "Jackson and Barrow counties".
func countyAfter(after string) bool {
	for w := 0; w < 4; w++ {
		after = strings.TrimLeft(after, " ")
		j := 0
		for j < len(after) && (after[j] >= 'a' && after[j] <= 'z' || after[j] >= 'A' && after[j] <= 'Z') {
			j++
		}
		switch strings.ToLower(after[:j]) {
		case "county", "parish":
			return true
		case "counties", "parishes":
			// "Jackson and Barrow counties", but "two Georgia counties"
			// are counties of Georgia.
			return w > 0
		case "and", "or":
		case "":
			if !strings.HasPrefix(after, ",") || w > 0 {
				return false
			}
			after = after[1:]
			continue
		default:
			if w == 0 || after[0] < 'A' || after[0] > 'Z' {
				return false
			}
		}
		after = after[j:]
	}
	return false
}
