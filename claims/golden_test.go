package claims_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/claims"
	"sitrep/internal/golden"
	"sitrep/segment"
)

func TestGolden(t *testing.T) {
	golden.Files(t, "../examples/*.txt", filepath.Join("testdata", "examples"), func(text string) string {
		var b strings.Builder
		for _, c := range claims.Find(text, segment.Split(text), nil, nil) {
			fmt.Fprintf(&b, "s%d %s\n", c.Sentence, render(c))
		}
		return b.String()
	})
}
