package claims

import (
	"sitrep"
	"sitrep/segment"
)

// placeFor returns the place of a claim at sp in sentence s: the GPE, LOC
// or FAC mention of the sentence nearest to it (after it preferred), never
// a news outlet the recognizer took for a place ("SANA reported") nor the
// claim's source ("Russia said"); or, with no mentions, the nearest
// capitalised name after "in" or "near".
func (s *sent) placeFor(sp sitrep.Span, se sitrep.Span, mentions []sitrep.Mention, source *sitrep.Ref) *sitrep.Place {
	best, bestD := -1, 0
	if mentions != nil {
		for i, m := range mentions {
			if !se.Contains(m.Span) || m.Type != "GPE" && m.Type != "LOC" && m.Type != "FAC" || s.modifier(m.Span) {
				continue
			}
			if m.Place == nil && m.Actor != nil && m.Actor.Sector == "MED" {
				continue
			}
			if source != nil && source.Span.Overlaps(m.Span) {
				continue // "Russia said 12 were killed in Kafr Zita": who says, not where
			}
			if d := distance(sp, m.Span); best < 0 || d < bestD {
				best, bestD = i, d
			}
		}
		if best < 0 {
			return nil
		}
		m := mentions[best]
		if m.Place != nil {
			p := *m.Place
			return &p
		}
		return &sitrep.Place{Name: m.Text}
	}
	if s.headline() {
		return nil // "Six Killed in Aleppo Bombing": every word is capitalised
	}
	var name sitrep.Span
	for k := 0; k+1 < len(s.toks); k++ {
		if w := s.low[k]; w != "in" && w != "near" {
			continue
		}
		a, b := s.placeAfter(k + 1)
		if a < 0 {
			continue
		}
		ps := sitrep.Span{Start: s.toks[a].Start, End: s.toks[b-1].End}
		if d := distance(sp, ps); best < 0 || d < bestD {
			best, bestD, name = a, d, ps
		}
	}
	if best < 0 {
		return nil
	}
	return &sitrep.Place{Name: s.slice(name)}
}

// modifier reports whether the name at sp is the first half of a
// hyphenated modifier ("US-led strikes", "a Britain-based monitor"),
// which says who, not where.
func (s *sent) modifier(sp sitrep.Span) bool {
	for k, t := range s.toks {
		if t.End == sp.End {
			return segment.Hyphenated(s.toks, k)
		}
	}
	return false
}

// placeAfter reads a capitalised name after "in": "in Aleppo", "in eastern
// Aleppo", "in Syria's besieged eastern Aleppo" (the last name wins), "in
// the Old City".
func (s *sent) placeAfter(k int) (int, int) {
	a, b := -1, -1
	for skipped := 0; k < len(s.toks) && skipped <= 3; {
		t := s.toks[k]
		if t.Kind == sitrep.KindWord && s.capital(k) && !noPlace[s.low[k]] {
			e := k + 1
			for e < len(s.toks) && (s.toks[e].Kind == sitrep.KindWord && s.capital(e) && !noPlace[s.low[e]] ||
				s.low[e] == "-" && e+1 < len(s.toks) && s.capital(e+1)) {
				e++
			}
			a, b = k, e
			if demonym(s.low[e-1]) && e < len(s.toks) && (s.toks[e].Kind == sitrep.KindWord || s.low[e] == "-") {
				return -1, -1 // "in Syrian government-held areas": an adjective
			}
			if e < len(s.toks) && s.toks[e].Fused && (s.low[e] == "'s" || s.low[e] == "’s") {
				k, skipped = e+1, 0
				continue
			}
			return a, b
		}
		if s.low[k] == "-" && !t.SpaceAfter && k > 0 && !s.toks[k-1].SpaceAfter {
			k++ // "government-held Aleppo"
			continue
		}
		if t.Kind != sitrep.KindWord || s.capital(k) && s.low[k] != "the" {
			break
		}
		k++
		skipped++
	}
	return a, b
}

// timeFor returns the time of a claim at sp in the sentence se: the time
// expression overlapping the claim, else the nearest in the sentence.
func timeFor(sp, se sitrep.Span, times []sitrep.Time) *sitrep.TimeRef {
	best, bestD := -1, 0
	for i, t := range times {
		if !se.Contains(t.Span) || t.Value == "" || t.Kind == "set" {
			continue
		}
		d := distance(sp, t.Span)
		if t.Overlaps(sp) {
			d = -1
		}
		if best < 0 || d < bestD {
			best, bestD = i, d
		}
	}
	if best < 0 {
		return nil
	}
	return &sitrep.TimeRef{Value: times[best].Value}
}

// sourceFor returns the speaker of the innermost quote whose content holds
// the claim.
func sourceFor(sp sitrep.Span, quotes []sitrep.Quote) *sitrep.Ref {
	var best *sitrep.Quote
	for i := range quotes {
		q := &quotes[i]
		if q.Speaker == nil || !q.Contains(sp) {
			continue
		}
		if best == nil || q.Len() < best.Len() {
			best = q
		}
	}
	if best == nil {
		return nil
	}
	r := *best.Speaker
	return &r
}

// distance is how far o lies from sp, in code points; what comes after sp
// counts half as far as what comes before.
func distance(sp, o sitrep.Span) int {
	switch {
	case o.Overlaps(sp):
		return 0
	case o.Start >= sp.End:
		return o.Start - sp.End
	default:
		return 2 * (sp.Start - o.End)
	}
}

// headline reports whether the sentence is in title case: four words or
// more, most of them capitalised.
func (s *sent) headline() bool {
	words, caps := 0, 0
	for k, t := range s.toks {
		if t.Kind != sitrep.KindWord {
			continue
		}
		words++
		if s.capital(k) {
			caps++
		}
	}
	return words >= 4 && caps*10 >= words*7
}

// demonym reports whether w looks like an adjective of nationality:
// "syrian", "kurdish", "lebanese".
func demonym(w string) bool {
	for _, suf := range []string{"ian", "ish", "ese", "ean"} {
		if len(w) > len(suf)+2 && w[len(w)-len(suf):] == suf {
			return true
		}
	}
	return false
}
