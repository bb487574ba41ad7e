// Package nereval scores a named-entity recognizer against corpora in the
// IOB2 format of Universal NER and CoNLL: exact-match spans, precision,
// recall and F1 overall and per type, as conlleval counts them.
package nereval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// Sentence is one sentence of an IOB2 file: its words and gold names.
type Sentence struct {
	Doc   string // the last "# newdoc id =" comment, if any
	ID    string // the "# sent_id =" comment, if any
	Text  string // the "# text =" comment, if any
	Words []string
	Spans []Span
}

// SpaceAfter reports, for each word, whether white space follows it in
// Text; without Text (or when the words do not match it) every word is
// followed by a space.
func (s *Sentence) SpaceAfter() []bool {
	out := make([]bool, len(s.Words))
	for i := range out {
		out[i] = true
	}
	text := s.Text
	pos := 0
	for i, w := range s.Words {
		k := strings.Index(text[pos:], w)
		if k < 0 || strings.TrimSpace(text[pos:pos+k]) != "" {
			return out
		}
		pos += k + len(w)
		out[i] = pos >= len(text) || text[pos] == ' ' || text[pos] == '\t'
	}
	return out
}

// Span is a name over words Start up to End (exclusive) of a sentence.
type Span struct {
	Start, End int
	Type       string
}

// Error is a problem at a line of an IOB2 file.
type Error struct {
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// ReadFile reads an IOB2 file.
func ReadFile(path string) ([]Sentence, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	s, err := Read(fh)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// Read reads sentences in IOB2: one token a line, tab-separated, the word
// in the second column and the tag (O, B-TYPE, I-TYPE) in the third; blank
// lines end sentences and lines starting with # are comments. An I- tag
// that does not continue a name of its type starts one, as conlleval does.
func Read(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	var out []Sentence
	var cur Sentence
	doc := ""
	open := -1 // index in cur.Spans of the name still open, or -1
	flush := func() {
		if len(cur.Words) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{Doc: doc}
		open = -1
	}
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" {
			flush()
			continue
		}
		if strings.HasPrefix(text, "#") {
			if id, ok := strings.CutPrefix(text, "# newdoc id = "); ok {
				if len(cur.Words) > 0 {
					flush()
				}
				doc = strings.TrimSpace(id)
				cur.Doc = doc
			}
			if id, ok := strings.CutPrefix(text, "# sent_id = "); ok {
				if len(cur.Words) > 0 {
					flush()
				}
				cur.ID = strings.TrimSpace(id)
			}
			if t, ok := strings.CutPrefix(text, "# text = "); ok {
				cur.Text = t
			}
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) < 3 {
			return nil, &Error{line, fmt.Sprintf("want at least 3 tab-separated columns, got %d", len(f))}
		}
		word, tag := f[1], strings.TrimSpace(f[2])
		i := len(cur.Words)
		cur.Words = append(cur.Words, word)
		switch {
		case tag == "O":
			open = -1
		case len(tag) > 2 && (tag[:2] == "B-" || tag[:2] == "I-"):
			typ := tag[2:]
			if tag[0] == 'I' && open >= 0 && cur.Spans[open].Type == typ {
				cur.Spans[open].End = i + 1
				continue
			}
			cur.Spans = append(cur.Spans, Span{Start: i, End: i + 1, Type: typ})
			open = len(cur.Spans) - 1
		default:
			return nil, &Error{line, fmt.Sprintf("bad tag %q", tag)}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	flush()
	return out, nil
}
