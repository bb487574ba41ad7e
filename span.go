package sitrep

import (
	"sort"
	"unicode/utf8"
)

// Span is a half-open range [Start, End) of Unicode code points into
// Article.Body. Its JSON form is the flat pair "start", "end" of OUTPUT.md.
type Span struct {
	Start int `json:"start"` // first code point, inclusive
	End   int `json:"end"`   // code point after the last one
}

// Len returns the number of code points the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one code point.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Offsets converts between code-point offsets, the canonical unit of spans,
// and byte offsets into the same string. It is built once per body: on
// plain-ASCII text it costs nothing and every conversion is the identity;
// otherwise it keeps one entry per non-ASCII rune and searches it.
//
// An Offsets is immutable and safe for concurrent use.
type Offsets struct {
	text string
	// wide lists, for each rune wider than one byte, its code-point index and
	// the extra bytes accumulated up to and including it.
	cps   []int32
	extra []int32
	runes int
}

// NewOffsets indexes text.
func NewOffsets(text string) *Offsets {
	o := &Offsets{text: text}
	n := 0
	extra := 0
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			n++
			continue
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		extra += size - 1
		if size > 1 {
			o.cps = append(o.cps, int32(n))
			o.extra = append(o.extra, int32(extra))
		}
		i += size
		n++
	}
	o.runes = n
	return o
}

// Text returns the indexed string.
func (o *Offsets) Text() string { return o.text }

// Runes returns the length of the text in code points.
func (o *Offsets) Runes() int { return o.runes }

// Byte returns the byte offset of code point cp. cp may equal Runes(), which
// gives len(text). Out-of-range values are clamped.
func (o *Offsets) Byte(cp int) int {
	if cp <= 0 {
		return 0
	}
	if cp >= o.runes {
		return len(o.text)
	}
	if len(o.cps) == 0 {
		return cp
	}
	// Number of wide runes strictly before cp.
	k := sort.Search(len(o.cps), func(i int) bool { return int(o.cps[i]) >= cp })
	if k == 0 {
		return cp
	}
	return cp + int(o.extra[k-1])
}

// CodePoint returns the code-point offset of byte offset b, which should lie
// on a rune boundary; a byte inside a rune maps to that rune.
func (o *Offsets) CodePoint(b int) int {
	if b <= 0 {
		return 0
	}
	if b >= len(o.text) {
		return o.runes
	}
	if len(o.cps) == 0 {
		return b
	}
	// Find the last wide rune whose start byte is before b.
	k := sort.Search(len(o.cps), func(i int) bool {
		start := int(o.cps[i])
		if i > 0 {
			start += int(o.extra[i-1])
		}
		return start >= b
	})
	if k == 0 {
		return b
	}
	end := int(o.cps[k-1]) + int(o.extra[k-1]) + 1
	if b < end {
		return int(o.cps[k-1])
	}
	return b - int(o.extra[k-1])
}

// Slice returns the text a span covers.
func (o *Offsets) Slice(s Span) string {
	return o.text[o.Byte(s.Start):o.Byte(s.End)]
}
