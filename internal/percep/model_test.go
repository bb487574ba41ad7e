package percep

import (
	"math"
	"testing"
)

// reference scores feats from the compiled codes directly, in float64.
func (m *Model) reference(feats []uint64) []float64 {
	out := make([]float64, m.nclass)
	for _, f := range feats {
		k := Key32(f)
		m.each(func(key uint32, a, b uint32) {
			if key != k {
				return
			}
			for j := a; j < b; j++ {
				out[m.cls[j]] += float64(m.book[m.w[j]])
			}
		})
	}
	return out
}

// TestScoreDense checks the packed dense rows and the sparse entries against
// the weights they were compiled from: many classes, features with weights
// for most classes and for a few, and more dense rows in one call than a
// 16-bit lane holds.
func TestScoreDense(t *testing.T) {
	const nclass = 103
	tr := NewTrainer(nclass)
	for i := range 4000 {
		gold, pred := i%nclass, (i*7+1)%nclass
		feats := []uint64{Mix(1, uint64(i%40), 0, 0), Mix(2, uint64(i%400), 0, 0), Mix(3, uint64(i), 0, 0)}
		tr.Tick()
		tr.Update(feats, gold, pred)
	}
	m := tr.Compile(CompileOptions{})
	var feats []uint64
	for i := range 40 {
		feats = append(feats, Mix(1, uint64(i), 0, 0))
	}
	for i := range 60 {
		feats = append(feats, Mix(2, uint64(i*3), 0, 0), Mix(3, uint64(i*13), 0, 0), Mix(9, uint64(i), 0, 0))
	}
	nd := 0
	for _, s := range m.slots {
		if s.key != 0 && s.at&denseBit != 0 {
			nd++
		}
	}
	if nd < 40 {
		t.Fatalf("%d dense rows, want at least 40", nd)
	}
	got := make([]float32, nclass)
	m.Score(feats, got)
	want := m.reference(feats)
	// each dense row rounds its weights to half a unit
	tol := float64(m.unit) * 0.5 * 40 * 1.01
	for c := range got {
		if d := math.Abs(float64(got[c]) - want[c]); d > tol {
			t.Errorf("class %d: score %g, want %g", c, got[c], want[c])
		}
	}
}
