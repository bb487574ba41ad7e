package sqlite

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"sitrep"
)

// SmallSet is the number of matches under which a set filter (actor,
// rectangle, words) drives an event query: its rows are looked up and
// sorted. At or above it the query walks the date-ordered index of the
// other filters and checks the set row by row, stopping after a page, which
// is cheaper when a set matches a large part of the table.
var SmallSet = 5000

// setFilter is a filter answered by a side table: members lists its event
// ids, has checks one (correlated on e.id), size counts up to SmallSet.
type setFilter struct {
	members, has string
	args         []any
	// walk, when set, replaces has: it adds cheaper checks to q.
	walk func(q *query)
}

// eventQuery turns an event filter into a FROM clause, WHERE terms and a
// page size, choosing for each set filter whether it drives the query.
func (d *DB) eventQuery(ctx context.Context, f sitrep.EventFilter) (from string, q *query, limit int, err error) {
	var fromArgs []any
	if limit, err = sitrep.PageLimit(f.Limit); err != nil {
		return "", nil, 0, err
	}
	q = new(query)
	var sets []setFilter
	if f.Actor != "" {
		sets = append(sets, setFilter{
			members: "SELECT event_id FROM event_actors WHERE key = ?",
			has:     "EXISTS (SELECT 1 FROM event_actors WHERE key = ? AND event_id = e.id)",
			args:    []any{strings.ToLower(strings.TrimSpace(f.Actor))},
		})
	}
	if b := f.BBox; b != nil {
		if b.South > b.North || b.West > b.East {
			return "", nil, 0, sitrep.Errorf(sitrep.EINVALID, "bbox %v: want west,south,east,north with west <= east and south <= north", *b)
		}
		sets = append(sets, setFilter{
			members: "SELECT id AS event_id FROM events_geo WHERE west >= ? AND east <= ? AND south >= ? AND north <= ?",
			has:     "(e.lon BETWEEN ? AND ? AND e.lat BETWEEN ? AND ?)",
			args:    []any{b.West, b.East, b.South, b.North},
		})
	}
	if f.Query != "" {
		fq, err := ftsQuery(f.Query)
		if err != nil {
			return "", nil, 0, err
		}
		sets = append(sets, setFilter{
			members: "SELECT rowid AS event_id FROM events_fts WHERE events_fts MATCH ?",
			args:    []any{fq},
			// A full-text check costs about a tenth of a millisecond per
			// row, too much for a walk; LIKE narrows the rows and
			// findEvents checks the words in Go.
			walk: func(q *query) {
				q.words = words(f.Query)
				for _, w := range q.words {
					if isASCII(w) {
						q.add(`e.text LIKE ? ESCAPE '\'`, "%"+likeEscaper.Replace(w)+"%")
					}
				}
			},
		})
	}
	// The smallest set under SmallSet drives; the others are checked.
	from = "events e"
	driver, smallest := -1, SmallSet
	for i, sf := range sets {
		var n int
		if err := d.db.QueryRowContext(ctx, "SELECT count(*) FROM ("+sf.members+" LIMIT ?)", append(sf.args, SmallSet)...).Scan(&n); err != nil {
			return "", nil, 0, fmt.Errorf("find events: %w", err)
		}
		if n < smallest {
			driver, smallest = i, n
		}
	}
	for i, sf := range sets {
		if i == driver {
			// CROSS JOIN keeps SQLite from reordering the loops: the set
			// is read first, then each event by its key.
			from = "(" + sf.members + ") AS s CROSS JOIN events e ON e.id = s.event_id"
			fromArgs = sf.args
			continue
		}
		if sf.walk != nil {
			sf.walk(q)
			continue
		}
		q.add(sf.has, sf.args...)
	}
	if f.Country != "" {
		q.add("e.country = ?", strings.ToUpper(f.Country))
	}
	if f.Root != "" {
		q.add("e.root = ?", f.Root)
	}
	if f.PLOVER != "" {
		q.add("e.plover = ?", strings.ToUpper(f.PLOVER))
	}
	if !f.From.IsZero() {
		q.add("e.date >= ?", f.From.String())
	}
	if !f.To.IsZero() {
		q.add("e.date <= ?", f.To.String())
	}
	if f.ArticleID != "" {
		q.add("e.article_id = ?", f.ArticleID)
	}
	if f.IncidentID != 0 {
		q.add("e.incident_id = ?", f.IncidentID)
	}
	if err := q.after(f.Cursor, "e.date", "e.id"); err != nil {
		return "", nil, 0, err
	}
	q.args = append(fromArgs, q.args...)
	return from, q, limit, nil
}

var likeEscaper = strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// words splits text into lower-case words the way the full-text index
// tokenizes (letters and digits; everything else separates).
func words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !isWordRune(r) })
}

// hasWords reports whether every one of want occurs as a word of text.
func hasWords(text string, want []string) bool {
	have := words(text)
	for _, w := range want {
		if !slices.Contains(have, w) {
			return false
		}
	}
	return true
}
