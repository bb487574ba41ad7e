package claims_test

import (
	"os"
	"strings"
	"testing"

	"sitrep"
	"sitrep/claims"
	"sitrep/segment"
)

// seedPath is the reference article, published 2016-12-08. It is
// third-party text: read in place, never copied into the repository.
const seedPath = "../../shared/seed/000_f90468803bcaac1f.txt"

func readSeed(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile(seedPath)
	if err != nil {
		tb.Skipf("reference article absent: %v", err)
	}
	return string(b)
}

func TestSeed(t *testing.T) {
	text := readSeed(t)
	// The time expressions a normaliser gives for the article's date.
	times := []sitrep.Time{
		{Span: cp(text, "in the past 26 days"), Kind: "interval", Value: "2016-11-12/2016-12-08"},
		{Span: cp(text, "since November 15"), Kind: "interval", Value: "2016-11-15/2016-12-08"},
	}
	cs := claims.Find(text, segment.Split(text), times, nil)
	var got []string
	for _, c := range cs {
		got = append(got, render(c))
	}
	want := []string{
		"trapped 200000 (some) civilians | squeezed some 200,000 exhausted and frightened civilians",
		"evacuated 8000 (some) people per Mr Lavrov | some 8,000 people would be taken out",
		"killed 800 (more than) people in Aleppo at 2016-11-12/2016-12-08 | More than 800 people have been killed",
		"wounded 3000-3500 people in Aleppo at 2016-11-12/2016-12-08 | between 3000 and 3500 have been wounded",
		"killed 369 civilians in Aleppo at 2016-11-15/2016-12-08 per the Observatory | 369 civilians, including 45 children, have been killed",
		"killed 45 children in Aleppo at 2016-11-15/2016-12-08 per the Observatory | 45 children",
		"injured 64 in Aleppo per The agency | 64 were also injured",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
	for _, c := range cs {
		if r := []rune(text); string(r[c.Start:c.End]) != c.Text {
			t.Errorf("span of %q gives %q", c.Text, string(r[c.Start:c.End]))
		}
		for _, bad := range []int64{45, 90, 26} {
			if c.Min == bad && c.Who != "children" {
				t.Errorf("claim from %d: %s", bad, render(c))
			}
		}
	}
}
