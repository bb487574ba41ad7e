package read

import (
	"strings"
	"time"

	"sitrep"
)

// numericDate reads a date written in numbers only, "10/4/2016",
// "4.10.2016", "2016/10/04". It returns n == 0 when s is no such date,
// n == 1 with the date in a when the order of day and month is clear (a
// year first, a number over 12, or equal day and month), and n == 2 when
// it is not: a is then the month-first reading and b the day-first one.
func numericDate(s string) (a, b sitrep.Date, n int) {
	s = strings.TrimSpace(s)
	var parts [3]int
	k, digits := 0, 0
	var sep byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			parts[k] = parts[k]*10 + int(c-'0')
			digits++
			if digits > 4 {
				return a, b, 0
			}
		case (c == '/' || c == '.' || c == '-') && digits > 0 && k < 2 && (sep == 0 || c == sep):
			sep = c
			k++
			digits = 0
		default:
			return a, b, 0
		}
	}
	if k != 2 || digits == 0 {
		return a, b, 0
	}
	date := func(y, m, d int) (sitrep.Date, bool) {
		if !plausibleYear(y) || m < 1 || m > 12 || d < 1 || d > 31 {
			return sitrep.Date{}, false
		}
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if t.Day() != d {
			return sitrep.Date{}, false
		}
		return sitrep.DateOf(t), true
	}
	x, y, z := parts[0], parts[1], parts[2]
	if x >= 1000 { // 2016/10/04
		if d, ok := date(x, y, z); ok {
			return d, d, 1
		}
		return a, b, 0
	}
	if z < 1000 {
		return a, b, 0 // two-digit years are too ambiguous to guess
	}
	md, okMD := date(z, x, y)
	dm, okDM := date(z, y, x)
	switch {
	case okMD && okDM && md != dm:
		if sep == '.' {
			return dm, dm, 1 // dotted dates are day first wherever they are written
		}
		return md, dm, 2
	case okMD:
		return md, md, 1
	case okDM:
		return dm, dm, 1
	}
	return a, b, 0
}

// readPublished reads a publication date found in the metadata of an item
// (what names the field in diagnostics) and reports whether it did. A
// numeric date whose day and month could be either way is kept as its two
// readings for finish to decide from the dates in the text.
func (it *Item) readPublished(s, what string) bool {
	if d, ok := parseDate(s); ok {
		it.Article.Published = d
		return true
	}
	if md, dm, n := numericDate(s); n == 2 {
		it.readings = [2]sitrep.Date{md, dm}
		it.ambiguous = s
		return false
	}
	it.Diagnostics.Add(sitrep.Span{}, stage, "unreadable %s %q", what, clip(s, 60))
	return false
}

// settle decides an ambiguous numeric publication date: the reading the
// text confirms (its latest written date), else the date the options give,
// else the month-first reading, with a diagnostic saying which was taken.
func (r *Reader) settle(it *Item) {
	a := &it.Article
	md, dm := it.readings[0], it.readings[1]
	if d, ok := r.opt.InferDate(a.Body); ok && (d == md || d == dm) {
		a.Published = d
		return
	}
	if !r.opt.Published.IsZero() {
		a.Published = r.opt.Published
		return
	}
	a.Published = md
	it.Diagnostics.Add(sitrep.Span{}, stage, "ambiguous publication date %q read month first as %s (day first would be %s)",
		clip(it.ambiguous, 60), md, dm)
}
