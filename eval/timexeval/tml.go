package timexeval

import (
	"encoding/xml"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"sitrep"
)

// Doc is one TimeML document: the raw text of its <TEXT> element, its
// creation time and the gold time expressions inside <TEXT>.
type Doc struct {
	Name string
	Text string
	DCT  sitrep.Date
	Gold []Timex
}

// Timex is one gold TIMEX3, its span in code points into Doc.Text.
type Timex struct {
	sitrep.Span
	Text  string
	Type  string // DATE, TIME, DURATION, SET
	Value string
}

// ReadTML reads a TimeML document. Tags inside <TEXT> are stripped; the
// text between them, with XML entities decoded, is the raw text.
func ReadTML(name string, r io.Reader) (Doc, error) {
	d := Doc{Name: name}
	dec := xml.NewDecoder(r)
	dec.Strict = false
	var b strings.Builder
	n := 0 // code points written to b
	inText, inDCT := false, false
	type open struct {
		start int
		typ   string
		value string
	}
	var stack []*open // TIMEX3 elements open inside TEXT
	depth := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return d, fmt.Errorf("%s: %w", name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "TEXT":
				inText = true
			case "DCT":
				inDCT = true
			case "TIMEX3":
				typ, val, fn := attr(t, "type"), attr(t, "value"), attr(t, "functionInDocument")
				if inDCT || (!inText && fn == "CREATION_TIME") {
					if d.DCT.IsZero() {
						if len(val) >= 10 {
							if dct, err := sitrep.ParseDate(val[:10]); err == nil {
								d.DCT = dct
							}
						}
					}
				} else if inText {
					stack = append(stack, &open{start: n, typ: typ, value: val})
				}
			}
			depth++
		case xml.EndElement:
			depth--
			switch t.Name.Local {
			case "TEXT":
				inText = false
			case "DCT":
				inDCT = false
			case "TIMEX3":
				if inText && len(stack) > 0 {
					o := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					d.Gold = append(d.Gold, Timex{Span: sitrep.Span{Start: o.start, End: n}, Type: o.typ, Value: o.value})
				}
			}
		case xml.CharData:
			if inText {
				b.Write(t)
				n += utf8.RuneCount(t)
			}
		}
	}
	d.Text = b.String()
	off := sitrep.NewOffsets(d.Text)
	for i := range d.Gold {
		d.Gold[i].Text = off.Slice(d.Gold[i].Span)
	}
	sort.SliceStable(d.Gold, func(i, j int) bool { return d.Gold[i].Start < d.Gold[j].Start })
	return d, nil
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// ReadDir reads every .tml file under dir, recursively, in path order.
func ReadDir(dir string) ([]Doc, error) {
	var paths []string
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !e.IsDir() && strings.HasSuffix(strings.ToLower(p), ".tml") {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	docs := make([]Doc, 0, len(paths))
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		d, err := ReadTML(p, f)
		f.Close()
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}
