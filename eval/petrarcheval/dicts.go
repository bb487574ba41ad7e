package petrarcheval

import (
	"bufio"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Dicts holds the actor, agent and discard lists of a suite.
type Dicts struct {
	actors   map[string][]dated // phrase (upper case, words joined by ' ') -> codes
	agents   map[string]string  // phrase -> agent code: "~GOV" or "NGO~"
	discards []string           // upper-case phrases; a sentence holding one is not coded
	maxWords int
}

// dated is an actor code valid from..to (YYYYMMDD, "" for open).
type dated struct{ code, from, to string }

// ReadDicts reads the actor, agent and discard files of s from dir.
func ReadDicts(dir string, s *Suite) (*Dicts, error) {
	d := &Dicts{actors: map[string][]dated{}, agents: map[string]string{}}
	for _, f := range []struct {
		name string
		read func(io.Reader) error
	}{{s.Actors, d.readActors}, {s.Agents, d.readAgents}, {s.Discards, d.readDiscards}} {
		if f.name == "" {
			continue
		}
		fh, err := os.Open(filepath.Join(dir, f.name))
		if err != nil {
			return nil, err
		}
		err = f.read(fh)
		fh.Close()
		if err != nil {
			return nil, err
		}
	}
	return d, nil
}

// lines yields the non-comment lines of a dictionary, trimmed on the right.
func lines(r io.Reader, fn func(string)) error {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		l := sc.Text()
		if strings.HasPrefix(strings.TrimSpace(l), "<!--") || strings.HasPrefix(strings.TrimSpace(l), "-->") {
			continue
		}
		if i := strings.IndexAny(l, "#;"); i >= 0 {
			l = l[:i]
		}
		l = strings.TrimRight(l, " \t\r")
		if strings.TrimSpace(l) != "" {
			fn(l)
		}
	}
	return sc.Err()
}

func phrase(s string) string {
	s = strings.ToUpper(strings.TrimSpace(s))
	s = strings.Trim(strings.ReplaceAll(s, "_", " "), " ")
	return strings.Join(strings.Fields(s), " ")
}

func (d *Dicts) addName(m map[string]bool, p string) {
	if p == "" {
		return
	}
	m[p] = true
	if n := len(strings.Fields(p)); n > d.maxWords {
		d.maxWords = n
	}
}

// readActors reads PHRASE [CODE], +SYNONYM and tab-indented [CODE dates].
func (d *Dicts) readActors(r io.Reader) error {
	var names map[string]bool
	var codes []dated
	flush := func() {
		for n := range names {
			d.actors[n] = append(d.actors[n], codes...)
		}
		names, codes = nil, nil
	}
	err := lines(r, func(l string) {
		t := strings.TrimSpace(l)
		switch {
		case l[0] == '\t' || l[0] == ' ' && strings.HasPrefix(t, "["):
			if c, ok := parseDated(t); ok {
				codes = append(codes, c)
			}
		case t[0] == '+':
			if names != nil {
				d.addName(names, phrase(stripCode(t[1:])))
			}
		default:
			flush()
			names = map[string]bool{}
			d.addName(names, phrase(stripCode(t)))
			if c, ok := parseDated(t); ok {
				codes = append(codes, c)
			}
		}
	})
	flush()
	return err
}

func stripCode(s string) string {
	if i := strings.IndexAny(s, "[{"); i >= 0 {
		s = s[:i]
	}
	return s
}

