package timex_test

import (
	"testing"
	"unicode/utf8"

	"sitrep"
	"sitrep/timex"
)

// FuzzFind checks that Find never panics and that its spans are in bounds,
// in increasing order, and quote the text they claim to.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"The city fell on Thursday morning.",
		"since November 15, in the past 26 days, 14:30 GMT",
		"Dec. 5, 2016 12/05/2016 2016-12-05 the 1990s '90s",
		"a 45-year-old, 3,500 people, 26 percent, twenty-six days",
		"between March and May; from Monday to Wednesday; every Friday",
		"Ça a duré 🙂 deux jours. Tuesday’s vote",
	} {
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, text string, withDCT bool) {
		if !utf8.ValidString(text) {
			return
		}
		var d sitrep.Date
		if withDCT {
			d = dct
		}
		runes := []rune(text)
		prev := 0
		for _, x := range timex.Find(text, nil, d) {
			if x.Start < prev || x.End <= x.Start || x.End > len(runes) {
				t.Fatalf("bad span [%d,%d) after %d in %q", x.Start, x.End, prev, text)
			}
			if s := string(runes[x.Start:x.End]); s != x.Text {
				t.Fatalf("span text %q != %q", s, x.Text)
			}
			if x.Value == "" || x.Kind == "" {
				t.Fatalf("empty kind or value: %+v", x)
			}
			prev = x.End
		}
	})
}
