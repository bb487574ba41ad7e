package reconcile_test

import (
	"os"
	"path/filepath"
	"testing"

	"sitrep/reconcile"
)

// TestExamples checks the near-duplicate threshold on the bundled
// examples: the syndicated Beirut copy is a copy, the two independent
// Kramatorsk reports are not.
func TestExamples(t *testing.T) {
	read := func(name string) []uint32 {
		b, err := os.ReadFile(filepath.Join("..", "examples", name))
		if err != nil {
			t.Skipf("example missing: %v", err)
		}
		return reconcile.MinHash(string(b))
	}
	for _, tt := range []struct {
		a, b string
		copy bool
	}{
		{"2020-08-beirut-blast-syndicated.txt", "2020-08-beirut-port-explosion.txt", true},
		{"2022-04-kramatorsk-station-strike.txt", "2022-04-kramatorsk-station-harborpost.html", false},
	} {
		s := reconcile.Similarity(read(tt.a), read(tt.b))
		t.Logf("%s ~ %s: %.2f", tt.a, tt.b, s)
		if got := s >= reconcile.CopyThreshold; got != tt.copy {
			t.Errorf("%s ~ %s: similarity %.2f, copy %v, want %v", tt.a, tt.b, s, got, tt.copy)
		}
	}
}
