package timex_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/timex"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// TestGolden runs Find over each testdata/*.txt with the publication date
// 2016-12-08 and compares a readable rendering (the text with each
// expression bracketed, then one row per expression) with testdata/*.golden.
// Run with -update to rewrite the snapshots.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no inputs: %v", err)
	}
	goldens, _ := filepath.Glob("testdata/*.golden")
	for _, g := range goldens {
		if _, err := os.Stat(strings.TrimSuffix(g, ".golden") + ".txt"); err != nil {
			t.Errorf("%s has no input", g)
		}
	}
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			b, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			got := render(string(b))
			path := strings.TrimSuffix(in, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from the snapshot (run with -update to accept):\n%s", path, got)
			}
		})
	}
}

func render(text string) string {
	times := timex.Find(text, sentences(text), dct)
	runes := []rune(text)
	var b strings.Builder
	at := 0
	for _, x := range times {
		b.WriteString(string(runes[at:x.Start]))
		b.WriteString("[" + string(runes[x.Start:x.End]) + "]")
		at = x.End
	}
	b.WriteString(string(runes[at:]))
	b.WriteString("\n---\n")
	for _, x := range times {
		fmt.Fprintf(&b, "%d\t%d-%d\t%-8s\t%-22s\t%s\n", x.Sentence, x.Start, x.End, x.Kind, x.Value, x.Text)
	}
	return b.String()
}
