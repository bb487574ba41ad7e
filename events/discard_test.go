package events_test

import (
	"strings"
	"testing"

	"sitrep"
	"sitrep/cameo"
	"sitrep/events"
)

func TestReadDiscards(t *testing.T) {
	d, err := events.ReadDiscards(strings.NewReader("# sports\nWORLD_CUP  # pas\n+Grand Prix\n\n  ; nothing\nbronze medal\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Len() != 3 || d.String() != "2 sentence and 1 story discards" {
		t.Errorf("got %v (%d phrases)", d, d.Len())
	}
	if _, err := events.ReadDiscards(strings.NewReader("# only a comment\n")); err == nil {
		t.Error("a file with no phrase read without error")
	}
}

// TestDiscards checks that a sentence-level phrase drops its sentence and a
// story-level one the whole article.
func TestDiscards(t *testing.T) {
	lex, err := cameo.Default()
	if err != nil {
		t.Fatal(err)
	}
	mentions := func(body string) []sitrep.Mention {
		return []sitrep.Mention{actor(body, "Russia", "RUS", "GOV"), actor(body, "Turkey", "TUR", "")}
	}
	body, s := sentence(t, "Russia/PROPN/2/nsubj condemned/VERB/0/root/condemn Turkey/PROPN/2/obj at/ADP/6/case the/DET/6/det Cup/PROPN/2/obl")
	run := func(discards string) []sitrep.Event {
		t.Helper()
		var o events.Options
		if discards != "" {
			d, err := events.ReadDiscards(strings.NewReader(discards))
			if err != nil {
				t.Fatal(err)
			}
			o.Discards = d
		}
		return events.NewWithOptions(lex, o).Code(body, []sitrep.Sentence{s}, mentions(body), nil, sitrep.NewDate(2016, 12, 8))
	}
	if n := len(run("")); n != 1 {
		t.Fatalf("without discards: %d events, want 1", n)
	}
	if n := len(run("WORLD CUP\n")); n != 1 {
		t.Errorf("a phrase not in the sentence dropped it: %d events", n)
	}
	if n := len(run("the cup\n")); n != 0 {
		t.Errorf("sentence discard: %d events, want 0", n)
	}
	if n := len(run("+CUP\n")); n != 0 {
		t.Errorf("story discard: %d events, want 0", n)
	}
}

func FuzzReadDiscards(f *testing.F) {
	f.Add("CUP\n+GRAND_PRIX # x\n")
	f.Add("+\n;\n#\n")
	f.Fuzz(func(t *testing.T, s string) {
		d, err := events.ReadDiscards(strings.NewReader(s))
		if err == nil && d.Len() == 0 {
			t.Error("no error and no phrase")
		}
	})
}
