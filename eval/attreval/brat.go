package attreval

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"sitrep"
)

// Attribution is one gold attribution: content fragments, source fragments
// (none when unattributed) and cue fragments.
type Attribution struct {
	Content []sitrep.Span
	Source  []sitrep.Span
	Cue     []sitrep.Span
}

// Doc is one annotated text.
type Doc struct {
	Name string
	Text string
	Gold []Attribution
}

// Roles of text-bound annotations.
const (
	roleOther = iota
	roleSource
	roleCue
	roleContent
)

func roleOf(typ string) int {
	switch strings.ToLower(typ) {
	case "source", "speaker":
		return roleSource
	case "cue":
		return roleCue
	case "content", "quote", "message":
		return roleContent
	}
	return roleOther
}

type textBound struct {
	role  int
	spans []sitrep.Span
}

// maxLine bounds one line of an .ann file.
const maxLine = 1 << 20

// Parse reads the .ann annotations of text. Errors name the line.
func Parse(text string, ann []byte) ([]Attribution, error) {
	n := utf8.RuneCountInString(text)
	tbs := map[string]*textBound{}
	var order []string
	edges := map[string][]string{}
	link := func(a, b string) {
		edges[a] = append(edges[a], b)
		edges[b] = append(edges[b], a)
	}
	sc := bufio.NewScanner(bytes.NewReader(ann))
	sc.Buffer(make([]byte, 0, 4096), maxLine)
	line := 0
	for sc.Scan() {
		line++
		l := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(l) == "" {
			continue
		}
		id, rest, _ := strings.Cut(l, "\t")
		if id == "" {
			return nil, errorf(line, "no annotation id")
		}
		switch id[0] {
		case 'T':
			spec, _, _ := strings.Cut(rest, "\t")
			typ, offs, ok := strings.Cut(spec, " ")
			if !ok {
				return nil, errorf(line, "text-bound annotation %s has no offsets", id)
			}
			spans, err := parseSpans(offs, n)
			if err != nil {
				return nil, errorf(line, "%s: %v", id, err)
			}
			if _, dup := tbs[id]; dup {
				return nil, errorf(line, "duplicate id %s", id)
			}
			tbs[id] = &textBound{role: roleOf(typ), spans: spans}
			order = append(order, id)
		case 'R', 'E':
			spec, _, _ := strings.Cut(rest, "\t")
			fields := strings.Fields(spec)
			if len(fields) < 2 {
				return nil, errorf(line, "%s has fewer than two parts", id)
			}
			var args []string
			for k, f := range fields {
				if k == 0 && id[0] == 'R' {
					continue // the relation type
				}
				_, ref, ok := strings.Cut(f, ":")
				if !ok || ref == "" {
					if k == 0 {
						continue // an event with a bare type
					}
					return nil, errorf(line, "%s: argument %q is not ROLE:ID", id, f)
				}
				args = append(args, ref)
			}
			for _, a := range args {
				link(id, a)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line+1, err)
	}
	// Each Content is one attribution; it takes the Sources and Cues it
	// reaches through relations and events without passing through another
	// Content, so a speaker shared by two quotes serves both.
	out := make([]Attribution, 0, len(order))
	seen := map[string]bool{}
	for _, id := range order {
		tb := tbs[id]
		if tb.role != roleContent {
			continue
		}
		a := Attribution{Content: append([]sitrep.Span(nil), tb.spans...)}
		clear(seen)
		seen[id] = true
		queue := []string{id}
		for len(queue) > 0 {
			x := queue[0]
			queue = queue[1:]
			for _, y := range edges[x] {
				if seen[y] {
					continue
				}
				seen[y] = true
				t := tbs[y]
				if t == nil {
					queue = append(queue, y) // an event
					continue
				}
				switch t.role {
				case roleSource:
					a.Source = append(a.Source, t.spans...)
				case roleCue:
					a.Cue = append(a.Cue, t.spans...)
				}
				if t.role == roleCue || t.role == roleOther {
					queue = append(queue, y) // a source or content ends a path
				}
			}
		}
		sort.Slice(a.Content, func(i, j int) bool { return a.Content[i].Start < a.Content[j].Start })
		out = append(out, a)
	}
	return out, nil
}

// parseSpans reads "0 5;7 9" into spans within [0, n].
func parseSpans(s string, n int) ([]sitrep.Span, error) {
	var out []sitrep.Span
	for _, frag := range strings.Split(s, ";") {
		a, b, ok := strings.Cut(strings.TrimSpace(frag), " ")
		if !ok {
			return nil, fmt.Errorf("fragment %q is not START END", frag)
		}
		start, err1 := strconv.Atoi(a)
		end, err2 := strconv.Atoi(strings.TrimSpace(b))
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("fragment %q has a bad offset", frag)
		}
		if start < 0 || end < start || end > n {
			return nil, fmt.Errorf("fragment %d %d is outside the text of %d code points", start, end, n)
		}
		out = append(out, sitrep.Span{Start: start, End: end})
	}
	return out, nil
}

func errorf(line int, format string, args ...any) error {
	return sitrep.Errorf(sitrep.EINVALID, "line %d: %s", line, fmt.Sprintf(format, args...))
}

// ReadDir reads every NAME.ann in dir, in name order, with its text: the
// NAME.txt beside it, or in the PolNeAR layout (DIR/attributions/*.ann with
// DIR/text/*.txt, the .ann names carrying an annotator suffix "_5fec") the
// text named without the suffix in the sibling text directory.
func ReadDir(dir string) ([]Doc, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.ann"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		paths, _ = filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	}
	sort.Strings(paths)
	var docs []Doc
	for _, p := range paths {
		txtPath, err := textFor(p)
		if err != nil {
			return nil, fmt.Errorf("attreval: %w", err)
		}
		txt, err := os.ReadFile(txtPath)
		if err != nil {
			return nil, fmt.Errorf("attreval: %w", err)
		}
		ann, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("attreval: %w", err)
		}
		gold, err := Parse(string(txt), ann)
		if err != nil {
			return nil, fmt.Errorf("attreval: %s: %w", p, err)
		}
		docs = append(docs, Doc{Name: strings.TrimSuffix(filepath.Base(p), ".ann"), Text: string(txt), Gold: gold})
	}
	if len(docs) == 0 {
		return nil, sitrep.Errorf(sitrep.ENOTFOUND, "no .ann files in %s", dir)
	}
	return docs, nil
}

// textFor finds the text of the annotation file ann.
func textFor(ann string) (string, error) {
	base := strings.TrimSuffix(ann, ".ann")
	dir, name := filepath.Split(base)
	cands := []string{base + ".txt"}
	short := name
	if i := strings.LastIndexByte(name, '_'); i > 0 {
		short = name[:i]
		cands = append(cands, filepath.Join(dir, short+".txt"))
	}
	text := filepath.Join(dir, "..", "text")
	cands = append(cands, filepath.Join(text, name+".txt"), filepath.Join(text, short+".txt"))
	for _, c := range cands {
		if _, err := os.Stat(c); err == nil {
			return c, nil
		}
	}
	return "", sitrep.Errorf(sitrep.ENOTFOUND, "no text for %s", ann)
}
