package claims

import (
	"unicode"
	"unicode/utf8"

	"sitrep"
)

// sent is one sentence being scanned, with its tokens in lower case.
type sent struct {
	idx  int
	toks []sitrep.Token
	low  []string
	off  *sitrep.Offsets
}

func (s *sent) reset(idx int, toks []sitrep.Token) {
	s.idx, s.toks = idx, toks
	s.low = s.low[:0]
	for _, t := range toks {
		s.low = append(s.low, lower(t.Text))
	}
}

// lower returns w in lower case without allocating when it has no capitals.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return toLower(w)
		}
	}
	return w
}

func toLower(w string) string {
	b := make([]rune, 0, len(w))
	for _, r := range w {
		b = append(b, unicode.ToLower(r))
	}
	return string(b)
}

// found is a claim in token terms: the figure, who [wa, wb), the kind and
// the tokens [a, b) the claim's text covers.
type found struct {
	fig  figure
	who  string
	kind string
	a, b int
}

// claims scans the sentence for figures about people harmed or moved.
func (s *sent) claims(times []sitrep.Time) []found {
	var out []found
	n := len(s.toks)
	for i := 0; i < n; i++ {
		f, ok := s.figureAt(i)
		if !ok {
			continue
		}
		i = f.b - 1
		if s.excluded(f, times) {
			continue
		}
		who, whoKind, we, thing := s.who(f.b)
		if thing || who == "" && s.yearLike(f) {
			continue
		}
		a, b := f.a, max(we, f.b)
		kind, ks, ke := s.forward(we)
		if kind == "" && harmNouns[who] {
			kind, ks, ke = whoKind, a, b // "deaths from gas and 55 injuries"
		}
		if kind == "" {
			kind, ks = s.backward(f.a)
			ke = ks + 1
		}
		if kind == "" {
			kind, ks, ke = whoKind, a, b
		}
		if kind == "" && s.including(f.a) && len(out) > 0 {
			kind, ks, ke = out[len(out)-1].kind, a, b
		}
		if kind == "" {
			continue
		}
		if who == "" && len(out) > 0 {
			who = out[len(out)-1].who // "800 people ... and 3000 have been wounded"
		}
		out = append(out, found{fig: f, who: who, kind: kind, a: min(a, ks), b: max(b, ke)})
	}
	return out
}

// excluded rejects figures that are ages, percentages, money, dates,
// addresses, durations and the like.
func (s *sent) excluded(f figure, times []sitrep.Time) bool {
	n := len(s.toks)
	if nx := f.b; nx+1 < n && s.low[nx] == "-" && !s.toks[nx-1].SpaceAfter && !s.toks[nx].SpaceAfter {
		return true // "45-year-old", "three-day"
	}
	if nx := f.b; nx < n {
		switch s.low[nx] {
		case "%", "percent", "per", "pc":
			return true
		}
		if months[s.low[nx]] || streets[s.low[nx]] || nx+1 < n && streets[s.low[nx+1]] && s.capital(nx) {
			return true
		}
	}
	if p := f.a - 1; p >= 0 {
		if badBefore[s.low[p]] {
			return true
		}
		if months[s.low[p]] {
			return true
		}
	}
	sp := sitrep.Span{Start: s.toks[f.n].Start, End: s.toks[f.b-1].End}
	for _, t := range times {
		if t.Overlaps(sp) {
			return true
		}
	}
	return false
}

// badBefore are words before a figure that make it no count of people.
var badBefore = set("$", "€", "£", "¥", "us$", "aged", "age", "ages", "no.",
	"number", "page", "article", "resolution", "chapter", "section",
	"route", "flight", "platform", "gate", "room", "apartment", "unit",
	"block", "item", "paragraph", "year", "since", "version", "level",
	"category", "phase", "grade", "size", "channel", "code", "no")

// yearLike reports whether the figure is a bare four-digit year.
func (s *sent) yearLike(f figure) bool {
	t := s.toks[f.n]
	if f.b != f.n+1 || f.hasMax || t.Kind != sitrep.KindNumber || len(t.Text) != 4 {
		return false
	}
	return f.min >= 1800 && f.min <= 2100
}

// capital reports whether token i starts with a capital letter.
func (s *sent) capital(i int) bool {
	r, _ := utf8.DecodeRuneInString(s.toks[i].Text)
	return unicode.IsUpper(r)
}

// harmNouns count harm themselves and take the kind before any verb
// nearby.
var harmNouns = set("deaths", "fatalities", "injuries", "casualties", "bodies")

// adjectival are kind words that may stand before a who-noun: "30 wounded
// soldiers", "1.5 million displaced people".
var adjectival = set("dead", "wounded", "injured", "displaced", "missing")

