package cameo_test

import (
	"bytes"
	"strings"
	"testing"

	"sitrep/cameo"
)

// FuzzReadPetrarch checks that any dictionary text reads without a panic,
// that what it reads survives the compact format, and that the lexicon it
// makes codes a clause without a panic.
func FuzzReadPetrarch(f *testing.F) {
	f.Add(petrarch)
	f.Add(markers)
	f.Add("&A_\n+X Y\n--- B [010] ---\nB\n- + &A_Z * IN ^ ^ + $ [011]\n- *_&A [012] # B\n")
	f.Add("--- C ---\nC\n- * [1]\n- _*_ [2]\n- + + * $ $ [3]\n")
	f.Fuzz(func(t *testing.T, src string) {
		blocks, err := cameo.ReadPetrarch(strings.NewReader(src))
		if err != nil {
			return
		}
		var a bytes.Buffer
		if err := cameo.WriteTSV(&a, nil, blocks); err != nil {
			t.Fatal(err)
		}
		if _, _, err := cameo.ReadTSV(bytes.NewReader(a.Bytes())); err != nil {
			t.Fatalf("compact form does not read back: %v\n%s", err, a.String())
		}
		l := cameo.New(blocks, nil)
		for _, b := range blocks {
			for _, v := range b.Verbs {
				l.CodeVerb(cameo.Word{Text: v.Head}, words("x y z"), words("in the y z with x"))
				l.Literal().CodeVerb(cameo.Word{Text: v.Head}, nil, words("x"))
			}
		}
	})
}
