// Package percep is the averaged multiclass perceptron shared by the tagger
// and the parser: a sparse trainer over 64-bit hashed features, and a compact
// read-only model (8-bit log-scale weights, open-addressing feature table,
// fixed-point dense rows for the features with weights for many classes) that
// scores without allocating and is safe for concurrent use.
//
// Features are uint64 hashes built by the callers (see Hash and Mix); a
// feature's weights are stored only for the classes it was updated with.
package percep

import (
	"math"
)

// entry is one class weight of a feature during training, with the lazy
// averaging bookkeeping: tot is the sum of w over all past clock ticks up to
// ts.
type entry struct {
	cls int32
	w   float32
	tot float64
	ts  int64
}

// Trainer learns an averaged perceptron. It is not safe for concurrent use.
type Trainer struct {
	nclass int
	ids    map[uint64]int32
	rows   [][]entry
	nupd   []uint32 // updates per feature
	clock  int64
}

// NewTrainer returns a trainer for nclass classes (at most 256).
func NewTrainer(nclass int) *Trainer {
	if nclass > 256 {
		panic("percep: more than 256 classes")
	}
	return &Trainer{nclass: nclass, ids: make(map[uint64]int32, 1<<16)}
}

// NClass returns the number of classes.
func (t *Trainer) NClass() int { return t.nclass }

// Score adds the current (not averaged) weights of feats to scores, which
// must have NClass elements and is zeroed first.
func (t *Trainer) Score(feats []uint64, scores []float32) {
	clear(scores)
	for _, f := range feats {
		id, ok := t.ids[f]
		if !ok {
			continue
		}
		for _, e := range t.rows[id] {
			scores[e.cls] += e.w
		}
	}
}

// Tick advances the averaging clock; call it once per training example.
func (t *Trainer) Tick() { t.clock++ }

// Update adds 1 to the weights of feats for gold and subtracts 1 for pred.
// It does nothing when they are equal.
func (t *Trainer) Update(feats []uint64, gold, pred int) {
	if gold == pred {
		return
	}
	for _, f := range feats {
		id, ok := t.ids[f]
		if !ok {
			id = int32(len(t.rows))
			t.ids[f] = id
			t.rows = append(t.rows, nil)
			t.nupd = append(t.nupd, 0)
		}
		t.nupd[id]++
		t.add(id, gold, 1)
		t.add(id, pred, -1)
	}
}

func (t *Trainer) add(id int32, cls int, d float32) {
	row := t.rows[id]
	for i := range row {
		e := &row[i]
		if int(e.cls) == cls {
			e.tot += float64(t.clock-e.ts) * float64(e.w)
			e.ts = t.clock
			e.w += d
			return
		}
	}
	t.rows[id] = append(row, entry{cls: int32(cls), w: d, ts: t.clock})
}

// CompileOptions control the size of a compiled model.
type CompileOptions struct {
	// MinUpdates drops features updated fewer times than this.
	MinUpdates int
	// MinWeight drops weights whose magnitude is below this fraction of the
	// largest; 0 means 1e-4.
	MinWeight float64
}

// Compile averages the weights and packs them into a Model with 8-bit
// log-scale weights. The result depends only on the updates made, not on
// map order.
func (t *Trainer) Compile(opt CompileOptions) *Model {
	return t.Weights(opt.MinUpdates).Compile(opt)
}

// quantizer maps weights to 8-bit codes on a log scale: code 0 is zero,
// 1..127 are positive magnitudes from lo to hi, 129..255 their negatives.
type quantizer struct {
	lo, step float64
	book     [256]float32
}

func newQuantizer(lo, hi float64) *quantizer {
	q := &quantizer{lo: lo, step: math.Log(hi/lo) / 126}
	for k := 1; k <= 127; k++ {
		v := float32(lo * math.Exp(float64(k-1)*q.step))
		q.book[k] = v
		q.book[k+128] = -v
	}
	return q
}

func (q *quantizer) code(v float64) uint8 {
	a := math.Abs(v)
	if a < q.lo {
		return 0
	}
	k := int(math.Round(math.Log(a/q.lo)/q.step)) + 1
	k = max(1, min(127, k))
	if v < 0 {
		return uint8(k + 128)
	}
	return uint8(k)
}

// Features returns the number of distinct features seen in training.
func (t *Trainer) Features() int { return len(t.rows) }
