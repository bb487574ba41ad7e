package httpapi_test

import (
	"fmt"
	"strings"
	"testing"

	"sitrep"
	"sitrep/httpapi"
)

func TestSegments(t *testing.T) {
	// Offsets are code points: "Zürich" and "🚀" are longer in bytes.
	body := "Zürich 🚀 said: “Peace now.” Then Kyiv."
	r := sitrep.NewReport(sitrep.Article{Body: body})
	r.Sentences = []sitrep.Sentence{{Span: sitrep.Span{Start: 0, End: 27}}, {Span: sitrep.Span{Start: 28, End: 38}}}
	r.Mentions = []sitrep.Mention{
		{Span: sitrep.Span{Start: 0, End: 6}, Text: "Zürich", Type: "GPE"},
		{Span: sitrep.Span{Start: 33, End: 37}, Sentence: 1, Text: "Kyiv", Type: "GPE"},
	}
	r.Quotes = []sitrep.Quote{{Span: sitrep.Span{Start: 16, End: 26}, Text: "Peace now.",
		Speaker: &sitrep.Ref{Text: "Zürich", Span: sitrep.Span{Start: 0, End: 6}}}}
	r.Events = []sitrep.Event{{Span: sitrep.Span{Start: 0, End: 27}, Text: "x"}}
	var got []string
	for _, s := range httpapi.Segments(r) {
		got = append(got, fmt.Sprintf("%d[%s]%s{%s}", s.Sentence, s.Text, s.RefList(), s.Class()))
	}
	want := []string{
		"0[Zürich]e0 q0 m0{hl-event hl-speaker hl-mention}",
		"0[ 🚀 said: “]e0{hl-event}",
		"0[Peace now.]e0 q0{hl-event hl-quote}",
		"0[”]e0{hl-event}",
		"-1[ ]{}",
		"1[Then ]{}",
		"1[Kyiv]m1{hl-mention}",
		"1[.]{}",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("segments:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
