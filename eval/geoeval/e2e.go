package geoeval

import (
	"sitrep"
	"sitrep/geocode"
)

// Finder finds the entity mentions of a text, as resolve.FindMentions does
// after segmentation.
type Finder func(body string) []sitrep.Mention

// placeTypes are the mention types scored as toponyms end to end. NORP is
// included because both corpora mark adjectival toponyms (Russian).
var placeTypes = map[string]bool{"GPE": true, "LOC": true, "FAC": true, "NORP": true}

// EvaluateEndToEnd finds toponyms with find instead of taking the gold
// spans, geocodes them with g and adds to s: precision and recall of the
// found spans (a found span matches a gold one it overlaps, one to one) and
// the share of matched gold toponyms placed within 161 km. Found spans
// over toponyms the corpus marks without coordinates are left out.
func EvaluateEndToEnd(find Finder, g *geocode.Geocoder, docs []Doc, s *Scores) {
	var found, gold, matched, hit int
	for _, d := range docs {
		var tops []geocode.Toponym
		for _, m := range find(d.Text) {
			if !placeTypes[m.Type] {
				continue
			}
			if overlapsAny(m.Span, d.Unplaced) && !overlapsGold(m.Span, d.Gold) {
				continue // a toponym the corpus does not place
			}
			tops = append(tops, geocode.Toponym{Span: m.Span, Text: m.Text})
		}
		res := g.Locate(d.Text, tops)
		found += len(tops)
		gold += len(d.Gold)
		used := make([]bool, len(tops))
		for _, gd := range d.Gold {
			for k, t := range tops {
				if used[k] || !t.Span.Overlaps(gd.Span) {
					continue
				}
				used[k] = true
				matched++
				if ft := res[k].Feature; ft != nil && geocode.Distance(gd.Lat, gd.Lon, ft.Lat, ft.Lon) <= 161 {
					hit++
				}
				break
			}
		}
	}
	p, r, a := ratio(matched, found), ratio(matched, gold), ratio(hit, matched)
	s.E2EPrecision, s.E2ERecall, s.E2EAcc161 = &p, &r, &a
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func overlapsAny(s sitrep.Span, spans []sitrep.Span) bool {
	for _, u := range spans {
		if s.Overlaps(u) {
			return true
		}
	}
	return false
}

func overlapsGold(s sitrep.Span, gold []Gold) bool {
	for _, g := range gold {
		if s.Overlaps(g.Span) {
			return true
		}
	}
	return false
}
