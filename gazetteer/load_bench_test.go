package gazetteer_test

import (
	"testing"

	"sitrep/gazetteer"
)

// BenchmarkLoad parses the embedded gazetteer, as every process does once.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := gazetteer.LoadEmbedded(); err != nil {
			b.Fatal(err)
		}
	}
}
