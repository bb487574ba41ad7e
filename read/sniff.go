package read

import (
	"bytes"
	"mime"
	"unicode/utf8"
)

var bom = []byte("\xef\xbb\xbf")

// isBinary reports whether the first bytes of an input are not text: they
// hold a NUL byte, or more than 30% of them are control characters or bytes
// that are not UTF-8.
func isBinary(head []byte) bool {
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	bad := 0
	for i := 0; i < len(head); {
		c := head[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b || c == 0x7f {
				bad++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(head[i:])
		if r == utf8.RuneError && n == 1 && len(head)-i >= utf8.UTFMax {
			bad++
		}
		i += n
	}
	return bad*10 > len(head)*3
}

// sniff refines the format suggested by an extension or a content type with
// what the first bytes of the content show.
func sniff(f Format, head []byte) Format {
	t := bytes.TrimLeft(bytes.TrimPrefix(head, bom), " \t\r\n\f")
	if len(t) > 1024 {
		t = t[:1024]
	}
	lower := bytes.ToLower(t)
	feed, html := looksFeed(lower, head), looksHTML(lower)
	switch f {
	case FormatHTML, FormatJSONL:
		return f
	case FormatFeed:
		if !feed && html {
			return FormatHTML
		}
		return FormatFeed
	case FormatText:
		if html {
			return FormatHTML
		}
		return FormatText
	case formatJSON:
		switch {
		case feed:
			return FormatFeed
		case len(t) > 0 && t[0] == '{':
			if first, _, ok := bytes.Cut(t, []byte("\n")); ok && !bytes.HasSuffix(bytes.TrimSpace(first), []byte("}")) {
				return formatJSONDoc
			}
			return FormatJSONL
		}
		return f // unsupported
	}
	switch {
	case feed:
		return FormatFeed
	case html:
		return FormatHTML
	case len(t) > 0 && t[0] == '{':
		return FormatJSONL
	}
	return FormatText
}

// looksFeed reports whether the content starts like an RSS, Atom or RDF
// document or is a JSON Feed.
func looksFeed(lower, head []byte) bool {
	if len(lower) == 0 {
		return false
	}
	if lower[0] == '{' {
		return bytes.Contains(head, []byte("jsonfeed.org/version"))
	}
	if lower[0] != '<' {
		return false
	}
	// Skip the XML declaration, comments and processing instructions.
	for _, tag := range [][]byte{[]byte("<rss"), []byte("<feed"), []byte("<rdf:rdf")} {
		i := bytes.Index(lower, tag)
		if i >= 0 && !bytes.Contains(lower[:i], []byte("<html")) {
			return true
		}
	}
	return false
}

// looksHTML reports whether the content starts like an HTML page or
// fragment.
func looksHTML(lower []byte) bool {
	if len(lower) == 0 || lower[0] != '<' {
		return false
	}
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<!--"} {
		if bytes.HasPrefix(lower, []byte(p)) {
			return !bytes.HasPrefix(lower, []byte("<!--")) || bytes.Contains(lower, []byte("<html"))
		}
	}
	for _, p := range []string{"<p>", "<p ", "<div", "<br", "<article", "<h1", "<h2"} {
		if bytes.Contains(lower, []byte(p)) {
			return true
		}
	}
	return false
}

// formatOfContentType maps an HTTP Content-Type to the format it announces.
func formatOfContentType(ct string) Format {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return FormatAuto
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		return FormatHTML
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml",
		"application/xml", "text/xml", "application/feed+json":
		return FormatFeed
	case "application/x-ndjson", "application/jsonl", "application/x-jsonlines":
		return FormatJSONL
	case "text/plain":
		return FormatText
	}
	return FormatAuto
}
