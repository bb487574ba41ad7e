package segment_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"sitrep"
	"sitrep/segment"
)

// seedPath is a third-party article kept outside the repository.
const seedPath = "../../shared/seed/000_f90468803bcaac1f.txt"

func TestSplitSeed(t *testing.T) {
	b, err := os.ReadFile(seedPath)
	if err != nil {
		t.Skipf("seed article not available: %v", err)
	}
	text := string(b)
	o := sitrep.NewOffsets(text)
	var got []string
	for _, s := range segment.Split(text) {
		got = append(got, o.Slice(s.Span))
	}
	headline, _, _ := strings.Cut(text, "\n")
	// Each case names a sentence by a few words at its start and end, so
	// that the article's text stays outside the repository.
	tests := []struct {
		name, first, last string
	}{
		{"ClosingQuoteAfterComma", "We’ll see where", "the OSCE meeting."},
		{"Mr", "Mr Lavrov said", "taken out."},
		{"QuoteComma", "“If there is", "”, he said."},
		{"Dec", "Syrian army soldiers", "Dec. 5, 2016."},
		{"USA", "Toner said although", "hitting the group."},
	}
	t.Run("Headline", func(t *testing.T) {
		if !slices.Contains(got, headline) {
			t.Errorf("the headline is not a sentence of its own:\n%s", strings.Join(got, "\n"))
		}
	})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, s := range got {
				if strings.HasPrefix(s, tt.first) && strings.HasSuffix(s, tt.last) {
					return
				}
			}
			t.Errorf("no sentence from %q to %q among:\n%s", tt.first, tt.last, strings.Join(got, "\n"))
		})
	}
	t.Run("NoSentenceStartsWithClosingQuote", func(t *testing.T) {
		for _, s := range got {
			if strings.HasPrefix(s, "”") {
				t.Errorf("sentence starts with a closing quote: %q", s)
			}
		}
	})
}
