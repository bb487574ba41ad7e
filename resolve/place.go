package resolve

import (
	"sitrep"
	"sitrep/gazetteer"
)

// placeShape corrects a name that the recognizer or the surname heuristic
// took for a person or an organization when its words say it is a place:
// "X County", "X Parish" or "X Township" is a political division (GPE),
// and a person's name ending in a feature of the land (Lake, River,
// Valley, ...) or starting with Mount or Lake is a location. A name that
// is only such a word (County, Lake, Hood after Mount) first takes the
// capitalised words before it, back to prev, the end of the sentence's
// previous mention: [Kaufman County], [Elbow Lake], [Mount Hood].
func placeShape(m tokMention, toks []sitrep.Token, prev int) tokMention {
	if !m.weak || m.typ != "PERSON" && m.typ != "ORG" {
		return m
	}
	fold := func(i int) string { return gazetteer.Fold(toks[i].Text) }
	word := func(i int) bool {
		t := toks[i]
		return t.Kind == sitrep.KindWord && capitalised(t.Text) && !stopWords[fold(i)] && !titleWords[fold(i)]
	}
	if m.typ == "PERSON" && m.start > prev {
		switch p := m.start - 1; {
		case mountWords[fold(p)]:
			m.start = p // Mount [Hood]
		case m.end-m.start == 1 && placeHeads[fold(m.start)] && word(p):
			m.start = p // [Elbow] Lake
			if p-1 >= prev && word(p-1) && !placeHeads[fold(p-1)] {
				m.start = p - 1 // [Otter Tail] County
			}
		}
	}
	if m.end-m.start < 2 {
		return m
	}
	last := fold(m.end - 1)
	switch {
	case divisionHeads[last]:
		m.typ = "GPE"
	case m.typ == "PERSON" && (placeHeads[last] || mountWords[fold(m.start)]):
		m.typ = "LOC"
	}
	return m
}
