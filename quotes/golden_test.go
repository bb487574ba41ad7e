package quotes_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/quotes"
	"sitrep/segment"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/examples")

// goldenCheck compares each example's rendering with its golden file under
// testdata/examples, rewriting them with -update, and fails on golden files
// with no example.
func goldenCheck(t *testing.T, render func(text string) string) {
	t.Helper()
	paths, _ := filepath.Glob("../examples/*.txt")
	if len(paths) == 0 {
		t.Skip("no examples in ../examples")
	}
	dir := filepath.Join("testdata", "examples")
	if *update {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	names := map[string]bool{}
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".txt")
		names[name+".golden"] = true
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			got := render(string(b))
			gp := filepath.Join(dir, name+".golden")
			if *update {
				if err := os.WriteFile(gp, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(gp)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs (run go test -update and review the diff):\ngot:\n%s", gp, got)
			}
		})
	}
	golden, _ := filepath.Glob(filepath.Join(dir, "*.golden"))
	for _, g := range golden {
		if !names[filepath.Base(g)] {
			t.Errorf("%s has no example", g)
		}
	}
}

func TestGolden(t *testing.T) {
	goldenCheck(t, func(text string) string {
		var b strings.Builder
		for _, q := range quotes.Find(text, segment.Split(text), nil) {
			fmt.Fprintf(&b, "s%d %s\n", q.Sentence, render(q))
		}
		return b.String()
	})
}
