package udeval_test

import (
	"strings"
	"testing"

	"sitrep"
	"sitrep/conllu"
	"sitrep/eval/udeval"
)

func MustRead(tb testing.TB) []conllu.Sentence {
	tb.Helper()
	s, err := conllu.ReadFile("testdata/mini.conllu")
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// oracle returns tag and parse functions that copy the gold annotation of
// the sentences, looked up by their first word and length.
func oracle(sents []conllu.Sentence) (tag, parse udeval.Func) {
	find := func(toks []sitrep.Token) *conllu.Sentence {
		for i := range sents {
			s := &sents[i]
			if len(s.Words) == len(toks) && s.Words[0].Form == toks[0].Text {
				return s
			}
		}
		return nil
	}
	tag = func(toks []sitrep.Token) {
		if s := find(toks); s != nil {
			for i, w := range s.Words {
				toks[i].UPOS, toks[i].XPOS, toks[i].Lemma = w.UPOS, w.XPOS, w.Lemma
			}
		}
	}
	parse = func(toks []sitrep.Token) {
		if s := find(toks); s != nil {
			for i, w := range s.Words {
				toks[i].Head, toks[i].Deprel = int32(w.Head), w.Deprel
			}
		}
	}
	return tag, parse
}

func TestEvaluate(t *testing.T) {
	sents := MustRead(t)
	tag, parse := oracle(sents)
	got := udeval.Evaluate(sents, tag, parse)
	if got.UPOS != 1 || got.XPOS != 1 || got.Lemma != 1 || got.UAS != 1 || got.LAS != 1 || got.GoldWords != 32 {
		t.Errorf("got %+v, want all 1 over 32 words", got)
	}
	// a parser that attaches everything to the root gets the root right only
	flat := func(toks []sitrep.Token) {
		for i := range toks {
			toks[i].Head, toks[i].Deprel = 0, "root"
		}
	}
	got = udeval.Evaluate(sents, tag, flat)
	if want := 4.0 / 32; got.LAS != want || got.UAS != want {
		t.Errorf("flat: got UAS %v LAS %v, want %v", got.UAS, got.LAS, want)
	}
}

// split is a toy segmenter: one sentence per ". ", tokens at spaces and
// before the final period, "didn't" as "did" + "n't".
func split(text string) []sitrep.Sentence {
	var out []sitrep.Sentence
	pos := 0
	for _, s := range strings.SplitAfter(text, ". ") {
		var toks []sitrep.Token
		add := func(f string, at int, fused bool) {
			toks = append(toks, sitrep.Token{Text: f, Span: sitrep.Span{Start: at, End: at + len(f)}, Fused: fused})
		}
		off := pos
		for _, f := range strings.Fields(s) {
			at := strings.Index(text[off:], f) + off
			off = at + len(f)
			switch {
			case f == "didn't":
				add("did", at, false)
				add("n't", at+3, true)
			case strings.HasSuffix(f, "."):
				add(f[:len(f)-1], at, false)
				add(".", at+len(f)-1, false)
			default:
				add(f, at, false)
			}
		}
		pos += len(s)
		if len(toks) > 0 {
			out = append(out, sitrep.Sentence{Tokens: toks})
		}
	}
	return out
}

func TestEvaluateRaw(t *testing.T) {
	sents := MustRead(t)
	tag, parse := oracle(sents)
	got := udeval.EvaluateRaw(sents, split, tag, parse)
	if got.Words != 1 || got.Sentences != 1 || got.UPOS != 1 || got.LAS != 1 {
		t.Errorf("got %+v, want all 1", got)
	}
}
