package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"sitrep"
)

var _ sitrep.EventStore = (*DB)(nil)

// FindEvents returns a page of events matching f, newest first.
func (d *DB) FindEvents(ctx context.Context, f sitrep.EventFilter) ([]sitrep.EventRecord, string, error) {
	from, q, limit, err := d.eventQuery(ctx, f)
	if err != nil {
		return nil, "", err
	}
	rows, err := d.db.QueryContext(ctx, `SELECT e.id, e.article_id, e.idx, e.incident_id, sig.copy_of, e.date, e.record
		FROM `+from+` LEFT JOIN signatures sig ON sig.article_id = e.article_id`+q.cond()+`
		ORDER BY e.date DESC, e.id DESC LIMIT ?`, append(q.args, limit+1)...)
	if err != nil {
		return nil, "", fmt.Errorf("find events: %w", err)
	}
	defer rows.Close()
	out := make([]sitrep.EventRecord, 0, min(limit, 256))
	var next, lastDate string
	for rows.Next() {
		if len(out) == limit {
			last := out[len(out)-1]
			next = encodeCursor(lastDate, last.ID)
			break
		}
		var (
			e        sitrep.EventRecord
			incident sql.NullInt64
			copyOf   sql.NullString
			js       []byte
		)
		if err := rows.Scan(&e.ID, &e.ArticleID, &e.Index, &incident, &copyOf, &lastDate, &js); err != nil {
			return nil, "", fmt.Errorf("find events: %w", err)
		}
		if err := json.Unmarshal(js, &e.Event); err != nil {
			return nil, "", fmt.Errorf("event %d: %w", e.ID, err)
		}
		e.IncidentID, e.CopyOf = incident.Int64, copyOf.String
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, "", fmt.Errorf("find events: %w", err)
	}
	return out, next, nil
}

