package ner

import (
	"strings"
	"testing"

	"sitrep"
)

func TestNameEnd(t *testing.T) {
	toks := func(s string) []sitrep.Token {
		var out []sitrep.Token
		for _, w := range strings.Fields(s) {
			out = append(out, sitrep.Token{Text: w})
		}
		return out
	}
	for _, c := range []struct {
		words string
		want  int
	}{
		{"Kafr Nabl on Tuesday", 2},
		{"Bank of England", 3},
		{"Bosnia and Herzegovina", 3},
		{"Abu Bakr al - Baghdadi", 5},
		{"taco bell", 2},
		{"Enron Corp", 2},
	} {
		ts := toks(c.words)
		if got := nameEnd(ts, 0, len(ts)); got != c.want {
			t.Errorf("nameEnd(%q) = %d, want %d", c.words, got, c.want)
		}
	}
}
