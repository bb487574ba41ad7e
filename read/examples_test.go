package read_test

import (
	"context"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"sitrep/read"
)

// TestExamples reads the project's example articles, when present: each
// must give articles with a title, a valid UTF-8 body and a date, and HTML
// bodies must start with the story, not a section label or a byline.
func TestExamples(t *testing.T) {
	const dir = "../examples"
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no examples: %v", err)
	}
	r := read.New(read.Options{})
	ins, err := r.Expand([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range ins {
		items, err := r.All(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range items {
			if it.Err != nil {
				t.Errorf("%s: %v", it.Where, it.Err)
				continue
			}
			a := it.Article
			if a.Title == "" || a.Published.IsZero() || !utf8.ValidString(a.Body) {
				t.Errorf("%s: title %q, published %v, valid UTF-8 %v", it.Where, a.Title, a.Published, utf8.ValidString(a.Body))
			}
			if first, _, _ := strings.Cut(a.Body, "\n"); in.Format == read.FormatHTML && (strings.HasPrefix(first, "By ") || len(first) < 40) {
				t.Errorf("%s: body starts with %q", it.Where, first)
			}
		}
	}
}
