package resolve_test

import (
	"testing"

	"sitrep"
	"sitrep/segment"
)

// BenchmarkFindResolve measures dictionary mention finding plus actor and
// place resolution on the seed article, in tokens per second.
func BenchmarkFindResolve(b *testing.B) {
	body := mustSeed(b)
	r := mustDefault(b)
	sents := segment.Split(body)
	tokens := 0
	for _, s := range sents {
		tokens += len(s.Tokens)
	}
	on := sitrep.NewDate(2016, 12, 8)
	b.ResetTimer()
	for b.Loop() {
		ms := r.FindMentions(body, sents)
		r.Resolve(body, ms, on)
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
