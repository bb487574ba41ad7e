package segeval_test

import (
	"math"
	"strings"
	"testing"

	"sitrep"
	"sitrep/conllu"
	"sitrep/eval/segeval"
)

// treebank is a tiny hand-written CoNLL-U document: two paragraphs, a
// multiword token and a sentence boundary the segmenter cannot see.
const treebank = `# newdoc id = d1
# newpar
# sent_id = 1
# text = Kerry's team left.
1-2	Kerry's	_	_	_	_	_	_	_	_
1	Kerry	Kerry	PROPN	NNP	_	3	nmod:poss	_	_
2	's	's	PART	POS	_	1	case	_	_
3	team	team	NOUN	NN	_	4	nsubj	_	_
4	left	leave	VERB	VBD	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

# sent_id = 2
# text = It rained
1	It	it	PRON	PRP	_	2	nsubj	_	_
2	rained	rain	VERB	VBD	_	0	root	_	_

# sent_id = 3
# text = then it stopped.
1	then	then	ADV	RB	_	3	advmod	_	_
2	it	it	PRON	PRP	_	3	nsubj	_	_
3	stopped	stop	VERB	VBD	_	0	root	_	SpaceAfter=No
4	.	.	PUNCT	.	_	3	punct	_	_

# newpar
# sent_id = 4
# text = Go—now!
1	Go	go	VERB	VB	_	0	root	_	SpaceAfter=No
2	—	—	PUNCT	:	_	1	punct	_	SpaceAfter=No
3	now	now	ADV	RB	_	1	advmod	_	SpaceAfter=No
4	!	!	PUNCT	.	_	1	punct	_	_

`

func mustDocs(tb testing.TB) []conllu.Document {
	tb.Helper()
	sents, err := conllu.Read(strings.NewReader(treebank), "treebank")
	if err != nil {
		tb.Fatal(err)
	}
	return conllu.Documents(sents)
}

func TestGold(t *testing.T) {
	text, tokens, sents := segeval.Gold(mustDocs(t)[0])
	if want := "Kerry's team left. It rained then it stopped.\nGo—now!"; text != want {
		t.Fatalf("text %q, want %q", text, want)
	}
	wantSents := []sitrep.Span{{Start: 0, End: 18}, {Start: 19, End: 28}, {Start: 29, End: 45}, {Start: 46, End: 53}}
	if !equal(sents, wantSents) {
		t.Errorf("sentences %v, want %v", sents, wantSents)
	}
	var wantToks []sitrep.Span
	for _, p := range [][2]int{{0, 7}, {8, 12}, {13, 17}, {17, 18}, {19, 21}, {22, 28},
		{29, 33}, {34, 36}, {37, 44}, {44, 45}, {46, 48}, {48, 49}, {49, 52}, {52, 53}} {
		wantToks = append(wantToks, sitrep.Span{Start: p[0], End: p[1]})
	}
	if !equal(tokens, wantToks) {
		t.Errorf("tokens %v, want %v", tokens, wantToks)
	}
}

func TestScore(t *testing.T) {
	got := segeval.Score(mustDocs(t))
	// All 14 tokens match. The segmenter cannot split "It rained then it
	// stopped.", so it finds 3 sentences of 4, 2 of them right.
	want := segeval.Result{
		GoldTokens: 14, SystemTokens: 14, MatchedTokens: 14,
		TokenPrecision: 1, TokenRecall: 1, TokenF1: 1,
		GoldSentences: 4, SystemSentences: 3, MatchedSentences: 2,
		SentencePrecision: 2.0 / 3, SentenceRecall: 0.5, SentenceF1: 2 * (2.0 / 3 * 0.5) / (2.0/3 + 0.5),
	}
	if !closeTo(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

func TestScoreEmpty(t *testing.T) {
	if got := segeval.Score(nil); got != (segeval.Result{}) {
		t.Errorf("got %+v, want zero", got)
	}
}

func equal(a, b []sitrep.Span) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func closeTo(a, b segeval.Result) bool {
	f := func(x, y float64) bool { return math.Abs(x-y) < 1e-9 }
	return a.GoldTokens == b.GoldTokens && a.SystemTokens == b.SystemTokens &&
		a.MatchedTokens == b.MatchedTokens && a.GoldSentences == b.GoldSentences &&
		a.SystemSentences == b.SystemSentences && a.MatchedSentences == b.MatchedSentences &&
		f(a.TokenPrecision, b.TokenPrecision) && f(a.TokenRecall, b.TokenRecall) && f(a.TokenF1, b.TokenF1) &&
		f(a.SentencePrecision, b.SentencePrecision) && f(a.SentenceRecall, b.SentenceRecall) &&
		f(a.SentenceF1, b.SentenceF1)
}
