package timex

import "strings"

// yearWords reads a year in digits or in words.
func (s *scanner) yearWords(i int) (int, int, bool) {
	if y, ok := s.yearAt(i); ok {
		return y, i + 1, true
	}
	if s.tok(i).lx.class == cNumber {
		return s.spelledYear(i)
	}
	return 0, i, false
}

// spelledYear reads a year in words: "nineteen ninety-six", "nineteen
// eighty", "nineteen oh five" is not handled.
func (s *scanner) spelledYear(i int) (int, int, bool) {
	t := s.tok(i)
	if t.lx.val < 17 || t.lx.val > 20 {
		return 0, i, false
	}
	u := s.tok(i + 1)
	if u.lx.class != cNumber || u.lx.val < 10 || u.lx.val > 90 {
		return 0, i, false
	}
	j, v, ok := s.number(i + 1)
	if !ok || v >= 100 {
		return 0, i, false
	}
	return int(t.lx.val)*100 + v, j, true
}

// yearAt reads a four-digit year (or '98).
func (s *scanner) yearAt(i int) (int, bool) {
	t := s.tok(i)
	if t.kind != tNum || t.sfx != "" || t.num < 0 {
		return 0, false
	}
	if t.apos && t.ndig == 2 {
		if t.num < 40 {
			return 2000 + t.num, true
		}
		return 1900 + t.num, true
	}
	if t.ndig == 4 && t.num >= 1000 && t.num <= 2199 && !t.apos {
		return t.num, true
	}
	return 0, false
}

// bareYear reads a year standing alone, where the context says it is one:
// after a preposition, or before punctuation.
func (s *scanner) bareYear(i int) (int, bool) {
	y, ok := s.yearAt(i)
	if !ok || s.tok(i).apos {
		return 0, false
	}
	if y < 1500 || y > 2100 {
		return 0, false
	}
	switch s.tok(i - 1).w {
	case "in", "since", "of", "by", "until", "till", "before", "after", "during",
		"from", "to", "through", "early", "late", "mid", "fiscal", "year", "and",
		"between", "around", "summer", "spring", "winter", "autumn", "fall":
		return y, !s.isPunct(i+1, '%') && !s.unitAt(i+1)
	}
	if p := s.tok(i - 1); p.kind == tPunct && (p.punct == '$' || p.punct == '#' || p.punct == '£' || p.punct == '€') {
		return 0, false
	}
	switch s.tok(i - 1).w {
	case "about", "some", "than", "nearly", "almost", "over", "only", "just", "least", "most", "number":
		return 0, false
	}
	n := s.tok(i + 1)
	if n.kind == tPunct && n.punct != '%' && n.punct != '-' && !(n.punct == '.' && s.tok(i+2).kind == tNum) {
		return y, true
	}
	if y < 1900 || y > 2030 || n.kind != tWord || n.lx.class == cUnit || n.w == "percent" {
		return 0, false
	}
	// a year modifying a noun: "the 1996 Olympics", "its 1990 budget"
	switch p := s.tok(i - 1); {
	case p.w == "the" || p.w == "a" || p.w == "its" || p.w == "his" || p.w == "her" ||
		p.w == "their" || p.w == "our" || p.w == "my" || p.w == "s":
		return y, true
	case n.cap && p.w != "at" && !s.street(i+1):
		return y, true
	}
	return 0, false
}

// street reports whether the capitalised words from i name a street, as in
// an address ("2001 Pennsylvania Avenue").
func (s *scanner) street(i int) bool {
	for k := i; k < i+3 && s.tok(k).kind == tWord && s.tok(k).cap; k++ {
		switch t := s.tok(k); strings.ToLower(s.text[t.s:t.e]) {
		case "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd",
			"lane", "drive", "way", "place", "square", "broadway":
			return true
		}
	}
	return false
}

// decade reads "1990s", "'90s" (with "the" read by the caller).
func (s *scanner) decade(i int) (point, int, bool) {
	t := s.tok(i)
	if t.kind != tNum || (t.sfx != "s" && !(t.sfx == "" && s.isPunct(i+1, '\'') && s.glued(i+1) && s.word(i+2, "s"))) {
		return point{}, i, false
	}
	j := i + 1
	if t.sfx == "" {
		j = i + 3
	}
	switch {
	case t.apos && t.ndig == 2 && t.num%10 == 0:
		if t.num < 30 {
			return point{g: gDecade, y: 200 + t.num/10}, j, true
		}
		return point{g: gDecade, y: 190 + t.num/10}, j, true
	case !t.apos && t.ndig == 4 && t.num%10 == 0 && t.num >= 1000 && t.num <= 2100:
		if t.num%100 == 0 && t.num != 2000 {
			return point{g: gCentury, y: t.num / 100}, j, true
		}
		return point{g: gDecade, y: t.num / 10}, j, true
	}
	return point{}, i, false
}

// numericDate reads 2016-12-05, 12/05/2016, 12/5/16 and 05.12.2016.
func (s *scanner) numericDate(i int) (point, int, bool) {
	t := s.tok(i)
	if t.nsep != 2 || t.sep == ',' || t.sep == ':' || t.sfx != "" || t.apos {
		return point{}, i, false
	}
	var part [3]int
	var dig [3]int
	k := 0
	for p := t.s; p < t.e; p++ {
		c := s.text[p]
		if c == t.sep {
			k++
			if k > 2 {
				return point{}, i, false
			}
			continue
		}
		if !isDigit(c) {
			return point{}, i, false
		}
		part[k] = part[k]*10 + int(c-'0')
		dig[k]++
	}
	var y, m, d int
	switch {
	case dig[0] == 4 && t.sep != '.':
		y, m, d = part[0], part[1], part[2]
	case dig[2] == 4 || dig[2] == 2:
		a, b := part[0], part[1]
		if s.opt.DayFirst || t.sep == '.' {
			a, b = b, a
		}
		if a > 12 && b <= 12 {
			a, b = b, a
		}
		m, d, y = a, b, part[2]
		if dig[2] == 2 {
			if y < 50 {
				y += 2000
			} else {
				y += 1900
			}
		}
	default:
		return point{}, i, false
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) || y < 1000 || y > 2199 {
		return point{}, i, false
	}
	return point{g: gDay, y: y, n: m, d: d}, i + 1, true
}
