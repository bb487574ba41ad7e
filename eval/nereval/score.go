package nereval

import (
	"slices"
	"time"
)

// Counts are the span counts and scores of one type or of all.
type Counts struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Gold      int     `json:"gold"`
	Predicted int     `json:"predicted"`
	Correct   int     `json:"correct"`
}

func (c *Counts) finish() {
	c.Precision, c.Recall, c.F1 = 0, 0, 0
	if c.Predicted > 0 {
		c.Precision = float64(c.Correct) / float64(c.Predicted)
	}
	if c.Gold > 0 {
		c.Recall = float64(c.Correct) / float64(c.Gold)
	}
	if c.Precision+c.Recall > 0 {
		c.F1 = 2 * c.Precision * c.Recall / (c.Precision + c.Recall)
	}
}

// Scores are the results of Evaluate: overall figures, the same per gold
// type, the sentences and words read and the words recognised per second.
type Scores struct {
	Counts
	Types      map[string]*Counts `json:"types"`
	Sentences  int                `json:"sentences"`
	Words      int                `json:"words"`
	TokensPerS float64            `json:"tokens_per_s"`
}

// Recognizer returns the names of one sentence (its words, and its text
// when the corpus gives it), their types already mapped to the corpus's;
// spans of a type the corpus does not use (or typed "") are ignored.
type Recognizer func(s *Sentence) []Span

// Evaluate runs rec on every sentence and counts exact matches of span and
// type. Only the gold types are scored: a predicted span of another type
// counts nowhere.
func Evaluate(sents []Sentence, rec Recognizer) Scores {
	s := Scores{Types: map[string]*Counts{}}
	for _, st := range sents {
		for _, g := range st.Spans {
			if s.Types[g.Type] == nil {
				s.Types[g.Type] = &Counts{}
			}
		}
	}
	var elapsed time.Duration
	for i := range sents {
		st := &sents[i]
		start := time.Now()
		pred := rec(st)
		elapsed += time.Since(start)
		s.Sentences++
		s.Words += len(st.Words)
		for _, g := range st.Spans {
			s.Gold++
			s.Types[g.Type].Gold++
		}
		for _, p := range pred {
			c := s.Types[p.Type]
			if c == nil {
				continue
			}
			s.Predicted++
			c.Predicted++
			if slices.Contains(st.Spans, p) {
				s.Correct++
				c.Correct++
			}
		}
	}
	s.finish()
	for _, c := range s.Types {
		c.finish()
	}
	if elapsed > 0 {
		s.TokensPerS = float64(s.Words) / elapsed.Seconds()
	}
	return s
}
