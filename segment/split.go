package segment

import (
	"slices"
	"strings"
	"unicode/utf8"

	"sitrep"
)

// Split segments text into sentences, each with its tokens filled.
//
// All tokens live in one slice; each sentence's Tokens is a subslice of it
// (with its capacity capped, so appending to one never overwrites the next).
// Split is safe for concurrent use.
func Split(text string) []sitrep.Sentence {
	if text == "" {
		return nil
	}
	ntok, nline := estimate(text)
	t := tokenizer{
		text:   text,
		toks:   make([]sitrep.Token, 0, ntok),
		breaks: make(lineBreaks, 0, nline),
	}
	t.run()
	if len(t.toks) == 0 {
		return nil
	}
	return sentences(t.toks, t.breaks)
}

// estimate returns the likely number of tokens in text, a little more than
// its spaces and newlines as punctuation adds tokens (and never very few for
// text written without spaces), and the number of its lines.
func estimate(text string) (tokens, lines int) {
	lines = strings.Count(text, "\n")
	n := strings.Count(text, " ") + lines
	return max(n+n/3, len(text)/16) + 16, lines + 1
}

// lineBreaks lists, in order, the indices of the tokens that follow a line
// break. Line breaks are few, so a list is smaller than a flag per token.
type lineBreaks []int32

// has reports whether token i follows a line break.
func (b lineBreaks) has(i int) bool {
	_, found := slices.BinarySearch(b, int32(i))
	return found
}

// tokenizer scans a text once, left to right, and appends its tokens.
type tokenizer struct {
	text   string
	toks   []sitrep.Token
	breaks lineBreaks

	// The cursor converts byte offsets to code points as tokens are
	// emitted: cb is a byte offset, cn the code points before it.
	cb, cn int
	// asciiTo ends the ASCII chunk the cursor is in, where code points
	// and bytes advance together; it is 0 outside one.
	asciiTo int

	newline    bool // a line break was seen since the last token
	singleOpen bool // a straight single quote opened and is not closed
}

// run tokenizes the text: it skips white space, noting line breaks, and
// hands each run of other runes to chunk.
func (t *tokenizer) run() {
	s := t.text
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			switch asciiClass[c] {
			case clSpace:
				i++
				continue
			case clNewline:
				t.newline = true
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(s[i:]); isSpace(r) {
			if isNewline(r) {
				t.newline = true
			}
			i += size
			continue
		}
		j, marks, ascii := chunkEnd(s, i)
		if ascii {
			t.cp(i)
			t.asciiTo = j
		}
		t.chunk(i, j, marks)
		if j < len(s) && len(t.toks) > 0 {
			t.toks[len(t.toks)-1].SpaceAfter = true
		}
		i = j
	}
}

// chunkEnd returns the end of the run of non-space runes starting at i,
// whether the run holds a '.', ':' or '@' (it may be a URL or address) and
// whether it is all ASCII.
func chunkEnd(s string, i int) (end int, marks, ascii bool) {
	ascii = true
	for i < len(s) {
		switch chunkByte[s[i]] {
		case 0:
			i++
		case cbSpace:
			return i, marks, ascii
		case cbMark:
			marks = true
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if isSpace(r) {
				return i, marks, ascii
			}
			ascii = false
			i += size
		}
	}
	return i, marks, ascii
}

// chunkByte classifies bytes for chunkEnd: 0 for most, or one of these.
const (
	cbSpace = 1 + iota // ASCII white space
	cbMark             // '.', ':' or '@'
	cbWide             // the first byte of a multi-byte rune (or an invalid one)
)

var chunkByte = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = cbWide
		case asciiClass[c] == clSpace || asciiClass[c] == clNewline:
			t[c] = cbSpace
		case c == '.' || c == ':' || c == '@':
			t[c] = cbMark
		}
	}
	return t
}()

// cp returns the code-point offset of byte offset b, which must not lie
// before the previous call's.
func (t *tokenizer) cp(b int) int {
	if b <= t.asciiTo {
		// The cursor and b lie in one ASCII chunk.
		t.cn += b - t.cb
		t.cb = b
		return t.cn
	}
	return t.cpSlow(b)
}

// cpSlow is cp counting rune by rune.
func (t *tokenizer) cpSlow(b int) int {
	i, n := t.cb, t.cn
	s := t.text
	for i < b {
		if s[i] < utf8.RuneSelf {
			i++
		} else {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
		n++
	}
	t.cb, t.cn = i, n
	return n
}

// emit appends the token text[start:end].
func (t *tokenizer) emit(start, end int, kind sitrep.TokenKind, fused bool) {
	if t.newline {
		t.breaks = append(t.breaks, int32(len(t.toks)))
		t.newline = false
		t.singleOpen = false
	}
	a := t.cp(start)
	b := t.cp(end)
	if n := len(t.toks); n < cap(t.toks) {
		// Fill the zeroed slot in place rather than copy a whole Token.
		t.toks = t.toks[:n+1]
		tok := &t.toks[n]
		tok.Text = t.text[start:end]
		tok.Start, tok.End = a, b
		tok.Kind, tok.Fused = kind, fused
	} else {
		t.toks = append(t.toks, sitrep.Token{
			Text:  t.text[start:end],
			Span:  sitrep.Span{Start: a, End: b},
			Kind:  kind,
			Fused: fused,
		})
	}
}
