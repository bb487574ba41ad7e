package attreval

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"sitrep"
)

// Result holds the scores of a run. Fractions are in [0,1].
type Result struct {
	ContentF1        float64 `json:"content_f1"`
	ContentPrecision float64 `json:"content_precision"`
	ContentRecall    float64 `json:"content_recall"`
	ExactF1          float64 `json:"content_exact_f1"`
	SourceAcc        float64 `json:"source_acc"`
	N                int     `json:"n"`      // gold attributions
	System           int     `json:"system"` // system quotes
	Matched          int     `json:"matched"`
	Exact            int     `json:"exact"`
	Absorbed         int     `json:"absorbed"` // second halves of split quotes
	Sourced          int     `json:"sourced"`  // matched pairs whose gold has a source
	SourceOK         int     `json:"source_ok"`
	Docs             int     `json:"docs"`
}

// Finder runs the system on a text.
type Finder func(text string) []sitrep.Quote

// Score runs find on every document and scores it against the gold.
func Score(docs []Doc, find Finder) Result {
	var r Result
	for _, d := range docs {
		r.add(d, find(d.Text))
	}
	r.Docs = len(docs)
	r.ContentPrecision = ratio(r.Matched, r.System-r.Absorbed)
	r.ContentRecall = ratio(r.Matched, r.N)
	r.ContentF1 = f1(r.ContentPrecision, r.ContentRecall)
	r.ExactF1 = f1(ratio(r.Exact, r.System-r.Absorbed), ratio(r.Exact, r.N))
	r.SourceAcc = ratio(r.SourceOK, r.Sourced)
	return r
}

type pairing struct {
	g, q, overlap int
}

func (r *Result) add(d Doc, qs []sitrep.Quote) {
	r.N += len(d.Gold)
	r.System += len(qs)
	var ps []pairing
	for gi, g := range d.Gold {
		for qi, q := range qs {
			if ov := overlap(g.Content, q.Span); ov > 0 {
				ps = append(ps, pairing{gi, qi, ov})
			}
		}
	}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].overlap > ps[j].overlap })
	usedG := make([]bool, len(d.Gold))
	usedQ := make([]bool, len(qs))
	runes := []rune(d.Text)
	for _, p := range ps {
		if usedG[p.g] || usedQ[p.q] {
			continue
		}
		usedG[p.g], usedQ[p.q] = true, true
		r.Matched++
		g, q := d.Gold[p.g], qs[p.q]
		if len(g.Source) > 0 {
			r.Sourced++
			if sourceOK(runes, g.Source, q.Speaker) {
				r.SourceOK++
			}
		}
	}
	// A system quote left over that overlaps a paired gold content is the
	// other half of a split quote (“…,” he said, “…”): no false positive.
	for qi, q := range qs {
		if usedQ[qi] {
			continue
		}
		for gi, g := range d.Gold {
			if usedG[gi] && overlap(g.Content, q.Span) > 0 {
				r.Absorbed++
				break
			}
		}
	}
	// Exact matches are paired on their own, one to one.
	usedQ = make([]bool, len(qs))
	for _, g := range d.Gold {
		gs := trim(runes, hull(g.Content))
		for qi, q := range qs {
			if !usedQ[qi] && trim(runes, q.Span) == gs {
				usedQ[qi] = true
				r.Exact++
				break
			}
		}
	}
}

// overlap counts the code points fragments and sp share.
func overlap(frags []sitrep.Span, sp sitrep.Span) int {
	n := 0
	for _, f := range frags {
		if f.Overlaps(sp) {
			n += min(f.End, sp.End) - max(f.Start, sp.Start)
		}
	}
	return n
}

func hull(frags []sitrep.Span) sitrep.Span {
	h := frags[0]
	for _, f := range frags[1:] {
		h.Start, h.End = min(h.Start, f.Start), max(h.End, f.End)
	}
	return h
}

// trim narrows sp past white space, quote marks and , . ; : at both ends.
func trim(runes []rune, sp sitrep.Span) sitrep.Span {
	cut := func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"'“”‘’«»„,.;:", r)
	}
	for sp.Start < sp.End && sp.Start < len(runes) && cut(runes[sp.Start]) {
		sp.Start++
	}
	for sp.End > sp.Start && sp.End <= len(runes) && cut(runes[sp.End-1]) {
		sp.End--
	}
	return sp
}

func sourceOK(runes []rune, gold []sitrep.Span, spk *sitrep.Ref) bool {
	if spk == nil {
		return false
	}
	for _, g := range gold {
		if g.Overlaps(spk.Span) {
			return true
		}
		if g.End <= len(runes) && strings.EqualFold(strings.TrimSpace(string(runes[g.Start:g.End])), strings.TrimSpace(spk.Text)) {
			return true
		}
	}
	return false
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// String prints the scores as a short table.
func (r Result) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "documents        %d\n", r.Docs)
	fmt.Fprintf(&b, "gold / system    %d / %d\n", r.N, r.System)
	fmt.Fprintf(&b, "content overlap  P %.4f  R %.4f  F1 %.4f\n", r.ContentPrecision, r.ContentRecall, r.ContentF1)
	fmt.Fprintf(&b, "content exact    F1 %.4f (%d exact)\n", r.ExactF1, r.Exact)
	fmt.Fprintf(&b, "source accuracy  %.4f (%d of %d)\n", r.SourceAcc, r.SourceOK, r.Sourced)
	return b.String()
}
