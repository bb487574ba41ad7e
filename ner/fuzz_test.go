package ner_test

import (
	"strings"
	"testing"

	"sitrep/conllu"
	"sitrep/ner"
)

// FuzzSpans checks that the GUM entity brackets of any MISC column give
// names inside the sentence, in order and without overlap.
func FuzzSpans(f *testing.F) {
	f.Add("Entity=(1-person-new-cf1-2-coref", "Entity=1)", "PROPN")
	f.Add("Entity=(2-place-new-cf2-1-sgl)", "Entity=(3-organization-x)3)2)", "PROPN")
	f.Add("Entity=((((", "Entity=))1)(", "ADJ")
	f.Fuzz(func(t *testing.T, misc1, misc2, upos string) {
		s := conllu.Sentence{Words: []conllu.Word{
			{ID: 1, Form: "Ana", UPOS: upos, Head: 2, Misc: misc1},
			{ID: 2, Form: "Silva", UPOS: "PROPN", Head: 3, Misc: misc2},
			{ID: 3, Form: "of", UPOS: "ADP", Head: 0, Misc: misc1},
			{ID: 4, Form: "Lima", UPOS: "PROPN", Head: 3, Misc: strings.ToUpper(misc2)},
		}}
		end := 0
		for _, e := range ner.Spans(s, nil) {
			if e.Start < end || e.End <= e.Start || e.End > len(s.Words) {
				t.Fatalf("bad span %+v after %d", e, end)
			}
			end = e.End
		}
	})
}
