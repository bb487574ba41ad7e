package events

import (
	"math"
	"sort"

	"sitrep"
	"sitrep/cameo"
)

// Modes of an event.
const (
	Asserted     = "asserted"
	Negated      = "negated"
	Future       = "future"
	Hypothetical = "hypothetical"
)

// trigger is what an event is coded from: a verb or an event noun.
type trigger struct {
	tok     int
	code    string
	reverse string
	pattern bool
	passive bool // the subject is the target
	modeTok int  // token whose markers give the mode: the trigger or its verb
	clause  []int
	source  int // head token of the source, -1 if none
	target  int
}

func (c *Coder) codeSentence(out []sitrep.Event, s *sent, published sitrep.Date) []sitrep.Event {
	out = c.demands(out, s, published)
	coded := make([]bool, len(s.toks))   // verbs the lexicon knows
	emitted := make([]bool, len(s.toks)) // verbs coded as events
	for v := range s.toks {
		if s.toks[v].UPOS != "VERB" || !predicate(s.rel(v)) {
			continue
		}
		cl := s.clause(v)
		before, after := s.around(v, cl)
		m, ok := c.lex.CodeVerb(s.words[v], s.above(v, before), after)
		if !ok || m.Code == "010" && !m.Pattern {
			continue
		}
		if desire[s.words[v].Lemma] && (!wish(m.Code) || !m.Pattern && s.wantDone(v)) {
			// "want the fighters out": what is wanted has not happened;
			// wanting it of someone is a demand.
			m.Code, m.Reverse = "100", ""
		}
		coded[v] = true
		t := trigger{tok: v, modeTok: v, code: m.Code, reverse: m.Reverse, pattern: m.Pattern, passive: m.Passive, clause: cl}
		t.source, t.target = s.verbArgs(v, m.Passive, c.opts.AgentlessPassive)
		if k := s.after(v, cl, m.SourceAfter, m.Skip); k >= 0 {
			t.source = k // "freed from Barad-dur" (FREE * FROM $)
		}
		if m.TargetBefore != nil {
			for i := v - 1; i >= 0; i-- {
				if m.TargetBefore.Matches(s.words, i) {
					if k := s.subject(i, 0); k >= 0 {
						t.target = k // "Mordor will be hosting X to celebrate"
					}
					break
				}
			}
		}
		if k := s.after(v, cl, m.TargetAfter, m.Skip); k >= 0 {
			t.target = k // "celebrated Eid at X with Gondor" (* AT ^ WITH +)
		}
		if t.source >= 0 && s.isTime(t.source) {
			t.source = -1 // "this weekend said": a misparse, no source
		}
		if movementBlocks[m.Block] || motionVerbs[s.words[v].Lemma] {
			if k := s.destination(v); k >= 0 {
				t.target = k // "arrived in Gondor", "left for Minas Tirith"
			}
		}
		if t.target < 0 && !m.Passive {
			t.target = s.nextActor(v, cl)
		}
		if t.target < 0 && !m.Passive {
			t.target = s.questioned(v)
		}
		if !m.Pattern && !s.named(t.source) && !s.named(t.target) && !(force(m.Code) && s.person(t.target)) {
			// A bare verb between parties no name points at says too
			// little, unless it is force against people ("a journalist
			// has been killed").
			continue
		}
		if s.modifier(v) && cameo.Quad(m.Code[:min(2, len(m.Code))]) < 4 {
			// "a body linked to the OAU": a participle describing a
			// noun, not an act; force and coercion stay ("police
			// fired tear gas", misparsed as a modifier).
			continue
		}
		if !s.movementOK(v, m, t.source, t.target) || !s.callOK(v, m, t.target) || !s.reportOK(v, m) ||
			!s.agentOK(v, m.Code, m.Pattern, t.source, t.target) {
			continue
		}
		emitted[v] = true
		out = s.emit(out, t, published, c.opts)
	}
	for n := range s.toks {
		if u := s.toks[n].UPOS; u != "NOUN" && u != "PROPN" {
			continue
		}
		code, ok := c.lex.CodeNoun(s.words[n])
		if !ok {
			continue
		}
		if h := s.head(n); h >= 0 && coded[h] && !(s.rel(n) == "nsubj" && !emitted[h]) {
			// The verb codes the clause, unless the event noun is its
			// subject and the verb yielded nothing: "the fighting
			// erupted" is the fighting.
			continue
		}
		src, tgt := s.nounArgs(n)
		if s.actorOf(src) == nil && s.actorOf(tgt) == nil {
			continue
		}
		if src >= 0 && !s.animate(src) && !(force(code) && weapons[s.words[src].Lemma]) {
			continue
		}
		t := trigger{tok: n, modeTok: n, code: code, clause: s.subtree(n), source: src, target: tgt}
		if h := s.head(n); h >= 0 && s.toks[h].UPOS == "VERB" {
			t.modeTok = h // "will not accept a truce"
		}
		out = s.emit(out, t, published, c.opts)
	}
	return out
}

