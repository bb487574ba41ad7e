package cameo

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// ReadPetrarch reads a verb dictionary in the PETRARCH format: synonym
// sets (&NAME followed by +members), verb blocks opened by
// "--- NAME [CODE] ---", verbs (WORD {FORMS} [CODE], '+' marking the head
// of a multiword verb) and patterns ("- pre * post [CODE] # comment").
// Synonym sets are expanded into the slots of the patterns that use them;
// transformations (~ lines) are skipped.
func ReadPetrarch(r io.Reader) ([]Block, error) {
	var (
		blocks  []Block
		synsets = map[string][]string{}
		synset  string // name of the set being read, "" inside a block
	)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.HasPrefix(strings.TrimSpace(line), "<!--") {
			continue
		}
		line = strings.TrimSpace(stripComment(line))
		if line == "" || line[0] == '~' {
			continue
		}
		switch {
		case strings.HasPrefix(line, "---"):
			name, code := header(line)
			blocks = append(blocks, Block{Name: name, Code: code})
			synset = ""
		case line[0] == '&':
			synset = setName(strings.Fields(line)[0])
			synsets[synset] = nil
		case synset != "" && line[0] == '+':
			m := strings.ToLower(strings.TrimSpace(line[1:]))
			if strings.HasPrefix(m, "&") {
				synsets[synset] = append(synsets[synset], synsets[setName(m)]...)
				continue
			}
			synsets[synset] = append(synsets[synset], m)
		case len(blocks) == 0:
			// Words before the first block belong to no verb.
		case line[0] == '-':
			p, err := parsePattern(line[1:], synsets)
			if err == errUnknownSet {
				continue // the format ignores such patterns
			}
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", n, err)
			}
			b := &blocks[len(blocks)-1]
			b.Patterns = append(b.Patterns, p)
		default:
			v, ok := parseVerb(line)
			if ok {
				b := &blocks[len(blocks)-1]
				b.Verbs = append(b.Verbs, v)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return blocks, nil
}

// stripComment cuts line at its first '#' outside brackets ("[###]" is a
// code).
func stripComment(line string) string {
	depth := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '[':
			depth++
		case ']':
			depth--
		case '#':
			if depth <= 0 {
				return line[:i]
			}
		}
	}
	return line
}

// setName normalises a synonym set name: lower case, no trailing '_'
// (which only turns off plurals).
func setName(s string) string {
	return strings.TrimRight(strings.ToLower(s), "_")
}

// header parses "---  NAME   [CODE]  ---".
func header(line string) (name, code string) {
	line = strings.Trim(line, "- ")
	code = bracket(line)
	if i := strings.IndexByte(line, '['); i >= 0 {
		line = line[:i]
	}
	return strings.TrimSpace(line), code
}

// bracket returns the text of the last [...] in s, "" when there is none.
func bracket(s string) string {
	i := strings.LastIndexByte(s, '[')
	j := strings.LastIndexByte(s, ']')
	if i < 0 || j < i {
		return ""
	}
	return strings.TrimSpace(s[i+1 : j])
}

// parseVerb reads "WORD {FORMS} [CODE]" or "+ASK_FOR {+ASKED_FOR} [020]".
func parseVerb(line string) (Verb, bool) {
	var v Verb
	v.Code = bracket(line)
	forms := ""
	if i := strings.IndexByte(line, '{'); i >= 0 {
		if j := strings.IndexByte(line[i:], '}'); j >= 0 {
			forms = line[i+1 : i+j]
		}
		line = line[:i]
	}
	if i := strings.IndexByte(line, '['); i >= 0 {
		line = line[:i]
	}
	f := strings.Fields(strings.ToLower(line))
	if len(f) == 0 {
		return v, false
	}
	v.Head, v.Before, v.After = splitHead(f[0])
	if v.Head == "" {
		return v, false
	}
	for _, w := range strings.Fields(strings.ToLower(forms)) {
		if h, _, _ := splitHead(w); h != "" {
			v.Forms = append(v.Forms, h)
		}
	}
	return v, true
}

// splitHead splits "wire_+tap" into head "tap" and the words around it.
// Without '+' the first word is the head.
func splitHead(s string) (head string, before, after []string) {
	words := strings.FieldsFunc(s, func(r rune) bool { return r == '_' })
	h := 0
	for i, w := range words {
		if strings.HasPrefix(w, "+") {
			h = i
		}
		words[i] = strings.Trim(w, "+")
	}
	if len(words) == 0 {
		return "", nil, nil
	}
	return words[h], words[:h], words[h+1:]
}

var setRef = regexp.MustCompile(`&[A-Za-z0-9]+_?`)

var errUnknownSet = errors.New("unknown synonym set")

// parsePattern reads the part of a pattern line after its '-'.
func parsePattern(s string, synsets map[string][]string) (Pattern, error) {
	var p Pattern
	code := bracket(s)
	if code == "" {
		return p, fmt.Errorf("pattern without code: %q", s)
	}
	p.Code = code
	s = s[:strings.LastIndexByte(s, '[')]
	// "&TIES_" names the set "&ties"; keep it whole before '_' splits words.
	s = setRef.ReplaceAllStringFunc(s, func(m string) string { return " " + setName(m) + " " })
	s = strings.NewReplacer("(", " ", ")", " ", "{", " ", "}", " ", "_", " ").Replace(strings.ToLower(s))
	post := false
	for _, tok := range strings.Fields(s) {
		star := strings.Contains(tok, "*")
		tok = strings.Trim(tok, "*+$^%")
		if tok != "" {
			slot := Slot{tok}
			if tok[0] == '&' {
				slot = heads(synsets[tok])
				if len(slot) == 0 {
					return p, errUnknownSet
				}
			}
			if post {
				p.Post = append(p.Post, slot)
			} else {
				p.Pre = append(p.Pre, slot)
			}
		}
		if star {
			post = true
		}
	}
	return p, nil
}

// heads returns the phrases of a synonym set as slot alternatives, the
// words of a phrase joined by '_' (they must stand together).
func heads(phrases []string) Slot {
	var s Slot
	seen := map[string]bool{}
	for _, ph := range phrases {
		f := strings.FieldsFunc(ph, func(r rune) bool { return r == ' ' || r == '_' })
		if k := strings.Join(f, "_"); k != "" && !seen[k] {
			seen[k] = true
			s = append(s, k)
		}
	}
	return s
}
