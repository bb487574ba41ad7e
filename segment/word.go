package segment

import (
	"strings"
	"unicode/utf8"

	"sitrep"
)

// word emits the word or number at text[p:e] and returns its end. start is
// p, or the offset of a sign before a number. The word may come out as
// several tokens: hyphenated parts, clitics, fused forms such as "cannot".
func (t *tokenizer) word(start, p, e int) int {
	s := t.text
	seg := p // start of the current segment, after the last connector
	q := runEnd(s, p, e)
	numHyphen := false // a hyphen joined digits: a date or phone number
	dots := 0          // periods joined so far
	for q < e {
		c := s[q]
		al := apostropheLen(s, q, e)
		if c != '.' && c != ',' && c != ':' && c != '/' && c != '&' && c != '-' && c != '@' && al == 0 {
			break
		}
		w := max(al, 1) // width of the connector
		n := runEnd(s, q+w, e)
		prev, next := s[seg:q], s[q+w:n]
		if al > 0 {
			if next == "" {
				// "Edwards'": a plural possessive, unless it closes a quote.
				if end := q + al; (prev[len(prev)-1] == 's' || prev[len(prev)-1] == 'S') && !t.singleOpen {
					t.emitWord(start, q)
					t.emit(q, end, sitrep.KindWord, true)
					return end
				}
				break
			}
			if isClitic(next) {
				t.emitWord(start, q)
				t.emit(q, n, sitrep.KindWord, true)
				return n
			}
			if (next == "t" || next == "T") && q-1 > start && (s[q-1] == 'n' || s[q-1] == 'N') {
				t.emitWord(start, q-1)
				t.emit(q-1, n, sitrep.KindWord, true)
				return n
			}
			q, seg = n, q+w // O'Brien, Shi'ite
			continue
		}
		if next == "" {
			break
		}
		if c == '-' {
			if allDigits(prev) && allDigits(next) &&
				(numHyphen || len(prev) == 3 && len(next) == 4 || digitHyphenFollows(s, n, e)) {
				numHyphen = true
				q, seg = n, q+1
				continue
			}
			if !joinHyphen(prev, next, seg == p) {
				t.emitWord(start, q)
				t.emit(q, q+1, sitrep.KindPunct, false)
				start, p, seg, q = q+1, q+1, q+1, n
				continue
			}
		} else if !join(c, prev, next) && !(c == '.' && dottedName(s, prev, next, n, e, dots)) {
			break
		}
		if c == '.' {
			dots++
		}
		q, seg = n, q+1
	}
	// A period belongs to a known abbreviation, an initial or a dotted
	// abbreviation ("U.S."), unless more periods follow ("etc...").
	// At the end of a sentence the period stands alone, as in UD: "Inc" ".".
	if q < e && s[q] == '.' && (q+1 == e || s[q+1] != '.') && abbrevWithDot(s[start:q]) &&
		!t.endsSentence(s[start:q], q+1) &&
		(abbrevs[s[start:q]] != abbrNumber || t.numberFollows(q+1)) {
		q++
	}
	t.emitWord(start, q)
	return q
}

// endsSentence reports whether abbreviation w with its period ends a
// sentence: the period is followed by the end of the text or of the line,
// or, unless w is a title or an initial, by a common sentence starter.
func (t *tokenizer) endsSentence(w string, i int) bool {
	s := t.text
	if i < len(s) {
		if r, _ := decode(s, i); !isSpace(r) {
			return false
		}
	}
	for i < len(s) {
		r, size := decode(s, i)
		if isNewline(r) {
			return true
		}
		if !isSpace(r) {
			break
		}
		i += size
	}
	if i == len(s) {
		return true
	}
	if k := abbrevs[w]; k == abbrTitle || k == abbrInner || oneLetter(w) {
		return false
	}
	return starters[s[i:alnumEnd(s, i, len(s))]]
}

// numberFollows reports whether white space and a digit come at text[i:].
func (t *tokenizer) numberFollows(i int) bool {
	s := t.text
	j := i
	for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	return j > i && j < len(s) && '0' <= s[j] && s[j] <= '9'
}

// emitWord emits text[start:end] as one word or number, or as two fused
// tokens when it is one of the forms UD splits ("cannot", "gonna").
func (t *tokenizer) emitWord(start, end int) {
	w := t.text[start:end]
	kind := sitrep.KindWord
	if r, size := decode(w, 0); isDigit(r) || size < len(w) && (r == '-' || r == '+' || r == '−') {
		kind = sitrep.KindNumber
	}
	if k := fusedSplit(w); k > 0 {
		t.emit(start, start+k, kind, false)
		t.emit(start+k, end, kind, true)
		return
	}
	t.emit(start, end, kind, false)
}

// alnumEnd returns the end of the run of word runes at text[q:e].
func alnumEnd(s string, q, e int) int {
	for q < e {
		if c := s[q]; c < utf8.RuneSelf {
			if asciiClass[c] < clLetter {
				break
			}
			q++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[q:e])
		if !isAlnum(r) {
			break
		}
		q += size
	}
	return q
}

