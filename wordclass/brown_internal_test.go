package wordclass

import (
	"math"
	"math/rand/v2"
	"testing"
)

// miOf returns the mutual information sum of q over the active slots.
func (k *clusterer) mi() float64 {
	sum := 0.0
	for s := range k.c1 {
		for t := range k.c1 {
			if k.active[s] && k.active[t] {
				sum += k.q[s*k.c1+t]
			}
		}
	}
	return sum
}

// TestLossUpdates checks the merge losses kept up to date as words are
// added and clusters merged against losses computed from scratch and
// against the mutual information actually lost.
func TestLossUpdates(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var sents [][]string
	words := []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"}
	for range 300 {
		s := make([]string, 8)
		for j := range s {
			s[j] = words[rng.IntN(len(words))/(1+rng.IntN(2))]
		}
		sents = append(sents, s)
	}
	id := map[string]int32{}
	for i, w := range words {
		id[w] = int32(i)
	}
	g := newGraph(sents, id)
	for _, s := range sents {
		for _, w := range s {
			g.count[id[w]]++
		}
	}
	const c = 5
	for _, workers := range []int{1, 2} {
		k := newClusterer(g, c, workers)
		check := func(when string) {
			t.Helper()
			for s := range k.c1 {
				for u := range k.c1 {
					if k.p[s*k.c1+u] != k.pT[u*k.c1+s] || k.q[s*k.c1+u] != k.qT[u*k.c1+s] {
						t.Fatalf("%s: p or q and its transpose differ at %d,%d", when, s, u)
					}
				}
				for u := s + 1; u < k.c1; u++ {
					if !k.active[s] || !k.active[u] {
						continue
					}
					if got, want := k.l[s*k.c1+u], k.loss(s, u); math.Abs(got-want) > 1e-9 {
						t.Fatalf("%s: loss of %d+%d %g, from scratch %g", when, s, u, got, want)
					}
				}
			}
		}
		for w := range len(words) {
			slot := -1
			for s := range k.c1 {
				if !k.active[s] {
					slot = s
					break
				}
			}
			k.add(int32(w), slot)
			check("add")
			if w >= c {
				a, b := k.best()
				before, lost := k.mi(), k.l[a*k.c1+b]
				k.merge(a, b)
				if got := before - k.mi(); math.Abs(got-lost) > 1e-9 {
					t.Fatalf("merge lost %g, predicted %g", got, lost)
				}
				check("merge")
			}
		}
	}
}
