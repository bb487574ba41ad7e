package cameo

import (
	"bufio"
	"errors"
	"fmt"
	"io"
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
		// singular says the set's name ends in '_': no plurals.
		singular bool
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
		comment := ""
		if c := stripComment(line); len(c) < len(line) {
			comment = line[len(c)+1:]
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
			name := strings.Fields(line)[0]
			synset = setName(name)
			synsets[synset] = nil
			singular = strings.HasSuffix(name, "_")
		case synset != "" && line[0] == '+':
			m := strings.ToLower(strings.TrimSpace(line[1:]))
			if strings.HasPrefix(m, "&") {
				synsets[synset] = append(synsets[synset], synsets[setName(m)]...)
				continue
			}
			synsets[synset] = append(synsets[synset], strings.TrimSuffix(m, "_"))
			if !singular && !strings.HasSuffix(m, "_") {
				// Regular plurals, as the format generates them.
				synsets[synset] = append(synsets[synset], plural(m))
			}
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
			p.For = patternVerb(b, comment)
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

var errUnknownSet = errors.New("unknown synonym set")

// parsePattern reads the part of a pattern line after its '-'. Words
// joined by '_' must stand together ("REALLY_PLEASANT"), as must a word
// joined to the verb's '*' ("RECENTLY_*", "*_OUT"); words apart may have
// others between them. A synonym set stands for any of its phrases,
// inside a joined group too ("NEW_&TIETYPES_RELATIONS").
func parsePattern(s string, synsets map[string][]string) (Pattern, error) {
	var p Pattern
	code := bracket(s)
	if code == "" {
		return p, fmt.Errorf("pattern without code: %q", s)
	}
	p.Code = code
	s = s[:strings.LastIndexByte(s, '[')]
	s = strings.NewReplacer("(", " ", ")", " ", "{", " ", "}", " ").Replace(strings.ToLower(s))
	post, skip, targetPre := false, 0, false
	for _, tok := range strings.Fields(s) {
		switch tok {
		case "+":
			// '+' marks where the target stands: before the verb, the
			// subject; after it, the phrase after the last slot.
			if !post {
				p.Passive = true
				targetPre = true
			} else if len(p.Post) > 0 {
				p.TargetAt, p.Skip = len(p.Post), skip
			}
			continue
		case "$":
			if post && len(p.Post) > 0 {
				p.SourceAt, p.Skip = len(p.Post), skip
			}
			continue
		case "^":
			// '^' skips an actor before the '+' or '$' that follows.
			skip++
			continue
		}
		skip = 0
		if targetPre && !strings.HasPrefix(tok, "*") {
			// "+ HOSTING * ...": the target is whoever does the word
			// after '+'.
			p.TargetPre = len(p.Pre) + 1
		}
		targetPre = false
		pre, rest, star := strings.Cut(tok, "*")
		if !star {
			slot, err := joined(tok, synsets)
			if err != nil {
				return p, err
			}
			if slot == nil {
				continue
			}
			if post {
				p.Post = append(p.Post, slot)
			} else {
				p.Pre = append(p.Pre, slot)
			}
			continue
		}
		post = true
		slot, err := joined(pre, synsets)
		if err != nil {
			return p, err
		}
		if slot != nil {
			p.Pre = append(p.Pre, slot)
			p.PreNext = strings.HasSuffix(pre, "_")
		}
		slot, err = joined(rest, synsets)
		if err != nil {
			return p, err
		}
		if slot != nil {
			p.Post = append(p.Post, slot)
			p.PostNext = strings.HasPrefix(rest, "_")
		}
	}
	return p, nil
}

// maxAlternatives bounds the phrases a joined group of synonym sets
// expands to.
const maxAlternatives = 4096

// joined reads one group of words joined by '_' into a slot whose
// alternatives are the phrases it stands for; nil when the group holds no
// word (a bare '+', '$', '%' or '^').
func joined(tok string, synsets map[string][]string) (Slot, error) {
	alts := []string{""}
	parts := strings.Split(tok, "_")
	for i := 0; i < len(parts); i++ {
		part := strings.Trim(parts[i], "+$^%")
		if part == "" {
			continue
		}
		words := []string{part}
		if part[0] == '&' {
			// The longest set name the group opens with: set names
			// hold '_' too ("&FIGHT_OF_WORDS").
			words = nil
			for j := len(parts); j > i && words == nil; j-- {
				if m, ok := synsets[setName(strings.Join(parts[i:j], "_"))]; ok {
					words = heads(m)
					i = j - 1
				}
			}
			if len(words) == 0 {
				return nil, errUnknownSet
			}
		}
		var next []string
		for _, a := range alts {
			for _, w := range words {
				if a != "" {
					w = a + "_" + w
				}
				next = append(next, w)
			}
		}
		if len(next) > maxAlternatives {
			next = next[:maxAlternatives]
		}
		alts = next
	}
	if len(alts) == 1 && alts[0] == "" {
		return nil, nil
	}
	return Slot(alts), nil
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

// patternVerb returns the verb of block b that a pattern's comment names
// ("# TAKE", the convention of the CAMEO dictionary), "" when the
// comment names none of its verbs.
func patternVerb(b *Block, comment string) string {
	f := strings.Fields(comment)
	if len(f) == 0 {
		return ""
	}
	w := strings.ToLower(f[0])
	for _, v := range b.Verbs {
		if v.Head == w && len(v.Before) == 0 && len(v.After) == 0 {
			return w
		}
	}
	return ""
}

// plural returns the regular plural of a phrase's last word: "+IES" for
// a final "Y", "+ES" for "SS", else "+S".
func plural(ph string) string {
	switch {
	case strings.HasSuffix(ph, "y"):
		return ph[:len(ph)-1] + "ies"
	case strings.HasSuffix(ph, "ss"):
		return ph + "es"
	}
	return ph + "s"
}
