package percep

import (
	"math"
	"slices"
)

// Weights are averaged weights in full precision, keyed by the 32-bit
// feature keys of compiled models: a model before quantization. Because a
// model scores by adding weights, the sum of the weights of several trainers
// over the same classes scores as their ensemble does, at the cost of one
// model: only the union of the features grows.
type Weights struct {
	nclass int
	keys   []uint32 // sorted, distinct
	nupd   []uint32 // updates of each feature (summed over trainers)
	off    []int32  // weights of keys[i] are cls/w[off[i]:off[i+1]]
	cls    []uint8  // ascending within a feature
	w      []float64
}

// Weights returns the current averaged weights of the features updated at
// least minUpdates times. Features whose 64-bit hashes fold to the same key
// are merged, as Compile merges them.
func (t *Trainer) Weights(minUpdates int) *Weights {
	clock := t.clock
	if clock == 0 {
		clock = 1
	}
	type feat struct {
		key uint32
		id  int32
	}
	feats := make([]feat, 0, len(t.rows))
	for f, id := range t.ids {
		if int(t.nupd[id]) >= minUpdates {
			feats = append(feats, feat{Key32(f), id})
		}
	}
	slices.SortFunc(feats, func(a, b feat) int {
		if a.key != b.key {
			if a.key < b.key {
				return -1
			}
			return 1
		}
		return int(a.id - b.id)
	})
	ws := &Weights{nclass: t.nclass, off: []int32{0}}
	acc := make([]float64, t.nclass)
	used := make([]bool, t.nclass)
	for i := 0; i < len(feats); {
		j := i
		clear(acc)
		clear(used)
		var nupd uint32
		for ; j < len(feats) && feats[j].key == feats[i].key; j++ {
			id := feats[j].id
			nupd += t.nupd[id]
			for _, e := range t.rows[id] {
				acc[e.cls] += (e.tot + float64(clock-e.ts)*float64(e.w)) / float64(clock)
				used[e.cls] = true
			}
		}
		ws.push(feats[i].key, nupd, acc, used)
		i = j
	}
	return ws
}

// push appends a feature with the weights acc[c] of the classes used[c].
func (ws *Weights) push(key, nupd uint32, acc []float64, used []bool) {
	for c, v := range acc {
		if used[c] {
			ws.cls = append(ws.cls, uint8(c))
			ws.w = append(ws.w, v)
		}
	}
	ws.keys = append(ws.keys, key)
	ws.nupd = append(ws.nupd, nupd)
	ws.off = append(ws.off, int32(len(ws.w)))
}

// Features returns the number of features.
func (ws *Weights) Features() int { return len(ws.keys) }

// Sum returns the sum of weight sets over the same classes: the union of
// their features, each with the sum of its weights and of its updates.
func Sum(parts ...*Weights) *Weights {
	if len(parts) == 0 {
		return &Weights{off: []int32{0}}
	}
	nclass := parts[0].nclass
	for _, p := range parts {
		if p.nclass != nclass {
			panic("percep: summing weights of different class counts")
		}
	}
	ws := &Weights{nclass: nclass, off: []int32{0}}
	acc := make([]float64, nclass)
	used := make([]bool, nclass)
	pos := make([]int, len(parts))
	for {
		// the smallest key not yet merged
		key, found := uint32(0), false
		for i, p := range parts {
			if pos[i] < len(p.keys) && (!found || p.keys[pos[i]] < key) {
				key, found = p.keys[pos[i]], true
			}
		}
		if !found {
			return ws
		}
		clear(acc)
		clear(used)
		var nupd uint32
		for i, p := range parts {
			k := pos[i]
			if k >= len(p.keys) || p.keys[k] != key {
				continue
			}
			nupd += p.nupd[k]
			for j := p.off[k]; j < p.off[k+1]; j++ {
				acc[p.cls[j]] += p.w[j]
				used[p.cls[j]] = true
			}
			pos[i]++
		}
		ws.push(key, nupd, acc, used)
	}
}

// Compile packs the weights into a Model with 8-bit log-scale weights, as
// Trainer.Compile does; opt.MinUpdates applies to the summed update counts.
func (ws *Weights) Compile(opt CompileOptions) *Model {
	if opt.MinWeight <= 0 {
		opt.MinWeight = 1e-4
	}
	maxAbs := 0.0
	for i := range ws.keys {
		if int(ws.nupd[i]) < opt.MinUpdates {
			continue
		}
		for _, v := range ws.w[ws.off[i]:ws.off[i+1]] {
			maxAbs = max(maxAbs, math.Abs(v))
		}
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	q := newQuantizer(maxAbs*opt.MinWeight, maxAbs)
	m := &Model{nclass: ws.nclass, book: q.book}
	mb := &builder{m: m}
	for i, key := range ws.keys {
		if int(ws.nupd[i]) < opt.MinUpdates {
			continue
		}
		n := 0
		for j := ws.off[i]; j < ws.off[i+1]; j++ {
			if b := q.code(ws.w[j]); b != 0 {
				m.cls = append(m.cls, ws.cls[j])
				m.w = append(m.w, b)
				n++
			}
		}
		if n > 0 {
			mb.add(key, n)
		}
	}
	m.index()
	return m
}

// Ensemble trains n members with seeds seed, seed+1, ..., each by train,
// and returns the model of their summed weights, keeping the features
// updated at least minUpdates times over all of them. After each member,
// done (when not nil) is given the number of members so far and the model
// of their sum, for progress reports.
func Ensemble(n int, seed uint64, minUpdates int, train func(k int, seed uint64) *Weights, done func(k int, m *Model)) *Model {
	var sum *Weights
	var m *Model
	for k := range n {
		w := train(k, seed+uint64(k))
		if sum == nil {
			sum = w
		} else {
			sum = Sum(sum, w)
		}
		m = sum.Compile(CompileOptions{MinUpdates: minUpdates})
		if done != nil {
			done(k+1, m)
		}
	}
	return m
}
