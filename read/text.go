package read

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep"
)

// maxHeadline is the longest first line, in code points, taken as a
// headline. Headlines run to about 70 characters; a longer first line is a
// paragraph.
const maxHeadline = 200

// normalize turns the bytes of an input into the text sitrep keeps: a
// leading byte-order mark is dropped, every byte that is not UTF-8 becomes
// U+FFFD (with a diagnostic saying how many), and CRLF and lone CR line ends
// become LF. Nothing else is changed.
func normalize(b []byte, diags *sitrep.Diagnostics) string {
	b = bytes.TrimPrefix(b, bom)
	if !utf8.Valid(b) {
		var buf bytes.Buffer
		buf.Grow(len(b) + 16)
		bad := 0
		for i := 0; i < len(b); {
			r, n := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && n == 1 {
				bad++
				buf.WriteRune(utf8.RuneError)
			} else {
				buf.Write(b[i : i+n])
			}
			i += n
		}
		b = buf.Bytes()
		diags.Add(sitrep.Span{}, stage, "replaced %d invalid UTF-8 %s with U+FFFD", bad, plural(bad, "byte", "bytes"))
	}
	if bytes.IndexByte(b, '\r') >= 0 {
		b = bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))
		b = bytes.ReplaceAll(b, []byte("\r"), []byte("\n"))
	}
	return string(b)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// readText reads a plain-text article. A first line that reads as a
// headline becomes the title, and the body is the text after it with the
// blank lines before the story dropped; otherwise the body is the whole text.
func readText(b []byte) Item {
	var it Item
	text := normalize(b, &it.Diagnostics)
	if strings.TrimSpace(text) == "" {
		it.Err = sitrep.Errorf(sitrep.EINVALID, "no text: the file holds only white space")
		return it
	}
	it.Article.Title, it.Article.Body = splitHeadline(text)
	return it
}

// splitHeadline returns the headline of text and the text after it, or ""
// and the whole text when the first line is not a headline. A headline is a
// first line with a letter in it, shorter than maxHeadline, that does not
// end like a sentence (., !, ?, :, ; or , before any closing quotes) and is
// followed by more text.
func splitHeadline(text string) (title, body string) {
	start := 0
	for start < len(text) && (text[start] == '\n' || text[start] == ' ' || text[start] == '\t') {
		start++
	}
	nl := strings.IndexByte(text[start:], '\n')
	if nl < 0 {
		return "", text
	}
	line := strings.TrimSpace(text[start : start+nl])
	rest := text[start+nl+1:]
	for {
		i := strings.IndexByte(rest, '\n')
		if i < 0 || strings.TrimSpace(rest[:i]) != "" {
			break
		}
		rest = rest[i+1:]
	}
	if rest == "" || strings.TrimSpace(rest) == "" || !isHeadline(line) {
		return "", text
	}
	return line, rest
}

func isHeadline(line string) bool {
	if line == "" || utf8.RuneCountInString(line) >= maxHeadline {
		return false
	}
	if !strings.ContainsFunc(line, unicode.IsLetter) {
		return false
	}
	end := strings.TrimRightFunc(line, func(r rune) bool {
		return strings.ContainsRune("\"'”’»)]*", r)
	})
	last, _ := utf8.DecodeLastRuneInString(end)
	return !strings.ContainsRune(".!?:;,…", last)
}
