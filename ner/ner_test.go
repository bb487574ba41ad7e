package ner_test

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	"sitrep"
	"sitrep/conllu"
	"sitrep/ner"
	"sitrep/postag"
	"sitrep/segment"
)

func mustDefault(tb testing.TB) *ner.Recognizer {
	tb.Helper()
	r, err := ner.Default()
	if err != nil {
		tb.Fatal(err)
	}
	return r
}

// tagged segments and tags text.
func tagged(tb testing.TB, text string) []sitrep.Sentence {
	tb.Helper()
	tg, err := postag.Default()
	if err != nil {
		tb.Fatal(err)
	}
	sents := segment.Split(text)
	for i := range sents {
		tg.Tag(sents[i].Tokens)
	}
	return sents
}

// names renders the entities of the sentences as "TYPE text" strings.
func names(r *ner.Recognizer, sents []sitrep.Sentence) []string {
	var out []string
	for _, s := range sents {
		for _, e := range r.Recognize(s.Tokens) {
			var words []string
			for _, t := range s.Tokens[e.Start:e.End] {
				words = append(words, t.Text)
			}
			out = append(out, e.Type+" "+strings.Join(words, " "))
		}
	}
	return out
}

func TestRecognize(t *testing.T) {
	r := mustDefault(t)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"John Kerry met Sergei Lavrov in Hamburg on Thursday.", []string{"PERSON John Kerry", "PERSON Sergei Lavrov", "GPE Hamburg"}},
		{"Aid workers in Aleppo said the shelling had stopped.", []string{"GPE Aleppo"}},
		{"Officials of Amnesty International met the envoy in Geneva.", []string{"ORG Amnesty International", "GPE Geneva"}},
	} {
		got := names(r, tagged(t, c.text))
		for _, w := range c.want {
			found := false
			for _, g := range got {
				found = found || g == w
			}
			if !found {
				t.Errorf("%q: got %q, want %q among them", c.text, got, w)
			}
		}
	}
}

// TestWellFormed checks that the names of any input lie inside the
// sentence, in order and without overlap, even without tags.
func TestWellFormed(t *testing.T) {
	r := mustDefault(t)
	text := "BREAKING: U.N. envoy Staffan de Mistura - in Geneva - said 8,000 civilians left east Aleppo. " +
		"Ḥalab, Der Außenminister. @user #Syria http://example.org"
	for _, s := range segment.Split(text) {
		end := 0
		for _, e := range r.Recognize(s.Tokens) {
			if e.Start < end || e.End <= e.Start || e.End > len(s.Tokens) {
				t.Errorf("bad span %+v after %d in %d tokens", e, end, len(s.Tokens))
			}
			end = e.End
		}
	}
	if got := r.Recognize(nil); got != nil {
		t.Errorf("no tokens: got %v", got)
	}
}

func TestSaveLoad(t *testing.T) {
	r := mustDefault(t)
	var b bytes.Buffer
	if err := r.Save(&b); err != nil {
		t.Fatal(err)
	}
	orig, err := os.ReadFile("model.bin")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), orig) {
		t.Error("saving the embedded model gives other bytes")
	}
	start := time.Now()
	if _, err := ner.Load(bytes.NewReader(orig)); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 500*time.Millisecond { // about 20ms on an idle core; see BenchmarkLoad
		t.Errorf("loading the model took %s", d)
	}
	for _, bad := range [][]byte{nil, []byte("SITREP"), orig[:len(orig)/2]} {
		if _, err := ner.Load(bytes.NewReader(bad)); err == nil {
			t.Errorf("Load(%d bytes): want an error", len(bad))
		}
	}
}

