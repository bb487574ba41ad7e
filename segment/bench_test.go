package segment_test

import (
	"encoding/csv"
	"io"
	"os"
	"strings"
	"testing"

	"sitrep/segment"
)

func BenchmarkSplit(b *testing.B) {
	text, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := string(text)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		segment.Split(s)
	}
}

// BenchmarkSplitFakes runs on article bodies of the FA-KES data set when it
// is present next to the repository.
func BenchmarkSplitFakes(b *testing.B) {
	f, err := os.Open("../../shared/data/news/fa-kes.csv")
	if err != nil {
		b.Skipf("FA-KES data not available: %v", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	header, err := r.Read()
	if err != nil {
		b.Fatal(err)
	}
	col := -1
	for i, h := range header {
		if strings.EqualFold(h, "article_content") || strings.EqualFold(h, "body") || strings.EqualFold(h, "text") {
			col = i
		}
	}
	if col < 0 {
		b.Skipf("no article column in %v", header)
	}
	var bodies []string
	size := 0
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			b.Fatal(err)
		}
		if col < len(rec) {
			bodies = append(bodies, rec[col])
			size += len(rec[col])
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, body := range bodies {
			segment.Split(body)
		}
	}
}
