package read

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"sitrep"
)

// dateLayouts are the forms of publication dates found in metadata and
// feeds: ISO 8601 and RFC 3339 dates and datetimes, RFC 1123 and RFC 822
// (RSS), and compact and written-out dates.
var dateLayouts = []string{
	time.RFC3339,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	sitrep.DateLayout,
	"20060102",
	time.RFC1123,
	time.RFC1123Z,
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700",
	time.RFC822,
	time.RFC822Z,
	time.RFC850,
	"January 2, 2006",
	"Jan 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
}

// parseDate parses a publication date as found in metadata. A datetime
// gives the calendar day in its own offset, as the publisher saw it.
func parseDate(s string) (sitrep.Date, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return sitrep.Date{}, false
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil && plausibleYear(t.Year()) {
			return sitrep.DateOf(t), true
		}
	}
	if d, _, n := numericDate(s); n == 1 {
		return d, true
	}
	// An ISO date followed by something unusual: keep the date.
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
		if t, err := time.Parse(sitrep.DateLayout, s[:10]); err == nil && plausibleYear(t.Year()) {
			return sitrep.DateOf(t), true
		}
	}
	// A date written out in a longer string ("Posted on 8 December 2016").
	if len(s) < 200 {
		return inferDate(s)
	}
	return sitrep.Date{}, false
}

func plausibleYear(y int) bool { return y >= 1900 && y <= 2200 }

const monthRE = `(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`

var (
	// December 8, 2016; Dec. 8, 2016; Dec 8th 2016
	mdyRE = regexp.MustCompile(`\b` + monthRE + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	// 8 December 2016; 8th Dec. 2016
	dmyRE = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+` + monthRE + `\.?,?\s+(\d{4})\b`)
	// 2016-12-08
	isoRE = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
)

// inferDate returns the latest full calendar date written in text, in the
// forms news copy uses; false when there is none.
func inferDate(text string) (sitrep.Date, bool) {
	var best time.Time
	consider := func(y, m, d int) {
		if !plausibleYear(y) || m < 1 || m > 12 || d < 1 || d > 31 {
			return
		}
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if t.Day() != d { // 31 November
			return
		}
		if t.After(best) {
			best = t
		}
	}
	// Every form holds a four-digit year: run the patterns only on the
	// stretch of text around each one, which keeps long bodies fast.
	for _, w := range yearWindows(text) {
		for _, m := range mdyRE.FindAllStringSubmatch(w, -1) {
			consider(atoi(m[3]), monthNumber(m[1]), atoi(m[2]))
		}
		for _, m := range dmyRE.FindAllStringSubmatch(w, -1) {
			consider(atoi(m[3]), monthNumber(m[2]), atoi(m[1]))
		}
		for _, m := range isoRE.FindAllStringSubmatch(w, -1) {
			consider(atoi(m[1]), atoi(m[2]), atoi(m[3]))
		}
	}
	if best.IsZero() {
		return sitrep.Date{}, false
	}
	return sitrep.DateOf(best), true
}

// yearWindows returns, for each run of exactly four digits in text, the
// text from the start of the word at most 24 bytes before it (looking back
// at most 16 more bytes for that start) to 6 bytes after it: room for
// "September 30th, " before a year and "-12-08" after.
func yearWindows(text string) []string {
	var out []string
	isDigit := func(i int) bool { return i >= 0 && i < len(text) && text[i] >= '0' && text[i] <= '9' }
	for i := 0; i+4 <= len(text); i++ {
		if !isDigit(i) {
			continue
		}
		j := i
		for isDigit(j) {
			j++
		}
		if j-i == 4 {
			start := max(0, i-24)
			for k := 0; k < 16 && start > 0 && text[start-1] != ' ' && text[start-1] != '\n'; k++ {
				start--
			}
			out = append(out, text[start:min(len(text), j+6)])
		}
		i = j
	}
	return out
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func monthNumber(name string) int {
	months := []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
	p := strings.ToLower(name)
	if len(p) > 3 {
		p = p[:3]
	}
	for i, m := range months {
		if m == p {
			return i + 1
		}
	}
	return 0
}
