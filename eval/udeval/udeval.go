// Package udeval scores a tagger and parser against a Universal
// Dependencies treebank: UPOS, XPOS and lemma accuracy, UAS and LAS, either
// on the gold words or starting from the raw text of each document.
//
// LAS follows the CoNLL 2018 shared task and compares only the universal
// part of the relation ("nsubj" for "nsubj:pass"); LASFull compares whole
// labels. Raw-text scores are F1 over words aligned by character offsets
// (see EvaluateRaw).
package udeval

import (
	"strings"
	"time"
	"unicode"

	"sitrep"
	"sitrep/conllu"
)

// Func processes one sentence in place (a tagger's Tag, a parser's Parse).
type Func func([]sitrep.Token)

// SplitFunc segments a text into sentences and tokens (segment.Split).
type SplitFunc func(text string) []sitrep.Sentence

// Scores are the results of an evaluation; figures are fractions in [0,1].
type Scores struct {
	UPOS       float64 `json:"upos"`
	XPOS       float64 `json:"xpos"`
	Lemma      float64 `json:"lemma"`
	UAS        float64 `json:"uas"`
	LAS        float64 `json:"las"`
	LASFull    float64 `json:"las_full"`
	Words      float64 `json:"words,omitempty"`     // raw only: word segmentation F1
	Sentences  float64 `json:"sentences,omitempty"` // raw only: sentence F1
	GoldWords  int     `json:"gold_words"`
	TokensPerS float64 `json:"tokens_per_s"` // words tagged and parsed per second
}

// counts accumulates matches; for gold tokens sys == gold.
type counts struct {
	gold, sys, aligned                   int
	upos, xpos, lemma, uas, las, lasFull int
}

func (c *counts) scores() Scores {
	f := func(n int) float64 {
		if c.gold+c.sys == 0 {
			return 0
		}
		return 2 * float64(n) / float64(c.gold+c.sys)
	}
	return Scores{
		UPOS: f(c.upos), XPOS: f(c.xpos), Lemma: f(c.lemma),
		UAS: f(c.uas), LAS: f(c.las), LASFull: f(c.lasFull),
		GoldWords: c.gold,
	}
}

