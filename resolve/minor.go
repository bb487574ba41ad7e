package resolve

import (
	"strings"

	"sitrep"
	"sitrep/gazetteer"
)

// placePreps are the words after which a capitalised name is most often a
// place: "in Grovetown", "near Pelican Rapids", "east of Perham".
var placePreps = set("in", "near", "outside", "at", "from", "to", "of", "into", "toward", "towards")

// minorPlaceAt returns the number of tokens (one to three) of a town the
// main gazetteer lacks but its minor places hold, starting at token i
// right after a preposition of place, or 0. The minor places are never
// read as names elsewhere: a town of 600 people called Hope or Marshall
// is no reason to take the word for a place. A name the actor dictionary
// holds, or one that goes on with more capitalised words, is left to the
// other rules.
func (r *Resolver) minorPlaceAt(toks []sitrep.Token, i int) int {
	if i == 0 || !placePreps[strings.ToLower(toks[i-1].Text)] {
		return 0
	}
	for n := min(3, len(toks)-i); n >= 1; n-- {
		if !breakable(toks, i, n) || !allCapitalised(toks[i:i+n]) {
			continue
		}
		if i+n < len(toks) && capitalised(toks[i+n].Text) && toks[i+n].Kind == sitrep.KindWord {
			continue // Pelican Rapids School: part of a longer name
		}
		var b strings.Builder
		for k, t := range toks[i : i+n] {
			if k > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(t.Text)
		}
		key := gazetteer.Fold(b.String())
		if len(r.dict.LookupKey(key)) > 0 || stopWords[key] || titleWords[key] {
			return 0
		}
		for _, e := range r.gaz.LookupMinor(key) {
			if !e.Alt && r.gaz.Feature(e.Feature).Class == 'P' {
				return n
			}
		}
	}
	return 0
}

func allCapitalised(toks []sitrep.Token) bool {
	for _, t := range toks {
		if t.Kind != sitrep.KindWord || !capitalised(t.Text) {
			return false
		}
	}
	return true
}