// runEnd returns the end of the run of word runes at text[q:e], leaving out
// a unit after a number ("7:30pm", "$5m", "10km"), which UD splits off.
func runEnd(s string, q, e int) int {
	end := alnumEnd(s, q, e)
	if q == end || !isDigit(rune(s[q])) {
		return end
	}
	d := q
	for d < end && '0' <= s[d] && s[d] <= '9' {
		d++
	}
	if d < end && end-d <= 3 {
		var buf [3]byte
		if units[string(lowerASCII(buf[:0], s[d:end]))] {
			return d
		}
	}
	return end
}

// digitHyphenFollows reports whether s[n:e] starts with a hyphen and a digit.
func digitHyphenFollows(s string, n, e int) bool {
	return n+1 < e && s[n] == '-' && '0' <= s[n+1] && s[n+1] <= '9'
}

// apostropheLen returns the byte length of an apostrophe at s[q:e], or 0.
func apostropheLen(s string, q, e int) int {
	if s[q] == '\'' {
		return 1
	}
	if q+3 <= e && s[q:q+3] == "’" {
		return 3
	}
	return 0
}

// join reports whether connector c keeps the segments around it in one
// token: 8.5, 3,500, 14:30, 9/11, w/o, AT&T, U.S, Amazon.com.
func join(c byte, prev, next string) bool {
	switch c {
	case '.':
		return allDigits(prev) && '0' <= next[0] && next[0] <= '9' ||
			oneLetter(prev) && oneLetter(next) ||
			domainSuffix[next]
	case ',':
		return allDigits(prev) && len(prev) <= 3 && len(next) == 3 && allDigits(next)
	case ':':
		return allDigits(prev) && allDigits(next) && len(prev) <= 2 && len(next) == 2
	case '/':
		return allDigits(prev) && allDigits(next) ||
			oneLetter(prev) && len(next) <= 3 && !allDigits(next)
	case '@':
		return true // "Rice@ENRON", an address without a domain
	case '&':
		return len(prev) <= 3 && len(next) <= 3 && allUpper(prev) && allUpper(next)
	}
	return false
}

// dottedName reports whether a period between lower-case words prev and
// next joins them into a name such as "alt.animals.cat" or
// "comp.sources.unix": it must be the second period of such a run, or be
// followed by another. A single one ("end.the") is a missing space.
func dottedName(s, prev, next string, n, e, dots int) bool {
	if !allLower(prev) || !allLower(next) {
		return false
	}
	return dots > 0 || n+1 < e && s[n] == '.' && 'a' <= s[n+1] && s[n+1] <= 'z'
}

func allLower(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// joinHyphen reports whether a hyphen stays inside a token: between digits
// (handled by the caller) and after a prefix UD keeps (e-mail, co-op).
func joinHyphen(prev, next string, first bool) bool {
	if !first || len(prev) > 6 {
		return false
	}
	var buf [8]byte
	return hyphenPrefix[string(lowerASCII(buf[:0], prev))]
}

func isClitic(s string) bool {
	if len(s) > 2 {
		return false
	}
	var buf [2]byte
	switch string(lowerASCII(buf[:0], s)) {
	case "s", "m", "d", "ll", "re", "ve":
		return true
	}
	return false
}

// fusedSplit returns where UD splits a fused form such as "cannot" or
// "gonna", or 0.
func fusedSplit(w string) int {
	if len(w) < 2 || len(w) > 8 {
		return 0
	}
	// Every form ends in one of: na ta ot nt im ve ts.
	switch uint16(w[len(w)-2]|0x20)<<8 | uint16(w[len(w)-1]|0x20) {
	case 'n'<<8 | 'a', 't'<<8 | 'a', 'o'<<8 | 't', 'n'<<8 | 't', 'i'<<8 | 'm', 'v'<<8 | 'e', 't'<<8 | 's':
	default:
		return 0
	}
	for _, f := range fused[len(w)] {
		if strings.EqualFold(w, f.form) {
			return f.split
		}
	}
	return 0
}

// lowerASCII appends s with ASCII letters lowered.
func lowerASCII(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func allUpper(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// oneLetter reports a single letter, of any script.
func oneLetter(s string) bool {
	if s == "" {
		return false
	}
	r, size := decode(s, 0)
	return size == len(s) && isAlnum(r) && !isDigit(r)
}

// abbrevWithDot reports whether w keeps a following period.
func abbrevWithDot(w string) bool {
	if abbrevs[w] != 0 {
		return true
	}
	if r, size := decode(w, 0); size == len(w) && isUpper(r) {
		return true // an initial
	}
	return dotted(w)
}

// dotted reports letters separated by periods: "U.S", "e.g", "a.m".
func dotted(w string) bool {
	if strings.IndexByte(w, '.') < 0 {
		return false
	}
	for part := range strings.SplitSeq(w, ".") {
		if !oneLetter(part) {
			return false
		}
	}
	return true
}
