package claims_test

import (
	"testing"
	"unicode/utf8"

	"sitrep/claims"
	"sitrep/segment"
)

// FuzzFind checks that Find never fails on any text and that its claims
// have spans inside the text and sensible ranges.
func FuzzFind(f *testing.F) {
	f.Add("More than 120 people have died and between 300 and 350 were hurt, medics said.")
	f.Add("369 civilians, including 45 children, were killed; two dozen fled; tens of thousands of protesters marched.")
	f.Add("1,2,3 0.5 million 99999999999999999999 people died, a few hundred -- several thousand were evacuated")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		r := []rune(text)
		for _, c := range claims.Find(text, segment.Split(text), nil, nil) {
			if c.Start < 0 || c.End > len(r) || c.Start >= c.End || string(r[c.Start:c.End]) != c.Text {
				t.Fatalf("bad claim span %+v", c)
			}
			if c.Kind == "" || c.Max != nil && *c.Max <= c.Min {
				t.Fatalf("bad claim %+v", c)
			}
		}
	})
}
