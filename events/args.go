package events

import (
	"sort"
	"strings"

	"sitrep"
)

// targetCase lists the prepositions that introduce a target.
var targetCase = map[string]bool{"against": true, "on": true, "upon": true, "with": true, "to": true, "toward": true, "towards": true, "into": true, "at": true, "between": true}

// verbArgs returns the head tokens of the source and target of verb v.
func (s *sent) verbArgs(v int, subjIsTarget, agentless bool) (src, tgt int) {
	subj := s.subject(v, 0)
	passive := s.child(v, "nsubj:pass", "aux:pass") >= 0
	switch {
	case subjIsTarget:
		return -1, subj
	case s.rel(v) == "acl" && s.toks[v].XPOS == "VBN" && s.child(v, "obj") < 0 || sufferVerbs[s.words[v].Lemma]:
		// "22 people killed in air strikes", "civilians died in an
		// attack": the noun is who it was done to.
		a := s.agent(v)
		if a < 0 {
			a = s.instrument(v)
		}
		return a, subj
	case passive && (!agentless || s.agent(v) >= 0 || s.child(v, "mark") >= 0 || s.child(v, "nsubj:pass") < 0):
		a := s.agent(v)
		if a < 0 {
			a = s.instrument(v)
		}
		return a, subj
	}
	return subj, s.target(v)
}

// subject finds the subject of v, through conjuncts, xcomp controllers
// and relative clauses.
func (s *sent) subject(v, depth int) int {
	if depth > 4 {
		return -1
	}
	if k := s.nearestSubj(v); k >= 0 {
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
	if s.rel(h) == "cop" && (s.rel(v) == "advcl" || s.rel(v) == "xcomp") {
		// "officials are about to restore": the copula's noun.
		if n := s.head(h); n >= 0 && (s.toks[n].UPOS == "NOUN" || s.toks[n].UPOS == "PROPN") {
			return n
		}
	}
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
		if hNoun && s.toks[v].UPOS == "VERB" && (s.rel(h) == "obj" || s.rel(h) == "obl") {
			// "condemned an attack ... and promised aid", the second
			// verb hung on the first one's object.
			return s.subject(s.head(h), depth+1)
		}
		return s.subject(h, depth+1)
	case "xcomp":
		if o := s.child(h, "obj", "iobj"); o >= 0 {
			return o
		}
		return s.subject(h, depth+1)
	case "advcl":
		if s.markOf(v) == "to" && requests[s.words[h].Lemma] {
			// "called on the UN to send aid": who is asked does it.
			if k := s.asked(h); k >= 0 {
				return k
			}
		}
		if m := s.child(v, "mark"); m >= 0 && s.words[m].Text == "to" {
			// "inching nearer to accord with Gondor": the doer of the
			// governing clause.
			return s.subject(h, depth+1)
		}
		if s.toks[v].XPOS == "VBG" && s.toks[h].UPOS == "VERB" && participleMarks[s.markOf(v)] {
			// "the strikes hit the town, killing seven", "after
			// capturing the town, troops ...": a participle clause
			// has the governing clause's doer; of a passive ("Aleppo was
			// hit by air strikes, killing 30"), its agent, not its
			// subject.
			if s.child(h, "nsubj:pass", "aux:pass") >= 0 {
				if a := s.agent(h); a >= 0 {
					return a
				}
				return s.instrument(h)
			}
			return s.subject(h, depth+1)
		}
	case "acl:relcl", "acl":
		if g := s.head(h); s.rel(v) == "acl" && statementNouns[s.words[h].Lemma] && g >= 0 && s.toks[g].UPOS == "VERB" && s.rel(h) == "obj" {
			// "issued a statement condemning the raid": who issued it.
			return s.subject(g, depth+1)
		}
		if s.toks[h].UPOS == "NOUN" || s.toks[h].UPOS == "PROPN" {
			return h
		}
	}
	return -1
}

// requests are verbs that ask someone else to do something: the doer of
// their "to" complement is the one asked.
var requests = map[string]bool{"ask": true, "urge": true, "call": true, "appeal": true, "press": true,
	"encourage": true, "invite": true, "order": true, "request": true, "tell": true, "demand": true}

// asked returns who request verb v asks: its object or indirect object
// when that can act ("asked Russia to help", not "called a meeting to
// discuss"), else its "on" or "upon" argument ("called on the UN"); -1
// if none.
func (s *sent) asked(v int) int {
	if o := s.child(v, "iobj", "obj"); o >= 0 {
		if s.animate(o) {
			return o
		}
		return -1
	}
	for _, k := range s.kids[v] {
		if s.rel(k) == "obl" && (s.caseOf(k) == "on" || s.caseOf(k) == "upon") {
			return k
		}
	}
	return -1
}

