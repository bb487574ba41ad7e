package quotes_test

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"testing"

	"sitrep"
	"sitrep/quotes"
	"sitrep/segment"
)

// BenchmarkFind measures quotes.Find on segmented text (the FA-KES article
// bodies when at hand, else the example reports); segmentation is not timed.
func BenchmarkFind(b *testing.B) {
	var texts []string
	if f, err := os.Open("../../shared/data/news/fa-kes.csv"); err == nil {
		recs, err := csv.NewReader(f).ReadAll()
		f.Close()
		for i := 1; err == nil && i < len(recs); i++ {
			if len(recs[i]) > 2 {
				texts = append(texts, recs[i][2]) // article_content
			}
		}
	}
	if len(texts) == 0 {
		paths, _ := filepath.Glob("../examples/*.txt")
		for _, p := range paths {
			if bs, err := os.ReadFile(p); err == nil {
				texts = append(texts, string(bs))
			}
		}
	}
	if len(texts) == 0 {
		b.Skip("no corpus: neither fa-kes.csv nor the examples are present")
	}
	sents := make([][]sitrep.Sentence, len(texts))
	tokens := 0
	for i, t := range texts {
		sents[i] = segment.Split(t)
		for _, s := range sents[i] {
			tokens += len(s.Tokens)
		}
	}
	b.ResetTimer()
	for b.Loop() {
		for i, t := range texts {
			quotes.Find(t, sents[i], nil)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
