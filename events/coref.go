package events

import (
	"strings"

	"sitrep"
)

// pronounWindow is how many sentences back a pronoun source or target
// looks for the person it stands for.
const pronounWindow = 2

// resolvePronouns gives an event party written "he" or "she" the person
// it stands for: the only person named (with an actor) in the pronoun's
// sentence before it or in the two sentences before that. The Ref then
// holds the name as written earlier, its span and its actor, as a quote's
// speaker does. With two people or more in reach, a name alone cannot tell
// which one (nor, without titles, whether "she" fits), and the pronoun
// stays as written. A party "its forces" or "their troops" (a noun of
// the sectorNouns) keeps its text and gets the country of the body named
// last before it, in the sector its noun gives; a place named after "in",
// "near" or "at" is where something happens, not an owner.
func resolvePronouns(evs []sitrep.Event, mentions []sitrep.Mention, off *sitrep.Offsets) {
	for i := range evs {
		e := &evs[i]
		for _, r := range []*sitrep.Ref{e.Source, e.Target} {
			if r == nil || r.Actor != nil {
				continue
			}
			w := strings.ToLower(r.Text)
			if head, ok := possessed(w); ok {
				if c := ownerCountry(mentions, off, r.Start, e.Sentence); c != "" {
					r.Actor = &sitrep.Actor{Name: r.Text, Country: c, Sector: sectorNouns[head]}
				}
				continue
			}
			if w != "he" && w != "she" {
				continue
			}
			if m := antecedent(mentions, r.Start, e.Sentence); m != nil {
				a := *m.Actor
				r.Text, r.Span, r.Actor = m.Text, m.Span, &a
			}
		}
	}
}

// antecedent returns the person mention a pronoun at start in sentence si
// refers to: the only person named in reach, else nil.
func antecedent(mentions []sitrep.Mention, start, si int) *sitrep.Mention {
	var best *sitrep.Mention
	people := map[string]bool{}
	for k := range mentions {
		m := &mentions[k]
		if m.Type != "PERSON" || m.Actor == nil || m.Start >= start || m.Sentence < si-pronounWindow || m.Sentence > si {
			continue
		}
		id := m.Actor.ID
		if id == "" {
			id = m.Actor.Name
		}
		people[id] = true
		if best == nil || m.Start > best.Start {
			best = m
		}
	}
	if len(people) > 1 {
		return nil
	}
	return best
}

// sectorNouns give the sector of a body named by a common noun.
var sectorNouns = map[string]string{"forces": "MIL", "force": "MIL", "troops": "MIL", "army": "MIL",
	"soldiers": "MIL", "military": "MIL", "jets": "MIL", "warplanes": "MIL", "police": "COP",
	"government": "GOV", "ministry": "GOV", "officials": "GOV", "authorities": "GOV", "leaders": "GOV"}

// possessed returns the head noun of a phrase "its X" or "their X" of at
// most three words.
func possessed(w string) (string, bool) {
	rest, ok := strings.CutPrefix(w, "its ")
	if !ok {
		rest, ok = strings.CutPrefix(w, "their ")
	}
	if !ok || rest == "" || strings.Count(rest, " ") > 1 {
		return "", false
	}
	head := rest[strings.LastIndexByte(rest, ' ')+1:]
	_, body := sectorNouns[head]
	return head, body
}

// ownerCountry returns the country of the nearest country, government or
// organization named before start in sentence si or the one before it,
// not as a place after "in", "near" or "at"; "" if none: the owner "its"
// or "their" stands for.
func ownerCountry(mentions []sitrep.Mention, off *sitrep.Offsets, start, si int) string {
	var best *sitrep.Mention
	for k := range mentions {
		m := &mentions[k]
		if m.Type == "PERSON" || m.Actor == nil || m.Actor.Country == "" || m.Start >= start || m.Sentence < si-1 || m.Sentence > si {
			continue
		}
		if locative[wordBefore(off, m.Start)] {
			continue
		}
		if best == nil || m.Start > best.Start {
			best = m
		}
	}
	if best == nil {
		return ""
	}
	return best.Actor.Country
}

// locative prepositions put a name as the place of something.
var locative = map[string]bool{"in": true, "near": true, "at": true, "around": true, "outside": true, "across": true}

// wordBefore returns the lower-cased word right before code point start,
// "" if none.
func wordBefore(off *sitrep.Offsets, start int) string {
	text := off.Text()[:off.Byte(start)]
	text = strings.TrimRight(text, " \t\n")
	i := strings.LastIndexAny(text, " \t\n")
	return strings.ToLower(text[i+1:])
}
