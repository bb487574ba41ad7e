package read

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"sitrep"
)

// jsonlRecord is one line of a JSON Lines file. The body may be named body,
// text or content.
type jsonlRecord struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Body      string `json:"body"`
	Text      string `json:"text"`
	Content   string `json:"content"`
	URL       string `json:"url"`
	Source    string `json:"source"`
	Published string `json:"published"`
}

// readJSONL reads a JSON Lines file one line at a time, so that its size
// does not matter. A bad line yields an Item with an error naming the line,
// and reading goes on.
func (r *Reader) readJSONL(e *emitter, src *source) error {
	lr := &lineReader{br: src.br}
	for n := 1; ; n++ {
		line, err := lr.next()
		if err == io.EOF {
			return nil
		}
		where := fmt.Sprintf("%s:%d", e.in.Name, n)
		if err != nil {
			var tl *lineTooLong
			if !errors.As(err, &tl) {
				return sitrep.Errorf(sitrep.EINVALID, "line %d: %v", n, err)
			}
			if !e.emit(Item{Where: where, Err: sitrep.Errorf(sitrep.EINVALID, "%v", err)}) {
				return nil
			}
			continue
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		it := parseJSONLine(line)
		it.Where = where
		if !e.emit(it) {
			return nil
		}
	}
}

// parseJSONLine turns one JSON object into an article.
func parseJSONLine(line []byte) Item {
	var it Item
	line = bytes.TrimPrefix(line, bom)
	if len(line) == 0 || line[0] != '{' {
		it.Err = sitrep.Errorf(sitrep.EINVALID, "not a JSON object")
		return it
	}
	if !utf8.Valid(line) {
		// encoding/json would replace bad bytes silently; count them.
		s := normalize(line, &it.Diagnostics)
		line = []byte(s)
	}
	var rec jsonlRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		it.Err = sitrep.Errorf(sitrep.EINVALID, "bad JSON: %v", jsonError(err))
		return it
	}
	body := firstNonEmpty(rec.Body, rec.Text, rec.Content)
	if body == "" {
		it.Err = sitrep.Errorf(sitrep.EINVALID, "no body: want a non-empty \"body\", \"text\" or \"content\"")
		return it
	}
	a := &it.Article
	a.ID = rec.ID
	a.Title = rec.Title
	a.Body = normalize([]byte(body), &it.Diagnostics)
	a.URL = rec.URL
	a.Source = rec.Source
	if rec.Published != "" {
		it.readPublished(rec.Published, "publication date")
	}
	return it
}

// jsonError makes a decoding error short and free of Go type names.
func jsonError(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("field %q must be a %s, not a %s", te.Field, "string", te.Value)
	}
	return err.Error()
}

// lineTooLong is the error of a line longer than MaxLineSize.
type lineTooLong struct{ size int64 }

func (e *lineTooLong) Error() string {
	return fmt.Sprintf("line too long: more than the limit of %s", byteSize(MaxLineSize))
}

// lineReader returns the lines of a stream, each without its newline,
// skipping past a line longer than MaxLineSize without holding it.
type lineReader struct {
	br  *bufio.Reader
	buf []byte
}

func (l *lineReader) next() ([]byte, error) {
	l.buf = l.buf[:0]
	var skipped int64
	for {
		chunk, err := l.br.ReadSlice('\n')
		if skipped == 0 && len(l.buf)+len(chunk) <= MaxLineSize+1 {
			l.buf = append(l.buf, chunk...)
		} else {
			skipped += int64(len(l.buf) + len(chunk))
			l.buf = l.buf[:0]
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && len(l.buf) == 0 && skipped == 0:
			return nil, io.EOF
		case err != nil && err != io.EOF:
			return nil, err
		}
		if skipped > 0 {
			return nil, &lineTooLong{size: skipped}
		}
		return bytes.TrimSuffix(l.buf, []byte("\n")), nil
	}
}
