package quotes

import (
	"sort"
	"unicode"

	"sitrep"
)

// antecedent is a speaker a later pronoun may refer to: a person for "he"
// and "she", a body ("the ministry") for "it", a plural for "they".
type antecedent struct {
	ref          *sitrep.Ref
	sentence     int32
	male, female bool
	person       bool
	plural       bool
}

// maxThingGap is how many sentences back "it" and "they" look.
const maxThingGap = 2

// maxPronounGap is how many sentences back a pronoun looks for its speaker.
const maxPronounGap = 3

// resolve fills each candidate's speaker Ref: the phrase as written, with
// the actor of an overlapping mention, and for a pronoun the nearest
// earlier speaker it can refer to (see the package comment).
func (d *doc) resolve(cs []cand, mentions []sitrep.Mention) {
	var ants []antecedent
	for i := range cs {
		c := &cs[i]
		if c.spkB <= c.spkA {
			continue
		}
		c.speaker = d.ref(c.spkA, c.spkB)
		if c.pron {
			continue
		}
		c.speaker.Actor = actorOf(c.speaker.Span, mentions)
		if a, b, ok := d.person(c.spkA, c.spkB, mentions); ok {
			r := d.ref(a, b)
			r.Actor = c.speaker.Actor
			an := d.antecedentOf(r, a, b)
			an.person = true
			ants = append(ants, an)
		} else {
			r := *c.speaker
			ants = append(ants, antecedent{ref: &r, sentence: d.sent[c.spkA], plural: d.plural(c.spkB - 1)})
		}
	}
	for _, m := range mentions {
		if m.Type == "PERSON" {
			r := &sitrep.Ref{Text: m.Text, Span: m.Span, Actor: m.Actor}
			ants = append(ants, antecedent{ref: r, sentence: int32(m.Sentence), person: true})
		}
	}
	// By end; at the same end the longer name comes last, so it wins.
	sort.SliceStable(ants, func(i, j int) bool {
		a, b := ants[i].ref, ants[j].ref
		return a.End < b.End || a.End == b.End && a.Start > b.Start
	})
	for i := range cs {
		c := &cs[i]
		if !c.pron {
			continue
		}
		w := d.low[c.spkA]
		gap := int32(maxPronounGap)
		switch w {
		case "he", "she":
		case "it", "they":
			gap = maxThingGap
		default:
			continue
		}
		at := c.speaker.Start
		for k := sort.Search(len(ants), func(k int) bool { return ants[k].ref.End > at }) - 1; k >= 0; k-- {
			a := ants[k]
			if d.sent[c.spkA]-a.sentence > gap {
				break
			}
			// Names say nothing of gender: "she" needs a title or noun that
			// does, "he" only one that does not say otherwise. "It" is a
			// body that speaks, "they" a plural.
			switch {
			case w == "he" && (!a.person || a.female),
				w == "she" && (!a.person || !a.female),
				w == "it" && (a.person || a.plural),
				w == "they" && !a.plural:
				continue
			}
			r := *a.ref
			c.speaker = &r
			break
		}
	}
}

func (d *doc) antecedentOf(r *sitrep.Ref, a, b int) antecedent {
	an := antecedent{ref: r, sentence: d.sent[a]}
	for i := a; i < b; i++ {
		an.male = an.male || male[d.low[i]]
		an.female = an.female || female[d.low[i]]
	}
	return an
}

// person returns the part of the speaker phrase [a, b) that names a person:
// its trailing run of capitalised words when they are not an organisation
// or an acronym, or the whole phrase when it ends in a noun for a person.
func (d *doc) person(a, b int, mentions []sitrep.Mention) (int, int, bool) {
	sp := d.span(a, b)
	for _, m := range mentions {
		if m.Overlaps(sp) && m.Type != "PERSON" && m.Type != "" {
			return 0, 0, false
		}
	}
	h := b - 1
	for i := a + 1; i < b; i++ {
		if w := d.low[i]; w == "of" || w == "for" {
			h = i - 1 // "a mother of four", "a spokesman for the agency"
			break
		}
	}
	if personNouns[d.low[h]] || male[d.low[h]] || female[d.low[h]] {
		return a, b, true
	}
	h = b - 1
	if !d.capital(h) || orgWords[d.low[h]] || acronym(d.toks[h].Text) {
		return 0, 0, false
	}
	s := h
	for s > a && (d.capital(s-1) && d.isWord(s-1) || d.hyphenJoin(s-1)) {
		s--
	}
	if determiners[d.low[s]] {
		return 0, 0, false
	}
	return s, b, true
}

// acronym reports whether w is two or more capitals: "AFP", "ICRC".
func acronym(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) && r != '.' {
			return false
		}
		n++
	}
	return n >= 2
}

// actorOf returns the actor of the mention overlapping sp the most.
func actorOf(sp sitrep.Span, mentions []sitrep.Mention) *sitrep.Actor {
	var best *sitrep.Actor
	most := 0
	for i := range mentions {
		m := &mentions[i]
		if m.Actor == nil || !m.Overlaps(sp) {
			continue
		}
		ov := min(m.End, sp.End) - max(m.Start, sp.Start)
		if ov > most {
			best, most = m.Actor, ov
		}
	}
	return best
}

// plural reports whether the head token h is a plural noun: "Officials",
// "rebels", "Aid groups"; not "Reuters", "press", "Paris".
func (d *doc) plural(h int) bool {
	w := d.low[h]
	if acronym(d.toks[h].Text) || orgWords[w] || len(w) < 4 || w[len(w)-1] != 's' {
		return false
	}
	switch w[len(w)-2] {
	case 's', 'u', 'i':
		return false
	}
	return true
}
