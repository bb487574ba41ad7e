package events

import (
	"strings"

	"sitrep"
)

// pronounWindow is how many sentences back a pronoun source or target
// looks for the person it stands for.
const pronounWindow = 2

// resolvePronouns gives an event party written "he" or "she" the person
// it stands for, as quotes does for speakers: the Ref then holds the name
// as written earlier, its span and its actor. The antecedent is the only
// person named (with an actor) in the pronoun's sentence before it or in
// the two sentences before that; with several, "he" takes the nearest, and
// "she", whose antecedent a name alone cannot tell, stays as written.
func resolvePronouns(evs []sitrep.Event, mentions []sitrep.Mention) {
	for i := range evs {
		e := &evs[i]
		for _, r := range []*sitrep.Ref{e.Source, e.Target} {
			if r == nil || r.Actor != nil {
				continue
			}
			w := strings.ToLower(r.Text)
			if w != "he" && w != "she" {
				continue
			}
			if m := antecedent(mentions, r.Start, e.Sentence, w == "he"); m != nil {
				a := *m.Actor
				r.Text, r.Span, r.Actor = m.Text, m.Span, &a
			}
		}
	}
}

// antecedent returns the person mention a pronoun at start in sentence si
// refers to, or nil.
func antecedent(mentions []sitrep.Mention, start, si int, nearest bool) *sitrep.Mention {
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
	if len(people) > 1 && !nearest {
		return nil
	}
	return best
}
