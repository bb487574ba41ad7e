package percep

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// trainRandom trains a 5-class perceptron for 3 passes over 200 examples of
// 6 features each (drawn from 40), the class a function of the first
// feature, shown in an order given by seed.
func trainRandom(seed uint64) *Trainer {
	const nclass = 5
	data := rand.New(rand.NewPCG(7, 7))
	type ex struct {
		feats []uint64
		gold  int
	}
	exs := make([]ex, 200)
	for i := range exs {
		fs := make([]uint64, 6)
		for j := range fs {
			fs[j] = Mix(uint64(j), data.Uint64N(40), 0, 0)
		}
		exs[i] = ex{fs, int(fs[0] % nclass)}
	}
	order := rand.New(rand.NewPCG(seed, 1))
	tr := NewTrainer(nclass)
	scores := make([]float32, nclass)
	for range 3 {
		order.Shuffle(len(exs), func(i, j int) { exs[i], exs[j] = exs[j], exs[i] })
		for _, e := range exs {
			tr.Score(e.feats, scores)
			pred := 0
			for c := range scores {
				if scores[c] > scores[pred] {
					pred = c
				}
			}
			tr.Tick()
			tr.Update(e.feats, e.gold, pred)
		}
	}
	return tr
}

func modelBytes(t *testing.T, m *Model) []byte {
	t.Helper()
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestWeightsCompile checks that compiling a trainer's weights gives the
// model the trainer compiles (no two features here share a key), alone or
// as the only term of a sum.
func TestWeightsCompile(t *testing.T) {
	tr := trainRandom(1)
	for _, mu := range []int{0, 3} {
		opt := CompileOptions{MinUpdates: mu}
		want := modelBytes(t, tr.Compile(opt))
		if got := modelBytes(t, tr.Weights(mu).Compile(opt)); !bytes.Equal(got, want) {
			t.Errorf("MinUpdates %d: Weights.Compile differs from Trainer.Compile", mu)
		}
		if got := modelBytes(t, Sum(tr.Weights(1)).Compile(opt)); !bytes.Equal(got, want) {
			t.Errorf("MinUpdates %d: Sum of one differs from Trainer.Compile", mu)
		}
	}
}

// TestSum checks that the sum has the union of the features, each with the
// sums of the weights and update counts, and that it scores as the two
// models together.
func TestSum(t *testing.T) {
	a, b := trainRandom(1).Weights(1), trainRandom(2).Weights(1)
	s := Sum(a, b)
	type fw struct {
		nupd uint32
		w    map[uint8]float64
	}
	collect := func(ws ...*Weights) map[uint32]fw {
		out := map[uint32]fw{}
		for _, x := range ws {
			for i, k := range x.keys {
				f, ok := out[k]
				if !ok {
					f = fw{w: map[uint8]float64{}}
				}
				f.nupd += x.nupd[i]
				for j := x.off[i]; j < x.off[i+1]; j++ {
					f.w[x.cls[j]] += x.w[j]
				}
				out[k] = f
			}
		}
		return out
	}
	want, got := collect(a, b), collect(s)
	if len(got) != len(want) || s.Features() != len(want) {
		t.Fatalf("sum has %d features, want %d", s.Features(), len(want))
	}
	for k, f := range want {
		g := got[k]
		if g.nupd != f.nupd || len(g.w) != len(f.w) {
			t.Fatalf("key %x: got %d updates %v, want %d %v", k, g.nupd, g.w, f.nupd, f.w)
		}
		for c, v := range f.w {
			if d := g.w[c] - v; d > 1e-9 || d < -1e-9 {
				t.Errorf("key %x class %d: got %g, want %g", k, c, g.w[c], v)
			}
		}
	}
	// the summed model picks the class the two models' summed scores pick
	// wherever they are not close to a tie
	ma, mb, ms := a.Compile(CompileOptions{}), b.Compile(CompileOptions{}), s.Compile(CompileOptions{})
	sa, sb, ss := make([]float32, 5), make([]float32, 5), make([]float32, 5)
	argmax := func(v []float32) int {
		k := 0
		for c := range v {
			if v[c] > v[k] {
				k = c
			}
		}
		return k
	}
	r := rand.New(rand.NewPCG(3, 3))
	checked := 0
	for range 300 {
		fs := make([]uint64, 6)
		for j := range fs {
			fs[j] = Mix(uint64(j), r.Uint64N(40), 0, 0)
		}
		ma.Score(fs, sa)
		mb.Score(fs, sb)
		ms.Score(fs, ss)
		for c := range sa {
			sa[c] += sb[c]
		}
		best, second := argmax(sa), float32(-1e30)
		for c, v := range sa {
			if c != best {
				second = max(second, v)
			}
		}
		if sa[best]-second < 0.2*sa[best] {
			continue
		}
		checked++
		if got := argmax(ss); got != best {
			t.Errorf("features %v: sum picks %d, the two models %d (%v)", fs, got, best, sa)
		}
	}
	if checked < 100 {
		t.Errorf("only %d clear cases", checked)
	}
	// a feature updated once by each trainer survives MinUpdates 2 in the sum
	if m := s.Compile(CompileOptions{MinUpdates: 2}); m.nfeat < a.Compile(CompileOptions{MinUpdates: 2}).nfeat {
		t.Errorf("sum keeps %d features at MinUpdates 2, fewer than one member", m.nfeat)
	}
}
