package events

import (
	"sort"

	"sitrep"
)

// targetCase lists the prepositions that introduce a target.
var targetCase = map[string]bool{"against": true, "on": true, "upon": true, "with": true, "to": true, "toward": true, "towards": true, "into": true, "at": true, "between": true}

// placeCase lists the prepositions that put an event at a place.
var placeCase = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "inside": true}

// verbArgs returns the head tokens of the source and target of verb v.
func (s *sent) verbArgs(v int, subjIsTarget bool) (src, tgt int) {
	subj := s.subject(v, 0)
	passive := s.child(v, "nsubj:pass", "aux:pass") >= 0
	switch {
	case subjIsTarget:
		return -1, subj
	case passive:
		return s.agent(v), subj
	}
	return subj, s.target(v)
}

// subject finds the subject of v, through conjuncts, xcomp controllers
// and relative clauses.
func (s *sent) subject(v, depth int) int {
	if depth > 4 {
		return -1
	}
	if k := s.child(v, "nsubj", "nsubj:pass"); k >= 0 {
		if s.rel(v) == "acl:relcl" && isRelPron(s.words[k].Text) {
			return s.head(v)
		}
		if isPron(s.words[k].Text) && (s.rel(v) == "ccomp" || s.rel(v) == "xcomp") {
			// "Syria and Russia have said they will ...": they are the
			// sayers.
			if h := s.head(v); h >= 0 {
				if hs := s.subject(h, depth+1); hs >= 0 && !isPron(s.words[hs].Text) {
					return hs
				}
			}
		}
		return k
	}
	h := s.head(v)
	if h < 0 {
		return -1
	}
	hNoun := s.toks[h].UPOS == "NOUN" || s.toks[h].UPOS == "PROPN"
	switch s.rel(v) {
	case "cop":
		// "officials are about to ...": the copula's noun.
		if hNoun {
			return h
		}
	case "conj":
		if hNoun && s.toks[v].UPOS == "AUX" {
			return h
		}
		return s.subject(h, depth+1)
	case "xcomp":
		if o := s.child(h, "obj"); o >= 0 {
			return o
		}
		return s.subject(h, depth+1)
	case "acl:relcl", "acl":
		if s.toks[h].UPOS == "NOUN" || s.toks[h].UPOS == "PROPN" {
			return h
		}
	}
	return -1
}

func isRelPron(w string) bool { return w == "who" || w == "which" || w == "that" }

func isPron(w string) bool {
	switch w {
	case "they", "it", "he", "she", "we":
		return true
	}
	return false
}

// agent returns the "by" agent of a passive verb.
func (s *sent) agent(v int) int {
	if k := s.child(v, "obl:agent"); k >= 0 {
		return k
	}
	for _, k := range s.kids[v] {
		if s.rel(k) == "obl" && s.caseOf(k) == "by" {
			return k
		}
	}
	return -1
}

// target returns the argument of v that names its target: the first of
// its object, prepositional arguments and their modifiers that holds an
// actor, else its object.
func (s *sent) target(v int) int {
	var cands []int
	obj := -1
	for _, k := range s.kids[v] {
		switch r := s.rel(k); {
		case (r == "obj" || r == "iobj") && !s.isTime(k):
			cands = append(cands, k)
			if obj < 0 && r == "obj" {
				obj = k
			}
		case r == "obl" && targetCase[s.caseOf(k)] && !s.isTime(k):
			cands = append(cands, k)
		}
	}
	// Modifiers of the arguments, two levels down: "resumption of ties
	// with Mordor", "Gondor's proposals".
	level := append([]int(nil), cands...)
	for range 2 {
		var next []int
		for _, c := range level {
			for _, k := range s.kids[c] {
				switch s.rel(k) {
				case "nmod":
					next = append(next, k)
					if targetCase[s.caseOf(k)] {
						cands = append(cands, k)
					}
				case "nmod:poss", "compound":
					cands = append(cands, k)
				}
			}
		}
		level = next
	}
	// "demanded that the US cancel", "urged Syria to": the subject of
	// the complement is the one acted on.
	for _, k := range s.kids[v] {
		if r := s.rel(k); r == "ccomp" || r == "xcomp" {
			if sub := s.child(k, "nsubj", "nsubj:pass"); sub >= 0 && !isPron(s.words[sub].Text) {
				cands = append(cands, sub)
			}
		}
	}
	for _, c := range cands {
		if a := s.actorOf(c); a != nil && a.Country != "" && a.Country != "---" {
			return c
		}
	}
	for _, c := range cands {
		if s.actorOf(c) != nil {
			return c
		}
	}
	return obj
}

