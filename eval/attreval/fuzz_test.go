package attreval_test

import (
	"testing"
	"unicode/utf8"

	"sitrep/eval/attreval"
)

// FuzzParse checks that any .ann input either fails cleanly or gives
// attributions whose spans lie inside the text.
func FuzzParse(f *testing.F) {
	f.Add("“Calm,” Ana said.", "T1\tContent 1 6\tCalm,\nT2\tSource 8 11\tAna\nR1\tA Arg1:T1 Arg2:T2\n")
	f.Add("abc def", "T1\tContent 0 1;4 7\tx\nE1\tCue:T1 Source:T9\n")
	f.Fuzz(func(t *testing.T, text, ann string) {
		got, err := attreval.Parse(text, []byte(ann))
		if err != nil {
			return
		}
		n := utf8.RuneCountInString(text)
		for _, a := range got {
			if len(a.Content) == 0 {
				t.Fatalf("attribution without content: %+v", a)
			}
			for _, s := range append(append(append(a.Content[:0:0], a.Content...), a.Source...), a.Cue...) {
				if s.Start < 0 || s.End < s.Start || s.End > n {
					t.Fatalf("span %v outside %d code points", s, n)
				}
			}
		}
		attreval.Score([]attreval.Doc{{Text: text, Gold: got}}, find)
	})
}