// participleMarks are the words that may introduce a participle clause
// whose doer is the governing clause's subject ("" for none).
var participleMarks = map[string]bool{"": true, "after": true, "before": true, "while": true, "by": true,
	"when": true, "since": true, "upon": true, "on": true, "without": true}

// markOf returns the lower-cased marker (mark child) of v, "" if none.
func (s *sent) markOf(v int) string {
	if m := s.child(v, "mark"); m >= 0 {
		return strings.ToLower(s.words[m].Text)
	}
	return ""
}

// statementNouns name a written or spoken statement, whose modifying
// participle says what its author did ("a declaration demanding ...").
var statementNouns = map[string]bool{"statement": true, "declaration": true, "communique": true, "communiqué": true,
	"letter": true, "resolution": true, "message": true, "appeal": true, "warning": true, "ultimatum": true}

// nearestSubj returns the subject of v; of several the parser attached
// without a conjunction between them, the nearest that names someone,
// else the nearest.
func (s *sent) nearestSubj(v int) int {
	k := s.child(v, "nsubj", "nsubj:pass")
	if k < 0 {
		return k
	}
	best := k
	for _, j := range s.kids[v] {
		if j > k && j < v && (s.rel(j) == "nsubj" || s.rel(j) == "nsubj:pass") && !s.joins(k, j) && !s.isTime(j) {
			if s.named(j) || !s.named(best) {
				best = j
			}
		}
	}
	return best
}

// joins reports whether a conjunction between tokens k < j joins j to k:
// one hung on j ("Gondor and Rohan said", Rohan taking the "and"), not
// one of another phrase between them ("Lions, tigers, and Gondor
// welcomed ..., the agency said").
func (s *sent) joins(k, j int) bool {
	for i := k + 1; i < j; i++ {
		if s.toks[i].UPOS == "CCONJ" && s.head(i) == j {
			return true
		}
	}
	return false
}

func isRelPron(w string) bool { return w == "who" || w == "which" || w == "that" }

func isPron(w string) bool {
	switch w {
	case "they", "it", "he", "she", "we":
		return true
	}
	return false
}

// agent returns the "by" agent of a passive verb. A phrase the parser
// calls the agent but that another preposition introduces ("according to
// the US government") is not one: it says who reports, not who acts.
func (s *sent) agent(v int) int {
	for _, k := range s.kids[v] {
		if r := s.rel(k); (r == "obl:agent" || r == "obl") && s.caseOf(k) == "by" {
			return k
		}
	}
	return -1
}

// target returns the argument of v that names its target: the first of
// its object, prepositional arguments and their modifiers that holds an
// actor, else its object.
func (s *sent) target(v int) int { return s.targetDepth(v, 0) }

