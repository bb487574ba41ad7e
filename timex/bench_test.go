package timex_test

import (
	"os"
	"strings"
	"testing"

	"sitrep/timex"
)

// BenchmarkFind measures Find on a realistic report (testdata/news.txt,
// repeated to about 64 KB) with the whole text as one sentence list.
func BenchmarkFind(b *testing.B) {
	raw, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(raw)+"\n", 64*1024/len(raw)+1)
	sents := sentences(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		timex.Find(text, sents, dct)
	}
}
