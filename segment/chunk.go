package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep"
)

// chunk tokenizes text[p:e], a run without white space; marks says whether
// it holds a '.', ':' or '@'.
func (t *tokenizer) chunk(p, e int, marks bool) {
	if !marks || e-p < 5 {
		for p < e {
			p = t.next(p, e)
		}
		return
	}
	if a, b, kind, ok := t.special(p, e); ok {
		for p < a {
			p = t.next(p, a)
		}
		t.emit(a, b, kind, false)
		p = b
	}
	for p < e {
		p = t.next(p, e)
	}
}

// special finds a URL or e-mail address filling text[p:e] but for leading
// and trailing punctuation, and returns its bounds.
func (t *tokenizer) special(p, e int) (a, b int, kind sitrep.TokenKind, ok bool) {
	s := t.text
	a, b = p, e
	for a < b && strings.IndexByte("\"'([{<", s[a]) >= 0 {
		a++
	}
	paren := strings.IndexByte(s[a:b], '(') >= 0 // "(disambiguation)" in a URL
	for a < b {
		r, size := decodeLast(s, b)
		if strings.ContainsRune(".,;:!?\"'>]}”’»", r) || r == ')' && !paren {
			b -= size
			continue
		}
		break
	}
	core := s[a:b]
	switch {
	case isURL(core):
		return a, b, sitrep.KindURL, true
	case isEmail(core):
		return a, b, sitrep.KindEmail, true
	}
	return 0, 0, 0, false
}

