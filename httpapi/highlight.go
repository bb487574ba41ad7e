package httpapi

import (
	"slices"
	"strconv"
	"strings"

	"sitrep"
)

// Segment is a stretch of an article body with the same set of records over
// it: the unit the article view wraps in one <span>. Records overlap and
// nest freely (a mention inside a quote inside an event's sentence), so the
// body is cut at every record boundary and each piece lists the records
// covering it.
type Segment struct {
	Text     string
	Sentence int      // index of the sentence the segment lies in, -1 if none
	Kinds    []string // kinds of the covering records: event, quote, claim, mention, time
	Refs     []string // ids of the covering records: e0, q1, c2, m3, t4
}

// Class returns the CSS classes of the segment's kinds.
func (s Segment) Class() string {
	var b strings.Builder
	for i, k := range s.Kinds {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString("hl-")
		b.WriteString(k)
	}
	return b.String()
}

// RefList returns the record ids as a space-separated list.
func (s Segment) RefList() string { return strings.Join(s.Refs, " ") }

type mark struct {
	span sitrep.Span
	kind string
	ref  string
}

// Marks returns the records of r as (span, kind, id), ids being the kind's
// initial and the record's index: e0 is r.Events[0].
func marks(r *sitrep.Report) []mark {
	var ms []mark
	add := func(kind string, prefix byte, i int, s sitrep.Span) {
		if s.End > s.Start {
			ms = append(ms, mark{s, kind, string(prefix) + strconv.Itoa(i)})
		}
	}
	for i, e := range r.Events {
		add("event", 'e', i, e.Span)
	}
	for i, q := range r.Quotes {
		add("quote", 'q', i, q.Span)
		if q.Speaker != nil {
			add("speaker", 'q', i, q.Speaker.Span)
		}
	}
	for i, c := range r.Claims {
		add("claim", 'c', i, c.Span)
	}
	for i, m := range r.Mentions {
		add("mention", 'm', i, m.Span)
	}
	for i, t := range r.Times {
		add("time", 't', i, t.Span)
	}
	return ms
}

// Segments cuts the body of r at every sentence and record boundary.
// Offsets are code points; spans outside the body are clipped.
func Segments(r *sitrep.Report) []Segment {
	body := r.Article.Body
	off := sitrep.NewOffsets(body)
	n := off.Runes()
	ms := marks(r)
	cuts := []int{0, n}
	for _, s := range r.Sentences {
		cuts = append(cuts, s.Start, s.End)
	}
	for _, m := range ms {
		cuts = append(cuts, m.span.Start, m.span.End)
	}
	for i := range cuts {
		cuts[i] = max(0, min(cuts[i], n))
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	segs := make([]Segment, 0, len(cuts))
	sent := 0
	for i := 0; i+1 < len(cuts); i++ {
		piece := sitrep.Span{Start: cuts[i], End: cuts[i+1]}
		seg := Segment{Text: off.Slice(piece), Sentence: -1}
		for sent < len(r.Sentences) && r.Sentences[sent].End <= piece.Start {
			sent++
		}
		if sent < len(r.Sentences) && r.Sentences[sent].Contains(piece) {
			seg.Sentence = sent
		}
		for _, m := range ms {
			if m.span.Contains(piece) {
				if !slices.Contains(seg.Kinds, m.kind) {
					seg.Kinds = append(seg.Kinds, m.kind)
				}
				if !slices.Contains(seg.Refs, m.ref) {
					seg.Refs = append(seg.Refs, m.ref)
				}
			}
		}
		segs = append(segs, seg)
	}
	return segs
}
