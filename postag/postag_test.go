package postag_test

import (
	"bytes"
	"os"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"sitrep"
	"sitrep/conllu"
	"sitrep/postag"
)

// tokens splits a sentence on spaces; punctuation must be spaced out.
func tokens(s string) []sitrep.Token {
	var out []sitrep.Token
	pos := 0
	for _, f := range strings.Fields(s) {
		i := strings.Index(s[pos:], f) + pos
		out = append(out, sitrep.Token{Text: f, Span: sitrep.Span{Start: i, End: i + len(f)}})
		pos = i + len(f)
	}
	return out
}

func MustDefault(tb testing.TB) *postag.Tagger {
	tb.Helper()
	t, err := postag.Default()
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

func TestDefault(t *testing.T) {
	begin := time.Now()
	tg := MustDefault(t)
	t.Logf("loaded in %s", time.Since(begin))
	toks := tokens("Syrian forces captured new neighbourhoods in Aleppo on Wednesday .")
	tg.Tag(toks)
	want := []struct{ upos, xpos, lemma string }{
		{"ADJ", "JJ", "Syrian"}, {"NOUN", "NNS", "force"}, {"VERB", "VBD", "capture"},
		{"ADJ", "JJ", "new"}, {"NOUN", "NNS", "neighbourhood"}, {"ADP", "IN", "in"},
		{"PROPN", "NNP", "Aleppo"}, {"ADP", "IN", "on"}, {"PROPN", "NNP", "Wednesday"},
		{"PUNCT", ".", "."},
	}
	for i, w := range want {
		got := toks[i]
		if got.UPOS != w.upos || got.XPOS != w.xpos || got.Lemma != w.lemma {
			t.Errorf("%s: got %s/%s/%s, want %s/%s/%s", got.Text, got.UPOS, got.XPOS, got.Lemma, w.upos, w.xpos, w.lemma)
		}
	}
}

func TestConcurrent(t *testing.T) {
	tg := MustDefault(t)
	const s = "Aid deliveries were blocked by the government , officials said ."
	ref := tokens(s)
	tg.Tag(ref)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				toks := tokens(s)
				tg.Tag(toks)
				for i := range toks {
					if toks[i] != ref[i] {
						t.Errorf("token %d: got %+v, want %+v", i, toks[i], ref[i])
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}

func TestTrainDeterministic(t *testing.T) {
	sents, err := conllu.ReadFile("testdata/mini.conllu")
	if err != nil {
		t.Fatal(err)
	}
	train := func() []byte {
		tg, err := postag.Train(sents, sents, postag.Options{Epochs: 3, Seed: 7})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := tg.Save(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	a, b := train(), train()
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings gave different bytes")
	}
	mustTagCaptured(t, a)
}

func TestLoadErr(t *testing.T) {
	if _, err := postag.Load(strings.NewReader("not a model")); err == nil {
		t.Fatal("want an error")
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func BenchmarkLoad(b *testing.B) {
	data, err := os.ReadFile("model.bin")
	if err != nil {
		b.Fatal(err)
	}
	cpu := cpuTime()
	for b.Loop() {
		if _, err := postag.Load(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((cpuTime()-cpu).Milliseconds())/float64(b.N), "cpu-ms/op")
}

func BenchmarkTag(b *testing.B) {
	tg := MustDefault(b)
	toks := tokens("The United States , along with Canada and France , called for a cease-fire in the besieged city on Wednesday , officials said .")
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	for b.Loop() {
		tg.Tag(toks)
	}
	b.ReportMetric(float64(len(toks)*b.N)/b.Elapsed().Seconds(), "tokens/s")
	if d := cpuTime() - cpu; d > 0 {
		b.ReportMetric(float64(len(toks)*b.N)/d.Seconds(), "tokens/cpu-s")
	}
}

// TestTrainMembers checks that a tagger ensemble trains deterministically,
// differs from a single tagger and still tags a simple sentence right.
func TestTrainMembers(t *testing.T) {
	sents, err := conllu.ReadFile("testdata/mini.conllu")
	if err != nil {
		t.Fatal(err)
	}
	train := func(members int) []byte {
		tg, err := postag.Train(sents, sents, postag.Options{Epochs: 3, Seed: 7, Members: members})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := tg.Save(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	a, b := train(3), train(3)
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings gave different bytes")
	}
	if bytes.Equal(a, train(1)) {
		t.Error("three members gave the model of one")
	}
	mustTagCaptured(t, a)
}

// mustTagCaptured loads the model saved as b and checks that it tags
// "captured" in a news sentence as a past tense.
func mustTagCaptured(t *testing.T, b []byte) {
	t.Helper()
	tg, err := postag.Load(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	toks := tokens("Rebels captured the town .")
	tg.Tag(toks)
	if got := toks[1].XPOS; got != "VBD" {
		t.Errorf("captured: got %s, want VBD", got)
	}
}
