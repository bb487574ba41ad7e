// Package segeval scores the segmenter against Universal Dependencies
// treebanks the way the CoNLL 2018 shared task did: it rebuilds each
// document's raw text from its sentences, segments it, and compares token
// and sentence boundaries as exact character spans.
package segeval

import (
	"strings"
	"unicode/utf8"

	"sitrep"
	"sitrep/conllu"
	"sitrep/segment"
)

// Result holds boundary precision, recall and F1 for surface tokens and
// sentences, with the counts they come from.
type Result struct {
	TokenPrecision, TokenRecall, TokenF1          float64
	SentencePrecision, SentenceRecall, SentenceF1 float64
	GoldTokens, SystemTokens                      int
	GoldSentences, SystemSentences                int
	// Matched counts of exactly matching spans.
	MatchedTokens, MatchedSentences int
}

// Score measures the segmenter against treebank documents as the CoNLL 2018
// shared task did.
func Score(docs []conllu.Document) Result {
	var r Result
	for _, d := range docs {
		text, gold, goldSents := Gold(d)
		sents := segment.Split(text)
		sys, sysSents := System(sents)
		r.GoldTokens += len(gold)
		r.SystemTokens += len(sys)
		r.GoldSentences += len(goldSents)
		r.SystemSentences += len(sysSents)
		r.MatchedTokens += matches(gold, sys)
		r.MatchedSentences += matches(goldSents, sysSents)
	}
	r.TokenPrecision, r.TokenRecall, r.TokenF1 = prf(r.MatchedTokens, r.GoldTokens, r.SystemTokens)
	r.SentencePrecision, r.SentenceRecall, r.SentenceF1 = prf(r.MatchedSentences, r.GoldSentences, r.SystemSentences)
	return r
}

// Gold rebuilds a document's raw text from its "# text =" lines (a newline
// before a sentence that starts a paragraph, one space between the others)
// and returns it with the spans of its gold surface tokens and sentences, in
// code points.
func Gold(d conllu.Document) (text string, tokens, sents []sitrep.Span) {
	var b strings.Builder
	n := 0
	for i, s := range d.Sentences {
		if i > 0 {
			if s.NewPar {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
			n++
		}
		start := n
		pos, off := 0, n // byte position in s.Text and its code point offset
		for _, t := range s.Tokens {
			for pos < len(s.Text) && (s.Text[pos] == ' ' || s.Text[pos] == '\t') {
				pos++
				off++
			}
			k := strings.Index(s.Text[pos:], t.Form)
			if k < 0 {
				continue // the form is not in the text; leave it unmatched
			}
			off += utf8.RuneCountInString(s.Text[pos : pos+k])
			pos += k
			w := utf8.RuneCountInString(t.Form)
			tokens = append(tokens, sitrep.Span{Start: off, End: off + w})
			pos += len(t.Form)
			off += w
		}
		b.WriteString(s.Text)
		n += utf8.RuneCountInString(s.Text)
		sents = append(sents, sitrep.Span{Start: start, End: n})
	}
	return b.String(), tokens, sents
}

// System returns the surface token spans of sents, with tokens split by
// convention (Fused) merged back, and the sentence spans.
func System(sents []sitrep.Sentence) (tokens, spans []sitrep.Span) {
	for _, s := range sents {
		spans = append(spans, s.Span)
		for _, t := range s.Tokens {
			if t.Fused && len(tokens) > 0 {
				tokens[len(tokens)-1].End = t.End
				continue
			}
			tokens = append(tokens, t.Span)
		}
	}
	return tokens, spans
}

// matches counts spans present in both sorted lists.
func matches(gold, sys []sitrep.Span) int {
	n, i, j := 0, 0, 0
	for i < len(gold) && j < len(sys) {
		g, s := gold[i], sys[j]
		switch {
		case g == s:
			n++
			i++
			j++
		case g.Start < s.Start || g.Start == s.Start && g.End < s.End:
			i++
		default:
			j++
		}
	}
	return n
}

func prf(matched, gold, sys int) (p, r, f float64) {
	if sys > 0 {
		p = float64(matched) / float64(sys)
	}
	if gold > 0 {
		r = float64(matched) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}
