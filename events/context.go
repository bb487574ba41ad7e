package events

import (
	"strings"
	"unicode"

	"sitrep"
)

// placeCase lists the prepositions that put an event at a place.
var placeCase = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "inside": true}

// place returns the place the event at v happens: the nearest place
// mention in the chain of v's arguments and their modifiers introduced by
// in/at/near ("struck the station in Kramatorsk", "at the railway station
// in the city of Kramatorsk"); else the dateline place of the sentence
// ("KRAMATORSK, Ukraine — ..."); else its only place mention, when it has
// exactly one, and it stands in an in/at/near phrase and is not a party
// to the event (skip holds the spans of the source and target).
func (s *sent) place(v int, skip []sitrep.Span) *sitrep.Place {
	level := []int{v}
	for depth := 0; depth < 4 && len(level) > 0; depth++ {
		var next []int
		for _, n := range level {
			for _, k := range s.kids[n] {
				switch s.rel(k) {
				case "obl", "obj", "iobj", "nmod", "nsubj:pass":
				default:
					continue
				}
				if s.isTime(k) {
					continue
				}
				if placeCase[s.caseOf(k)] {
					if p := s.placeIn(k); p != nil {
						return p
					}
				}
				next = append(next, k)
			}
		}
		level = next
	}
	if p := s.dateline(); p != nil {
		return p
	}
	var only *sitrep.Mention
	for i := range s.mentions {
		m := &s.mentions[i]
		if !isPlace(m) || m.Type == "NORP" {
			continue
		}
		if overlapsAny(m.Span, skip) || !s.located(m) {
			continue
		}
		if only != nil && !strings.EqualFold(only.Text, m.Text) {
			return nil
		}
		only = m
	}
	return placeOf(only)
}

// located reports whether mention m stands where a place does, in a
// phrase introduced by in/at/near ("in Kramatorsk", "in the city of
// Kramatorsk"), not as a party ("accused Moscow").
func (s *sent) located(m *sitrep.Mention) bool {
	i := s.tokenAt(m.End - 1)
	for step := 0; i >= 0 && step < 4; step++ {
		if placeCase[s.caseOf(i)] {
			return true
		}
		switch s.rel(i) {
		case "nmod", "compound", "flat", "flat:name", "amod", "appos":
			i = s.head(i)
		default:
			return false
		}
	}
	return false
}

// placeIn returns the place named by the phrase headed by k: a place
// mention at k, or in its "of" complement or name parts ("the city of
// Kramatorsk").
func (s *sent) placeIn(k int) *sitrep.Place {
	if p := placeOf(s.mentionAt(k)); p != nil {
		return p
	}
	for _, j := range s.kids[k] {
		switch s.rel(j) {
		case "flat", "flat:name":
		case "nmod":
			if s.caseOf(j) != "of" {
				continue
			}
		default:
			continue
		}
		if p := placeOf(s.mentionAt(j)); p != nil {
			return p
		}
	}
	return nil
}

// dateline returns the place of a dateline opening the sentence: a place
// mention at its first token followed by a dash within a few tokens.
func (s *sent) dateline() *sitrep.Place {
	m := s.mentionAt(0)
	if m == nil || !isPlace(m) {
		return nil
	}
	for i := 1; i < len(s.toks) && i < 8; i++ {
		switch s.toks[i].Text {
		case "—", "–", "--", "-", "(":
			p := placeOf(m)
			if p != nil && p.Name == strings.ToUpper(p.Name) {
				p.Name = titleCase(p.Name) // "KRAMATORSK"
			}
			return p
		}
	}
	return nil
}

// placeOf returns the place of a GPE, LOC or FAC mention, nil for others.
func placeOf(m *sitrep.Mention) *sitrep.Place {
	if m == nil {
		return nil
	}
	if m.Place != nil {
		p := *m.Place
		return &p
	}
	if m.Type == "GPE" || m.Type == "LOC" || m.Type == "FAC" {
		return &sitrep.Place{Name: m.Text}
	}
	return nil
}

func overlapsAny(sp sitrep.Span, spans []sitrep.Span) bool {
	for _, x := range spans {
		if x.Overlaps(sp) {
			return true
		}
	}
	return false
}

