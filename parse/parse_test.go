package parse_test

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"sitrep"
	"sitrep/conllu"
	"sitrep/parse"
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

func MustDefault(tb testing.TB) (*postag.Tagger, *parse.Parser) {
	tb.Helper()
	tg, err := postag.Default()
	if err != nil {
		tb.Fatal(err)
	}
	begin := time.Now()
	p, err := parse.Default()
	if err != nil {
		tb.Fatal(err)
	}
	tb.Logf("parser loaded in %s", time.Since(begin))
	return tg, p
}

// render shows a parse as "deprel(head, dependent)" lines.
func render(toks []sitrep.Token) string {
	var b strings.Builder
	for _, t := range toks {
		h := "ROOT"
		if t.Head > 0 {
			h = toks[t.Head-1].Text
		}
		fmt.Fprintf(&b, "%s(%s, %s) ", t.Deprel, h, t.Text)
	}
	return b.String()
}

func TestNewsSentences(t *testing.T) {
	tg, p := MustDefault(t)
	tests := []struct {
		sentence string
		// dependent, head, relations accepted
		want [][3]string
	}{
		{"Syrian forces captured new neighbourhoods .", [][3]string{
			{"forces", "captured", "nsubj"}, {"neighbourhoods", "captured", "obj"}, {"captured", "", "root"}}},
		{"Aid deliveries were blocked by the government .", [][3]string{
			{"deliveries", "blocked", "nsubj:pass"}, {"government", "blocked", "obl|obl:agent"},
			{"by", "government", "case"}, {"were", "blocked", "aux:pass"}}},
		{"The United States , along with Canada and France , called for a cease-fire .", [][3]string{
			{"States", "called", "nsubj"}, {"called", "", "root"}}},
		{"Rebels who fled the city regrouped .", [][3]string{
			{"Rebels", "regrouped", "nsubj"}, {"fled", "Rebels", "acl:relcl"}, {"city", "fled", "obj"}}},
	}
	for _, tt := range tests {
		toks := tokens(tt.sentence)
		tg.Tag(toks)
		p.Parse(toks)
		for _, w := range tt.want {
			d := index(toks, w[0])
			got := toks[d]
			head := ""
			if got.Head > 0 {
				head = toks[got.Head-1].Text
			}
			ok := head == w[1]
			if ok {
				ok = false
				for _, rel := range strings.Split(w[2], "|") {
					ok = ok || got.Deprel == rel
				}
			}
			if !ok {
				t.Errorf("%q: %s: got %s(%s), want %s(%s)\n%s", tt.sentence, w[0], got.Deprel, head, w[2], w[1], render(toks))
			}
		}
	}
}

func index(toks []sitrep.Token, text string) int {
	for i, t := range toks {
		if t.Text == text {
			return i
		}
	}
	panic("no token " + text)
}

func TestTree(t *testing.T) {
	tg, p := MustDefault(t)
	toks := tokens("Government troops , backed by Russian air strikes , have recaptured the town of Palmyra from Islamic State fighters who had held it since May , state media said on Sunday .")
	tg.Tag(toks)
	p.Parse(toks)
	roots := 0
	for i, tk := range toks {
		if tk.Head < 0 || int(tk.Head) > len(toks) || int(tk.Head) == i+1 {
			t.Fatalf("token %d: bad head %d", i, tk.Head)
		}
		if tk.Head == 0 {
			roots++
		}
		if tk.Deprel == "" {
			t.Errorf("token %d: no relation", i)
		}
	}
	if roots != 1 {
		t.Errorf("%d roots, want 1: %s", roots, render(toks))
	}
}