// who reads the noun for the people counted after the figure, skipping
// adjectives ("200,000 exhausted and frightened civilians"). It returns the
// noun, a kind the noun implies, the token after it, and whether the figure
// counts things instead.
func (s *sent) who(j int) (who, kind string, end int, thing bool) {
	n := len(s.toks)
	k := j
	if k+1 < n && s.low[k] == "of" {
		switch s.low[k+1] {
		case "them", "whom", "those", "these":
			return "", "", k + 2, false
		}
		if _, _, _, ok := s.numeral(k + 1); ok {
			return "", "", 0, true // "one of two people"
		}
		k++
	}
	last := -1
	for steps := 0; k < n && steps < 5; steps, k = steps+1, k+1 {
		w := s.low[k]
		if _, _, _, ok := s.numeral(k); ok {
			break // "2011 and millions"
		}
		if people[w] {
			if adjectival[w] {
				if steps > 0 {
					break // "19 and wounded 22"
				}
				if k+1 < n && people[s.low[k+1]] && !adjectival[s.low[k+1]] {
					kind = nounKinds[w]
					continue
				}
				return "", "", k, false // "30 wounded": the trigger follows
			}
			if k+1 < n && (people[s.low[k+1]] && !adjectival[s.low[k+1]] || s.capital(k+1) && s.demonymPlural(k+1)) {
				continue // "Rohingya Muslims", "police officers"
			}
			if nk := nounKinds[w]; nk != "" {
				kind = nk
			}
			if s.capital(k) {
				return s.toks[k].Text, kind, k + 1, false // "Muslims"
			}
			return w, kind, k + 1, false
		}
		if things[w] {
			return "", "", 0, true
		}
		t := s.toks[k]
		if t.Kind != sitrep.KindWord || allowed[w] || whoStops[w] || triggers[w] != "" || phraseKind(s, k) != "" {
			break
		}
		if s.capital(k) {
			if s.demonymPlural(k) {
				return t.Text, kind, k + 1, false // "45 Syrians", "Rohingya Muslims"
			}
			continue // "Two Western journalists", "30 Dutch soldiers"
		}
		last = k
	}
	if last >= 0 {
		if w := s.low[last]; len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' {
			return w, kind, last + 1, false // an unlisted plural: "12 teachers"
		}
	}
	return "", kind, j, false
}

// phraseKind returns the kind of a trigger phrase starting at k, or "".
func phraseKind(s *sent, k int) string {
	kind, _ := s.phraseAt(k)
	return kind
}

// phraseAt matches a trigger phrase at k and returns its kind and end.
func (s *sent) phraseAt(k int) (string, int) {
	for _, p := range phrases[s.low[k]] {
		if k+len(p.rest) >= len(s.toks) {
			continue
		}
		ok := true
		for m, w := range p.rest {
			if s.low[k+1+m] != w {
				ok = false
				break
			}
		}
		if ok {
			return p.kind, k + 1 + len(p.rest)
		}
	}
	return "", 0
}

// forward finds the trigger after the figure and its people: "have been
// killed", "were also injured", "would be taken out".
func (s *sent) forward(j int) (kind string, a, b int) {
	n := len(s.toks)
	for k := j; k < n && k < j+10; k++ {
		w := s.low[k]
		if kind, e := s.phraseAt(k); kind != "" {
			return kind, k, e
		}
		if kind := triggers[w]; kind != "" {
			if k == j && k+1 < n && s.nounAfter(k+1) {
				return "", 0, 0 // "two besieged towns"
			}
			return kind, k, k + 1
		}
		switch {
		case w == "," && k+1 < n && asides[s.low[k+1]]:
			k = s.skipTo(k+1, ",") // ", many of them women and children,"
		case w == "(":
			k = s.skipTo(k, ")")
		case allowed[w]:
		default:
			return "", 0, 0
		}
	}
	return "", 0, 0
}

// whoStops end the search for the noun after a figure.
var whoStops = set("from", "in", "at", "on", "into", "by", "with", "for",
	"of", "near", "across", "since", "during", "after", "before", "than",
	"as", "when", "while", "because", "but", "or", "the", "a", "an", "per")

// asides open a parenthetical between the figure and its verb.
var asides = set("including", "among", "many", "most", "mostly", "all",
	"some", "several", "both", "nearly", "almost", "mainly", "half", "none")

// nounAfter reports whether token k is a noun for things that an
// adjectival trigger right after the figure qualifies: "two besieged towns".
func (s *sent) nounAfter(k int) bool {
	w := s.low[k]
	if s.toks[k].Kind != sitrep.KindWord || s.capital(k) || people[w] {
		return false
	}
	if things[w] {
		return true
	}
	plural := len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's'
	return plural && !allowed[w] && !whoStops[w] && triggers[w] == "" && !asides[w]
}

// skipTo returns the index of the next token equal to w after k, or the
// sentence end.
func (s *sent) skipTo(k int, w string) int {
	for m := k + 1; m < len(s.toks) && m < k+14; m++ {
		if s.low[m] == w {
			return m
		}
	}
	return len(s.toks)
}

// backward finds a verb or noun before the figure: "killing 12",
// "squeezed some 200,000", "the death toll rose to 45".
func (s *sent) backward(a int) (string, int) {
	for k := a - 1; k >= 0 && k >= a-6; k-- {
		w := s.low[k]
		if kind := actives[w]; kind != "" && k >= a-4 {
			return kind, k
		}
		if kind := backNouns[w]; kind != "" {
			return kind, k
		}
		if t := s.toks[k]; t.Kind == sitrep.KindNumber || t.Kind == sitrep.KindPunct && w != "-" {
			break
		}
		if w == "and" || whoStops[w] && w != "of" && w != "at" && w != "the" && w != "a" && w != "an" {
			// "evacuated in two stages": past a preposition only a toll
			// counts ("the toll from the air raids at 50").
			for m := k - 1; m >= 0 && m >= a-6; m-- {
				if s.low[m] == "toll" {
					return "killed", m
				}
			}
			break
		}
	}
	return "", 0
}

// including reports whether the figure at a names a subgroup of the one
// before: "369 civilians, including 45 children".
func (s *sent) including(a int) bool {
	if a < 1 {
		return false
	}
	switch s.low[a-1] {
	case "including", "includes", "include":
		return true
	case "them":
		return a >= 2 && s.low[a-2] == "among"
	}
	return false
}

// demonymPlural reports whether token k is a capitalised plural such as
// "Syrians" or "Muslims".
func (s *sent) demonymPlural(k int) bool {
	w := s.low[k]
	return s.toks[k].Kind == sitrep.KindWord && len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's'
}
