package actors_test

import (
	"bytes"
	"os"
	"testing"

	"sitrep/actors"
)

// BenchmarkLoad measures reading the converted dictionary, the cost of the
// first use of Default.
func BenchmarkLoad(b *testing.B) {
	data, err := os.ReadFile("data/actors.tsv.gz")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := actors.Load(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}
