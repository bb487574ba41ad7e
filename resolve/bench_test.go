package resolve_test

import (
	"testing"

	"sitrep"
	"sitrep/postag"
	"sitrep/segment"
)

// BenchmarkFindResolve measures mention finding (recognizer and
// dictionary) plus actor and place resolution on the tagged seed article,
// in tokens per second.
func BenchmarkFindResolve(b *testing.B) {
	body := mustSeed(b)
	r := mustDefault(b)
	sents := segment.Split(body)
	tg, err := postag.Default()
	if err != nil {
		b.Fatal(err)
	}
	for i := range sents {
		tg.Tag(sents[i].Tokens)
	}
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