func TestConcurrent(t *testing.T) {
	tg, p := MustDefault(t)
	const s = "Rebels who fled the city regrouped in the hills , a spokesman said ."
	ref := tokens(s)
	tg.Tag(ref)
	p.Parse(ref)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				toks := tokens(s)
				tg.Tag(toks)
				p.Parse(toks)
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
		p, err := parse.Train(sents, sents, parse.Options{Epochs: 4, Seed: 3})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := p.Save(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	a, b := train(), train()
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings gave different bytes")
	}
	p, err := parse.Load(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	// the training sentences come back
	s := sents[0]
	toks := make([]sitrep.Token, len(s.Words))
	for i, w := range s.Words {
		toks[i] = sitrep.Token{Text: w.Form, UPOS: w.UPOS, XPOS: w.XPOS}
	}
	p.Parse(toks)
	for i, w := range s.Words {
		if int(toks[i].Head) != w.Head || toks[i].Deprel != w.Deprel {
			t.Errorf("%s: got %d %s, want %d %s", w.Form, toks[i].Head, toks[i].Deprel, w.Head, w.Deprel)
		}
	}
}

func TestLoadErr(t *testing.T) {
	if _, err := parse.Load(strings.NewReader("not a model")); err == nil {
		t.Fatal("want an error")
	}
}

const benchSentence = "The United States , along with Canada and France , called for a cease-fire in the besieged city on Wednesday , officials said ."

// cpuTime returns the CPU time the process has used, so that throughput can
// be reported per CPU second as well as per wall-clock second on a busy
// machine.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// benchSentences are news sentences of different shapes, tokenized.
func benchSentences() [][]sitrep.Token {
	var out [][]sitrep.Token
	for _, s := range []string{
		benchSentence,
		"Syrian forces captured new neighbourhoods in eastern Aleppo on Wednesday .",
		"Aid deliveries were blocked by the government , the United Nations said in a statement .",
		"Rebels who fled the city regrouped in the hills and attacked an army convoy two days later , killing at least 12 soldiers .",
		"Kerry said he had spoken to Lavrov about the evacuation of civilians .",
	} {
		out = append(out, tokens(s))
	}
	return out
}

func benchmark(b *testing.B, tag, parse bool) {
	tg, p := MustDefault(b)
	sents := benchSentences()
	n := 0
	for _, s := range sents {
		tg.Tag(s)
		n += len(s)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	for b.Loop() {
		for _, s := range sents {
			if tag {
				tg.Tag(s)
			}
			if parse {
				p.Parse(s)
			}
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
	if d := cpuTime() - cpu; d > 0 {
		b.ReportMetric(float64(n*b.N)/d.Seconds(), "tokens/cpu-s")
	}
}

func BenchmarkParse(b *testing.B)    { benchmark(b, false, true) }
func BenchmarkTagParse(b *testing.B) { benchmark(b, true, true) }

func BenchmarkLoad(b *testing.B) {
	data, err := os.ReadFile("model.bin")
	if err != nil {
		b.Fatal(err)
	}
	cpu := cpuTime()
	for b.Loop() {
		if _, err := parse.Load(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((cpuTime()-cpu).Milliseconds())/float64(b.N), "cpu-ms/op")
}

// TestTrainSelect checks that Select sees every epoch and picks the model
// kept, and that Evaluate scores the training sentences well.
func TestTrainSelect(t *testing.T) {
	sents, err := conllu.ReadFile("testdata/mini.conllu")
	if err != nil {
		t.Fatal(err)
	}
	var seen []int
	first, err := parse.Train(sents, nil, parse.Options{Epochs: 3, Seed: 3, Select: func(ep int, p *parse.Parser) float64 {
		seen = append(seen, ep)
		return -float64(ep) // the first epoch is the best
	}})
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(seen) != "[1 2 3]" {
		t.Errorf("Select saw epochs %v", seen)
	}
	one, err := parse.Train(sents, nil, parse.Options{Epochs: 1, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(saved(t, first), saved(t, one)) {
		t.Error("Select's best epoch is not the model kept")
	}
	last, err := parse.Train(sents, nil, parse.Options{Epochs: 6, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	uas, las := last.Evaluate(sents, nil)
	if uas < 0.9 || las < 0.9 || las > uas {
		t.Errorf("training sentences: uas %.3f las %.3f", uas, las)
	}
}

// TestTrainMembers checks that an ensemble trains deterministically, that
// its first member alone is the single parser of the same seed, and that
// the summed model parses the training sentences well.
func TestTrainMembers(t *testing.T) {
	sents, err := conllu.ReadFile("testdata/mini.conllu")
	if err != nil {
		t.Fatal(err)
	}
	single, err := parse.Train(sents, sents, parse.Options{Epochs: 4, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	train := func() ([]byte, map[int][]byte) {
		sums := map[int][]byte{}
		p, err := parse.Train(sents, sents, parse.Options{Epochs: 4, Seed: 3, Members: 3,
			Ensemble: func(k int, p *parse.Parser) { sums[k] = saved(t, p) }})
		if err != nil {
			t.Fatal(err)
		}
		return saved(t, p), sums
	}
	a, sums := train()
	b, _ := train()
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings gave different bytes")
	}
	if len(sums) != 3 || !bytes.Equal(sums[3], a) {
		t.Fatalf("Ensemble saw %d sums; the last is the model returned: %v", len(sums), bytes.Equal(sums[3], a))
	}
	if !bytes.Equal(sums[1], saved(t, single)) {
		t.Error("the first member differs from the single parser of its seed")
	}
	if bytes.Equal(sums[2], sums[1]) {
		t.Error("the second member changed nothing")
	}
	p, err := parse.Load(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	uas, las := p.Evaluate(sents, nil)
	if uas < 0.9 || las < 0.9 || las > uas {
		t.Errorf("training sentences: uas %.3f las %.3f", uas, las)
	}
}

// saved returns the bytes p saves to.
func saved(t *testing.T, p *parse.Parser) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := p.Save(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
