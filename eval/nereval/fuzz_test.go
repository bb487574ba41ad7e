package nereval_test

import (
	"strings"
	"testing"

	"sitrep/eval/nereval"
)

// FuzzRead checks that Read never panics and that every span it returns
// lies inside its sentence, with its text aligned or not.
func FuzzRead(f *testing.F) {
	f.Add(sample)
	f.Add("# text = a b\n1\ta\tB-LOC\n2\tb\tI-LOC\n\n1\tc\tI-PER\n")
	f.Add("# sent_id = x\n1\t\tO\n\n\n#\n1\tz\tB-\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := nereval.Read(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, s := range sents {
			for _, sp := range s.Spans {
				if sp.Start < 0 || sp.End > len(s.Words) || sp.End <= sp.Start || sp.Type == "" {
					t.Fatalf("bad span %+v in %d words", sp, len(s.Words))
				}
			}
			if len(s.SpaceAfter()) != len(s.Words) {
				t.Fatal("SpaceAfter length")
			}
		}
	})
}