// modifier reports whether verb v is a past participle modifying a noun
// ("a body linked to the OAU", "memos sent by Bree"), without an
// auxiliary, subject or object of its own.
func (s *sent) modifier(v int) bool {
	if s.rel(v) != "acl" || s.toks[v].XPOS != "VBN" {
		return false
	}
	// A passive participle takes no object: "hosted the premier" is a
	// misparsed finite verb.
	if s.child(v, "aux", "aux:pass", "nsubj", "nsubj:pass", "mark", "obj", "iobj") >= 0 {
		return false
	}
	for _, k := range s.kids[v] {
		if s.rel(k) == "conj" && s.child(k, "obj", "iobj") >= 0 {
			return false // "donated and delivered goods"
		}
	}
	return true
}

// person reports whether the phrase headed by h names people: a person
// or group noun ("a prominent journalist", "civilians") or a personal
// pronoun.
func (s *sent) person(h int) bool {
	if h < 0 {
		return false
	}
	w := s.words[h]
	switch w.Text {
	case "he", "she", "they", "we", "him", "her", "them", "us":
		return true
	}
	return s.toks[h].UPOS == "NOUN" && (peopleNouns[w.Lemma] || personNouns[w.Lemma])
}

// desire lists verbs that say what someone wants, not what happened.
var desire = map[string]bool{"want": true, "wish": true, "prefer": true}

// wantDone reports whether desire verb v wants something done to its
// object: "want the fighters out", "want them gone".
func (s *sent) wantDone(v int) bool {
	return s.child(v, "obj") >= 0 && s.child(v, "advmod", "xcomp", "compound:prt") >= 0
}

// wish reports whether code is one a desire verb may carry itself: an
// appeal or demand (02, 10), an intent (03), or disapproval or
// rejection (11, 12).
func wish(code string) bool {
	switch code[:min(2, len(code))] {
	case "02", "03", "10", "11", "12":
		return true
	}
	return false
}

// speech lists verbs that report what someone said.
var speech = map[string]bool{"say": true, "announce": true, "insist": true, "state": true, "declare": true,
	"tell": true, "conclude": true, "add": true, "stress": true, "assert": true, "write": true}

// demands codes "A said B must do X" as A demanding of B (100), and "A
// said B should do X" as an appeal (020), whatever X is.
func (c *Coder) demands(out []sitrep.Event, s *sent, published sitrep.Date) []sitrep.Event {
	for v := range s.toks {
		h := s.head(v)
		if h < 0 || s.rel(v) != "ccomp" || !speech[s.words[h].Lemma] {
			continue
		}
		code := ""
		for _, k := range s.kids[v] {
			if s.rel(k) == "aux" {
				switch s.words[k].Text {
				case "must", "ought":
					code = "100"
				case "should":
					code = "020"
				}
			}
		}
		if code == "" {
			continue
		}
		src, tgt := s.subject(h, 0), s.nearestSubj(v)
		if s.actorOf(src) == nil || tgt < 0 {
			continue
		}
		cl := append(s.clause(h), s.clause(v)...)
		sort.Ints(cl)
		t := trigger{tok: h, modeTok: h, code: code, clause: cl, source: src, target: tgt}
		out = s.emit(out, t, published, c.opts)
	}
	return out
}