// gumSample is a made-up sentence annotated in the GUM style.
const gumSample = `# sent_id = sample-1
# text = President Maria Ortiz of the Andean Trade Council visited Lima.
1	President	President	PROPN	NNP	_	3	compound	_	Entity=(1-person-new-cf1-3-coref-Maria_Ortiz
2	Maria	Maria	PROPN	NNP	_	3	compound	_	_
3	Ortiz	Ortiz	PROPN	NNP	_	9	nsubj	_	_
4	of	of	ADP	IN	_	8	case	_	_
5	the	the	DET	DT	_	8	det	_	Entity=(2-organization-new-cf2-3-coref
6	Andean	Andean	ADJ	JJ	_	8	amod	_	_
7	Trade	Trade	PROPN	NNP	_	8	compound	_	_
8	Council	Council	PROPN	NNP	_	3	nmod	_	Entity=2)1)
9	visited	visit	VERB	VBD	_	0	root	_	_
10	Lima	Lima	PROPN	NNP	_	9	obj	_	Entity=(3-place-new-cf3-1-sgl)|SpaceAfter=No
11	.	.	PUNCT	.	_	9	punct	_	_

# sent_id = sample-2
# text = She thanked them.
1	She	she	PRON	PRP	_	2	nsubj	_	Entity=(1-person-giv-cf1-1-coref)
2	thanked	thank	VERB	VBD	_	0	root	_	_
3	them	they	PRON	PRP	_	2	obj	_	Entity=(2-organization-giv-cf2-1-coref)|SpaceAfter=No
4	.	.	PUNCT	.	_	2	punct	_	_

`

func TestSpans(t *testing.T) {
	sents, lex := mustSample(t)
	got := ner.Spans(sents[0], lex)
	want := []ner.Entity{{Start: 1, End: 3, Type: "PERSON"}, {Start: 5, End: 8, Type: "ORG"}, {Start: 9, End: 10, Type: "GPE"}}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("span %d: got %v, want %v", i, got[i], want[i])
		}
	}
	if got := ner.Spans(sents[1], lex); len(got) != 0 {
		t.Errorf("pronouns: got %v, want no names", got)
	}
}

func TestTrainDeterministic(t *testing.T) {
	sents, lex := mustSample(t)
	var out [2][]byte
	for k := range out {
		exs := ner.FromCoNLLU(sents, lex)
		r, err := ner.Train(exs, exs, ner.Options{Epochs: 3, Seed: 7, Lexicon: lex})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := r.Save(&b); err != nil {
			t.Fatal(err)
		}
		out[k] = b.Bytes()
	}
	if !bytes.Equal(out[0], out[1]) {
		t.Error("two trainings on the same data give different models")
	}
	if _, err := ner.Train(nil, nil, ner.Options{}); err == nil {
		t.Error("no data: want an error")
	}
}

// TestTrainEnsemble checks that an ensemble trained with lower-cased
// copies is deterministic, differs from a single model and still finds the
// names it was trained on.
func TestTrainEnsemble(t *testing.T) {
	sents, lex := mustSample(t)
	train := func(members int) (*ner.Recognizer, []byte) {
		exs := ner.FromCoNLLU(sents, lex)
		r, err := ner.Train(exs, exs, ner.Options{Epochs: 3, Seed: 7, Lexicon: lex, Members: members, Lowercase: 1})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := r.Save(&b); err != nil {
			t.Fatal(err)
		}
		return r, b.Bytes()
	}
	r, a := train(3)
	if _, b := train(3); !bytes.Equal(a, b) {
		t.Error("two ensembles on the same data give different models")
	}
	if _, one := train(1); bytes.Equal(a, one) {
		t.Error("an ensemble of three gives the bytes of a single model")
	}
	toks := ner.FromCoNLLU(sents, lex)[0].Tokens
	found := false
	for _, e := range r.Recognize(toks) {
		found = found || e == ner.Entity{Start: 9, End: 10, Type: "GPE"}
	}
	if !found {
		t.Errorf("ensemble: got %v, want Lima (GPE) among them", r.Recognize(toks))
	}
}

// BenchmarkLoad measures decoding the embedded model.
func BenchmarkLoad(b *testing.B) {
	orig, err := os.ReadFile("model.bin")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := ner.Load(bytes.NewReader(orig)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNER measures the recognizer on tagged news text, in tokens per
// second.
func BenchmarkNER(b *testing.B) {
	text, err := os.ReadFile("../examples/2022-04-kramatorsk-station-strike.txt")
	if err != nil {
		b.Skip(err)
	}
	sents := tagged(b, string(text))
	r := mustDefault(b)
	tokens := 0
	for _, s := range sents {
		tokens += len(s.Tokens)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			r.Recognize(s.Tokens)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// mustSample returns the GUM sample's sentences and the default lexicon.
func mustSample(t *testing.T) ([]conllu.Sentence, ner.Lexicon) {
	t.Helper()
	sents, err := conllu.Read(strings.NewReader(gumSample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	lex, err := ner.DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	return sents, lex
}
