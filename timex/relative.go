package timex

import "time"

// ago reads "two days ago", "a year earlier"; "a few years ago" is
// PAST_REF.
func (s *scanner) ago(i int) (point, int, bool) {
	n, j, ok := 0, i, false
	switch w := s.tok(i).w; w {
	case "several", "few", "many", "some":
		k := i + 1
		if w == "few" && s.word(i-1, "a") {
			return point{}, i, false
		}
		if u := s.tok(k); u.lx.class == cUnit && u.lx.plural && s.word(k+1, "ago") {
			return point{g: gVague, n: vPast}, k + 2, true
		}
		return point{}, i, false
	case "a", "an":
		if s.word(i+1, "few") {
			if u := s.tok(i + 2); u.lx.class == cUnit && u.lx.plural && s.word(i+3, "ago") {
				return point{g: gVague, n: vPast}, i + 4, true
			}
		}
		n, j, ok = 1, i+1, true
		if jj, v, ok2 := s.number(i); ok2 {
			n, j = v, jj
		}
	default:
		j, n, ok = s.number(i)
	}
	if !ok {
		return point{}, i, false
	}
	u := s.tok(j)
	if u.lx.class != cUnit || u.lx.plural != (n != 1) && !(n == 1 && u.lx.plural) {
		return point{}, i, false
	}
	// "three days later" counts from an event of the story, not from the
	// publication: it is left to duration.
	sign := 0
	switch s.tok(j + 1).w {
	case "ago", "earlier":
		sign = -1
	default:
		return point{}, i, false
	}
	k := j + 2
	var g uint8
	mult := 1
	switch u.lx.val {
	case uDay:
		g = gDay
	case uWeek:
		g = gWeek
	case uFortnight:
		g, mult = gWeek, 2
	case uMonth:
		g = gMonth
	case uQuarter:
		g = gQuarter
	case uYear:
		g = gYear
		if s.lastQuarter.g == gQuarter && n == 1 && s.dct.ok {
			// in a report on quarterly results, "a year earlier" is the
			// same quarter of the year before
			return shift(s.prevQuarter(), -4), k, true
		}
	case uDecade:
		g, mult = gYear, 10
	default:
		return point{}, i, false
	}
	if !s.dct.ok {
		return point{g: g, y: -1}, k, true
	}
	if g == gDay {
		return s.dayOf(sign * n), k, true
	}
	return s.now(g, sign*n*mult), k, true
}

// relative returns the point k units of granularity g from the last date
// the story named at that granularity or finer, or from the publication
// date when it named none.
func (s *scanner) relative(g uint8, k int) point {
	r := s.ref
	if r.y < 0 || r.g == 0 || r.g < g || g == gWeek && r.g != gDay || r.g == gWeekday || r.g == gVague {
		return s.now(g, k)
	}
	switch g {
	case gDay:
		r.pod, r.hh, r.mm, r.zone = 0, 0, 0, 0
	case gWeek:
		r = weekPoint(r.date())
	case gMonth:
		r = point{g: gMonth, y: r.y, n: r.n}
	case gQuarter:
		if r.g < gMonth {
			return s.now(g, k)
		}
		r = point{g: gQuarter, y: r.y, n: (r.n-1)/3 + 1}
	case gYear:
		r = point{g: gYear, y: r.y}
	default:
		return s.now(g, k)
	}
	return shift(r, k)
}

// shiftOf returns the direction of a modifier word: -1 last, 0 this, 1 next.
func shiftOf(w string) (int, bool) {
	switch w {
	case "this", "current", "same":
		return 0, true
	case "last", "past", "previous", "prior":
		return -1, true
	case "next", "coming", "following", "upcoming":
		return 1, true
	}
	return 0, false
}

// modified reads "this week", "last month", "next year", "last Friday",
// "next March", "last summer", "this morning", "last night".
func (s *scanner) modified(i int) (point, int, bool) {
	k, ok := shiftOf(s.tok(i).w)
	if !ok {
		return point{}, i, false
	}
	j := i + 1
	u := s.tok(j)
	switch u.lx.class {
	case cUnit:
		if u.lx.plural || s.tok(i).w == "past" {
			return point{}, i, false
		}
		switch u.lx.val {
		case uWeek:
			return s.now(gWeek, k), j + 1, true
		case uWeekend:
			return s.now(gWeekend, k), j + 1, true
		case uMonth:
			return s.now(gMonth, k), j + 1, true
		case uQuarter:
			q := s.now(gQuarter, k)
			s.lastQuarter = q
			return q, j + 1, true
		case uYear:
			return s.now(gYear, k), j + 1, true
		case uDecade:
			return s.now(gDecade, k), j + 1, true
		case uCentury:
			return s.now(gCentury, k), j + 1, true
		}
	case cWeekday:
		if u.lx.plural || u.lx.abbr {
			return point{}, i, false
		}
		switch {
		case k < 0:
			return s.weekday(int(u.lx.val), false, true), j + 1, true
		case k > 0:
			return s.weekday(int(u.lx.val), true, true), j + 1, true
		}
		return s.weekday(int(u.lx.val), s.future(i, j+1), false), j + 1, true
	case cFunc:
		// "last Christmas", "next Thanksgiving"
		if h, ok := holidays[u.w]; ok && s.dct.ok && k != 0 {
			p, jj, ok := s.holidayAt(j)
			if !ok || p.y < 0 {
				return point{}, i, false
			}
			y := s.dct.t.Year()
			on := time.Date(y, time.Month(h.m), h.on(y), 0, 0, 0, 0, time.UTC)
			if k < 0 && !on.Before(s.dct.t) {
				y--
			} else if k > 0 && !on.After(s.dct.t) {
				y++
			}
			p.y, p.d = y, h.on(y)
			return p, jj, true
		}
	case cMonth:
		if !u.cap || u.lx.abbr {
			return point{}, i, false
		}
		m := int(u.lx.val)
		if !s.dct.ok {
			return point{g: gMonth, y: -1, n: m}, j + 1, true
		}
		y, cur := s.dct.t.Year(), int(s.dct.t.Month())
		switch {
		case k < 0 && m >= cur:
			y--
		case k > 0 && m <= cur:
			y++
		}
		return point{g: gMonth, y: y, n: m}, j + 1, true
	case cSeason:
		return s.season(j, i, k)
	case cPartDay:
		if u.lx.plural || u.lx.val > pNight {
			return point{}, i, false
		}
		p := s.dayOf(0)
		if k < 0 {
			if u.lx.val != pNight {
				return point{}, i, false
			}
			p = s.dayOf(-1)
		} else if k > 0 {
			return point{}, i, false
		}
		p.pod = int(u.lx.val)
		return p, j + 1, true
	}
	return point{}, i, false
}

