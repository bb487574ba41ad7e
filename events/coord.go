package events

import "sitrep"

// This file holds what coordination does to an event's parties: a role
// spread over the actors of a coordinated modifier ("the ambassadors of
// Arnor, Osgiliath and Gondor"), and subjects the parser hung on the verb
// one by one in a comma list ("Mordor, Rohan, Fornost and Bree").

// spread returns one reference per actor of a coordinated modifier of
// the phrase headed by x, each taking the phrase's role ("the ambassadors
// of Arnor, Osgiliath and Gondor", "Eriadori and Calenardhon leaders",
// "lawmakers in Fornost and Gondor"); nil when x has no such modifier.
func (s *sent) spread(x int) []sitrep.Ref {
	phrase := s.actorMention(x)
	if phrase == nil {
		return nil
	}
	for _, c := range s.kids[x] {
		switch s.rel(c) {
		case "compound", "amod", "nmod:poss":
		case "nmod":
			if cs := s.caseOf(c); cs != "of" && cs != "in" && cs != "from" {
				continue
			}
		default:
			continue
		}
		members := []int{c}
		for _, k := range s.kids[c] {
			if s.rel(k) == "conj" && s.toks[k].UPOS != "VERB" {
				members = append(members, k)
			}
		}
		if len(members) < 2 {
			continue
		}
		var out []sitrep.Ref
		for _, mi := range members {
			m := s.mentionAt(mi)
			if m == nil || m.Actor == nil {
				out = nil
				break
			}
			sp := s.span(s.core(mi))
			out = append(out, sitrep.Ref{Text: s.text(sp), Span: sp, Actor: withRole(m.Actor, phrase.Actor)})
		}
		if out != nil {
			return out
		}
	}
	return nil
}

// withRole returns actor a in the role (sector) of phrase when a has
// none of its own: Arnor in "the ambassadors of Arnor and Gondor".
func withRole(a, phrase *sitrep.Actor) *sitrep.Actor {
	if a.Sector != "" || phrase.Sector == "" || a == phrase {
		return a
	}
	r := *a
	r.Sector = phrase.Sector
	r.ID = ""
	return &r
}

// listedAppos returns the appositions of h that are names of another
// actor than h's, as references.
func (s *sent) listedAppos(h int) []sitrep.Ref {
	a := s.actorOf(h)
	if a == nil {
		return nil
	}
	var out []sitrep.Ref
	for _, k := range s.kids[h] {
		if s.rel(k) != "appos" || s.toks[k].UPOS != "PROPN" {
			continue
		}
		if b := s.actorOf(k); b != nil && b.Country != a.Country {
			out = append(out, s.refs(k)...)
		}
	}
	return out
}

// listBetween reports whether subjects a and b stand in a list: only
// commas, conjunctions and the words of their own phrases between them
// ("Mordor, Rohan, Fornost and Bree").
func (s *sent) listBetween(a, b int) bool {
	if a > b {
		a, b = b, a
	}
	comma := false
	for i := a + 1; i < b; i++ {
		switch {
		case s.toks[i].Text == ",":
			comma = true
		case s.toks[i].UPOS == "PUNCT":
			return false // "ERBIL, Iraq — Iraqi forces": a dateline
		case s.toks[i].UPOS == "CCONJ":
		case s.under(i, a) || s.under(i, b):
		default:
			return false
		}
	}
	return comma
}

// under reports whether token i lies in the subtree of token h.
func (s *sent) under(i, h int) bool {
	for step := 0; i >= 0 && step < len(s.toks); step++ {
		if i == h {
			return true
		}
		i = s.head(i)
	}
	return false
}