// nounArgs returns the source and target of an event noun: "by X", "X's"
// or an actor modifier ("Russian air strikes") for the source, "on X" or
// "against X" for the target.
func (s *sent) nounArgs(n int) (src, tgt int) {
	src, tgt = -1, -1
	for _, k := range s.kids[n] {
		switch r := s.rel(k); {
		case src < 0 && (r == "nmod:poss" || r == "nmod" && s.caseOf(k) == "by" || (r == "amod" || r == "compound") && s.actorOf(k) != nil):
			src = k
		case tgt < 0 && r == "nmod" && targetCase[s.caseOf(k)]:
			tgt = k
		}
	}
	return src, tgt
}

// isTime reports whether token i lies in a time expression.
func (s *sent) isTime(i int) bool {
	for _, t := range s.times {
		if t.Span.Overlaps(s.toks[i].Span) {
			return true
		}
	}
	return false
}

// mentionAt returns the mention covering token i, or nil.
func (s *sent) mentionAt(i int) *sitrep.Mention {
	for k := range s.mentions {
		if s.mentions[k].Span.Overlaps(s.toks[i].Span) {
			return &s.mentions[k]
		}
	}
	return nil
}

// actorMention returns the mention naming the actor of the phrase headed
// by h: the one covering h, else the first with an actor in its subtree.
func (s *sent) actorMention(h int) *sitrep.Mention {
	if h < 0 {
		return nil
	}
	if m := s.mentionAt(h); m != nil && m.Actor != nil {
		return m
	}
	for _, i := range s.core(h) {
		if m := s.mentionAt(i); m != nil && m.Actor != nil {
			return m
		}
	}
	// "opposition groups in Zimbabwe": a people named by where they are.
	if u := s.toks[h].UPOS; u == "NOUN" {
		for _, k := range s.kids[h] {
			if s.rel(k) == "nmod" && s.caseOf(k) == "in" {
				if m := s.mentionAt(k); m != nil && m.Actor != nil && m.Type == "GPE" {
					return m
				}
			}
		}
	}
	return nil
}

func (s *sent) actorOf(h int) *sitrep.Actor {
	if m := s.actorMention(h); m != nil {
		return m.Actor
	}
	return nil
}

// core returns the sorted indices of the noun phrase headed by h without
// its prepositional modifiers and clauses: determiners, adjectives,
// compounds, possessors, flat names and "of" modifiers.
func (s *sent) core(h int) []int {
	out := []int{h}
	for _, k := range s.kids[h] {
		switch s.rel(k) {
		case "det", "amod", "compound", "flat", "flat:name", "nmod:poss", "nummod", "nmod:desc", "fixed":
			out = append(out, s.core(k)...)
		case "case":
			if s.rel(h) == "nmod:poss" {
				out = append(out, k)
			}
		case "nmod":
			if c := s.caseOf(k); c == "of" || c == "from" {
				out = append(out, s.coreWithCase(k)...)
			}
		}
	}
	sort.Ints(out)
	return out
}

func (s *sent) coreWithCase(h int) []int {
	out := s.core(h)
	for _, k := range s.kids[h] {
		if s.rel(k) == "case" {
			out = append(out, k)
		}
	}
	sort.Ints(out)
	return out
}

// nextActor returns the first token after v in its clause that lies in a
// mention with an actor, for clauses whose object the parser missed.
func (s *sent) nextActor(v int, cl []int) int {
	for _, i := range cl {
		if i <= v || s.isTime(i) {
			continue
		}
		if m := s.mentionAt(i); m != nil && m.Actor != nil && m.Type != "GPE" || m != nil && m.Actor != nil && s.caseOf(i) == "" {
			return i
		}
	}
	return -1
}

// refs returns the phrase headed by h and its conjuncts as references.
func (s *sent) refs(h int) []sitrep.Ref {
	if h < 0 {
		return nil
	}
	heads := []int{h}
	for i := 0; i < len(heads) && i < 16; i++ {
		for _, k := range s.kids[heads[i]] {
			if s.rel(k) == "conj" && s.toks[k].UPOS != "VERB" {
				heads = append(heads, k)
			}
		}
	}
	out := make([]sitrep.Ref, 0, len(heads))
	for _, x := range heads {
		sp := s.span(s.core(x))
		var actor *sitrep.Actor
		if m := s.actorMention(x); m != nil {
			actor = m.Actor
			if m.Span.Overlaps(s.toks[x].Span) {
				sp = sitrep.Span{Start: min(sp.Start, m.Start), End: max(sp.End, m.End)}
			}
		}
		r := sitrep.Ref{Text: s.text(sp), Span: sp, Actor: actor}
		out = append(out, r)
	}
	return out
}

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
			case "want", "plan", "intend", "hope", "seek", "try", "expect", "propose", "aim", "threaten",
				"prepare", "refuse", "decline", "vow", "pledge", "promise", "offer", "ask", "urge", "call", "demand", "wish":
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