// the reads the phrases that start with "the": the 1990s, the nineties,
// the third quarter, the quarter, the day before, the next day, the
// weekend, the summer, the 5th of December.
func (s *scanner) the(i int) (point, int, bool) {
	j := i + 1
	t := s.tok(j)
	if y, ok := s.yearAt(j); ok && s.tok(j+1).lx.class == cOrdinal {
		// "the 1988 third quarter"
		if p, k, ok := s.ordinalPeriod(j+1, i); ok {
			p.y = y
			return p, k, true
		}
	}
	if t.kind == tNum {
		if p, k, ok := s.decade(j); ok {
			return p, k, true
		}
		if p, k, ok := s.dayMonth(j); ok {
			return p, k, true
		}
		return point{}, i, false
	}
	switch t.w {
	case "nineties", "eighties", "seventies", "sixties", "fifties", "forties", "thirties", "twenties":
		d := int(t.lx.val)
		return point{g: gDecade, y: 190 + d}, j + 1, true
	case "day":
		if w := s.tok(j + 1).w; w == "before" || w == "after" {
			// "the day before last Tuesday", "the day after Christmas"
			if p, k, ok := s.datePhrase(j + 2); ok && p.g == gDay && p.y >= 0 {
				if w == "before" {
					return shift(p, -1), k, true
				}
				return shift(p, 1), k, true
			}
		}
		switch s.tok(j + 1).w {
		case "before":
			if s.word(j+2, "yesterday") {
				return s.dayOf(-2), j + 3, true
			}
			return s.relative(gDay, -1), j + 2, true
		case "after":
			if s.word(j+2, "tomorrow") {
				return s.dayOf(2), j + 3, true
			}
			return s.relative(gDay, 1), j + 2, true
		}
		return point{}, i, false
	case "weekend":
		if !s.dct.ok {
			return point{g: gWeekend, y: -1}, j + 1, true
		}
		wd := isoWeekday(s.dct.t)
		k := 0
		if s.future(i, j+1) {
			if wd == 7 {
				k = 1
			}
		} else if wd < 5 {
			k = -1
		}
		return s.now(gWeekend, k), j + 1, true
	case "year":
		if p, k, ok := s.yearEarlier(j); ok {
			return p, k, true
		}
		return s.theYear(i)
	case "fiscal", "full":
		if u := s.tok(j + 1); t.w == "fiscal" && u.lx.class == cOrdinal {
			return s.ordinalPeriod(j+1, i)
		}
		if s.word(j+1, "year") {
			return s.theYear(i)
		}
		return point{}, i, false
	case "quarter", "latest", "recent", "current", "same", "last":
		if t.w == "last" && s.word(j+1, "half") {
			return s.ordinalPeriod(j, i)
		}
		k := j
		if t.w != "quarter" {
			k++
		}
		if s.word(k, "fiscal") {
			k++
		}
		if !s.word(k, "quarter") && !(t.w != "last" && t.w != "current" && s.word(k, "period")) {
			if t.w == "current" || t.w == "same" || t.w == "latest" {
				if p, kk, ok := s.modified(j); ok {
					return p, kk, true
				}
			}
			return point{}, i, false
		}
		q := s.prevQuarter()
		if t.w == "current" {
			q = s.now(gQuarter, 0)
		}
		return q, k + 1, true
	case "next", "following", "previous", "prior":
		// "the next day", "the following month", "the previous Friday":
		// counted from the last date the story named
		k, _ := shiftOf(t.w)
		u := s.tok(j + 1)
		switch {
		case u.lx.class == cUnit && !u.lx.plural && unitGran[u.lx.val] != 0 && u.lx.val != uWeekend:
			return s.relative(unitGran[u.lx.val], k), j + 2, true
		case u.lx.class == cWeekday && !u.lx.plural && !u.lx.abbr && s.ref.g == gDay && s.ref.y >= 0:
			d := s.ref.date()
			var off int
			if k < 0 {
				off = -((isoWeekday(d) - int(u.lx.val) + 7) % 7)
				if off == 0 {
					off = -7
				}
			} else {
				off = (int(u.lx.val) - isoWeekday(d) + 7) % 7
				if off == 0 {
					off = 7
				}
			}
			return dayPoint(d.AddDate(0, 0, off)), j + 2, true
		}
		return point{}, i, false
	}
	switch t.lx.class {
	case cOrdinal:
		return s.ordinalPeriod(j, i)
	case cSeason:
		return s.season(j, i, 0)
	}
	return point{}, i, false
}
