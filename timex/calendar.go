package timex

import (
	"strconv"
	"time"
)

// Granularities of a calendar point, coarse to fine.
const (
	gCentury uint8 = iota + 1
	gDecade
	gYear
	gHalf
	gQuarter
	gSeason
	gMonth
	gWeek
	gWeekend
	gWeekday // a weekday not tied to a week: XXXX-WXX-5
	gDay
	gVague // PAST_REF, PRESENT_REF, FUTURE_REF by n
)

// point is a calendar value at some granularity. y < 0 means the year is
// unknown (written XXXX); a zero n or d at a granularity that needs one
// means that part is unknown.
type point struct {
	g    uint8
	y    int // year; for gCentury the century (19), for gDecade the decade (199)
	n    int // month, quarter, half, season or ISO week, by g
	d    int // day of month (gDay) or ISO weekday (gWeekday, gDay when y < 0 and n == 0)
	pod  int // part of day, 0 when none
	hh   int // hour + 1 when a clock time is known (so 0 means none)
	mm   int
	zone int16 // zone offset + zoneBias, 0 when none
}

// anchor is the document creation time.
type anchor struct {
	t  time.Time
	ok bool
}

func dayPoint(t time.Time) point {
	return point{g: gDay, y: t.Year(), n: int(t.Month()), d: t.Day()}
}

func weekPoint(t time.Time) point {
	y, w := t.ISOWeek()
	return point{g: gWeek, y: y, n: w}
}

func monthPoint(t time.Time) point {
	return point{g: gMonth, y: t.Year(), n: int(t.Month())}
}

// date returns the day of a gDay point with a known year.
func (p point) date() time.Time {
	return time.Date(p.y, time.Month(p.n), p.d, 0, 0, 0, 0, time.UTC)
}

// value formats p in the TIMEX3 style.
func (p point) value() string {
	return string(p.appendValue(make([]byte, 0, 24)))
}

func (p point) appendValue(b []byte) []byte {
	switch p.g {
	case gVague:
		return append(b, vagueValue[p.n]...)
	case gCentury:
		return appendPad(b, p.y, 2)
	case gDecade:
		return appendPad(b, p.y, 3)
	}
	b = appendYear(b, p.y)
	switch p.g {
	case gHalf:
		b = append(b, "-H"...)
		b = appendX(b, p.n, 1)
	case gQuarter:
		b = append(b, "-Q"...)
		b = appendX(b, p.n, 1)
	case gSeason:
		b = append(b, '-')
		b = append(b, seasonCode[p.n]...)
	case gMonth:
		b = append(b, '-')
		b = appendX(b, p.n, 2)
	case gWeek, gWeekend:
		b = append(b, "-W"...)
		b = appendX(b, p.n, 2)
		if p.g == gWeekend {
			b = append(b, "-WE"...)
		}
	case gWeekday:
		b = append(b, "-WXX-"...)
		b = strconv.AppendInt(b, int64(p.d), 10)
		b = p.appendClock(b)
	case gDay:
		b = append(b, '-')
		b = appendX(b, p.n, 2)
		b = append(b, '-')
		b = appendX(b, p.d, 2)
		b = p.appendClock(b)
	}
	return b
}

func (p point) appendClock(b []byte) []byte {
	switch {
	case p.hh > 0:
		b = append(b, 'T')
		b = appendPad(b, p.hh-1, 2)
		b = append(b, ':')
		b = appendPad(b, p.mm, 2)
		b = appendZone(b, p.zone)
	case p.pod == pNoon:
		b = append(b, "T12:00"...)
	case p.pod == pMidnight:
		b = append(b, "T24:00"...)
	case p.pod > 0:
		b = append(b, 'T')
		b = append(b, partDayCode[p.pod]...)
	}
	return b
}

func appendZone(b []byte, z int16) []byte {
	if z == 0 {
		return b
	}
	off := int(z) - zoneBias
	if off == 0 {
		return append(b, 'Z')
	}
	if off < 0 {
		b = append(b, '-')
		off = -off
	} else {
		b = append(b, '+')
	}
	b = appendPad(b, off/60, 2)
	b = append(b, ':')
	return appendPad(b, off%60, 2)
}

func appendYear(b []byte, y int) []byte {
	if y < 0 {
		return append(b, "XXXX"...)
	}
	return appendPad(b, y, 4)
}

// appendX appends v padded to width, or X's when v is 0 (unknown).
func appendX(b []byte, v, width int) []byte {
	if v <= 0 {
		for range width {
			b = append(b, 'X')
		}
		return b
	}
	return appendPad(b, v, width)
}

func appendPad(b []byte, v, width int) []byte {
	var d [8]byte
	n := 0
	for v > 0 || n == 0 {
		d[n] = byte('0' + v%10)
		v /= 10
		n++
	}
	for i := n; i < width; i++ {
		b = append(b, '0')
	}
	for i := n - 1; i >= 0; i-- {
		b = append(b, d[i])
	}
	return b
}

// durValue formats a duration of n units; n < 0 means an unknown number (X).
func durValue(n int, unit int) string {
	u := durUnit[unit]
	b := make([]byte, 0, 8)
	b = append(b, 'P')
	if u.time {
		b = append(b, 'T')
	}
	if n < 0 {
		b = append(b, 'X')
	} else {
		b = strconv.AppendInt(b, int64(n*u.mult), 10)
	}
	return string(append(b, u.code...))
}

// quarterOf returns the quarter (1..4) of month m.
func quarterOf(m time.Month) int { return (int(m)-1)/3 + 1 }

// seasonOf returns the season of month m and the year it is counted in
// (December belongs to the winter of its own year).
func seasonOf(t time.Time) (int, int) {
	switch t.Month() {
	case time.March, time.April, time.May:
		return sSpring, t.Year()
	case time.June, time.July, time.August:
		return sSummer, t.Year()
	case time.September, time.October, time.November:
		return sFall, t.Year()
	case time.December:
		return sWinter, t.Year()
	}
	return sWinter, t.Year() - 1
}

// shift moves a point by k units of its own granularity (k may be negative).
// It works on points with a known year.
func shift(p point, k int) point {
	switch p.g {
	case gCentury, gDecade, gYear:
		p.y += k
	case gHalf:
		i := p.y*2 + p.n - 1 + k
		p.y, p.n = i/2, i%2+1
	case gQuarter:
		i := p.y*4 + p.n - 1 + k
		p.y, p.n = i/4, i%4+1
	case gSeason:
		i := p.y*4 + p.n - 1 + k
		p.y, p.n = i/4, i%4+1
	case gMonth:
		i := p.y*12 + p.n - 1 + k
		p.y, p.n = i/12, i%12+1
	case gWeek, gWeekend:
		// Monday of the ISO week, then move.
		t := isoWeekStart(p.y, p.n).AddDate(0, 0, 7*k)
		y, w := t.ISOWeek()
		p.y, p.n = y, w
	case gDay:
		q := dayPoint(p.date().AddDate(0, 0, k))
		q.pod, q.hh, q.mm, q.zone = p.pod, p.hh, p.mm, p.zone
		return q
	}
	return p
}

// isoWeekStart returns the Monday of ISO week w of year y.
func isoWeekStart(y, w int) time.Time {
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	wd := int(jan4.Weekday()+6) % 7 // Monday = 0
	return jan4.AddDate(0, 0, -wd+7*(w-1))
}

// isoWeekday returns 1 (Monday) .. 7 (Sunday).
func isoWeekday(t time.Time) int { return int(t.Weekday()+6)%7 + 1 }

// daysIn returns the number of days of month m in year y.
func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
