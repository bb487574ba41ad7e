package pipeline_test

import (
	"encoding/csv"
	"os"
	"testing"

	"sitrep"
	"sitrep/pipeline"
)

const newsCSV = "../../shared/data/news/fa-kes.csv"

// loadNews reads the bodies of the FA-KES Syrian-war news corpus, skipping
// the test when it is not beside the repository.
func loadNews(tb testing.TB) []sitrep.Article {
	tb.Helper()
	f, err := os.Open(newsCSV)
	if err != nil {
		tb.Skipf("news corpus not present at %s: %v", newsCSV, err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		tb.Fatal(err)
	}
	var arts []sitrep.Article
	for _, row := range rows[1:] {
		arts = append(arts, sitrep.Article{ID: sitrep.ArticleID(row[2]), Title: row[1], Body: row[2]})
	}
	return arts
}

func TestRun(t *testing.T) {
	body := "Aid reaches Madaya\nAid trucks reached Madaya on Monday. The ICRC said more would follow."
	r := mustDefault(t).Run(sitrep.Article{ID: "x", Body: body})
	if len(r.Sentences) == 0 {
		t.Fatal("no sentences")
	}
	if r.Quotes == nil || r.Claims == nil || r.Events == nil || r.Mentions == nil || r.Times == nil {
		t.Fatal("report lists must not be nil")
	}
}

// BenchmarkRun measures whole-pipeline throughput on real news, in bytes
// and articles per second.
func BenchmarkRun(b *testing.B) {
	arts := loadNews(b)
	p := mustDefault(b)
	var size int64
	for _, a := range arts {
		size += int64(len(a.Body))
	}
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, a := range arts {
			p.Run(a)
		}
		n += len(arts)
	}
	b.SetBytes(size)
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

func mustDefault(tb testing.TB) *pipeline.Pipeline {
	tb.Helper()
	p, err := pipeline.Default()
	if err != nil {
		tb.Fatal(err)
	}
	return p
}
