package quotes_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/internal/golden"
	"sitrep/quotes"
	"sitrep/segment"
)

func TestGolden(t *testing.T) {
	golden.Files(t, "../examples/*.txt", filepath.Join("testdata", "examples"), func(text string) string {
		var b strings.Builder
		for _, q := range quotes.Find(text, segment.Split(text), nil) {
			fmt.Fprintf(&b, "s%d %s\n", q.Sentence, render(q))
		}
		return b.String()
	})
}