// titleCase turns "NEW YORK" into "New York".
func titleCase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

// date returns the date of the time expression governing v, else the
// publication date.
func (s *sent) date(v int, published sitrep.Date) (string, string) {
	if d := s.timeOf(v); d != "" {
		return d, "expression"
	}
	if h := s.head(v); h >= 0 && s.rel(v) == "conj" {
		if d := s.timeOf(h); d != "" {
			return d, "expression"
		}
	}
	if published.IsZero() {
		return "", ""
	}
	return published.String(), "published"
}

// timeOf returns the value of the time expression governing v, "" if none.
func (s *sent) timeOf(v int) string {
	for _, t := range s.times {
		if t.Kind != "date" && t.Kind != "time" || len(t.Value) < 4 || t.Value[0] < '0' || t.Value[0] > '9' {
			continue
		}
		tok := s.tokenAt(t.End - 1)
		for step := 0; tok >= 0 && step < 4; step++ {
			h := s.head(tok)
			if h == v {
				return dateOf(t.Value)
			}
			if h < 0 || clausal(s.rel(tok)) {
				break
			}
			tok = h
		}
	}
	return ""
}

func dateOf(v string) string {
	if len(v) > 10 {
		v = v[:10]
	}
	return v
}

// tokenAt returns the index of the token covering code point cp, or -1.
func (s *sent) tokenAt(cp int) int {
	for i := range s.toks {
		if s.toks[i].Start <= cp && cp < s.toks[i].End {
			return i
		}
	}
	return -1
}

// mode says whether the event at v is asserted, negated, future or
// hypothetical.
func (s *sent) mode(v int) string {
	neg, hyp, fut := s.markers(v)
	if !neg && !hyp && !fut && s.rel(v) == "conj" {
		if h := s.head(v); h >= 0 {
			neg, hyp, fut = s.markers(h)
		}
	}
	if s.rel(v) == "acl" && s.child(v, "mark") >= 0 && s.words[s.child(v, "mark")].Text == "to" {
		// "attempts to bring aid", "a deal to allow": not done yet.
		hyp = true
	}
	if s.rel(v) == "xcomp" || s.rel(v) == "advcl" && s.markOf(v) == "to" && requests[s.words[max(0, s.head(v))].Lemma] {
		// "urged Syria to accept", and the same with the complement
		// parsed as a clause of purpose ("called on the UN to send aid").
		if h := s.head(v); h >= 0 {
			switch s.words[h].Lemma {
			case "about":
				fut = true
			case "want", "plan", "intend", "hope", "seek", "expect", "propose", "aim", "threaten",
				"prepare", "refuse", "decline", "vow", "pledge", "promise", "offer", "ask", "urge", "call", "demand", "wish",
				"willing", "ready", "prepared", "committed", "determined", "eager":
				hyp = true
			}
		}
	}
	if !neg && !hyp && !fut && s.rel(v) == "xcomp" {
		// "asked Russia to help evacuate": what a wanted act is to
		// bring about has not happened either.
		if h := s.head(v); h >= 0 && (s.rel(h) == "xcomp" || s.rel(h) == "advcl") && s.mode(h) == Hypothetical {
			hyp = true
		}
	}
	switch {
	case neg:
		return Negated
	case hyp:
		return Hypothetical
	case fut:
		return Future
	}
	return Asserted
}

func (s *sent) markers(v int) (neg, hyp, fut bool) {
	for _, k := range s.kids[v] {
		w := s.words[k].Text
		switch s.rel(k) {
		case "advmod", "neg", "aux", "det":
			switch w {
			case "not", "n't", "never", "no":
				neg = true
			case "will", "shall", "'ll", "wo":
				fut = true
			case "would", "could", "might", "may", "should", "can", "ca", "must":
				hyp = true
			}
		case "advcl":
			for _, j := range s.kids[k] {
				if s.rel(j) == "mark" && (s.words[j].Text == "if" || s.words[j].Text == "unless") {
					hyp = true
				}
			}
		case "mark":
			if s.rel(v) == "advcl" && (w == "if" || w == "unless") {
				hyp = true
			}
		}
	}
	return neg, hyp, fut
}