// predicate reports whether a verb with relation rel heads a clause, not
// a modifier ("newly recaptured areas", "according to").
func predicate(rel string) bool {
	switch rel {
	case "root", "ccomp", "xcomp", "advcl", "conj", "parataxis", "acl:relcl", "acl", "csubj", "csubj:pass", "advcl:relcl":
		return true
	}
	return false
}

// around returns the words of clause cl before and after token v,
// leaving out punctuation.
func (s *sent) around(v int, cl []int) (before, after []cameo.Word) {
	for _, i := range cl {
		if i == v || s.toks[i].UPOS == "PUNCT" {
			continue
		}
		if i < v {
			before = append(before, s.words[i])
		} else {
			after = append(after, s.words[i])
		}
	}
	return before, after
}

// after returns the phrase a pattern places after the words w: the
// first token after verb v in its clause cl matching w, then the noun it
// introduces ("from Barad-dur") or the next noun, passing over skip
// phrases first ("in Osgiliath with the leaders of Gondor"); -1 if none
// or w is nil.
func (s *sent) after(v int, cl []int, w cameo.Slot, skip int) int {
	if w == nil {
		return -1
	}
	for ci, i := range cl {
		if i <= v || !w.Matches(s.words, i) {
			continue
		}
		if s.rel(i) == "case" && s.head(i) > i && skip == 0 {
			return s.head(i)
		}
		for _, j := range cl[ci+1:] {
			if u := s.toks[j].UPOS; u != "PROPN" && u != "NOUN" && u != "PRON" {
				continue
			}
			switch s.rel(j) {
			case "obl", "obj", "iobj", "nmod", "nsubj", "nsubj:pass", "obl:agent", "appos":
			default:
				continue
			}
			if skip == 0 {
				return j
			}
			skip--
		}
		return -1
	}
	return -1
}

// above returns before with, for a verb complementing another ("indicated
// it would act", "inching nearer to accord"), the words of the governing
// clause that come before v put first: patterns may name what stands
// above the verb ("INDICATED WOULD * NOW").
func (s *sent) above(v int, before []cameo.Word) []cameo.Word {
	h := s.head(v)
	switch s.rel(v) {
	case "ccomp", "xcomp", "advcl":
	default:
		return before
	}
	if h < 0 || s.toks[h].UPOS != "VERB" {
		return before
	}
	var out []cameo.Word
	for _, i := range s.clause(h) {
		if i < v && !s.under(i, v) && s.toks[i].UPOS != "PUNCT" {
			out = append(out, s.words[i])
		}
	}
	if len(out) == 0 {
		return before
	}
	return append(out, before...)
}

