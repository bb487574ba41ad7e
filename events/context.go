package events

import (
	"sitrep"
)

// placeCase lists the prepositions that put an event at a place.
var placeCase = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "inside": true}

// place returns the place the event at v happens: a place mention
// attached to v, or to its object, by in/at/near.
func (s *sent) place(v int) *sitrep.Place {
	var cands []int
	for _, k := range s.kids[v] {
		switch s.rel(k) {
		case "obl":
			if placeCase[s.caseOf(k)] {
				cands = append(cands, k)
			}
			fallthrough
		case "obj":
			for _, j := range s.kids[k] {
				if s.rel(j) == "nmod" && placeCase[s.caseOf(j)] {
					cands = append(cands, j)
				}
			}
		}
	}
	for _, c := range cands {
		m := s.mentionAt(c)
		if m == nil {
			continue
		}
		if m.Place != nil {
			p := *m.Place
			return &p
		}
		if m.Type == "GPE" || m.Type == "LOC" || m.Type == "FAC" {
			return &sitrep.Place{Name: m.Text}
		}
	}
	return nil
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
	if s.rel(v) == "xcomp" {
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