// parseDated reads "[CODE]", "[CODE <950601]", "[CODE >990816]" or
// "[CODE 19950601 - 19990815]".
func parseDated(s string) (dated, bool) {
	i, j := strings.IndexByte(s, '['), strings.IndexByte(s, ']')
	if i < 0 || j < i {
		return dated{}, false
	}
	f := strings.Fields(strings.ReplaceAll(s[i+1:j], "-", " - "))
	if len(f) == 0 || f[0] == "---" || f[0] == "+++" {
		return dated{}, false
	}
	c := dated{code: strings.ToUpper(f[0])}
	rest := strings.Join(f[1:], " ")
	switch {
	case strings.HasPrefix(rest, "<"):
		c.to = fullDate(strings.TrimSpace(rest[1:]))
	case strings.HasPrefix(rest, ">"):
		c.from = fullDate(strings.TrimSpace(rest[1:]))
	case strings.Contains(rest, "-"):
		a, b, _ := strings.Cut(rest, "-")
		c.from, c.to = fullDate(strings.TrimSpace(a)), fullDate(strings.TrimSpace(b))
	}
	return c, true
}

// fullDate turns YYMMDD into YYYYMMDD.
func fullDate(s string) string {
	if len(s) == 6 {
		if s[0] >= '3' {
			return "19" + s
		}
		return "20" + s
	}
	return s
}

// readAgents reads PHRASE {PLURAL} [~CODE] and !MARKER! = A, B lines.
func (d *Dicts) readAgents(r io.Reader) error {
	subst := map[string][]string{}
	return lines(r, func(l string) {
		t := strings.TrimSpace(l)
		if t[0] == '!' && strings.Contains(t, "=") {
			k, v, _ := strings.Cut(t, "=")
			for _, x := range strings.Split(v, ",") {
				subst[strings.TrimSpace(k)] = append(subst[strings.TrimSpace(k)], strings.TrimSpace(x))
			}
			return
		}
		i, j := strings.IndexByte(t, '['), strings.LastIndexByte(t, ']')
		if i < 0 || j < i {
			return
		}
		code := strings.ReplaceAll(strings.TrimSpace(t[i+1:j]), " ", "")
		head := t[:i]
		plural, hasPlural := "", false
		if a, b := strings.IndexByte(head, '{'), strings.IndexByte(head, '}'); a >= 0 && b > a {
			plural, hasPlural = head[a+1:b], true
			head = head[:a]
		}
		forms := []string{head}
		for k, vs := range subst {
			if strings.Contains(head, k) {
				forms = forms[:0]
				for _, v := range vs {
					forms = append(forms, strings.ReplaceAll(head, k, v))
				}
				hasPlural, plural = true, ""
			}
		}
		names := map[string]bool{}
		for _, f := range forms {
			d.addName(names, phrase(f))
			if !hasPlural {
				d.addName(names, phrase(pluralOf(strings.TrimSpace(f))))
			}
		}
		if plural != "" {
			d.addName(names, phrase(plural))
		}
		for n := range names {
			d.agents[n] = code
		}
	})
}

func pluralOf(s string) string {
	u := strings.ToUpper(s)
	switch {
	case strings.HasSuffix(u, "Y"):
		return s[:len(s)-1] + "IES"
	case strings.HasSuffix(u, "SS"):
		return s + "ES"
	}
	return s + "S"
}

func (d *Dicts) readDiscards(r io.Reader) error {
	return lines(r, func(l string) {
		t := strings.TrimPrefix(strings.TrimSpace(l), "+")
		if p := phrase(t); p != "" {
			d.discards = append(d.discards, p)
		}
	})
}

// discarded reports whether text holds a discard phrase at a word start.
func (d *Dicts) discarded(text string) bool {
	u := " " + strings.ToUpper(text)
	for _, p := range d.discards {
		if strings.Contains(u, " "+p) {
			return true
		}
	}
	return false
}

// actor returns the code of an actor phrase valid on date (YYYYMMDD).
func (d *Dicts) actor(p, date string) (string, bool) {
	cs, ok := d.actors[p]
	if !ok {
		return "", false
	}
	for _, c := range cs {
		if (c.from == "" || date >= c.from) && (c.to == "" || date <= c.to) && (c.from != "" || c.to != "") {
			return c.code, true
		}
	}
	for _, c := range cs {
		if c.from == "" && c.to == "" {
			return c.code, true
		}
	}
	return "", len(cs) == 0 // a name with no code ([---]) is known but uncoded
}
