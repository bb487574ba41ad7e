package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep"
)

// doc is an article flattened for scanning: every token of every sentence
// in one slice, addressed by int index, with its sentence beside it.
type doc struct {
	text  string
	off   *sitrep.Offsets
	toks  []sitrep.Token
	low   []string // lower-case token text
	sent  []int32  // sentence of each token
	first []int32  // first token of each sentence; len(sentences)+1 entries
	para  []bool   // sentence opens a paragraph
}

func newDoc(text string, sentences []sitrep.Sentence) *doc {
	n := 0
	for _, s := range sentences {
		n += len(s.Tokens)
	}
	d := &doc{
		text:  text,
		off:   sitrep.NewOffsets(text),
		toks:  make([]sitrep.Token, 0, n),
		low:   make([]string, 0, n),
		sent:  make([]int32, 0, n),
		first: make([]int32, 0, len(sentences)+1),
		para:  make([]bool, len(sentences)),
	}
	prevEnd := -1
	for si, s := range sentences {
		d.first = append(d.first, int32(len(d.toks)))
		if prevEnd < 0 {
			d.para[si] = true
		} else {
			a, b := d.off.Byte(prevEnd), d.off.Byte(s.Start)
			d.para[si] = a > b || strings.IndexByte(text[a:b], '\n') >= 0
		}
		prevEnd = s.End
		for _, t := range s.Tokens {
			d.toks = append(d.toks, t)
			d.low = append(d.low, lower(t.Text))
			d.sent = append(d.sent, int32(si))
		}
	}
	d.first = append(d.first, int32(len(d.toks)))
	return d
}

// lower returns s in lower case without allocating when it has no capitals.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

// bounds returns the token range [a, b) of the sentence holding token i.
func (d *doc) bounds(i int) (int, int) {
	s := d.sent[i]
	return int(d.first[s]), int(d.first[s+1])
}

// span returns the code-point span of tokens [a, b).
func (d *doc) span(a, b int) sitrep.Span {
	return sitrep.Span{Start: d.toks[a].Start, End: d.toks[b-1].End}
}

// ref returns the Ref naming tokens [a, b).
func (d *doc) ref(a, b int) *sitrep.Ref {
	sp := d.span(a, b)
	return &sitrep.Ref{Text: d.off.Slice(sp), Span: sp}
}

// isWord reports whether token i is a word.
func (d *doc) isWord(i int) bool { return d.toks[i].Kind == sitrep.KindWord }

// isPunct reports whether token i is punctuation.
func (d *doc) isPunct(i int) bool { return d.toks[i].Kind == sitrep.KindPunct }

// capital reports whether token i starts with a capital letter.
func (d *doc) capital(i int) bool {
	r, _ := utf8.DecodeRuneInString(d.toks[i].Text)
	return unicode.IsUpper(r)
}

// hyphenJoin reports whether token i is a hyphen joining its neighbours
// ("Turkey-based").
func (d *doc) hyphenJoin(i int) bool {
	if d.toks[i].Text != "-" || i == 0 || i+1 >= len(d.toks) {
		return false
	}
	return !d.toks[i-1].SpaceAfter && !d.toks[i].SpaceAfter
}

// verbTag reports whether the tagger marked token i as a verb or an
// auxiliary, which cannot head a speaker phrase ("... were killed said").
// Tags of capitalised words are not trusted: names and sentence starts
// ("the United Nations", "Protest leaders") are where taggers err.
func (d *doc) verbTag(i int) bool {
	if d.capital(i) {
		return false
	}
	switch d.toks[i].UPOS {
	case "VERB", "AUX":
		return true
	}
	return false
}

// words counts the word tokens in [a, b).
func (d *doc) words(a, b int) int {
	n := 0
	for i := a; i < b; i++ {
		if d.isWord(i) || d.toks[i].Kind == sitrep.KindNumber {
			n++
		}
	}
	return n
}
