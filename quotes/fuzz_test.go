package quotes_test

import (
	"testing"
	"unicode/utf8"

	"sitrep/quotes"
	"sitrep/segment"
)

// FuzzFind checks that Find never fails on any text and that its spans lie
// inside the text and give the quote's Text.
func FuzzFind(f *testing.F) {
	f.Add("Tired. Patient. We’ll keep going, ” the envoy told reporters.")
	f.Add(`"A," he said. “B ‘c’ d,” said Mr X, a man. According to them, it rained.`)
	f.Add("«x» „y“ ” \" “ ‘ ’ said , said according to")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		r := []rune(text)
		for _, q := range quotes.Find(text, segment.Split(text), nil) {
			if q.Start < 0 || q.End > len(r) || q.Start >= q.End || string(r[q.Start:q.End]) != q.Text {
				t.Fatalf("bad quote span %+v", q)
			}
			if s := q.Speaker; s != nil && (s.Start < 0 || s.End > len(r) || s.Start >= s.End) {
				t.Fatalf("bad speaker span %+v", s)
			}
		}
	})
}
