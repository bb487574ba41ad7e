package claims

import (
	"strconv"
	"strings"

	"sitrep"
)

// figure is a number expression in a sentence: tokens [a, b) with the
// qualifier, the numeral proper starting at n.
type figure struct {
	a, n, b  int
	min, max int64
	hasMax   bool
	qual     string
}

// numeral reads one numeral at token i: digits ("3,500", "1.5 million") or
// words ("two dozen", "forty-five", "hundreds", "tens of thousands"). It
// returns the value, the token after it, and the vague qualifier a round
// plural implies.
func (s *sent) numeral(i int) (v int64, end int, vq string, ok bool) {
	if i >= len(s.toks) {
		return 0, 0, "", false
	}
	t := s.toks[i]
	w := s.low[i]
	switch {
	case t.Kind == sitrep.KindNumber:
		f, isFloat, ok := parseDigits(t.Text)
		if !ok || f == 0 || len(t.Text) > 1 && t.Text[0] == '0' {
			return 0, 0, "", false // "0", "05", the "000" of "10 000"
		}
		end = i + 1
		// "10 000": thousands separated by spaces.
		grouped := !isFloat && f < 1000 && !strings.Contains(t.Text, ",")
		for grouped && end < len(s.toks) && s.toks[end].Kind == sitrep.KindNumber &&
			len(s.toks[end].Text) == 3 && allDigits(s.toks[end].Text) && s.toks[end-1].SpaceAfter {
			g, _, _ := parseDigits(s.toks[end].Text)
			f = f*1000 + g
			end++
		}
		if m, ok := s.scaleAt(end); ok {
			return int64(f * float64(m)), end + 1, "", true
		}
		if isFloat {
			return 0, 0, "", false
		}
		return int64(f), end, "", true
	case units[w] > 0:
		v, end = units[w], i+1
		if v >= 20 && v%10 == 0 && end+1 < len(s.toks) && s.low[end] == "-" && units[s.low[end+1]] > 0 && units[s.low[end+1]] < 10 {
			v += units[s.low[end+1]]
			end += 2
		}
	case w == "several" || w == "few" && i > 0 && s.low[i-1] == "a":
		// "several hundred" is at least 300, "a few thousand" 2,000.
		if m, ok := s.scaleAt(i + 1); ok && m >= 100 {
			if w == "several" {
				return 3 * m, i + 2, "several " + s.low[i+1], true
			}
			return 2 * m, i + 2, "a few " + s.low[i+1], true
		}
		return 0, 0, "", false
	case w == "a" || w == "one":
		if m, ok := s.scaleAt(i + 1); ok {
			return m, i + 2, "", true
		}
		return 0, 0, "", false
	case vague[w] > 0:
		v, end, vq = vague[w], i+1, w
		if end+1 < len(s.toks) && s.low[end] == "of" {
			if m, ok := vague[s.low[end+1]]; ok && m > v && w != "dozens" {
				return v * m, end + 2, w + " of " + s.low[end+1], true
			}
		}
		if w == "tens" {
			return 0, 0, "", false // "tens" alone is no figure
		}
		return v, end, vq, true
	default:
		return 0, 0, "", false
	}
	for {
		m, ok := s.scaleAt(end)
		if !ok {
			break
		}
		v *= m
		end++
	}
	return v, end, "", true
}

// scaleAt reports the multiplier of a scale word at i ("hundred", "dozen").
func (s *sent) scaleAt(i int) (int64, bool) {
	if i >= len(s.toks) {
		return 0, false
	}
	m, ok := scales[s.low[i]]
	return m, ok
}

// parseDigits parses "3,500", "8.5", "200000" and says whether it had a
// fraction. Ordinals, decades, times, ranges and codes ("5th", "1990s",
// "14:30", "713-853") are rejected.
func parseDigits(s string) (float64, bool, bool) {
	ip, frac, dot := strings.Cut(s, ".")
	if dot && !allDigits(frac) {
		return 0, false, false
	}
	if strings.IndexByte(ip, ',') >= 0 {
		groups := strings.Split(ip, ",")
		if len(groups[0]) > 3 {
			return 0, false, false
		}
		for k, g := range groups {
			if !allDigits(g) || k > 0 && len(g) != 3 {
				return 0, false, false
			}
		}
		ip = strings.Join(groups, "")
	}
	if !allDigits(ip) {
		return 0, false, false
	}
	if dot {
		ip += "." + frac
	}
	f, err := strconv.ParseFloat(ip, 64)
	if err != nil {
		return 0, false, false
	}
	return f, dot, true
}

// allDigits reports whether s is one or more ASCII digits.
func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// figureAt reads a figure whose numeral starts at token i, with the
// qualifier before it and a range after it ("between 3000 and 3500",
// "8 to 10", "two or three", "20 or more").
func (s *sent) figureAt(i int) (figure, bool) {
	v, end, vq, ok := s.numeral(i)
	if !ok {
		return figure{}, false
	}
	f := figure{a: i, n: i, b: end, min: v, qual: vq}
	if i > 0 && s.low[i-1] == "between" || i > 0 && s.low[i-1] == "from" {
		if end < len(s.toks) && (s.low[end] == "and" || s.low[end] == "to") {
			if hi, e2, _, ok := s.numeral(end + 1); ok && hi > v {
				f.a, f.b, f.max, f.hasMax = i-1, e2, hi, true
				return f, true
			}
		}
	}
	if end+1 < len(s.toks) {
		switch s.low[end] {
		case "to", "-", "or", "–":
			if hi, e2, _, ok := s.numeral(end + 1); ok && hi > v {
				f.b, f.max, f.hasMax = e2, hi, true
			}
		}
		if s.low[end] == "or" && (s.low[end+1] == "more" || s.low[end+1] == "so") {
			f.b, f.qual = end+2, "or "+s.low[end+1]
		}
	}
	if q, a := s.qualifier(i); a < i {
		f.a, f.qual = a, q
	}
	return f, true
}

// qualifier returns the qualifier phrase ending just before token i and its
// first token, or i when there is none.
func (s *sent) qualifier(i int) (string, int) {
	for _, q := range qualifiers {
		a := i - len(q)
		if a < 0 {
			continue
		}
		match := true
		for k, w := range q {
			if s.low[a+k] != w {
				match = false
				break
			}
		}
		if match {
			return strings.Join(q, " "), a
		}
	}
	return "", i
}
