package events_test

import (
	"os"
	"testing"

	"sitrep"
	"sitrep/events"
	"sitrep/parse"
	"sitrep/postag"
)

// benchText is one of the repository's example reports.
const benchText = "../examples/2012-02-homs-siege.txt"

func mustBenchReport(b *testing.B) *sitrep.Report {
	b.Helper()
	body, err := os.ReadFile(benchText)
	if err != nil {
		b.Fatal(err)
	}
	return mustAnalyze(b, string(body), sitrep.NewDate(2012, 2, 20))
}

// BenchmarkTagParse is the cost event coding is measured against: tagging
// and parsing the same article.
func BenchmarkTagParse(b *testing.B) {
	r := mustBenchReport(b)
	t, err := postag.Default()
	if err != nil {
		b.Fatal(err)
	}
	p, err := parse.Default()
	if err != nil {
		b.Fatal(err)
	}
	toks := make([][]sitrep.Token, len(r.Sentences))
	for i, s := range r.Sentences {
		toks[i] = append([]sitrep.Token(nil), s.Tokens...)
	}
	b.ResetTimer()
	for range b.N {
		for _, ts := range toks {
			t.Tag(ts)
			p.Parse(ts)
		}
	}
}

// BenchmarkCode codes the events of the article; it should cost no more
// than a fifth of BenchmarkTagParse.
func BenchmarkCode(b *testing.B) {
	r := mustBenchReport(b)
	b.ResetTimer()
	for range b.N {
		events.Code(r.Article.Body, r.Sentences, r.Mentions, r.Times, r.Article.Published)
	}
}
