// Package timexeval scores package timex against TimeML corpora (the
// TempEval-3 TBAQ-cleaned TimeBank and AQUAINT files) the way TempEval-3
// task A did.
//
// Each .tml file gives the raw text of its <TEXT> element, the gold TIMEX3
// spans inside it and the document creation time (the DCT TIMEX3, which sits
// outside <TEXT> and is not scored). timex.Find runs on the text with the
// DCT in TimeML mode (see timex.Options.TimeML) and its expressions are
// paired one to one with the gold ones, in text order:
//
//   - strict: the spans are identical;
//   - relaxed: the spans overlap by at least one character.
//
// Precision is matched system expressions over all system expressions,
// recall matched gold over all gold, F1 their harmonic mean. Over the
// relaxed pairs, type accuracy and value accuracy are the share with the
// same TIMEX3 type (DATE, TIME, DURATION, SET) and the same value. As in
// TempEval-3, the attribute F1 scores are attribute accuracy times relaxed
// F1: attribute precision is pairs with the right attribute over system
// expressions, recall over gold ones, so F1 = accuracy × relaxed F1.
package timexeval

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep"
	"sitrep/timex"
)

// Evaluator runs timex over documents.
type Evaluator struct {
	// Split cuts a text into sentences; nil means SimpleSplit. Set it to
	// segment.Split to evaluate with the pipeline's segmenter.
	Split func(string) []sitrep.Sentence
	// Options are passed to timex; TimeML is always set.
	Options timex.Options
}

// Result holds the TempEval-3 scores and the counts they come from.
type Result struct {
	Files, Gold, System int
	Strict, Relaxed     int // matched pairs
	TypeOK, ValueOK     int // relaxed pairs with the right type, value

	StrictP, StrictR, StrictF1    float64
	RelaxedP, RelaxedR, RelaxedF1 float64
	TypeAcc, ValueAcc             float64
	TypeF1, ValueF1               float64

	// Errors lists the gold expressions missed or mis-normalised and the
	// system ones without a gold match, for inspection.
	Errors []Mismatch
}

// Mismatch is one error: Gold or System may be empty.
type Mismatch struct {
	File         string
	DCT          string
	Gold, System *Timex
}

// Run scores the documents.
func (e Evaluator) Run(docs []Doc) Result {
	split := e.Split
	if split == nil {
		split = SimpleSplit
	}
	opt := e.Options
	opt.TimeML = true
	var r Result
	for _, d := range docs {
		r.Files++
		found := opt.Find(d.Text, split(d.Text), d.DCT)
		sys := make([]Timex, len(found))
		for i, t := range found {
			sys[i] = Timex{Span: t.Span, Text: t.Text, Type: strings.ToUpper(t.Kind), Value: t.Value}
		}
		r.Gold += len(d.Gold)
		r.System += len(sys)
		used := make([]bool, len(sys))
		for gi := range d.Gold {
			g := &d.Gold[gi]
			k := -1
			for si := range sys {
				if !used[si] && sys[si].Overlaps(g.Span) {
					if k < 0 || sys[si].Span == g.Span {
						k = si
					}
				}
			}
			if k < 0 {
				r.Errors = append(r.Errors, Mismatch{File: d.Name, DCT: d.DCT.String(), Gold: g})
				continue
			}
			used[k] = true
			s := &sys[k]
			r.Relaxed++
			if s.Span == g.Span {
				r.Strict++
			}
			if s.Type == g.Type {
				r.TypeOK++
			}
			if s.Value == g.Value {
				r.ValueOK++
			}
			if s.Value != g.Value || s.Type != g.Type || s.Span != g.Span {
				r.Errors = append(r.Errors, Mismatch{File: d.Name, DCT: d.DCT.String(), Gold: g, System: s})
			}
		}
		for si := range sys {
			if !used[si] {
				r.Errors = append(r.Errors, Mismatch{File: d.Name, DCT: d.DCT.String(), System: &sys[si]})
			}
		}
	}
	r.StrictP, r.StrictR, r.StrictF1 = prf(r.Strict, r.Gold, r.System)
	r.RelaxedP, r.RelaxedR, r.RelaxedF1 = prf(r.Relaxed, r.Gold, r.System)
	if r.Relaxed > 0 {
		r.TypeAcc = float64(r.TypeOK) / float64(r.Relaxed)
		r.ValueAcc = float64(r.ValueOK) / float64(r.Relaxed)
	}
	r.TypeF1 = r.TypeAcc * r.RelaxedF1
	r.ValueF1 = r.ValueAcc * r.RelaxedF1
	return r
}

func prf(matched, gold, sys int) (p, r, f float64) {
	if sys > 0 {
		p = float64(matched) / float64(sys)
	}
	if gold > 0 {
		r = float64(matched) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// SimpleSplit is a plain sentence splitter for the evaluation, used until
// the caller supplies the segmenter: a sentence ends after '.', '!' or '?'
// (and any closing quotes or brackets) followed by white space and an
// upper-case letter or an opening quote, unless the word before the full
// stop is a common abbreviation ("Dec.", "Mr."); blank lines end sentences
// too. Spans are in code points and leave out surrounding white space;
// Tokens are not filled.
func SimpleSplit(text string) []sitrep.Sentence {
	var out []sitrep.Sentence
	start, cp, lastEnd := -1, 0, 0
	flush := func() {
		if start >= 0 && lastEnd > start {
			out = append(out, sitrep.Sentence{Span: sitrep.Span{Start: start, End: lastEnd}})
		}
		start = -1
	}
	newlines := 0
	pending := false // a sentence-final mark was seen
	wordStart := 0   // byte offset of the current word
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			if r == '\n' {
				newlines++
				if newlines >= 2 {
					flush()
					pending = false
				}
			}
			i += n
			cp++
			wordStart = i
			continue
		}
		if pending && cp > lastEnd && (unicode.IsUpper(r) || r == '"' || r == '“') {
			flush()
		}
		if cp > lastEnd {
			pending = false
		}
		newlines = 0
		if start < 0 {
			start = cp
		}
		switch r {
		case '.':
			pending = !abbreviations[strings.ToLower(text[wordStart:i])]
		case '!', '?':
			pending = true
		case '"', '”', '\'', ')', '’':
		default:
			pending = false
		}
		i += n
		cp++
		lastEnd = cp
	}
	flush()
	return out
}

var abbreviations = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true,
	"sen": true, "rep": true, "gov": true, "lt": true, "col": true, "sgt": true,
	"no": true, "vs": true, "u.s": true, "a.m": true, "p.m": true, "prof": true,
	"mt": true, "ft": true, "corp": true, "co": true, "jr": true, "sr": true,
}
