package timex

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds of the scanner. timex splits each sentence into its own small
// tokens rather than reusing the segmenter's, so that its patterns do not
// depend on how "Dec.", "14:30" or "45-year-old" were tokenised upstream.
const (
	tWord uint8 = iota
	tNum
	tPunct
)

// token is a word, a number or one punctuation rune of a sentence.
type token struct {
	s, e  int    // byte offsets into the text
	kind  uint8  // tWord, tNum, tPunct
	space bool   // white space (or the sentence start) before the token
	cap   bool   // a word starting with an upper-case letter
	w     string // lower-case lexicon form of a known word, "" otherwise
	lx    lex    // lexicon entry of a known word
	num   int    // value of a number token with digits only (or a suffix); -1 otherwise
	ndig  int    // digits in that number
	sep   byte   // first separator inside a number: ',', '.', ':', '/', '-'; 0 when none
	nsep  int    // separators inside a number
	sfx   string // letters glued after a number: "s" of 1990s, "th" of 5th, "am" of 10am
	apos  bool   // a number written with a leading apostrophe: '90s
	punct rune   // the rune of a punctuation token
}

// tokenize appends the tokens of text[from:to] to toks.
func tokenize(toks []token, text string, from, to int) []token {
	space := true
	for i := from; i < to; {
		c := text[i]
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r':
			space = true
			i++
			continue
		case isASCIILetter(c):
			j := i + 1
			for j < to {
				d := text[j]
				if isASCIILetter(d) {
					j++
				} else if d == '\'' && j+1 < to && isASCIILetter(text[j+1]) && j == i+1 && (c == 'o' || c == 'O') {
					j += 2 // o'clock; other apostrophes end the word ("Friday's")
				} else if d >= utf8.RuneSelf {
					r, n := utf8.DecodeRuneInString(text[j:to])
					if !unicode.IsLetter(r) {
						break
					}
					j += n
				} else {
					break
				}
			}
			t := token{s: i, e: j, kind: tWord, space: space, cap: c >= 'A' && c <= 'Z', num: -1}
			t.lx, t.w = lookup(text[i:j])
			toks = append(toks, t)
			i = j
		case c >= '0' && c <= '9' || (c == '\'' && i+2 < to && isDigit(text[i+1]) && isDigit(text[i+2])):
			toks = append(toks, scanNumber(text, i, to, space))
			i = toks[len(toks)-1].e
		case c < utf8.RuneSelf:
			toks = append(toks, token{s: i, e: i + 1, kind: tPunct, space: space, num: -1, punct: rune(c)})
			i++
		default:
			r, n := utf8.DecodeRuneInString(text[i:to])
			if unicode.IsSpace(r) {
				space = true
				i += n
				continue
			}
			if unicode.IsLetter(r) {
				j := i + n
				for j < to {
					r2, n2 := utf8.DecodeRuneInString(text[j:to])
					if !unicode.IsLetter(r2) && !(r2 < utf8.RuneSelf && isASCIILetter(byte(r2))) {
						break
					}
					j += n2
				}
				toks = append(toks, token{s: i, e: j, kind: tWord, space: space, num: -1})
				i = j
			} else {
				if r == '’' && i+n+1 < to && isDigit(text[i+n]) && isDigit(text[i+n+1]) {
					toks = append(toks, scanNumber(text, i, to, space))
					i = toks[len(toks)-1].e
				} else {
					toks = append(toks, token{s: i, e: i + n, kind: tPunct, space: space, num: -1, punct: r})
					i += n
				}
			}
		}
		space = false
	}
	return toks
}

// scanNumber reads a number starting at i: digits with inner separators
// (3,500; 8.5; 14:30; 12/05/2016; 2016-12-05), optional glued letters
// (1990s, 5th, 10am) and an optional leading apostrophe ('90s).
func scanNumber(text string, i, to int, space bool) token {
	t := token{s: i, kind: tNum, space: space, num: -1}
	j := i
	if text[j] == '\'' {
		t.apos = true
		j++
	} else if text[j] >= utf8.RuneSelf {
		t.apos = true
		_, n := utf8.DecodeRuneInString(text[j:to])
		j += n
	}
	v, start := 0, j
	for j < to && isDigit(text[j]) {
		if v < 1e8 {
			v = v*10 + int(text[j]-'0')
		}
		j++
	}
	t.ndig = j - start
	for j+1 < to && isNumSep(text[j]) && isDigit(text[j+1]) {
		if t.sep == 0 {
			t.sep = text[j]
		}
		t.nsep++
		j++
		for j < to && isDigit(text[j]) {
			j++
		}
	}
	if t.sep == 0 {
		t.num = v
	}
	k := j
	for k < to && isASCIILetter(text[k]) {
		k++
	}
	if k > j && k-j <= 3 {
		t.sfx = text[j:k]
		j = k
	} else if k > j {
		// digits glued to a long word ("3D", "F16s" are not times): keep as
		// a number whose suffix disqualifies it.
		t.sfx = text[j:k]
		t.num = -1
		j = k
	}
	t.e = j
	return t
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isDigit(c byte) bool       { return c >= '0' && c <= '9' }
func isNumSep(c byte) bool {
	return c == ',' || c == '.' || c == ':' || c == '/' || c == '-'
}

// lexFirstLast marks the (first, last) letter pairs of lexicon words, a
// cheap filter before the map lookup.
var lexFirstLast = func() (t [26][26]bool) {
	for w := range lexicon {
		a, b := w[0], w[len(w)-1]
		if a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' {
			t[a-'a'][b-'a'] = true
		}
	}
	return t
}()

// lookup returns the lexicon entry of word and its lower-case key.
func lookup(word string) (lex, string) {
	if len(word) > 12 || len(word) < 1 {
		return lex{}, ""
	}
	if c0, c1 := word[0]|0x20, word[len(word)-1]|0x20; c0 < 'a' || c0 > 'z' || c1 < 'a' || c1 > 'z' || !lexFirstLast[c0-'a'][c1-'a'] {
		return lex{}, ""
	}
	var buf [12]byte
	lower := true
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
			lower = false
		}
		buf[i] = c
	}
	if lower {
		if e, ok := lexicon[word]; ok {
			return e, e.word
		}
		return lex{}, ""
	}
	if e, ok := lexicon[string(buf[:len(word)])]; ok {
		return e, e.word
	}
	return lex{}, ""
}
