package timex

// season reads the season word at i ("summer", "summer 2016", "summer of
// 2016"); start is the first token of the phrase, k the direction of its
// modifier, or with start == i the tense decides.
func (s *scanner) season(i, start, k int) (point, int, bool) {
	n := int(s.tok(i).lx.val)
	j := i + 1
	jj := j
	if s.word(jj, "of") {
		jj++
	}
	if y, k, ok := s.yearWords(jj); ok {
		return point{g: gSeason, y: y, n: n}, k, true
	}
	if start == i && !s.seasonContext(i) {
		// a bare "fall" or "spring" is usually a verb or a noun
		return point{}, i, false
	}
	if !s.dct.ok {
		return point{g: gSeason, y: -1, n: n}, j, true
	}
	cn, cy := seasonOf(s.dct.t)
	y := cy
	switch {
	case start == i || s.tok(start).w == "the":
		if s.future(start, j) {
			if n < cn {
				y++
			}
		} else if n > cn {
			y--
		}
	case k < 0:
		if n >= cn {
			y--
		}
	case k > 0:
		if n <= cn {
			y++
		}
	}
	return point{g: gSeason, y: y, n: n}, j, true
}

// seasonContext reports whether the word before a bare season name makes it
// one ("in spring", "since summer"), not a verb ("prices fall").
func (s *scanner) seasonContext(i int) bool {
	switch s.tok(i - 1).w {
	case "the", "in", "this", "last", "next", "since", "until", "by", "during",
		"early", "late", "mid", "through":
		return true
	}
	return false
}

// ordinalPeriod reads "third quarter", "third-quarter", "first half",
// "fourth fiscal quarter", "third quarter of 1990".
func (s *scanner) ordinalPeriod(i, start int) (point, int, bool) {
	t := s.tok(i)
	n := int(t.lx.val)
	j := i + 1
	if s.hyphen(j) {
		j++
	}
	if s.word(j, "fiscal") {
		j++
	}
	u := s.tok(j)
	var g uint8
	if t.w == "last" {
		n = 2 // "the last half of 1989"
	}
	switch {
	case u.lx.class == cUnit && !u.lx.plural && u.lx.val == uQuarter && n <= 4:
		g = gQuarter
	case u.w == "half" && n <= 2:
		g = gHalf
	default:
		return point{}, i, false
	}
	j++
	k := j
	if s.word(k, "of") {
		k++
	}
	var p point
	if y, ok := s.yearAt(k); ok {
		p = point{g: g, y: y, n: n}
		j = k + 1
	} else if !s.dct.ok {
		p = point{g: g, y: -1, n: n}
	} else {
		y := s.dct.t.Year()
		cur := quarterOf(s.dct.t.Month())
		if g == gHalf {
			cur = (int(s.dct.t.Month())-1)/6 + 1
		}
		if n > cur && !s.future(start, j) {
			y--
		}
		p = point{g: g, y: y, n: n}
	}
	if g == gQuarter {
		s.lastQuarter = p
	}
	return p, j, true
}

// theYear reads "the [fiscal|full] year" where the context tells what it
// is: "the year 2000", "in the year" (this year), "the full year".
// "For the year" and "the year ended Sept. 30" are durations, read by
// duration.
func (s *scanner) theYear(i int) (point, int, bool) {
	j := i + 1
	full := s.word(j, "full")
	if s.word(j, "fiscal") || full {
		j++
	}
	j++ // "year"
	if y, k, ok := s.yearWords(j); ok {
		return point{g: gYear, y: y}, k, true
	}
	if s.word(j, "two") && s.word(j+1, "thousand") {
		return point{g: gYear, y: 2000}, j + 2, true
	}
	if full {
		return s.now(gYear, 0), j, true
	}
	if s.word(j, "ended") || s.word(j, "ending") || s.word(i-1, "for") {
		return point{}, i, false
	}
	switch s.tok(i - 1).w {
	case "in", "during", "of", "through":
		return s.now(gYear, 0), j, true
	}
	return point{}, i, false
}

// prevQuarter is the quarter a financial report speaks of: the one before
// the anchor's.
func (s *scanner) prevQuarter() point {
	if !s.dct.ok {
		return point{g: gQuarter, y: -1}
	}
	return s.now(gQuarter, -1)
}

// yearEarlier reads "year-earlier", "year-ago", "year-earlier quarter",
// "year-ago third quarter": the quarter last named (or the previous one)
// a year before, or the previous year.
func (s *scanner) yearEarlier(i int) (point, int, bool) {
	if !s.hyphen(i+1) || !s.word(i+2, "earlier") && !s.word(i+2, "ago") {
		return point{}, i, false
	}
	j := i + 3
	if u := s.tok(j); u.lx.class == cOrdinal {
		if p, k, ok := s.ordinalPeriod(j, i); ok {
			if p.y >= 0 {
				p = shift(p, -4)
			}
			return p, k, true
		}
	}
	q := s.prevQuarter()
	if s.word(j, "quarter") || s.word(j, "period") {
		j++
	}
	if q.y >= 0 {
		q = shift(q, -4)
	}
	return q, j, true
}
