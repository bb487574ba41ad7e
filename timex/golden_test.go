package timex_test

import (
	"fmt"
	"strings"
	"testing"

	"sitrep/internal/golden"
	"sitrep/timex"
)

// TestGolden runs Find over each testdata/*.txt with the publication date
// 2016-12-08 and compares a readable rendering (the text with each
// expression bracketed, then one row per expression) with testdata/*.golden.
// Run with -update to rewrite the snapshots.
func TestGolden(t *testing.T) {
	golden.Files(t, "testdata/*.txt", "testdata", render)
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
