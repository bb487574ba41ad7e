package wordclass_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"testing"

	"sitrep/wordclass"
)

// toyCorpus returns every sentence "DET NOUN VERB DET NOUN ." of a tiny
// grammar, where words of a class occur in the same contexts.
func toyCorpus() [][]string {
	dets := []string{"the", "a"}
	nouns := []string{"dog", "cat", "cow", "horse", "bird"}
	verbs := []string{"sees", "likes", "chases", "bites", "feeds"}
	var out [][]string
	for _, d1 := range dets {
		for _, n1 := range nouns {
			for _, v := range verbs {
				for _, d2 := range dets {
					for _, n2 := range nouns {
						out = append(out, []string{d1, n1, v, d2, n2, "."})
					}
				}
			}
		}
	}
	return out
}

func MustLearn(tb testing.TB, sents [][]string, opt wordclass.Options) *wordclass.Table {
	tb.Helper()
	t, err := wordclass.Learn(sents, opt)
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

func MustPath(tb testing.TB, t *wordclass.Table, w string) wordclass.Path {
	tb.Helper()
	p, ok := t.Lookup(w)
	if !ok {
		tb.Fatalf("no path for %q", w)
	}
	return p
}

func TestLearn(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		tab := MustLearn(t, toyCorpus(), wordclass.Options{Clusters: 4})
		if got, want := tab.Len(), 13; got != want {
			t.Fatalf("words: got %d, want %d", got, want)
		}
		classes := [][]string{{"the", "a"}, {"dog", "cat", "cow", "horse", "bird"}, {"sees", "likes", "chases", "bites", "feeds"}, {"."}}
		seen := map[string]string{}
		for _, class := range classes {
			want := MustPath(t, tab, class[0]).String()
			for _, w := range class[1:] {
				if got := MustPath(t, tab, w).String(); got != want {
					t.Errorf("%s: path %s, want %s as %s", w, got, want, class[0])
				}
			}
			if other, dup := seen[want]; dup {
				t.Errorf("%s and %s share path %s", class[0], other, want)
			}
			seen[want] = class[0]
		}
	})
	t.Run("MinCount", func(t *testing.T) {
		sents := append(toyCorpus(), []string{"the", "zebra", "sees", "a", "dog", "."})
		tab := MustLearn(t, sents, wordclass.Options{Clusters: 4, MinCount: 2})
		if _, ok := tab.Lookup("zebra"); ok {
			t.Error("zebra, seen once, has a path")
		}
		tab = MustLearn(t, sents, wordclass.Options{Clusters: 4})
		if got, want := MustPath(t, tab, "zebra"), MustPath(t, tab, "dog"); got != want {
			t.Errorf("zebra %s, want %s as dog", got, want)
		}
	})
	t.Run("ErrEmpty", func(t *testing.T) {
		if _, err := wordclass.Learn(nil, wordclass.Options{}); err == nil {
			t.Error("no error for no words")
		}
	})
}

// randomCorpus returns n sentences of a Zipfian vocabulary of v words with
// a little structure: every word is followed by one of a few words.
func randomCorpus(n, v int, seed uint64) [][]string {
	rng := rand.New(rand.NewPCG(seed, 1))
	zipf := rand.NewZipf(rng, 1.1, 2, uint64(v-1))
	out := make([][]string, n)
	for i := range out {
		s := make([]string, 5+rng.IntN(15))
		w := zipf.Uint64()
		for j := range s {
			s[j] = fmt.Sprintf("w%d", w)
			if rng.IntN(2) == 0 {
				w = (w*7 + uint64(rng.IntN(3))) % uint64(v)
			} else {
				w = zipf.Uint64()
			}
		}
		out[i] = s
	}
	return out
}

func TestLearnDeterministic(t *testing.T) {
	sents := randomCorpus(2000, 400, 1)
	var want []byte
	for _, workers := range []int{1, 2, 3} {
		tab := MustLearn(t, sents, wordclass.Options{Clusters: 20, MinCount: 2, Workers: workers})
		var buf bytes.Buffer
		if err := tab.Write(&buf); err != nil {
			t.Fatal(err)
		}
		if want == nil {
			want = buf.Bytes()
			continue
		}
		if !bytes.Equal(buf.Bytes(), want) {
			t.Errorf("%d workers: another table", workers)
		}
	}
}

func BenchmarkLearn(b *testing.B) {
	sents := randomCorpus(20000, 3000, 2)
	b.ReportAllocs()
	for b.Loop() {
		MustLearn(b, sents, wordclass.Options{Clusters: 64, MinCount: 3})
	}
}

func BenchmarkLookup(b *testing.B) {
	tab := MustLearn(b, randomCorpus(2000, 400, 1), wordclass.Options{Clusters: 20})
	words := make([]string, 0, tab.Len())
	for _, e := range tab.Entries() {
		words = append(words, e.Word)
	}
	words = append(words, "unknown", "Other")
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			tab.Lookup(w)
		}
	}
}
