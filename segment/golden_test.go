package segment_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/segment"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// render shows each sentence with its span and its tokens, "|" between
// tokens, "+" before a fused one and "_" after one followed by a space.
func render(text string) string {
	var b strings.Builder
	for i, s := range segment.Split(text) {
		fmt.Fprintf(&b, "%d [%d,%d)", i, s.Start, s.End)
		for _, t := range s.Tokens {
			b.WriteString(" |")
			if t.Fused {
				b.WriteByte('+')
			}
			b.WriteString(t.Text)
			if t.Kind != 0 {
				fmt.Fprintf(&b, "/%s", t.Kind)
			}
			if t.SpaceAfter {
				b.WriteByte('_')
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func TestSplitGolden(t *testing.T) {
	inputs, err := filepath.Glob("testdata/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".txt")
		golden := filepath.Join("testdata", name+".golden")
		seen[golden] = true
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			got := render(string(text))
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from the output; run go test -update and review the diff\ngot:\n%s", golden, got)
			}
		})
	}
	// A golden file without its input is stale.
	goldens, _ := filepath.Glob("testdata/*.golden")
	for _, g := range goldens {
		if !seen[g] {
			t.Errorf("%s has no matching testdata/*.txt input", g)
		}
	}
}
