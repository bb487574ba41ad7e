package timex

// duration reads "26 days", "three years", "the past 26 days", "the first
// nine months", "a week", "the past few years", "five-year", "for hours".
// A duration that ends at or starts from the anchor ("the past 26 days",
// "the next two weeks") is an interval in sitrep's output: start is the
// anchor minus the duration, so it excludes the first day named ("the past
// 26 days" of 2016-12-08 is 2016-11-12/2016-12-08: November 13 through
// December 8).
func (s *scanner) duration(i int) int {
	j := i
	if s.word(j, "the") {
		j++
	}
	mod := ""
	switch w := s.tok(j).w; w {
	case "past", "last", "next", "first", "coming", "previous", "recent", "following", "final", "initial", "latest":
		mod = w
		j++
	}
	n, k, ok := -1, j, false
	switch w := s.tok(j).w; {
	case w == "few" || w == "several" || w == "many":
		k, ok = j+1, true
	case w == "a" || w == "an":
		if s.word(j+1, "few") {
			k, ok = j+2, true
		} else if kk, v, ok2 := s.number(j); ok2 {
			n, k, ok = v, kk, true
		} else if mod == "" && j == i {
			if p := s.tok(i - 1).w; p == "once" || p == "twice" || p == "thrice" || p == "times" {
				return i
			}
			n, k, ok = 1, j+1, true
		}
	default:
		if kk, v, ok2 := s.number(j); ok2 {
			n, k, ok = v, kk, true
		}
	}
	if !ok && j == i+1 {
		// "for the year", "the fiscal year ended Sept. 30": one year
		k := j
		if s.word(k, "fiscal") {
			k++
		}
		if s.word(k, "year") && (s.word(i-1, "for") || s.word(k+1, "ended") || s.word(k+1, "ending")) {
			return s.emitDur(i, k+1, "", 1, uYear)
		}
	}
	if !ok {
		// "the past year", "the next week": one unit
		if mod != "" && mod != "first" && mod != "recent" {
			if u := s.tok(j); u.lx.class == cUnit && !u.lx.plural && (j > i+1 || mod == "past") {
				if g := unitGran[u.lx.val]; s.opt.TimeML && g != 0 && (mod == "past" || mod == "last") {
					// TimeML annotates "the past year" as the previous year
					s.emitPoint(i, j+1, s.now(g, -1))
					return j + 1
				}
				return s.emitDur(i, j+1, mod, 1, int(u.lx.val))
			}
		}
		// "for years", "over decades", "hours"
		if u := s.tok(j); u.lx.class == cUnit && u.lx.plural && j == i {
			switch s.tok(i - 1).w {
			case "for", "over", "within", "took", "take", "takes", "lasted", "last", "spent":
				return s.emitDur(i, i+1, "", -1, int(u.lx.val))
			}
		}
		// "coming weeks", "recent months": an unknown number
		if u := s.tok(j); u.lx.class == cUnit && u.lx.plural && (mod == "coming" || mod == "recent" && u.lx.val != uYear) {
			return s.emitDur(i, j+1, "", -1, int(u.lx.val))
		}
		return i
	}
	if mod == "recent" && n < 0 {
		return i
	}
	// "5 1/2 hours", "two and a half years", "two more weeks"
	half := false
	if n >= 0 {
		if t := s.tok(k); t.kind == tNum && t.sep == '/' && t.nsep == 1 && s.text[t.s:t.e] == "1/2" {
			half, k = true, k+1
		} else if s.word(k, "and") && s.word(k+1, "a") && s.word(k+2, "half") {
			half, k = true, k+3
		}
	}
	if s.word(k, "more") || s.word(k, "additional") || s.word(k, "further") {
		if s.unitAt(k + 1) {
			k++
		}
	}
	hy := false
	if s.hyphen(k) {
		hy = true
		k++
	}
	u := s.tok(k)
	if u.lx.class != cUnit || u.lx.val == uWeekend {
		return i
	}
	if hy && u.lx.plural {
		return i
	}
	if n == 1 && u.lx.plural && !hy {
		return i
	}
	if n > 1 && !u.lx.plural && !hy && s.tok(k+1).kind != tWord {
		return i // "five year" only before the noun it modifies
	}
	if n < 0 && !u.lx.plural {
		return i
	}
	if s.word(k+1, "old") || s.hyphen(k+1) && s.word(k+2, "old") {
		return k + 1
	}
	if s.hyphen(k+1) && (s.word(k+2, "earlier") || s.word(k+2, "ago")) {
		return i // "a year-earlier period"
	}
	if n == 1 && j == i && !u.lx.plural && (s.word(i, "a") || s.word(i, "an")) && u.lx.val >= uDay {
		// "$5 a year", "3,000 a day": a rate
		if p := s.tok(i - 1); p.kind == tNum || p.w == "million" || p.w == "billion" || p.w == "dollars" || p.w == "cents" {
			s.emit(i, k+1, KindSet, durValue(1, int(u.lx.val)))
			return k + 1
		}
	}
	if !half && n == 1 && s.word(k+1, "and") && s.word(k+2, "a") && s.word(k+3, "half") {
		half, k = true, k+3 // "a minute and a half"
	}
	if half {
		s.emit(i, k+1, KindDuration, halfValue(n, int(u.lx.val)))
		return k + 1
	}
	return s.emitDur(i, k+1, mod, n, int(u.lx.val))
}

