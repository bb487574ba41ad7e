package parse_test

import (
	"testing"

	"sitrep/internal/percep"
)

func TestVisited(t *testing.T) {
	tg, p := MustDefault(t)
	toks := tokens(benchSentence)
	tg.Tag(toks)
	percep.Visited = 0
	p.Parse(toks)
	t.Logf("%d tokens, %d entries visited, %.0f per token", len(toks), percep.Visited, float64(percep.Visited)/float64(len(toks)))
}
