package wordclass

import (
	"cmp"
	"errors"
	"slices"
	"strings"
)

// Options control Learn.
type Options struct {
	// Clusters is C, the number of clusters kept active while words are
	// added; 0 means 256.
	Clusters int
	// MinCount leaves out the words seen fewer times; 0 means 1 (all).
	MinCount int
	// Workers is the number of goroutines that update the merge costs;
	// 0 means 1. The result does not depend on it.
	Workers int
}

// Learn clusters the words of sents, each sentence a slice of words (no
// bigram spans two sentences), and returns every word seen at least
// opt.MinCount times with its path. Words are taken as they are written;
// lower-case them first for clusters that ignore case. The same sentences
// and options give the same table.
func Learn(sents [][]string, opt Options) (*Table, error) {
	if opt.Clusters <= 0 {
		opt.Clusters = 256
	}
	opt.MinCount = max(opt.MinCount, 1)
	opt.Workers = max(opt.Workers, 1)
	counts := map[string]int{}
	for _, s := range sents {
		for _, w := range s {
			counts[w]++
		}
	}
	var vocab []string
	for w, n := range counts {
		if n >= opt.MinCount {
			vocab = append(vocab, w)
		}
	}
	if len(vocab) == 0 {
		return nil, errors.New("wordclass: no words to cluster")
	}
	slices.SortFunc(vocab, func(a, b string) int {
		return cmp.Or(cmp.Compare(counts[b], counts[a]), strings.Compare(a, b))
	})
	id := make(map[string]int32, len(vocab))
	for i, w := range vocab {
		id[w] = int32(i)
	}
	g := newGraph(sents, id)
	for i, w := range vocab {
		g.count[i] = float64(counts[w])
	}
	paths := g.cluster(opt.Clusters, opt.Workers)
	entries := make([]Entry, len(vocab))
	for i, w := range vocab {
		entries[i] = Entry{Word: w, Path: paths[i], Count: counts[w]}
	}
	return NewTable(entries)
}

// edge is a bigram count with one word fixed.
type edge struct {
	word  int32
	count float64
}

// graph holds the unigram and bigram counts of the vocabulary.
type graph struct {
	count       []float64 // per word
	right, left [][]edge  // right[u]: words after u; left[v]: words before v
	tokens      float64   // occurrences of vocabulary words
	bigrams     float64   // adjacent pairs of vocabulary words
}

func newGraph(sents [][]string, id map[string]int32) *graph {
	pairs := map[uint64]float64{}
	g := &graph{count: make([]float64, len(id)), right: make([][]edge, len(id)), left: make([][]edge, len(id))}
	for _, s := range sents {
		prev := int32(-1)
		for _, w := range s {
			cur, ok := id[w]
			if !ok {
				prev = -1
				continue
			}
			g.tokens++
			if prev >= 0 {
				pairs[uint64(prev)<<32|uint64(cur)]++
				g.bigrams++
			}
			prev = cur
		}
	}
	keys := make([]uint64, 0, len(pairs))
	for k := range pairs {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		u, v := int32(k>>32), int32(k&0xffffffff)
		g.right[u] = append(g.right[u], edge{v, pairs[k]})
		g.left[v] = append(g.left[v], edge{u, pairs[k]})
	}
	return g
}

// cluster runs the algorithm and returns the path of every word.
func (g *graph) cluster(c, workers int) []Path {
	nw := len(g.count)
	k := newClusterer(g, min(c, nw), workers)
	for w := range nw {
		k.add(int32(w), slices.Index(k.active, false))
		if w >= c {
			a, b := k.best()
			k.merge(a, b)
		}
	}
	// the C clusters left are the leaves of the tree built by merging
	// them down to one
	leafOf := make([]int32, k.c1)
	for i, s := range k.list {
		leafOf[s] = int32(i)
		k.node[s] = int32(i)
	}
	nleaf := len(k.list)
	wordLeaf := make([]int32, nw)
	for w := range wordLeaf {
		wordLeaf[w] = leafOf[k.slotOf[w]]
	}
	k.record = true
	for {
		a, b := k.best()
		if a < 0 {
			break
		}
		k.merge(a, b)
	}
	leaves := k.paths(nleaf)
	out := make([]Path, nw)
	for w := range out {
		out[w] = leaves[wordLeaf[w]]
	}
	return out
}