// halfValue formats n and a half units: P2Y6M, PT5H30M, P3DT12H, P1.5W.
func halfValue(n, unit int) string {
	v := durValue(n, unit)
	switch unit {
	case uYear:
		return v + "6M"
	case uHour:
		return v + "30M"
	case uMinute:
		return v + "30S"
	case uDay:
		return v + "T12H"
	}
	u := durUnit[unit]
	return v[:len(v)-len(u.code)] + ".5" + u.code
}

// unitGran is the calendar granularity of each unit, 0 when none.
var unitGran = [...]uint8{uDay: gDay, uWeek: gWeek, uWeekend: gWeekend, uMonth: gMonth,
	uQuarter: gQuarter, uYear: gYear, uDecade: gDecade, uCentury: gCentury, uCentury + 1: 0}

// emitDur emits a duration of n units over tokens [i, j), or an interval
// when mod anchors it at the document date.
func (s *scanner) emitDur(i, j int, mod string, n, unit int) int {
	v := durValue(n, unit)
	if s.opt.TimeML || !s.dct.ok || n < 0 || unit < uDay {
		s.emit(i, j, KindDuration, v)
		return j
	}
	sign := 0
	switch mod {
	case "past", "last", "previous", "recent", "latest":
		sign = -1
	case "next", "coming", "following":
		sign = 1
	default:
		s.emit(i, j, KindDuration, v)
		return j
	}
	u := durUnit[unit]
	t := s.dct.t
	var o = t
	switch unit {
	case uDay:
		o = t.AddDate(0, 0, sign*n)
	case uWeek, uFortnight:
		o = t.AddDate(0, 0, sign*n*7*u.mult)
	case uMonth:
		o = t.AddDate(0, sign*n, 0)
	case uQuarter:
		o = t.AddDate(0, sign*n*3, 0)
	case uYear, uDecade, uCentury:
		o = t.AddDate(sign*n*u.mult, 0, 0)
	default:
		s.emit(i, j, KindDuration, v)
		return j
	}
	a, b := dayPoint(o), dayPoint(t)
	if sign > 0 {
		a, b = b, a
	}
	s.emit(i, j, KindInterval, a.value()+"/"+b.value())
	return j
}

