package segment

import (
	"unicode"
	"unicode/utf8"
)

// Character classes of ASCII bytes, looked up in asciiClass.
const (
	clOther = iota
	clSpace
	clNewline
	clLetter // from here on: word bytes
	clDigit
	clUnderscore
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c == '\n' || c == '\r' || c == '\v' || c == '\f':
			t[c] = clNewline
		case c == ' ' || c == '\t':
			t[c] = clSpace
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			t[c] = clLetter
		case '0' <= c && c <= '9':
			t[c] = clDigit
		case c == '_':
			t[c] = clUnderscore
		}
	}
	return t
}()

// decode returns the rune at byte i of s and its size. An invalid byte is
// utf8.RuneError of size 1, one code point.
func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// decodeLast returns the rune ending at byte i of s and its size.
func decodeLast(s string, i int) (rune, int) {
	if c := s[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

// isSpace reports white space, including the zero-width space and the byte
// order mark, which separate tokens without being text.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] == clSpace || asciiClass[r] == clNewline
	}
	return unicode.IsSpace(r) || r == 0x200B || r == 0xFEFF
}

// isNewline reports a line or paragraph break.
func isNewline(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] == clNewline
	}
	return r == 0x85 || r == 0x2028 || r == 0x2029
}

// isAlnum reports a letter, digit or combining mark: the runes of words.
func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		c := asciiClass[r]
		return c == clLetter || c == clDigit
	}
	if r == utf8.RuneError {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] == clDigit
	}
	return unicode.IsDigit(r)
}

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	return unicode.IsLower(r)
}

// isIdeograph reports Chinese and Japanese characters, written without
// spaces between words; each becomes a token of its own.
func isIdeograph(r rune) bool {
	return r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r))
}

// isEmoji reports a pictograph that starts an emoji token.
func isEmoji(r rune) bool {
	return r >= 0x1F000 && r <= 0x1FAFF || r >= 0x2600 && r <= 0x27BF ||
		r >= 0x2B00 && r <= 0x2BFF
}

// isEmojiExtender reports what continues an emoji: variation selector,
// skin tone, zero width joiner, keycap, tag characters.
func isEmojiExtender(r rune) bool {
	return r == 0xFE0F || r == 0x200D || r == 0x20E3 || r >= 0x1F3FB && r <= 0x1F3FF ||
		r >= 0xE0020 && r <= 0xE007F
}

// isTerminal reports sentence-final punctuation.
func isTerminal(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '。', '！', '？', '｡', '؟', '।', '‼', '⁇', '⁈', '⁉':
		return true
	}
	return false
}

// isCloser reports closing quotes and brackets that stay with the sentence
// before them.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '”', '’', '»', '›', '」', '』', '）':
		return true
	}
	return false
}
