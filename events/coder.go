package events

import (
	"sort"
	"strings"

	"sitrep"
	"sitrep/cameo"
	"sitrep/segment"
)

// Coder codes events with a lexicon. It is safe for concurrent use.
type Coder struct {
	lex  *cameo.Lexicon
	opts Options
}

// Options change how events are coded.
type Options struct {
	// Reciprocal makes coordinated subjects without a target act on each
	// other for every code, as PETRARCH does ("Gondor and Osgiliath
	// delayed their meeting"). By default only meetings (04), agreements
	// (03) and cooperation (06) are reciprocal.
	Reciprocal bool
	// AgentlessPassive codes a finite passive clause without a "by"
	// agent as PETRARCH does, with its subject as the source ("the Philippines
	// was criticized over its dispute with Eriador": PHL ERI). By
	// default such a subject is the target and the source is unknown.
	AgentlessPassive bool
	// Discards keep sentences, or whole articles, that hold one of their
	// phrases from being coded.
	Discards *Discards
}

// New returns a coder over lex.
func New(lex *cameo.Lexicon) *Coder { return &Coder{lex: lex} }

// NewWithOptions returns a coder over lex with options.
func NewWithOptions(lex *cameo.Lexicon, o Options) *Coder { return &Coder{lex: lex, opts: o} }

// Code codes the events of an article with the embedded lexicon. It
// returns nil if the lexicon cannot be loaded, which its tests rule out.
func Code(body string, sentences []sitrep.Sentence, mentions []sitrep.Mention, times []sitrep.Time, published sitrep.Date) []sitrep.Event {
	lex, err := cameo.Default()
	if err != nil {
		return nil
	}
	return New(lex).Code(body, sentences, mentions, times, published)
}

// Code returns the events of every sentence, in text order.
func (c *Coder) Code(body string, sentences []sitrep.Sentence, mentions []sitrep.Mention, times []sitrep.Time, published sitrep.Date) []sitrep.Event {
	if c.opts.Discards.discardStory(sentences) {
		return nil
	}
	off := sitrep.NewOffsets(body)
	var out []sitrep.Event
	for si := range sentences {
		if c.opts.Discards.discardSentence(sentences[si].Tokens) {
			continue
		}
		s := newSent(off, si, repair(c.lex, sentences[si].Tokens), mentions, times)
		if s == nil {
			continue
		}
		out = c.codeSentence(out, s, published)
	}
	resolvePronouns(out, mentions, off)
	return out
}

// sent is one parsed sentence with its mentions and times.
type sent struct {
	off      *sitrep.Offsets
	index    int
	toks     []sitrep.Token
	kids     [][]int
	words    []cameo.Word
	mentions []sitrep.Mention
	times    []sitrep.Time
}

func newSent(off *sitrep.Offsets, si int, toks []sitrep.Token, mentions []sitrep.Mention, times []sitrep.Time) *sent {
	if len(toks) == 0 {
		return nil
	}
	s := &sent{off: off, index: si, toks: toks, kids: make([][]int, len(toks)), words: make([]cameo.Word, len(toks))}
	for i := range toks {
		if h := int(toks[i].Head) - 1; h >= 0 && h < len(toks) && h != i && !cyclic(toks, i) {
			s.kids[h] = append(s.kids[h], i)
		}
		s.words[i] = cameo.Word{Text: norm(toks[i].Text), Lemma: norm(toks[i].Lemma)}
	}
	for _, m := range mentions {
		if m.Sentence == si {
			s.mentions = append(s.mentions, m)
		}
	}
	for _, t := range times {
		if t.Sentence == si {
			s.times = append(s.times, t)
		}
	}
	return s
}

// cyclic reports whether the heads from token i never reach the root, so
// that a malformed parse cannot send the tree walks round in circles.
func cyclic(toks []sitrep.Token, i int) bool {
	for range toks {
		h := int(toks[i].Head) - 1
		if h < 0 || h >= len(toks) {
			return false
		}
		i = h
	}
	return true
}

func norm(s string) string {
	return strings.ReplaceAll(strings.ToLower(s), "’", "'")
}

func (s *sent) head(i int) int { return int(s.toks[i].Head) - 1 }

func (s *sent) rel(i int) string { return s.toks[i].Deprel }

// child returns the first child of i with one of the relations, or -1.
func (s *sent) child(i int, rels ...string) int {
	for _, k := range s.kids[i] {
		for _, r := range rels {
			if s.rel(k) == r {
				return k
			}
		}
	}
	return -1
}

// caseOf returns the lower-cased preposition (case child) of i, "" if none.
func (s *sent) caseOf(i int) string {
	var parts []string
	for _, k := range s.kids[i] {
		if s.rel(k) == "case" || s.rel(k) == "fixed" && len(parts) > 0 {
			parts = append(parts, s.words[k].Text)
		}
	}
	return strings.Join(parts, " ")
}

// clausal relations start a clause of their own, whose words do not
// belong to the clause of their head.
func clausal(rel string) bool {
	switch rel {
	case "ccomp", "advcl", "parataxis", "csubj", "acl:relcl", "acl", "appos", "list", "punct", "dep", "reparandum", "discourse", "vocative":
		return true
	}
	return false
}

// clause returns the sorted token indices of the clause of verb v: its
// subtree without clausal dependents and verbal conjuncts.
func (s *sent) clause(v int) []int {
	var out []int
	var walk func(i int, top bool)
	walk = func(i int, top bool) {
		out = append(out, i)
		for _, k := range s.kids[i] {
			r := s.rel(k)
			if clausal(r) {
				continue
			}
			if r == "conj" && (top || s.toks[k].UPOS == "VERB") {
				continue
			}
			walk(k, false)
		}
	}
	walk(v, true)
	sort.Ints(out)
	return out
}

// subtree returns the sorted indices of i's subtree, leaving out relative
// and other clauses.
func (s *sent) subtree(i int) []int {
	out := []int{i}
	for _, k := range s.kids[i] {
		if clausal(s.rel(k)) || s.rel(k) == "conj" || s.rel(k) == "cc" {
			continue
		}
		out = append(out, s.subtree(k)...)
	}
	sort.Ints(out)
	return out
}

// span returns the code-point span of token indices idx (sorted), widened
// to whole hyphenated words: the parser may hang "US" and "-" of "US-led
// strikes" outside the phrase, but a span never cuts a word in two.
func (s *sent) span(idx []int) sitrep.Span {
	if len(idx) == 0 {
		return sitrep.Span{}
	}
	a, b := idx[0], idx[len(idx)-1]
	for segment.Hyphenated(s.toks, a-2) {
		a -= 2
	}
	for segment.Hyphenated(s.toks, b) {
		b += 2
	}
	return sitrep.Span{Start: s.toks[a].Start, End: s.toks[b].End}
}

func (s *sent) text(sp sitrep.Span) string {
	return s.off.Text()[s.off.Byte(sp.Start):s.off.Byte(sp.End)]
}

// quoted reports whether token i stands inside quotation marks.
func (s *sent) quoted(i int) bool {
	n := 0
	for j := 0; j < i; j++ {
		switch s.toks[j].Text {
		case "“", "”", "\"", "«", "»":
			n++
		}
	}
	return n%2 == 1
}
