// Package golden checks a stage's readable output against snapshot files
// kept under testdata, and rewrites the snapshots when the tests run with
// -update. A snapshot left without its input fails the run, so stale files
// cannot pile up.
package golden

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files instead of comparing with them")

// Files renders every input file matching pattern and compares the result
// with dir/NAME.golden, where NAME is the input's base name without its
// extension; each input is a subtest. With -update it writes the snapshots
// instead. Any dir/*.golden without an input is an error.
func Files(t *testing.T, pattern, dir string, render func(text string) string) {
	t.Helper()
	inputs, err := filepath.Glob(pattern)
	if err != nil {
		t.Fatal(err)
	}
	if len(inputs) == 0 {
		t.Skipf("no inputs match %s", pattern)
	}
	if *update {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	seen := map[string]bool{}
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), filepath.Ext(in))
		path := filepath.Join(dir, name+".golden")
		seen[path] = true
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			Check(t, path, render(string(b)))
		})
	}
	stale, _ := filepath.Glob(filepath.Join(dir, "*.golden"))
	for _, g := range stale {
		if !seen[g] {
			t.Errorf("%s has no input matching %s", g, pattern)
		}
	}
}

// Check compares got with the snapshot at path, or writes it with -update.
func Check(t testing.TB, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the output (run go test -update and review the diff); got:\n%s", path, got)
	}
}
