package quotes

import (
	"sort"

	"sitrep"
)

// cand is a quote being built: content tokens [cs, ce), cue token (-1 when
// none), speaker tokens [spkA, spkB) (empty when none).
type cand struct {
	cs, ce      int
	cue, cueLen int
	spkA, spkB  int
	pron        bool
	direct      bool
	unclosed    bool // a direct quote that runs on into the next paragraph
	speaker     *sitrep.Ref
}

// Find returns the quotes of an article in text order: direct quotes and
// reported speech with their cues and speakers. sentences are the
// segmenter's, with tokens; mentions may be nil, and when given link a
// speaker to the actor of the mention it overlaps. Find is safe for
// concurrent use.
func Find(text string, sentences []sitrep.Sentence, mentions []sitrep.Mention) []sitrep.Quote {
	d := newDoc(text, sentences)
	if len(d.toks) == 0 {
		return nil
	}
	taken := make([]bool, len(d.toks))
	var cs []cand
	for _, p := range d.pairs() {
		c := cand{cs: p.cs, ce: p.ce, cue: -1, direct: true, unclosed: p.close < 0}
		var at attribution
		ok := false
		if p.close >= 0 {
			at, ok = d.afterClose(p.close)
		}
		viaClose := ok
		if !ok && p.open >= 0 {
			at, ok = d.beforeOpen(p.open)
		}
		if ok && !viaClose && d.words(p.cs, p.ce) < 3 && !d.endsSentence(p.close) {
			ok = false // “hysterical bombing” went on: a term the speaker used
		}
		if ok {
			c.cue, c.cueLen, c.spkA, c.spkB, c.pron = at.cue, at.cueLen, at.a, at.b, at.pron
			for i := at.cue; i < at.cue+at.cueLen; i++ {
				taken[i] = true
			}
		}
		for i := p.cs; i < p.ce; i++ {
			taken[i] = true
		}
		cs = append(cs, c)
	}
	direct := len(cs)
	for s := 0; s+1 < len(d.first); s++ {
		cs = d.indirect(int(d.first[s]), int(d.first[s+1]), taken, cs)
	}
	cs = d.prune(cs, direct)
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].cs < cs[j].cs })
	d.continueSpeakers(cs)
	d.resolve(cs, mentions)
	out := make([]sitrep.Quote, 0, len(cs))
	for _, c := range cs {
		sp := d.span(c.cs, c.ce)
		q := sitrep.Quote{
			Span:     sp,
			Sentence: int(d.sent[c.cs]),
			Text:     d.off.Slice(sp),
			Direct:   c.direct,
			Speaker:  c.speaker,
		}
		if c.cue >= 0 {
			q.Cue = d.off.Slice(d.span(c.cue, c.cue+c.cueLen))
		}
		out = append(out, q)
	}
	return out
}

// prune drops direct quotes with no speaker that are scare quotes (under
// four words) or sit inside a reported clause, which already holds them.
// The first n candidates are the direct ones.
func (d *doc) prune(cs []cand, n int) []cand {
	out := cs[:0]
	for i, c := range cs {
		if i < n && c.cue < 0 {
			// A quote with no cue is kept only when it opens a sentence:
			// one inside a sentence is a title or a scare quote.
			s0, _ := d.bounds(c.cs)
			if d.words(c.cs, c.ce) < 4 || c.cs > s0+1 || inside(c, cs[n:]) {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

func inside(c cand, in []cand) bool {
	for _, o := range in {
		if o.cs <= c.cs && c.ce <= o.ce {
			return true
		}
	}
	return false
}

// continueSpeakers gives a direct quote with no cue that opens a sentence
// the speaker of the direct quote just before it, when that ended in the
// same or the previous sentence; and a quote left open at a paragraph end
// the speaker of the quote that goes on in the next paragraph.
func (d *doc) continueSpeakers(cs []cand) {
	for i := len(cs) - 2; i >= 0; i-- {
		c, n := &cs[i], &cs[i+1]
		if c.unclosed && c.spkB <= c.spkA && n.direct && n.spkB > n.spkA && d.sent[n.cs]-d.sent[c.ce-1] == 1 {
			c.spkA, c.spkB, c.pron = n.spkA, n.spkB, n.pron
		}
	}
	for i := 1; i < len(cs); i++ {
		c, p := &cs[i], &cs[i-1]
		if !c.direct || c.cue >= 0 || !p.direct || p.spkB <= p.spkA {
			continue
		}
		s0, _ := d.bounds(c.cs)
		if c.cs > s0+1 {
			continue
		}
		if gap := d.sent[c.cs] - d.sent[p.ce-1]; gap > 1 {
			continue
		}
		c.spkA, c.spkB, c.pron = p.spkA, p.spkB, p.pron
	}
}

// endsSentence reports whether the closing mark at c ends its sentence,
// with at most punctuation after it.
func (d *doc) endsSentence(c int) bool {
	if c < 0 {
		return true
	}
	_, e := d.bounds(c)
	for i := c + 1; i < e; i++ {
		if !d.isPunct(i) {
			return false
		}
	}
	return true
}
