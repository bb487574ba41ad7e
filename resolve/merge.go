package resolve

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"sitrep"
	"sitrep/gazetteer"
	"sitrep/ner"
)

// merge combines the dictionary mentions of one sentence with the names
// the recognizer found in it:
//
//   - a name no dictionary mention touches is added (names the
//     dictionaries miss);
//   - a name that covers dictionary mentions replaces them when they are
//     places, demonyms, or heuristic guesses of its own type (Pavlo
//     [Kyrylenko], Michael [Jordan]); the names of organizations and people
//     the dictionary holds stay as they are;
//   - a name with the same span as a heuristic guess of a person gives it
//     its type;
//   - a name inside or across a dictionary mention is dropped.
func merge(dict []tokMention, ents []ner.Entity, toks []sitrep.Token) []tokMention {
	out := dict
	for _, e := range ents {
		for e.Start < e.End-1 && titleWords[gazetteer.Fold(toks[e.Start].Text)] {
			e.Start++ // Mr [Lavrov], Former [...]
		}
		for e.End-1 > e.Start && lowerWord(toks[e.End-1].Text) {
			e.End-- // [Acme Company] depot
		}
		if !usable(e, toks) {
			continue
		}
		var inside []int
		cross := false
		for k, d := range out {
			if d.end <= e.Start || e.End <= d.start {
				continue
			}
			if d.start >= e.Start && d.end <= e.End {
				inside = append(inside, k)
			} else {
				cross = true
			}
		}
		if cross {
			continue
		}
		if len(inside) == 0 {
			out = append(out, tokMention{start: e.Start, end: e.End, typ: e.Type, weak: true, recognized: true})
			continue
		}
		if d := &out[inside[0]]; len(inside) == 1 && d.start == e.Start && d.end == e.End {
			if d.weak && d.typ == "PERSON" {
				d.typ = e.Type
			}
			continue
		}
		absorb := true
		for _, k := range inside {
			d := out[k]
			switch d.typ {
			case "GPE", "LOC", "NORP", "FAC":
			default:
				absorb = absorb && d.weak && d.typ == e.Type
			}
		}
		if !absorb {
			continue
		}
		for j := len(inside) - 1; j >= 0; j-- {
			out = slices.Delete(out, inside[j], inside[j]+1)
		}
		out = append(out, tokMention{start: e.Start, end: e.End, typ: e.Type, weak: true, recognized: true})
	}
	slices.SortFunc(out, func(a, b tokMention) int { return a.start - b.start })
	return out
}

// nameJoiners are the lower-case words found inside names: Bank of
// America, Abu Bakr al-Baghdadi.
var nameJoiners = set("of", "the", "and", "for", "de", "del", "la", "le", "du", "da", "van", "von", "der",
	"al", "el", "bin", "ibn", "y", "on", "upon")

// acronym reports whether s is two or more letters, all upper case.
func acronym(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// lowerWord reports whether s starts with a lower-case letter.
func lowerWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// usable reports whether a recognised name is worth a mention: it starts
// with a capital letter or a digit, is not a lone stop word, and (when the
// tokens are tagged) holds a proper noun or an acronym, so that a
// capitalised common noun at the start of a sentence is not taken for a
// name.
func usable(e ner.Entity, toks []sitrep.Token) bool {
	if toks[e.Start].UPOS != "" {
		proper := false
		for _, t := range toks[e.Start:e.End] {
			proper = proper || t.UPOS == "PROPN" || acronym(t.Text)
		}
		if !proper {
			return false
		}
	}
	for _, t := range toks[e.Start+1 : e.End] {
		if lowerWord(t.Text) && !nameJoiners[t.Text] {
			return false // School in Chibok
		}
	}
	first := toks[e.Start].Text
	if !capitalised(first) && (first == "" || first[0] < '0' || first[0] > '9') {
		return false
	}
	if e.End-e.Start == 1 && stopWords[gazetteer.Fold(first)] {
		return false
	}
	last := toks[e.End-1]
	return last.Kind != sitrep.KindPunct || last.Text == "."
}
