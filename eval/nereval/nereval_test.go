package nereval_test

import (
	"strings"
	"testing"

	"sitrep/eval/nereval"
)

const sample = `# newdoc id = doc-1
# sent_id = doc-1-0001
# text = Ana Silva flew to New York.
1	Ana	B-PER	-	x
2	Silva	I-PER	-	x
3	flew	O	-	-
4	to	O	-	-
5	New	B-LOC	-	x
6	York	I-LOC	-	x
7	.	O	-	-

# sent_id = doc-1-0002
# text = Acme Corp hired her
1	Acme	I-ORG	-	x
2	Corp	I-ORG	-	x
3	hired	O	-	-
4	her	B-PER	-	x
`

func mustRead(tb testing.TB, s string) []nereval.Sentence {
	tb.Helper()
	sents, err := nereval.Read(strings.NewReader(s))
	if err != nil {
		tb.Fatal(err)
	}
	return sents
}

func TestRead(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		sents := mustRead(t, sample)
		if len(sents) != 2 {
			t.Fatalf("got %d sentences, want 2", len(sents))
		}
		s := sents[0]
		if s.ID != "doc-1-0001" || s.Doc != "doc-1" || len(s.Words) != 7 {
			t.Errorf("got id %q doc %q %d words", s.ID, s.Doc, len(s.Words))
		}
		want := []nereval.Span{{0, 2, "PER"}, {4, 6, "LOC"}}
		if len(s.Spans) != 2 || s.Spans[0] != want[0] || s.Spans[1] != want[1] {
			t.Errorf("spans: got %v, want %v", s.Spans, want)
		}
		// an I- tag that opens a name starts it, as in conlleval
		if got := sents[1].Spans; len(got) != 2 || got[0] != (nereval.Span{0, 2, "ORG"}) {
			t.Errorf("spans: got %v", got)
		}
		sp := s.SpaceAfter()
		if !sp[0] || sp[5] || !sp[6] {
			t.Errorf("space after: got %v", sp)
		}
	})
	t.Run("ErrColumns", func(t *testing.T) {
		if _, err := nereval.Read(strings.NewReader("1\tword\n")); err == nil {
			t.Error("want an error")
		}
	})
	t.Run("ErrTag", func(t *testing.T) {
		if _, err := nereval.Read(strings.NewReader("1\tword\tX-PER\n")); err == nil {
			t.Error("want an error")
		}
	})
}

func TestEvaluate(t *testing.T) {
	sents := mustRead(t, sample)
	// One person right, the place cut short, the organization right, a
	// false person and a MISC span that is not scored.
	pred := [][]nereval.Span{
		{{0, 2, "PER"}, {5, 6, "LOC"}, {2, 3, "MISC"}},
		{{0, 2, "ORG"}},
	}
	i := 0
	s := nereval.Evaluate(sents, func(*nereval.Sentence) []nereval.Span {
		i++
		return pred[i-1]
	})
	if s.Gold != 4 || s.Predicted != 3 || s.Correct != 2 {
		t.Fatalf("got gold %d predicted %d correct %d, want 4 3 2", s.Gold, s.Predicted, s.Correct)
	}
	if got, want := s.F1, 2*(2.0/3)*(2.0/4)/((2.0/3)+(2.0/4)); abs(got-want) > 1e-9 {
		t.Errorf("F1: got %f, want %f", got, want)
	}
	if c := s.Types["LOC"]; c.Gold != 1 || c.Predicted != 1 || c.Correct != 0 {
		t.Errorf("LOC: got %+v", c)
	}
	if c := s.Types["PER"]; c.Recall != 0.5 || c.Precision != 1 {
		t.Errorf("PER: got %+v", c)
	}
	if s.Sentences != 2 || s.Words != 11 {
		t.Errorf("got %d sentences, %d words", s.Sentences, s.Words)
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
