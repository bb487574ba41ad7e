package sitrep

import (
	"crypto/sha256"
	"encoding/hex"
	"time"
)

// Article is one news report as read from a file, a feed or a page: the
// untouched body every offset points into, and what is known of where and
// when it was published.
type Article struct {
	ID     string `json:"id"`     // ArticleID(Body) unless the input names one
	Title  string `json:"title"`  // headline, "" when there is none
	Body   string `json:"body"`   // the text all offsets point into
	URL    string `json:"url"`    // canonical URL, "" when unknown
	Source string `json:"source"` // publisher or site name, "" when unknown
	// Published is the publication date, absent when unknown.
	Published Date `json:"published,omitzero"`
	// PublishedInferred is true when Published was guessed from the text.
	PublishedInferred bool `json:"published_inferred"`
}

// ArticleID returns the identifier of an article with the given body: the
// first 16 hex digits of its SHA-256. Equal bodies share an id, which is what
// makes ingest idempotent.
func ArticleID(body string) string {
	sum := sha256.Sum256([]byte(body))
	return hex.EncodeToString(sum[:8])
}

// Date is a calendar day, the unit of publication dates. Its JSON form is
// "2006-01-02"; the zero Date means unknown.
type Date struct {
	t time.Time
}

// DateLayout is the ISO 8601 calendar-date layout of Date's text form.
const DateLayout = "2006-01-02"

// NewDate returns the Date for year, month and day.
func NewDate(year int, month time.Month, day int) Date {
	return Date{time.Date(year, month, day, 0, 0, 0, 0, time.UTC)}
}

// DateOf returns the calendar day of t in t's own location.
func DateOf(t time.Time) Date {
	if t.IsZero() {
		return Date{}
	}
	return NewDate(t.Year(), t.Month(), t.Day())
}

// ParseDate parses an ISO 8601 calendar date (2016-12-08).
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		return Date{}, Errorf(EINVALID, "invalid date %q: want YYYY-MM-DD", s)
	}
	return Date{t}, nil
}

// IsZero reports whether d is unknown.
func (d Date) IsZero() bool { return d.t.IsZero() }

// Time returns midnight UTC of d.
func (d Date) Time() time.Time { return d.t }

// String returns d as YYYY-MM-DD, or "" when d is zero.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.t.Format(DateLayout)
}

// MarshalText implements encoding.TextMarshaler.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler; "" gives the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
