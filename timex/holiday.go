package timex

import "time"

// holiday is a named day: fixed (month, day) or the nth weekday of a month
// (n < 0 counts from the end).
type holiday struct {
	m, d    int // fixed date when d > 0
	wd, n   int // otherwise: ISO weekday and its rank in the month
	needDay bool
}

// holidays are the named days of the (mostly American) news calendar.
var holidays = map[string]holiday{
	"christmas":    {m: 12, d: 25},
	"halloween":    {m: 10, d: 31},
	"thanksgiving": {m: 11, wd: 4, n: 4},
	"independence": {m: 7, d: 4, needDay: true},
	"labor":        {m: 9, wd: 1, n: 1, needDay: true},
	"memorial":     {m: 5, wd: 1, n: -1, needDay: true},
	"election":     {m: 11, wd: 2, n: 1, needDay: true}, // the Tuesday after the first Monday
	"veterans":     {m: 11, d: 11, needDay: true},
}

// on returns the day of h in year y.
func (h holiday) on(y int) int {
	if h.d > 0 {
		return h.d
	}
	if h.n > 0 {
		first := time.Date(y, time.Month(h.m), 1, 0, 0, 0, 0, time.UTC)
		d := 1 + (h.wd-isoWeekday(first)+7)%7 + 7*(h.n-1)
		if h.m == 11 && h.wd == 2 && h.n == 1 && d == 1 {
			d += 7 // Election Day never falls on November 1
		}
		return d
	}
	last := time.Date(y, time.Month(h.m)+1, 0, 0, 0, 0, 0, time.UTC)
	return last.Day() - (isoWeekday(last)-h.wd+7)%7
}

// holidayAt reads "Christmas", "Christmas Day", "Christmas Eve",
// "Thanksgiving [Day]", "Election Day", "Labor Day", with an optional
// year after it; "last Thanksgiving" is read by the caller as any date.
func (s *scanner) holidayAt(i int) (point, int, bool) {
	t := s.tok(i)
	if t.kind != tWord || !t.cap {
		return point{}, i, false
	}
	h, ok := holidays[t.w]
	if !ok {
		return point{}, i, false
	}
	j := i + 1
	eve := false
	switch {
	case s.word(j, "day") && s.tok(j).cap:
		j++
	case t.w == "christmas" && s.word(j, "eve") && s.tok(j).cap:
		eve = true
		j++
	case h.needDay:
		return point{}, i, false
	}
	var y int
	if yy, ok := s.yearAt(j); ok {
		y = yy
		j++
	} else if !s.dct.ok {
		if h.d == 0 {
			return point{g: gDay, y: -1, n: h.m}, j, true
		}
		y = -1
	} else {
		// the year whose holiday lies nearest, as for dates without a year
		y = s.yearFor(h.m, h.on(s.dct.t.Year()), s.tenseOf(i, j))
	}
	if y < 0 {
		return point{g: gDay, y: -1, n: h.m, d: h.d}, j, true
	}
	p := point{g: gDay, y: y, n: h.m, d: h.on(y)}
	if eve {
		p = shift(p, -1)
	}
	return p, j, true
}