// set reads recurring times: daily, weekly, every Friday, each year, every
// two weeks, per day, twice a week, on Fridays.
func (s *scanner) set(i int) int {
	t := s.tok(i)
	switch {
	case t.lx.class == cSet:
		if t.cap && i > 0 {
			return i
		}
		s.emit(i, i+1, KindSet, durValue(1, int(t.lx.val)))
		return i + 1
	case t.w == "every" || t.w == "each" || t.w == "per":
		j := i + 1
		if s.word(j, "other") {
			j++
		}
		u := s.tok(j)
		switch u.lx.class {
		case cWeekday:
			if t.w == "per" || u.lx.abbr {
				return i
			}
			p := point{g: gWeekday, y: -1, d: int(u.lx.val)}
			if v := s.tok(j + 1); v.lx.class == cPartDay && v.lx.val <= pNight {
				p.pod = int(v.lx.val)
				j++
			}
			s.emit(i, j+1, KindSet, p.value())
			return j + 1
		case cUnit:
			if u.lx.plural {
				return i
			}
			n := 1
			if j > i+1 {
				n = 2
			}
			s.emit(i, j+1, KindSet, durValue(n, int(u.lx.val)))
			return j + 1
		case cPartDay:
			if u.lx.val > pNight || t.w == "per" {
				return i
			}
			p := point{g: gDay, y: -1, pod: int(u.lx.val)}
			s.emit(i, j+1, KindSet, p.value())
			return j + 1
		}
		if t.w == "every" {
			if k, n, ok := s.number(j); ok && n > 1 {
				if u := s.tok(k); u.lx.class == cUnit && u.lx.plural {
					s.emit(i, k+1, KindSet, durValue(n, int(u.lx.val)))
					return k + 1
				}
			}
		}
	case t.w == "a" || t.w == "an":
		switch s.tok(i - 1).w {
		case "once", "twice", "thrice", "times":
			if u := s.tok(i + 1); u.lx.class == cUnit && !u.lx.plural {
				s.emit(i, i+2, KindSet, durValue(1, int(u.lx.val)))
				return i + 2
			}
		}
	case t.lx.class == cWeekday && t.lx.plural && t.cap:
		if !s.word(i-1, "on") {
			return i
		}
		p := point{g: gWeekday, y: -1, d: int(t.lx.val)}
		j := i + 1
		if v := s.tok(j); v.lx.class == cPartDay && v.lx.val <= pNight {
			p.pod = int(v.lx.val)
			j++
		}
		s.emit(i, j, KindSet, p.value())
		return j
	}
	return i
}

// vague reads references without a fixed value: recently, lately, now,
// currently, the past, the future, the near future, soon, these days.
func (s *scanner) vague(i int) int {
	t := s.tok(i)
	switch t.w {
	case "right":
		if s.word(i+1, "now") {
			s.emit(i, i+2, KindDate, "PRESENT_REF")
			return i + 2
		}
		return i
	case "the":
		j := i + 1
		if s.word(j, "near") || s.word(j, "distant") || s.word(j, "immediate") {
			j++
			if s.word(j, "term") {
				s.emit(i, j+1, KindDate, "FUTURE_REF")
				return j + 1
			}
		}
		switch s.tok(j).w {
		case "past":
			if j == i+1 {
				s.emit(i, j+1, KindDate, "PAST_REF")
				return j + 1
			}
		case "present":
			if j == i+1 && s.tok(j+1).kind != tWord {
				s.emit(i, j+1, KindDate, "PRESENT_REF")
				return j + 1
			}
		case "future":
			s.emit(i, j+1, KindDate, "FUTURE_REF")
			return j + 1
		case "moment":
			if s.word(i-1, "at") {
				s.emit(i, j+1, KindDate, "PRESENT_REF")
				return j + 1
			}
		}
		return i
	case "these":
		if s.word(i+1, "days") {
			s.emit(i, i+2, KindDate, "PRESENT_REF")
			return i + 2
		}
		return i
	case "recent":
		// "recent years"; the adjective alone is left out
		if u := s.tok(i + 1); u.lx.class == cUnit && u.lx.plural && u.lx.val == uYear {
			s.emit(i, i+2, KindDate, "PAST_REF")
			return i + 2
		}
		return i
	}
	if t.lx.class != cVague {
		return i
	}
	switch t.w {
	case "soon":
		if s.word(i-1, "as") || s.word(i+1, "after") {
			return i
		}
	case "now":
		if s.word(i+1, "that") {
			return i
		}
	}
	s.emit(i, i+1, KindDate, vagueValue[t.lx.val])
	return i + 1
}
