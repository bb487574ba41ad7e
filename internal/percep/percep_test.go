package percep_test

import (
	"bytes"
	"testing"

	"sitrep/internal/percep"
)

// train learns "class = parity of the feature" on four features.
func train(tb testing.TB) *percep.Model {
	tb.Helper()
	tr := percep.NewTrainer(2)
	scores := make([]float32, 2)
	for range 5 {
		for f := uint64(1); f <= 4; f++ {
			feats := []uint64{percep.Mix(1, f, 0, 0), percep.Mix(2, 0, 0, 0)}
			tr.Score(feats, scores)
			pred := 0
			if scores[1] > scores[0] {
				pred = 1
			}
			tr.Tick()
			tr.Update(feats, int(f%2), pred)
		}
	}
	return tr.Compile(percep.CompileOptions{})
}

func TestTrainScore(t *testing.T) {
	m := train(t)
	scores := make([]float32, 2)
	for f := uint64(1); f <= 4; f++ {
		m.Score([]uint64{percep.Mix(1, f, 0, 0), percep.Mix(2, 0, 0, 0)}, scores)
		got := 0
		if scores[1] > scores[0] {
			got = 1
		}
		if want := int(f % 2); got != want {
			t.Errorf("feature %d: got class %d, want %d (scores %v)", f, got, want, scores)
		}
	}
	// unknown features score zero
	m.Score([]uint64{percep.Mix(9, 9, 9, 9)}, scores)
	if scores[0] != 0 || scores[1] != 0 {
		t.Errorf("unknown feature: got %v, want zeros", scores)
	}
}

func TestWriteDecode(t *testing.T) {
	m := train(t)
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	b.WriteString("rest")
	d, rest, err := percep.Decode(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if string(rest) != "rest" {
		t.Errorf("rest: got %q", rest)
	}
	var b2 bytes.Buffer
	d.WriteTo(&b2)
	b2.WriteString("rest")
	if !bytes.Equal(b.Bytes(), b2.Bytes()) {
		t.Error("decoded model writes different bytes")
	}
	for _, bad := range [][]byte{nil, []byte("PCP2"), b.Bytes()[:b.Len()/2]} {
		if _, _, err := percep.Decode(bad); err == nil {
			t.Errorf("Decode(%d bytes): want an error", len(bad))
		}
	}
}

func TestHashLower(t *testing.T) {
	for _, s := range []string{"Aleppo", "ÉTÉ", "İstanbul", "x"} {
		_ = percep.HashLower(s)
	}
	if percep.HashLower("Aleppo") != percep.Hash("aleppo") {
		t.Error("HashLower(Aleppo) != Hash(aleppo)")
	}
	if percep.HashLower("ÉTÉ") != percep.Hash("été") {
		t.Error("HashLower(ÉTÉ) != Hash(été)")
	}
}

// FuzzDecode feeds corrupt model files to Decode, which must fail cleanly
// or give a model that scores without panicking.
func FuzzDecode(f *testing.F) {
	var b bytes.Buffer
	if _, err := train(f).WriteTo(&b); err != nil {
		f.Fatal(err)
	}
	f.Add(b.Bytes())
	f.Add([]byte("PCP2"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, _, err := percep.Decode(data)
		if err != nil {
			return
		}
		scores := make([]float32, m.NClass())
		m.Score([]uint64{percep.Mix(1, 1, 0, 0), percep.Mix(2, 0, 0, 0)}, scores)
	})
}
