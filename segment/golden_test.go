package segment_test

import (
	"fmt"
	"strings"
	"testing"

	"sitrep/internal/golden"
	"sitrep/segment"
)

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
	golden.Files(t, "testdata/*.txt", "testdata", render)
}
