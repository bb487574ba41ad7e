package claims_test

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"testing"

	"sitrep"
	"sitrep/claims"
	"sitrep/quotes"
	"sitrep/segment"
)

type benchDoc struct {
	text  string
	sents []sitrep.Sentence
}

// benchCorpus returns the article bodies of the FA-KES data set when it is
// at hand, else the example reports, segmented once.
func benchCorpus(b *testing.B) ([]benchDoc, int) {
	b.Helper()
	var texts []string
	if f, err := os.Open("../../shared/data/news/fa-kes.csv"); err == nil {
		recs, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err == nil && len(recs) > 1 {
			col := 2 // article_content
			for _, r := range recs[1:] {
				if len(r) > col {
					texts = append(texts, r[col])
				}
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
	docs := make([]benchDoc, len(texts))
	tokens := 0
	for i, t := range texts {
		docs[i] = benchDoc{text: t, sents: segment.Split(t)}
		for _, s := range docs[i].sents {
			tokens += len(s.Tokens)
		}
	}
	return docs, tokens
}

// BenchmarkQuotesAndClaims measures quotes.Find and claims.FindQuoted
// together on segmented text; segmentation is not timed.
func BenchmarkQuotesAndClaims(b *testing.B) {
	docs, tokens := benchCorpus(b)
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			qs := quotes.Find(d.text, d.sents, nil)
			claims.FindQuoted(d.text, d.sents, nil, nil, qs)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkClaims measures claims.FindQuoted alone.
func BenchmarkClaims(b *testing.B) {
	docs, tokens := benchCorpus(b)
	qs := make([][]sitrep.Quote, len(docs))
	for i, d := range docs {
		qs[i] = quotes.Find(d.text, d.sents, nil)
	}
	b.ResetTimer()
	for b.Loop() {
		for i, d := range docs {
			claims.FindQuoted(d.text, d.sents, nil, nil, qs[i])
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
