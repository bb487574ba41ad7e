package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold returns the lookup key of a name: lower case, Latin accents and
// transliteration marks removed (Ḥalab, Ḩalab -> halab), hyphens and
// white space collapsed to one space, periods and apostrophes dropped
// (U.S. -> us, Côte d'Ivoire -> cote divoire). Letters of other scripts are
// kept, lower-cased.
func Fold(s string) string {
	ascii := true
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if ('A' <= c && c <= 'Z') || !(('a' <= c && c <= 'z') || ('0' <= c && c <= '9') || c == ' ') {
			clean = false
		}
	}
	if ascii && clean && !strings.Contains(s, "  ") && (len(s) == 0 || (s[0] != ' ' && s[len(s)-1] != ' ')) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is pending
	for _, r := range s {
		var out string
		switch {
		case r < utf8.RuneSelf:
			c := byte(r)
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case c == '.' || c == '\'':
				continue
			case c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '_' || c == ',' || c == '/':
				space = b.Len() > 0
				continue
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteByte(c)
			continue
		case r == '’' || r == '‘' || r == 'ʻ' || r == 'ʼ' || r == 'ʿ' || r == 'ʾ' || r == '`':
			continue
		case r == '–' || r == '—' || r == '‐' || unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case unicode.Is(unicode.Mn, r):
			continue
		default:
			if f, ok := foldTable[r]; ok {
				out = f
			} else {
				out = string(unicode.ToLower(r))
			}
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteString(out)
	}
	return b.String()
}
