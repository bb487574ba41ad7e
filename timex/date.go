package timex

// datePhrase reads a calendar expression at token i (a date, a time of day,
// a relative or deictic day, a week, month, quarter, season, year or
// decade), with an optional "early", "late" or "mid" in front and a part of
// day or clock time after a day. It returns the point and the token after it.
func (s *scanner) datePhrase(i int) (point, int, bool) {
	k := i
	switch s.tok(i).w {
	case "early", "late", "mid":
		k = i + 1
		if s.hyphen(k) {
			k++
		}
		if y, ok := s.yearAt(k); ok {
			return point{g: gYear, y: y}, k + 1, true
		}
	}
	p, j, ok := s.core(k)
	if !ok {
		return p, i, false
	}
	if p.g == gYear && s.isPunct(j, '\'') && s.word(j+1, "s") && s.tok(j+2).lx.class == cOrdinal {
		// "this year's third quarter"
		if q, jj, ok := s.ordinalPeriod(j+2, j+2); ok {
			q.y = p.y
			return q, jj, true
		}
	}
	if p.g == gDay && p.hh == 0 && p.pod == 0 {
		// "Thursday morning", "yesterday afternoon", "Dec. 5 at 14:30"
		if u := s.tok(j); u.lx.class == cPartDay && !u.lx.plural && u.lx.val <= pNight {
			p.pod = int(u.lx.val)
			j++
		} else if c, jj, ok := s.clock(j); ok {
			p.hh, p.mm, p.zone, p.pod = c.hh, c.mm, c.zone, c.pod
			j = jj
		}
	}
	return p, j, true
}

// core reads the calendar expression proper at i.
func (s *scanner) core(i int) (point, int, bool) {
	t := s.tok(i)
	switch t.kind {
	case tNum:
		if p, j, ok := s.numericDate(i); ok {
			return p, j, true
		}
		if c, j, ok := s.clock(i); ok {
			// "10 p.m. Wednesday", "5 p.m. EST, Nov. 9"
			k := j
			if s.isPunct(k, ',') || s.word(k, "on") {
				k++
			}
			if d, jj, ok := s.clockDay(k); ok {
				d.hh, d.mm, d.zone, d.pod = c.hh, c.mm, c.zone, c.pod
				return d, jj, true
			}
			d := s.dayOf(0)
			d.hh, d.mm, d.zone, d.pod = c.hh, c.mm, c.zone, c.pod
			return d, j, true
		}
		if p, j, ok := s.dayMonth(i); ok {
			return p, j, true
		}
		if p, j, ok := s.decade(i); ok {
			return p, j, true
		}
		if p, j, ok := s.ago(i); ok {
			return p, j, true
		}
		if y, ok := s.bareYear(i); ok {
			return point{g: gYear, y: y}, i + 1, true
		}
		return point{}, i, false
	case tWord:
	default:
		return point{}, i, false
	}
	switch t.lx.class {
	case cMonth:
		return s.monthDate(i)
	case cWeekday, cDeictic:
		return s.dayCore(i)
	case cPartDay:
		if t.lx.val == pNoon || t.lx.val == pMidnight {
			if c, j, ok := s.clock(i); ok {
				d, jj, ok := s.clockDay(j)
				if !ok {
					d, jj = s.dayOf(0), j
				}
				d.pod = c.pod
				return d, jj, true
			}
		}
		return point{}, i, false
	case cSeason:
		return s.season(i, i, 0)
	case cOrdinal:
		return s.ordinalPeriod(i, i)
	case cNumber:
		if y, j, ok := s.spelledYear(i); ok {
			return point{g: gYear, y: y}, j, true
		}
		return s.ago(i)
	case cFunc:
		switch t.w {
		case "several", "few", "many", "some":
			return s.ago(i)
		}
	}
	if p, j, ok := s.holidayAt(i); ok {
		return p, j, true
	}
	switch t.w {
	case "a", "an":
		return s.ago(i)
	case "the":
		return s.the(i)
	case "this", "last", "next", "coming", "past", "previous", "upcoming":
		return s.modified(i)
	case "earlier", "later":
		if s.word(i+1, "this") || s.word(i+1, "last") || s.word(i+1, "next") {
			return s.modified(i + 1)
		}
	case "fiscal":
		if y, ok := s.yearAt(i + 1); ok {
			return point{g: gYear, y: y}, i + 2, true
		}
		if s.word(i+1, "year") {
			if y, ok := s.yearAt(i + 2); ok {
				return point{g: gYear, y: y}, i + 3, true
			}
		}
	case "year":
		return s.yearEarlier(i)
	}
	return point{}, i, false
}

// clockDay reads the day after a clock time: "Thursday", "Nov. 9",
// "tomorrow".
func (s *scanner) clockDay(i int) (point, int, bool) {
	t := s.tok(i)
	var p point
	j, ok := i, false
	switch t.lx.class {
	case cWeekday, cDeictic:
		p, j, ok = s.dayCore(i)
	case cMonth:
		p, j, ok = s.monthDate(i)
	}
	if !ok || p.g != gDay || p.pod != 0 {
		return point{}, i, false
	}
	return p, j, true
}