// FindEventPoints returns a page of events matching f as map points,
// newest first. It reads only indexed columns, not the events' JSON.
func (d *DB) FindEventPoints(ctx context.Context, f sitrep.EventFilter) ([]sitrep.EventPoint, string, error) {
	from, q, limit, err := d.eventQuery(ctx, f)
	if err != nil {
		return nil, "", err
	}
	rows, err := d.db.QueryContext(ctx, `SELECT e.id, e.article_id, e.idx, e.date, e.lat, e.lon, e.quad, e.root, e.country
		FROM `+from+q.cond()+` ORDER BY e.date DESC, e.id DESC LIMIT ?`, append(q.args, limit+1)...)
	if err != nil {
		return nil, "", fmt.Errorf("find event points: %w", err)
	}
	defer rows.Close()
	out := make([]sitrep.EventPoint, 0, min(limit, 1024))
	var next string
	for rows.Next() {
		if len(out) == limit {
			last := out[len(out)-1]
			next = encodeCursor(last.Date, last.ID)
			break
		}
		var (
			p        sitrep.EventPoint
			lat, lon sql.NullFloat64
		)
		if err := rows.Scan(&p.ID, &p.ArticleID, &p.Index, &p.Date, &lat, &lon, &p.Quad, &p.Root, &p.Country); err != nil {
			return nil, "", fmt.Errorf("find event points: %w", err)
		}
		if lat.Valid && lon.Valid {
			p.Lat, p.Lon = &lat.Float64, &lon.Float64
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, "", fmt.Errorf("find event points: %w", err)
	}
	return out, next, nil
}

// SmallSet is the number of matches under which a set filter (actor,
// rectangle, words) drives an event query: its rows are looked up and
// sorted. At or above it the query walks the date-ordered index of the
// other filters and checks the set row by row, stopping after a page, which
// is cheaper when a set matches a large part of the table.
var SmallSet = 5000

// setFilter is a filter answered by a side table: members lists its event
// ids, has checks one (correlated on e.id), size counts up to SmallSet.
type setFilter struct {
	members, has, size string
	args               []any
}

// eventQuery turns an event filter into a FROM clause, WHERE terms and a
// page size, choosing for each set filter whether it drives the query.
func (d *DB) eventQuery(ctx context.Context, f sitrep.EventFilter) (from string, q *query, limit int, err error) {
	var fromArgs []any
	if limit, err = pageLimit(f.Limit); err != nil {
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
			has:     "EXISTS (SELECT 1 FROM events_fts WHERE events_fts MATCH ? AND rowid = e.id)",
			args:    []any{fq},
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

// FindClaims returns a page of claims matching f, newest article first.
func (d *DB) FindClaims(ctx context.Context, f sitrep.ClaimFilter) ([]sitrep.ClaimRecord, string, error) {
	limit, err := pageLimit(f.Limit)
	if err != nil {
		return nil, "", err
	}
	var q query
	if f.Kind != "" {
		q.add("c.kind = ?", strings.ToLower(f.Kind))
	}
	if f.Country != "" {
		q.add("c.country = ?", strings.ToUpper(f.Country))
	}
	if f.ArticleID != "" {
		q.add("c.article_id = ?", f.ArticleID)
	}
	if f.IncidentID != 0 {
		q.add("c.incident_id = ?", f.IncidentID)
	}
	if f.Query != "" {
		fq, err := ftsQuery(f.Query)
		if err != nil {
			return nil, "", err
		}
		q.add("c.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)", fq)
	}
	if err := q.after(f.Cursor, "c.published", "c.id"); err != nil {
		return nil, "", err
	}
	rows, err := d.db.QueryContext(ctx, `SELECT c.id, c.article_id, c.idx, c.incident_id, c.published, a.source, c.record
		FROM claims c JOIN articles a ON a.id = c.article_id`+q.cond()+`
		ORDER BY c.published DESC, c.id DESC LIMIT ?`, append(q.args, limit+1)...)
	if err != nil {
		return nil, "", fmt.Errorf("find claims: %w", err)
	}
	defer rows.Close()
	return scanClaims(rows, limit)
}

func scanClaims(rows *sql.Rows, limit int) ([]sitrep.ClaimRecord, string, error) {
	var (
		out  []sitrep.ClaimRecord
		next string
	)
	for rows.Next() {
		if limit > 0 && len(out) == limit {
			last := out[len(out)-1]
			next = encodeCursor(last.Published, last.ID)
			break
		}
		var (
			c        sitrep.ClaimRecord
			incident sql.NullInt64
			js       []byte
		)
		if err := rows.Scan(&c.ID, &c.ArticleID, &c.Index, &incident, &c.Published, &c.Outlet, &js); err != nil {
			return nil, "", fmt.Errorf("find claims: %w", err)
		}
		if err := json.Unmarshal(js, &c.Claim); err != nil {
			return nil, "", fmt.Errorf("claim %d: %w", c.ID, err)
		}
		c.IncidentID = incident.Int64
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, "", fmt.Errorf("find claims: %w", err)
	}
	return out, next, nil
}

// FindQuotes returns a page of quotes matching f, newest article first.
func (d *DB) FindQuotes(ctx context.Context, f sitrep.QuoteFilter) ([]sitrep.QuoteRecord, string, error) {
	limit, err := pageLimit(f.Limit)
	if err != nil {
		return nil, "", err
	}
	var (
		q     query
		match []string
	)
	if f.Speaker != "" {
		fq, err := ftsQuery(f.Speaker)
		if err != nil {
			return nil, "", err
		}
		match = append(match, "speaker : ("+fq+")")
	}
	if f.Query != "" {
		fq, err := ftsQuery(f.Query)
		if err != nil {
			return nil, "", err
		}
		match = append(match, "text : ("+fq+")")
	}
	if len(match) > 0 {
		cond := "q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)"
		if f.Speaker != "" {
			// An actor id names the speaker as well as words do.
			cond = "(" + cond + " OR q.speaker_actor = ?)"
			q.add(cond, strings.Join(match, " AND "), f.Speaker)
		} else {
			q.add(cond, strings.Join(match, " AND "))
		}
	}
	if f.ArticleID != "" {
		q.add("q.article_id = ?", f.ArticleID)
	}
	if err := q.after(f.Cursor, "q.published", "q.id"); err != nil {
		return nil, "", err
	}
	rows, err := d.db.QueryContext(ctx, `SELECT q.id, q.article_id, q.idx, q.published, q.record
		FROM quotes q`+q.cond()+` ORDER BY q.published DESC, q.id DESC LIMIT ?`, append(q.args, limit+1)...)
	if err != nil {
		return nil, "", fmt.Errorf("find quotes: %w", err)
	}
	defer rows.Close()
	var (
		out           []sitrep.QuoteRecord
		next, lastPub string
	)
	for rows.Next() {
		if len(out) == limit {
			next = encodeCursor(lastPub, out[len(out)-1].ID)
			break
		}
		var (
			r  sitrep.QuoteRecord
			js []byte
		)
		if err := rows.Scan(&r.ID, &r.ArticleID, &r.Index, &lastPub, &js); err != nil {
			return nil, "", fmt.Errorf("find quotes: %w", err)
		}
		if err := json.Unmarshal(js, &r.Quote); err != nil {
			return nil, "", fmt.Errorf("quote %d: %w", r.ID, err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, "", fmt.Errorf("find quotes: %w", err)
	}
	return out, next, nil
}
