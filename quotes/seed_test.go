package quotes_test

import (
	"os"
	"strings"
	"testing"

	"sitrep/quotes"
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
	qs := quotes.Find(text, segment.Split(text), nil)
	want := []struct {
		direct  bool
		cue     string
		speaker string
		text    string // the content starts with this
	}{
		{true, "told", "Kerry", "Confident. Hopeful. We’ll see where we are,"},
		{false, "said", "State Department spokesman Mark Toner", "Kerry and Russian Foreign Minister"},
		{false, "reported", "Radio Free Europe", "Syria and Russian Federation have said"},
		{false, "said", "Syria and Russian Federation", "they will not consider a cease-fire"},
		{false, "said", "The Kremlin", "a potential US-Russia deal"},
		{false, "said", "Mr Lavrov", "some 8,000 people would be taken out"},
		{true, "said", "Mr Lavrov", "If there is even one person remaining"},
		{false, "said", "Toner", "although the USA"},
		{false, "said", "Assad", "the chances of a cease-fire are “practically nonexistent”"},
		{false, "said", "an AFP correspondent", "Remaining rebel-held districts"},
		{false, "According to", "the Observatory", "369 civilians"},
		{true, "said", "Mohammad Hassino", "When Aleppo is done"},
		{false, "said", "ICRC", "the evacuation was possible"},
		{true, "said", "the Turkey-based official", "The Russians want the fighters out"},
		{false, "says", "The agency", "64 were also injured"},
		{true, "told", "Assad", "the decision to liberate all of Syria"},
		{true, "added", "Assad", "to be realistic, it doesn’t mean the end of the war"},
		{false, "said", "An opposition activist", "insurgents had staved off"},
		{true, "said", "the statement", "The regime’s refusal"},
	}
	for _, w := range want {
		found := false
		for _, q := range qs {
			if q.Direct == w.direct && q.Cue == w.cue && q.Speaker != nil && q.Speaker.Text == w.speaker && strings.HasPrefix(q.Text, w.text) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("missing %v %q %q %q", w.direct, w.cue, w.speaker, w.text)
		}
	}
	for _, q := range qs {
		if q.Text == "Confident. Hopeful. We’ll see where we are," {
			if got := string([]rune(text)[q.Start:q.End]); got != q.Text {
				t.Errorf("Kerry span gives %q", got)
			}
			if got := string([]rune(text)[q.Speaker.Start:q.Speaker.End]); got != "Kerry" {
				t.Errorf("Kerry speaker span gives %q", got)
			}
		}
		if strings.HasPrefix(q.Text, "to be realistic") {
			// "he" resolves to the Assad of the sentence before.
			if got := string([]rune(text)[q.Speaker.Start:q.Speaker.End]); got != "Assad" || q.Speaker.Start > strings.Index(text, "But he added") {
				t.Errorf("he resolved to %q at %d", got, q.Speaker.Start)
			}
		}
	}
	if len(qs) != len(want) {
		for _, q := range qs {
			t.Log(render(q))
		}
		t.Errorf("got %d quotes, want %d", len(qs), len(want))
	}
}
