package sitrep_test

import (
	"testing"
	"unicode/utf8"

	"sitrep"
)

func TestOffsets(t *testing.T) {
	tests := []struct {
		name string
		text string
	}{
		{"ASCII", "Kerry told reporters."},
		{"Curly", "We’ll see where we are, ” Kerry said."},
		{"Arabic", "حلب Aleppo Ḥalab"},
		{"Emoji", "Aid 🚚 arrived in 🇸🇾 today"},
		{"Empty", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := sitrep.NewOffsets(tt.text)
			if got, want := o.Runes(), utf8.RuneCountInString(tt.text); got != want {
				t.Fatalf("Runes() = %d, want %d", got, want)
			}
			cp := 0
			for b := range tt.text {
				if got := o.Byte(cp); got != b {
					t.Fatalf("Byte(%d) = %d, want %d", cp, got, b)
				}
				if got := o.CodePoint(b); got != cp {
					t.Fatalf("CodePoint(%d) = %d, want %d", b, got, cp)
				}
				cp++
			}
			if got := o.Byte(cp); got != len(tt.text) {
				t.Fatalf("Byte(end) = %d, want %d", got, len(tt.text))
			}
			if got := o.CodePoint(len(tt.text)); got != cp {
				t.Fatalf("CodePoint(end) = %d, want %d", got, cp)
			}
		})
	}
	t.Run("Slice", func(t *testing.T) {
		o := sitrep.NewOffsets("“Entirely unacceptable”, the envoy said.")
		if got, want := o.Slice(sitrep.Span{Start: 1, End: 22}), "Entirely unacceptable"; got != want {
			t.Fatalf("Slice = %q, want %q", got, want)
		}
		if got, want := o.Slice(sitrep.Span{Start: 25, End: 34}), "the envoy"; got != want {
			t.Fatalf("Slice = %q, want %q", got, want)
		}
	})
}

func TestSpan(t *testing.T) {
	a := sitrep.Span{Start: 2, End: 8}
	if !a.Contains(sitrep.Span{Start: 3, End: 8}) || a.Contains(sitrep.Span{Start: 1, End: 3}) {
		t.Error("Contains")
	}
	if !a.Overlaps(sitrep.Span{Start: 7, End: 9}) || a.Overlaps(sitrep.Span{Start: 8, End: 9}) {
		t.Error("Overlaps")
	}
	if a.Len() != 6 {
		t.Error("Len")
	}
}

func BenchmarkOffsetsByte(b *testing.B) {
	text := "Sudan’s army rejected a truce offer for Khartoum on Friday — its units shelled two districts in the city’s north."
	o := sitrep.NewOffsets(text)
	n := o.Runes()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		o.Byte(i % n)
		i++
	}
}
