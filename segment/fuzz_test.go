package segment_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"sitrep/segment"
)

// FuzzSplit checks the invariants of Split on any input, including invalid
// UTF-8, where each invalid byte counts as one code point.
func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"", "Mr. Smith's dog can't bark. It's 3,500 m-long!", "“Hi,” he said.\n\nBye",
		"U.S. The next... e.g. 10.5% #tag @user www.x.org a@b.co", "a\xffb\xc3 don’t",
		"阿勒颇。停火！", "👍🏽‍🔥 :-) 1990s-2000s 14:30pm",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		// byteAt maps code-point offsets to byte offsets.
		byteAt := make([]int, 0, len(text)+1)
		for i := 0; i < len(text); {
			byteAt = append(byteAt, i)
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
		}
		byteAt = append(byteAt, len(text))
		n := len(byteAt) - 1

		prevEnd := 0
		prevSent := 0
		for si, s := range segment.Split(text) {
			if len(s.Tokens) == 0 {
				t.Fatalf("sentence %d has no tokens", si)
			}
			if s.Start < prevSent || s.Start >= s.End || s.End > n {
				t.Fatalf("sentence %d span %v out of order or bounds (text has %d code points)", si, s.Span, n)
			}
			if s.Start != s.Tokens[0].Start || s.End != s.Tokens[len(s.Tokens)-1].End {
				t.Fatalf("sentence %d span %v does not cover its tokens", si, s.Span)
			}
			prevSent = s.End
			for _, tok := range s.Tokens {
				if tok.Start < prevEnd || tok.Start >= tok.End || tok.End > n {
					t.Fatalf("token %q span %v out of order or bounds", tok.Text, tok.Span)
				}
				if got := text[byteAt[tok.Start]:byteAt[tok.End]]; got != tok.Text {
					t.Fatalf("token text %q, want %q at %v", tok.Text, got, tok.Span)
				}
				if strings.ContainsFunc(tok.Text, unicode.IsSpace) {
					t.Fatalf("token %q holds white space", tok.Text)
				}
				if tok.Fused && (tok.Start != prevEnd || prevEnd == 0) {
					t.Fatalf("fused token %q at %v does not touch the token before", tok.Text, tok.Span)
				}
				prevEnd = tok.End
			}
		}
	})
}