// dayCore reads a weekday or a deictic day (today, yesterday, tomorrow,
// tonight), possibly followed by a date ("Monday, Dec. 5").
func (s *scanner) dayCore(i int) (point, int, bool) {
	t := s.tok(i)
	switch t.lx.class {
	case cDeictic:
		switch t.lx.val {
		case dToday:
			return s.dayOf(0), i + 1, true
		case dYesterday:
			return s.dayOf(-1), i + 1, true
		case dTomorrow:
			return s.dayOf(1), i + 1, true
		}
		p := s.dayOf(0)
		p.pod = pNight
		return p, i + 1, true
	case cWeekday:
		if t.lx.plural || !t.cap {
			return point{}, i, false
		}
		j := i + 1
		if t.lx.abbr {
			if !s.isPunct(j, '.') && !s.isPunct(j, ',') {
				return point{}, i, false
			}
		}
		k := j
		if s.isPunct(k, '.') && t.lx.abbr {
			k++
		}
		if s.isPunct(k, ',') {
			k++
		}
		if s.tok(k).lx.class == cMonth || s.tok(k).kind == tNum {
			if p, jj, ok := s.core(k); ok && p.g == gDay {
				return p, jj, true
			}
		}
		if t.lx.abbr {
			return point{}, i, false
		}
		// "Wednesday's ruling" names a past event.
		future := !(s.isPunct(j, '\'') || s.isPunct(j, '’')) && s.future(i, j)
		return s.weekday(int(t.lx.val), future, false), j, true
	}
	return point{}, i, false
}

// monthDate reads "December 5[,] [2016]", "Dec. 5th", "December 2016",
// "December of 2016" and a bare month name.
func (s *scanner) monthDate(i int) (point, int, bool) {
	t := s.tok(i)
	if !t.cap {
		return point{}, i, false
	}
	m := int(t.lx.val)
	j := i + 1
	if t.lx.abbr && s.isPunct(j, '.') && s.glued(j) {
		j++
	}
	if d, k, ok := s.dayNumber(j); ok && !s.isPunct(k, ':') && !s.word(k, "percent") && !s.isPunct(k, '%') {
		if d > daysIn(2000, m) {
			return point{}, i, false
		}
		kk := k
		if s.isPunct(kk, ',') {
			kk++
		}
		if y, ok := s.yearAt(kk); ok {
			return point{g: gDay, y: y, n: m, d: d}, kk + 1, true
		}
		return point{g: gDay, y: s.yearFor(m, d, s.tenseOf(i, k)), n: m, d: d}, k, true
	}
	k := j
	if s.word(k, "of") || s.isPunct(k, ',') {
		k++
	}
	if y, kk, ok := s.yearWords(k); ok {
		return point{g: gMonth, y: y, n: m}, kk, true
	}
	if k := j + b2i(s.word(j, "of")); s.word(k+1, "year") {
		// "March of next year", "January this year"
		if p, kk, ok := s.modified(k); ok && p.g == gYear {
			return point{g: gMonth, y: p.y, n: m}, kk, true
		}
	}
	if t.lx.abbr && !s.isPunct(i+1, '.') {
		return point{}, i, false
	}
	if m == 5 || t.lx.abbr || m == 3 && !s.monthContext(i) {
		// "May" is mostly the verb; "Mar." alone is rare.
		if !s.monthContext(i) {
			return point{}, i, false
		}
	}
	return point{g: gMonth, y: s.yearFor(m, 0, s.tenseOf(i, j)), n: m}, j, true
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// monthContext reports whether the word before i is one that introduces a
// month name.
func (s *scanner) monthContext(i int) bool {
	switch s.tok(i - 1).w {
	case "in", "of", "since", "until", "till", "by", "early", "late", "mid",
		"last", "next", "this", "during", "before", "after", "from", "through",
		"between", "and", "to", "or", "end", "beginning", "the":
		return true
	}
	return false
}

// dayNumber reads a day of the month: 5, 05, 5th, fifth.
func (s *scanner) dayNumber(i int) (int, int, bool) {
	t := s.tok(i)
	if t.kind == tNum && t.num >= 1 && t.num <= 31 && t.ndig <= 2 && !t.apos {
		switch t.sfx {
		case "", "st", "nd", "rd", "th":
			if s.glued(i+1) && (s.isPunct(i+1, '-') || s.isPunct(i+1, '/')) {
				return 0, i, false
			}
			return t.num, i + 1, true
		}
		return 0, i, false
	}
	if t.kind == tWord && t.lx.class == cOrdinal && t.lx.val <= 31 {
		return int(t.lx.val), i + 1, true
	}
	if t.kind == tWord && (t.w == "twenty" || t.w == "thirty") && s.hyphen(i+1) {
		if u := s.tok(i + 2); u.lx.class == cOrdinal && u.lx.val <= 9 {
			v := 20 + int(u.lx.val)
			if t.w == "thirty" {
				v += 10
			}
			if v <= 31 {
				return v, i + 3, true
			}
		}
	}
	return 0, i, false
}

// dayMonth reads "5 December [2016]", "5th of December".
func (s *scanner) dayMonth(i int) (point, int, bool) {
	d, j, ok := s.dayNumber(i)
	if !ok {
		return point{}, i, false
	}
	if s.word(j, "of") {
		j++
	}
	t := s.tok(j)
	if t.lx.class != cMonth || !t.cap {
		return point{}, i, false
	}
	m := int(t.lx.val)
	if d > daysIn(2000, m) {
		return point{}, i, false
	}
	j++
	if t.lx.abbr && s.isPunct(j, '.') && s.glued(j) {
		j++
	}
	k := j
	if s.isPunct(k, ',') {
		k++
	}
	if y, ok := s.yearAt(k); ok {
		return point{g: gDay, y: y, n: m, d: d}, k + 1, true
	}
	return point{g: gDay, y: s.yearFor(m, d, s.tenseOf(i, j)), n: m, d: d}, j, true
}
