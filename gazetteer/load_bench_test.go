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

// BenchmarkLoadMinor parses the embedded minor places, as a process does
// on its first LookupMinor.
func BenchmarkLoadMinor(b *testing.B) {
	for b.Loop() {
		g, err := gazetteer.LoadEmbedded()
		if err != nil {
			b.Fatal(err)
		}
		if err := g.MinorErr(); err != nil {
			b.Fatal(err)
		}
	}
}