// isURL reports a web address: a scheme, or "www." and a domain.
func isURL(s string) bool {
	if len(s) < 5 {
		return false
	}
	if hasPrefixFold(s, "http://") || hasPrefixFold(s, "https://") || hasPrefixFold(s, "ftp://") {
		return len(s) > 8
	}
	if hasPrefixFold(s, "www.") {
		return len(s) > 6 && strings.IndexByte(s[4:], '.') > 0
	}
	i := strings.Index(s, "://")
	return i > 0 && i+3 < len(s) && isAlnum(rune(s[0]))
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// isEmail reports an e-mail address: one '@' between a local part and a
// dotted domain.
func isEmail(s string) bool {
	at := strings.IndexByte(s, '@')
	if at <= 0 || strings.IndexByte(s[at+1:], '@') >= 0 {
		return false
	}
	local, domain := s[:at], s[at+1:]
	for i := 0; i < len(local); i++ {
		c := local[i]
		if c < utf8.RuneSelf && asciiClass[c] < clLetter && strings.IndexByte("._%+-'", c) < 0 {
			return false
		}
	}
	dot := strings.LastIndexByte(domain, '.')
	if dot <= 0 || dot == len(domain)-1 {
		return false
	}
	for i := 0; i < len(domain); i++ {
		c := domain[i]
		if c < utf8.RuneSelf && asciiClass[c] < clLetter && c != '.' && c != '-' {
			return false
		}
	}
	return true
}

// next emits the token or tokens starting at text[p:e] and returns the end
// of what it consumed.
func (t *tokenizer) next(p, e int) int {
	s := t.text
	if k := asciiClass[s[p]&0x7f]; s[p] < utf8.RuneSelf && (k == clLetter || k == clDigit) {
		return t.word(p, p, e) // the common case first
	}
	r, size := decode(s, p)
	var r2 rune
	if p+size < e {
		r2, _ = decode(s, p+size)
	}
	switch {
	case isIdeograph(r):
		q := p + size
		for q < e { // with its combining marks
			r, size := decode(s, q)
			if !unicode.IsMark(r) {
				break
			}
			q += size
		}
		t.emit(p, q, sitrep.KindWord, false)
		return q
	case isAlnum(r):
		return t.word(p, p, e)
	case (r == '-' || r == '+' || r == '−') && isDigit(r2) && t.opens(p):
		return t.word(p, p+size, e)
	case (r == '\'' || r == '’') && isAlnum(r2) && t.opens(p):
		// A clitic standing alone: "FERC 's".
		if n := alnumEnd(s, p+size, e); isClitic(s[p+size : n]) {
			t.emit(p, n, sitrep.KindWord, false)
			return n
		}
		if r == '\'' {
			t.singleOpen = true
		}
		t.emit(p, p+size, sitrep.KindPunct, false)
		return p + size
	case r == '#' && isAlnum(r2) && !isDigit(r2) && t.opens(p):
		return t.tag(p, e, sitrep.KindHashtag)
	case r == '@' && (isAlnum(r2) && !isDigit(r2) || r2 == '_') && t.opens(p):
		return t.tag(p, e, sitrep.KindMention)
	case r == '.' || r == '!' || r == '?' || r == '…':
		q := p + size
		for q < e {
			r, size := decode(s, q)
			if r != '.' && r != '!' && r != '?' && r != '…' {
				break
			}
			q += size
		}
		t.emit(p, q, sitrep.KindPunct, false)
		return q
	case r == '-' || r == '=' || r == '*' || r == '_' || r == '~' || r == '`' || r == '<' || r == '>' ||
		r == '\'' || r == '+' || r == '$':
		q := p + 1
		for q < e && rune(s[q]) == r {
			q++
		}
		if r == '\'' && q == p+1 {
			if t.opens(p) && isAlnum(r2) {
				t.singleOpen = true
			} else if !isAlnum(r2) {
				t.singleOpen = false
			}
		}
		t.emit(p, q, sitrep.KindPunct, false)
		return q
	case r == ':' || r == ';':
		if n := emoticon(s[p:e]); n > 0 {
			t.emit(p, p+n, sitrep.KindEmoji, false)
			return p + n
		}
	case isEmoji(r):
		q := p + size
		for q < e {
			r, size := decode(s, q)
			if isEmojiExtender(r) || r >= 0x1F1E6 && r <= 0x1F1FF {
				q += size
				continue
			}
			// after a zero width joiner, the next pictograph belongs too
			if prev, _ := decodeLast(s, q); prev == 0x200D && isEmoji(r) {
				q += size
				continue
			}
			break
		}
		t.emit(p, q, sitrep.KindEmoji, false)
		return q
	case r == '’' && r2 == '’' || r == '‘' && (r2 == '‘' || r2 == '’'):
		t.emit(p, p+2*size, sitrep.KindPunct, false) // a doubled quote
		return p + 2*size
	case r == '‘':
		t.singleOpen = true
	case r == '’':
		t.singleOpen = false // a closing quote
	}
	t.emit(p, p+size, sitrep.KindPunct, false)
	return p + size
}

// opens reports whether text[p] starts its chunk or follows an opening
// bracket or quote, where a sign or a quote begins something.
func (t *tokenizer) opens(p int) bool {
	if p == 0 {
		return true
	}
	r, _ := decodeLast(t.text, p)
	return isSpace(r) || strings.ContainsRune("([{\"'“‘«/", r)
}

// tag emits a hashtag or mention: the sign and the word runes after it.
func (t *tokenizer) tag(p, e int, kind sitrep.TokenKind) int {
	q := p + 1
	for q < e {
		r, size := decode(t.text, q)
		if !isAlnum(r) && r != '_' {
			break
		}
		q += size
	}
	t.emit(p, q, kind, false)
	return q
}

// emoticon returns the length of an ASCII emoticon at the start of s, or 0.
func emoticon(s string) int {
	for _, f := range [...]string{":-)", ":-(", ";-)", ":-D", ":-P", ":)", ":(", ";)", ":D", ":P", ":/"} {
		if strings.HasPrefix(s, f) {
			if len(s) == len(f) || !isAlnum(rune(s[len(f)])) {
				if f == ":/" && len(s) > 2 && s[2] == '/' {
					return 0
				}
				return len(f)
			}
		}
	}
	return 0
}