// emit appends the events of trigger t: one per source and target pair.
func (s *sent) emit(out []sitrep.Event, t trigger, published sitrep.Date, opts Options) []sitrep.Event {
	sources := s.refs(t.source)
	if t.source >= 0 && !t.passive {
		listed := false
		for _, k := range s.kids[t.tok] {
			if k != t.source && s.rel(k) == "nsubj" && !isPron(s.words[k].Text) && (s.ccBetween(k, t.source) || s.listBetween(k, t.source) && s.animate(k) && !isRelPron(s.words[k].Text)) {
				// Coordinated subjects the parser attached one by one;
				// a name the parser took for an apposition in such a list
				// ("Mordor, the awful Fornost, and Gondor") is one more.
				sources = append(sources, s.refs(k)...)
				sources = append(sources, s.listedAppos(k)...)
				listed = true
			}
		}
		if listed {
			sources = append(sources, s.listedAppos(t.source)...)
		}
	}
	targets := s.refs(t.target)
	if len(sources) == 0 && len(targets) == 0 {
		// "escalating into a civil war": with no one doing it and no
		// one it is done to, there is no record of who did what to whom.
		return out
	}
	info, known := cameo.Lookup(t.code)
	if known && info.PLOVER == "" {
		// CAMEO2PLOVER maps no 01 code: statements ("denied
		// responsibility", 016) are not PLOVER events.
		return out
	}
	base := sitrep.Event{
		CAMEO:     t.code,
		Root:      info.Root,
		Quad:      info.Quad,
		Goldstein: info.Goldstein,
		PLOVER:    info.PLOVER,
		ACLED:     info.ACLED,
		Mode:      s.mode(t.modeTok),
		Sentence:  s.index,
	}
	if base.Mode == Hypothetical && force(t.code) && s.attempt(t.modeTok) {
		base.Mode = Asserted
	}
	var parties []sitrep.Span
	for _, r := range append(append([]sitrep.Ref(nil), sources...), targets...) {
		parties = append(parties, r.Span)
	}
	base.Place = s.place(t.tok, parties)
	base.Date, base.DatePrecision = s.date(t.tok, published)
	base.Span = s.span(t.clause)
	base.Text = s.text(base.Span)
	type pair struct{ src, tgt *sitrep.Ref }
	var pairs []pair
	switch {
	case !anyActor(targets) && len(sources) > 1 && (opts.Reciprocal || info.Root == "03" || info.Root == "04" || info.Root == "06"):
		// "X and Y met": each meets the others.
		targets = nil
		for i := range sources {
			for j := range sources {
				if i != j {
					pairs = append(pairs, pair{&sources[i], &sources[j]})
				}
			}
		}
	default:
		if len(sources) == 0 {
			sources = []sitrep.Ref{{}}
		}
		if len(targets) == 0 {
			targets = []sitrep.Ref{{}}
		}
		for i := range sources {
			for j := range targets {
				pairs = append(pairs, pair{refOrNil(&sources[i]), refOrNil(&targets[j])})
			}
		}
	}
	for _, p := range pairs {
		e := base
		e.Source, e.Target = p.src, p.tgt
		e.Confidence = s.confidence(t, &e)
		out = append(out, e)
		if t.reverse != "" && p.src != nil && p.tgt != nil && p.tgt.Actor != nil {
			r := e
			ri, _ := cameo.Lookup(t.reverse)
			r.CAMEO, r.Root, r.Quad, r.Goldstein, r.PLOVER, r.ACLED = t.reverse, ri.Root, ri.Quad, ri.Goldstein, ri.PLOVER, ri.ACLED
			r.Source, r.Target = p.tgt, p.src
			out = append(out, r)
		}
	}
	return out
}

// attempt reports whether v is what "an attempt" or "a bid" was made to
// do ("an attempt to assassinate the governor"): an attack attempted has
// happened, whether or not it succeeded.
func (s *sent) attempt(v int) bool {
	h := s.head(v)
	if h < 0 || s.rel(v) != "acl" {
		return false
	}
	switch s.words[h].Lemma {
	case "attempt", "bid":
		return true
	}
	return false
}

func anyActor(refs []sitrep.Ref) bool {
	for _, r := range refs {
		if r.Actor != nil {
			return true
		}
	}
	return false
}

// ccBetween reports whether a coordinating conjunction stands between
// tokens a and b.
func (s *sent) ccBetween(a, b int) bool {
	if a > b {
		a, b = b, a
	}
	for i := a + 1; i < b; i++ {
		if s.toks[i].UPOS == "CCONJ" {
			return true
		}
	}
	return false
}

func refOrNil(r *sitrep.Ref) *sitrep.Ref {
	if r.Text == "" {
		return nil
	}
	return r
}

func (s *sent) confidence(t trigger, e *sitrep.Event) float64 {
	c := 0.5
	if t.pattern {
		c += 0.15
	}
	if e.Source != nil && e.Source.Actor != nil {
		c += 0.15
	}
	if e.Target != nil && e.Target.Actor != nil {
		c += 0.1
	} else if e.Target != nil && t.target >= 0 && !s.animate(t.target) && !force(t.code) {
		// "agreed to the plan", "resolved the crisis": a thing acted on
		// is a weaker event than a party acted on.
		c -= 0.05
	}
	if s.quoted(t.tok) {
		c -= 0.1
	}
	return math.Round(c*100) / 100
}

// questioned returns the first actor of a "whether" or "if" clause
// under verb v ("question whether he has a future with Mordor"), whom
// the doubt concerns; -1 if none.
func (s *sent) questioned(v int) int {
	for _, k := range s.kids[v] {
		if r := s.rel(k); r != "ccomp" && r != "advcl" {
			continue
		}
		if m := s.child(k, "mark"); m >= 0 && (s.words[m].Text == "whether" || s.words[m].Text == "if") {
			return s.nextActor(v, s.clause(k))
		}
	}
	return -1
}
