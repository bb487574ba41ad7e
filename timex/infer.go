package timex

import (
	"strconv"
	"time"

	"sitrep"
)

// InferPublished guesses the publication date of a report whose metadata
// lacks one: the latest full calendar date (year, month and day) written in
// the text, such as a dateline's "Dec. 8, 2016" or "2016-12-08". Dates that
// need a publication date to resolve ("Wednesday", "December 5") do not
// count. It returns false when the text has no full date.
func InferPublished(text string) (sitrep.Date, bool) {
	var best time.Time
	for _, t := range Find(text, nil, sitrep.Date{}) {
		if t.Kind != KindDate && t.Kind != KindTime {
			continue
		}
		d, ok := fullDate(t.Value)
		if ok && d.After(best) {
			best = d
		}
	}
	if best.IsZero() {
		return sitrep.Date{}, false
	}
	return sitrep.DateOf(best), true
}

// fullDate parses the YYYY-MM-DD prefix of a TIMEX3 value.
func fullDate(v string) (time.Time, bool) {
	if len(v) < 10 || v[4] != '-' || v[7] != '-' || len(v) > 10 && v[10] != 'T' {
		return time.Time{}, false
	}
	y, err1 := strconv.Atoi(v[:4])
	m, err2 := strconv.Atoi(v[5:7])
	d, err3 := strconv.Atoi(v[8:10])
	if err1 != nil || err2 != nil || err3 != nil || y < 1900 || y > 2100 {
		return time.Time{}, false
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), true
}