func universal(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

// compare adds the match of system token t (whose head, if aligned, maps to
// gold word sysHead) against gold word w.
func (c *counts) compare(w conllu.Word, t sitrep.Token, sysHead int) {
	c.aligned++
	if t.UPOS == w.UPOS {
		c.upos++
	}
	if t.XPOS == w.XPOS {
		c.xpos++
	}
	if t.Lemma == w.Lemma {
		c.lemma++
	}
	if sysHead == w.Head {
		c.uas++
		if universal(t.Deprel) == universal(w.Deprel) {
			c.las++
		}
		if t.Deprel == w.Deprel {
			c.lasFull++
		}
	}
}

// Evaluate tags and parses the gold words of sents and scores the result.
// Either function may be nil; gold tags then stay in place for the parser.
func Evaluate(sents []conllu.Sentence, tag, parse Func) Scores {
	toks := make([][]sitrep.Token, len(sents))
	words := 0
	for i, s := range sents {
		toks[i] = make([]sitrep.Token, len(s.Words))
		for j, w := range s.Words {
			t := &toks[i][j]
			t.Text = w.Form
			if tag == nil {
				t.UPOS, t.XPOS, t.Lemma = w.UPOS, w.XPOS, w.Lemma
			}
		}
		words += len(s.Words)
	}
	start := time.Now()
	for _, ts := range toks {
		if tag != nil {
			tag(ts)
		}
		if parse != nil {
			parse(ts)
		}
	}
	elapsed := time.Since(start)
	var c counts
	for i, s := range sents {
		for j, w := range s.Words {
			c.compare(w, toks[i][j], int(toks[i][j].Head))
		}
	}
	c.gold, c.sys = words, words
	sc := c.scores()
	sc.TokensPerS = float64(words) / max(elapsed.Seconds(), 1e-9)
	return sc
}

// EvaluateRaw rebuilds the text of each document from its "# text" lines
// (joined by a space, paragraphs by a blank line), segments, tags and parses
// it, and scores the result as the CoNLL 2018 shared task does: system and
// gold words are aligned by their offsets in the text with white space
// removed, and each score is an F1 over aligned words. Words of a gold
// multiword token get the sub-spans their forms spell when they do
// ("do"+"n't" for "don't"); otherwise they share the token's span and align
// in order.
func EvaluateRaw(sents []conllu.Sentence, split SplitFunc, tag, parse Func) Scores {
	var c counts
	var sentGold, sentSys, sentOK int
	var elapsed time.Duration
	words := 0
	for _, doc := range conllu.Documents(sents) {
		var b strings.Builder
		for i, s := range doc.Sentences {
			if i > 0 {
				if s.NewPar {
					b.WriteString("\n\n")
				} else {
					b.WriteByte(' ')
				}
			}
			b.WriteString(s.Text)
		}
		text := b.String()
		start := time.Now()
		sys := split(text)
		for _, s := range sys {
			if tag != nil {
				tag(s.Tokens)
			}
			if parse != nil {
				parse(s.Tokens)
			}
		}
		elapsed += time.Since(start)
		g := goldWords(doc.Sentences)
		sw := sysWords(text, sys)
		for _, s := range sys {
			words += len(s.Tokens)
		}
		c.gold += len(g)
		c.sys += len(sw)
		align(g, sw, &c)
		// sentences: matching non-white-space extents
		gs := map[[2]int]bool{}
		for _, e := range sentenceExtents(g) {
			gs[e] = true
		}
		se := sentenceExtents(sw)
		for _, e := range se {
			if gs[e] {
				sentOK++
			}
		}
		sentGold += len(gs)
		sentSys += len(se)
	}
	sc := c.scores()
	if c.gold+c.sys > 0 {
		sc.Words = 2 * float64(c.aligned) / float64(c.gold+c.sys)
	}
	if sentGold+sentSys > 0 {
		sc.Sentences = 2 * float64(sentOK) / float64(sentGold+sentSys)
	}
	sc.TokensPerS = float64(words) / max(elapsed.Seconds(), 1e-9)
	return sc
}

// aWord is a word with its extent in the white-space-free text, its sentence
// and its index in the document's word list.
type aWord struct {
	start, end int
	sent       int
	gold       conllu.Word
	sys        sitrep.Token
	head       int // document index of the head word, -1 for the root
}

func goldWords(sents []conllu.Sentence) []aWord {
	var out []aWord
	pos := 0
	for si, s := range sents {
		base := len(out)
		for _, tok := range s.Tokens {
			n := nonSpace(tok.Form)
			ws := s.Words[tok.First-1 : tok.Last]
			// sub-spans when the word forms spell the token
			spell := ""
			for _, w := range ws {
				spell += w.Form
			}
			p := pos
			for _, w := range ws {
				a := aWord{start: pos, end: pos + n, sent: si, gold: w}
				if spell == tok.Form {
					a.start, a.end = p, p+nonSpace(w.Form)
					p = a.end
				}
				out = append(out, a)
			}
			pos += n
		}
		for i := base; i < len(out); i++ {
			h := out[i].gold.Head
			out[i].head = -1
			if h > 0 {
				out[i].head = base + h - 1
			}
		}
	}
	return out
}

func sysWords(text string, sents []sitrep.Sentence) []aWord {
	// code point -> non-space offset
	var idx []int
	n := 0
	for _, r := range text {
		idx = append(idx, n)
		if !unicode.IsSpace(r) {
			n++
		}
	}
	idx = append(idx, n)
	at := func(cp int) int { return idx[max(0, min(cp, len(idx)-1))] }
	var out []aWord
	for si, s := range sents {
		base := len(out)
		for _, t := range s.Tokens {
			a := aWord{start: at(t.Start), end: at(t.End), sent: si, sys: t, head: -1}
			if t.Head > 0 {
				a.head = base + int(t.Head) - 1
			}
			out = append(out, a)
		}
	}
	return out
}

// align matches words with equal extents (in order among equal extents) and
// adds their comparison to c.
func align(g, s []aWord, c *counts) {
	sysToGold := make([]int, len(s))
	goldToSys := make([]int, len(g))
	for i := range sysToGold {
		sysToGold[i] = -1
	}
	for i := range goldToSys {
		goldToSys[i] = -1
	}
	i, j := 0, 0
	for i < len(g) && j < len(s) {
		switch {
		case g[i].start == s[j].start && g[i].end == s[j].end:
			goldToSys[i], sysToGold[j] = j, i
			i++
			j++
		case g[i].start < s[j].start || g[i].start == s[j].start && g[i].end < s[j].end:
			i++
		default:
			j++
		}
	}
	first := make([]int, len(g)) // index of the first word of each word's sentence
	for k := range g {
		if k > 0 && g[k-1].sent == g[k].sent {
			first[k] = first[k-1]
		} else {
			first[k] = k
		}
	}
	for gi, sj := range goldToSys {
		if sj < 0 {
			continue
		}
		sysHead := -2 // unaligned head: never matches
		if h := s[sj].head; h < 0 {
			sysHead = 0
		} else if gh := sysToGold[h]; gh >= 0 {
			// gold head numbers are 1-based within the gold sentence
			if g[gh].sent == g[gi].sent {
				sysHead = gh - first[gi] + 1
			}
		}
		c.compare(g[gi].gold, s[sj].sys, sysHead)
	}
}

func sentenceExtents(ws []aWord) [][2]int {
	var out [][2]int
	for i, w := range ws {
		if i == 0 || ws[i-1].sent != w.sent {
			out = append(out, [2]int{w.start, w.end})
		} else {
			out[len(out)-1][1] = w.end
		}
	}
	return out
}

func nonSpace(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}