func (s *sent) targetDepth(v, depth int) int {
	var cands []int
	obj := -1
	for _, k := range s.kids[v] {
		switch r := s.rel(k); {
		case (r == "obj" || r == "iobj") && !s.isTime(k):
			cands = append(cands, k)
			if obj < 0 && r == "obj" {
				obj = k
			}
		case r == "obl" && (targetCase[s.caseOf(k)] || s.caseOf(k) == "of" || s.caseOf(k) == "about") && !s.isTime(k):
			// "warned of the Prince", "memos about Bree"
			cands = append(cands, k)
		}
	}
	// Modifiers of the arguments, two levels down: "resumption of ties
	// with Mordor", "Gondor's proposals"; then other modifiers that name
	// an actor rather than a place ("closure of houses in Bree" when Bree
	// is an actor, not a GPE).
	level := append([]int(nil), cands...)
	var others []int
	for range 2 {
		var next []int
		for _, c := range level {
			for _, k := range s.kids[c] {
				switch s.rel(k) {
				case "nmod":
					next = append(next, k)
					if targetCase[s.caseOf(k)] {
						cands = append(cands, k)
					} else if m := s.mentionAt(k); m != nil && m.Actor != nil && !isPlace(m) {
						others = append(others, k)
					}
				case "nmod:poss", "compound":
					cands = append(cands, k)
				}
			}
		}
		level = next
	}
	cands = append(cands, others...)
	// "the roads leading into Mordor", "an accord to supply Gondor": the
	// arguments of a clause modifying the object.
	if obj >= 0 {
		for _, a := range s.kids[obj] {
			if r := s.rel(a); r != "acl" && r != "acl:relcl" {
				continue
			}
			for _, k := range s.kids[a] {
				if r := s.rel(k); r == "obj" || r == "iobj" || r == "obl:agent" || r == "obl" && targetCase[s.caseOf(k)] {
					cands = append(cands, k)
				}
			}
		}
	}
	// "signed an accord to supply Gondor": the object of a purpose
	// clause.
	for _, a := range s.kids[v] {
		if s.rel(a) != "advcl" || s.child(a, "mark") < 0 || s.words[s.child(a, "mark")].Text != "to" {
			continue
		}
		if k := s.child(a, "obj"); k >= 0 {
			cands = append(cands, k)
		}
	}
	// "demanded that the US cancel", "urged Syria to": the subject of
	// the complement is the one acted on.
	if speech[s.words[v].Lemma] {
		// "said he has deep satisfaction toward Gondor": what the
		// statement is about, in a complement that follows; not the
		// doer it reports ("officials said Arnor signed").
		for _, k := range s.kids[v] {
			if s.rel(k) != "ccomp" || k < v {
				continue
			}
			for _, a := range s.kids[k] {
				switch s.rel(a) {
				case "nsubj", "obj":
					if s.rel(a) == "obj" {
						cands = append(cands, a)
					} else if s.actorOf(a) != nil {
						continue
					}
					for _, m := range s.kids[a] {
						if s.rel(m) == "nmod" && targetCase[s.caseOf(m)] {
							cands = append(cands, m)
						}
					}
				}
			}
		}
	}
	for _, k := range s.kids[v] {
		if speech[s.words[v].Lemma] {
			break // "officials said Arnor signed": Arnor is not told
		}
		if r := s.rel(k); r == "ccomp" || r == "xcomp" {
			if sub := s.child(k, "nsubj", "nsubj:pass"); sub >= 0 && !isPron(s.words[sub].Text) {
				cands = append(cands, sub)
			}
		}
	}
	// "offered to hand over to Britain", "threatened to break relations
	// with Russia": the party of the complement the verb governs.
	if depth < 1 {
		for _, k := range s.kids[v] {
			if s.rel(k) == "xcomp" && s.toks[k].UPOS == "VERB" {
				if c := s.targetDepth(k, depth+1); c >= 0 && s.actorOf(c) != nil {
					cands = append(cands, c)
				}
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
	if obj >= 0 && s.armed(obj) {
		// "carried out air strikes against Irbin", "fired missiles on
		// a market": what the weapon or attack was aimed at.
		if k := s.aimedAt(obj, "nmod"); k >= 0 {
			return k
		}
		if k := s.aimedAt(v, "obl"); k >= 0 {
			return k
		}
	}
	return obj
}

// isPlace reports whether m names a place rather than an actor.
func isPlace(m *sitrep.Mention) bool {
	return m.Place != nil || m.Type == "GPE" || m.Type == "LOC" || m.Type == "FAC"
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
	if h := s.head(n); src < 0 && h >= 0 && s.rel(n) == "obj" {
		// "Italy announced a suspension of links": the announcer acts.
		src = s.subject(h, 0)
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
	// "opposition groups in Zimbabwe": people named by where they are.
	if s.toks[h].UPOS == "NOUN" && peopleNouns[s.words[h].Lemma] {
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

// peopleNouns name groups of people, who can be told by where they are.
var peopleNouns = map[string]bool{"group": true, "party": true, "leader": true, "official": true, "activist": true,
	"rebel": true, "force": true, "troop": true, "soldier": true, "police": true, "people": true, "protester": true,
	"opposition": true, "government": true, "authority": true, "lawmaker": true, "militant": true, "fighter": true,
	"minister": true, "diplomat": true, "student": true, "worker": true, "farmer": true, "union": true, "army": true}

// named reports whether the phrase headed by h holds a named entity,
// resolved to an actor or not.
func (s *sent) named(h int) bool {
	if h < 0 {
		return false
	}
	if s.actorMention(h) != nil {
		return true
	}
	for _, i := range s.core(h) {
		if m := s.mentionAt(i); m != nil && !isPlace(m) {
			return true
		}
	}
	return false
}

func (s *sent) actorOf(h int) *sitrep.Actor {
	if m := s.actorMention(h); m != nil {
		return m.Actor
	}
	return nil
}

// core returns the sorted indices of the noun phrase headed by h without
// its prepositional modifiers and clauses: determiners, adjectives,
// compounds, possessors, flat names and one level of "of" modifiers.
func (s *sent) core(h int) []int { return s.coreDepth(h, 1) }

func (s *sent) coreDepth(h, ofs int) []int {
	out := []int{h}
	for _, k := range s.kids[h] {
		switch s.rel(k) {
		case "det", "amod", "compound", "flat", "flat:name", "nmod:poss", "nummod", "nmod:desc", "fixed":
			out = append(out, s.coreDepth(k, 0)...)
		case "case":
			if s.rel(h) == "nmod:poss" || ofs == 0 && s.rel(h) == "nmod" {
				out = append(out, k)
			}
		case "nmod":
			// "the ambassadors of Arnor", but not "shelling of an army
			// post": what an attack is of is its target.
			if c := s.caseOf(k); ofs > 0 && (c == "of" || c == "from") && !s.armed(h) {
				out = append(out, s.coreDepth(k, 0)...)
			}
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
		if members := s.spread(x); members != nil {
			out = append(out, members...)
			continue
		}
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
