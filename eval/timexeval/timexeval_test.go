package timexeval_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/eval/timexeval"
)

const trainDir = "../../../shared/data/tempeval3/train"

// TestTrain scores timex on the TempEval-3 training data when it is present.
// With TIMEXEVAL_ERRORS=path it also writes the mismatches there.
func TestTrain(t *testing.T) {
	if _, err := os.Stat(trainDir); err != nil {
		t.Skipf("TempEval-3 data not found at %s", trainDir)
	}
	docs, err := timexeval.ReadDir(trainDir)
	if err != nil {
		t.Fatal(err)
	}
	r := timexeval.Evaluator{}.Run(docs)
	t.Logf("files %d gold %d system %d", r.Files, r.Gold, r.System)
	t.Logf("strict P %.3f R %.3f F1 %.3f", r.StrictP, r.StrictR, r.StrictF1)
	t.Logf("relaxed P %.3f R %.3f F1 %.3f", r.RelaxedP, r.RelaxedR, r.RelaxedF1)
	t.Logf("type acc %.4f value acc %.4f type F1 %.4f value F1 %.4f (value ok %d of %d matched)", r.TypeAcc, r.ValueAcc, r.TypeF1, r.ValueF1, r.ValueOK, r.Relaxed)
	if p := os.Getenv("TIMEXEVAL_ERRORS"); p != "" {
		var b strings.Builder
		for _, m := range r.Errors {
			g, s := "-", "-"
			if m.Gold != nil {
				g = fmt.Sprintf("%q %s %s", m.Gold.Text, m.Gold.Type, m.Gold.Value)
			}
			if m.System != nil {
				s = fmt.Sprintf("%q %s %s", m.System.Text, m.System.Type, m.System.Value)
			}
			fmt.Fprintf(&b, "%s\t%s\tG %s\tS %s\n", filepath.Base(m.File), m.DCT, g, s)
		}
		if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if r.Files == 0 {
		t.Fatal("no files read")
	}
	// Floors a little under the measured scores, to catch regressions.
	if r.RelaxedF1 < 0.92 || r.ValueF1 < 0.79 {
		t.Errorf("relaxed F1 %.3f (floor 0.92), value F1 %.3f (floor 0.79)", r.RelaxedF1, r.ValueF1)
	}
}
