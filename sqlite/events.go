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
	return findEvents(ctx, d, f, "e.incident_id, sig.copy_of, e.record",
		" LEFT JOIN signatures sig ON sig.article_id = e.article_id",
		func(rows *sql.Rows) (sitrep.EventRecord, string, string, error) {
			var (
				e        sitrep.EventRecord
				text     string
				incident sql.NullInt64
				copyOf   sql.NullString
				js       []byte
			)
			if err := rows.Scan(&e.ID, &e.Date, &text, &e.ArticleID, &e.Index, &incident, &copyOf, &js); err != nil {
				return e, "", "", err
			}
			date := e.Date
			if err := json.Unmarshal(js, &e.Event); err != nil {
				return e, "", "", fmt.Errorf("event %d: %w", e.ID, err)
			}
			e.IncidentID, e.CopyOf = incident.Int64, copyOf.String
			return e, date, text, nil
		}, func(e *sitrep.EventRecord) int64 { return e.ID })
}

// FindEventPoints returns a page of events matching f as map points,
// newest first. It reads only indexed columns, not the events' JSON.
func (d *DB) FindEventPoints(ctx context.Context, f sitrep.EventFilter) ([]sitrep.EventPoint, string, error) {
	return findEvents(ctx, d, f, "e.lat, e.lon, e.quad, e.root, e.country", "",
		func(rows *sql.Rows) (sitrep.EventPoint, string, string, error) {
			var (
				p        sitrep.EventPoint
				text     string
				lat, lon sql.NullFloat64
			)
			if err := rows.Scan(&p.ID, &p.Date, &text, &p.ArticleID, &p.Index, &lat, &lon, &p.Quad, &p.Root, &p.Country); err != nil {
				return p, "", "", err
			}
			if lat.Valid && lon.Valid {
				p.Lat, p.Lon = &lat.Float64, &lon.Float64
			}
			return p, p.Date, text, nil
		}, func(p *sitrep.EventPoint) int64 { return p.ID })
}

// findEvents runs a page query of events selecting e.id, e.date, e.text,
// e.article_id, e.idx and cols; scan reads one row into a T and returns
// the row's stored date (its sort key with the id). When the filter's words
// are checked here rather than by the full-text index (see SmallSet), rows
// are read in chunks until the page is full.
func findEvents[T any](ctx context.Context, d *DB, f sitrep.EventFilter, cols, join string,
	scan func(*sql.Rows) (T, string, string, error), id func(*T) int64) ([]T, string, error) {
	from, q, limit, err := d.eventQuery(ctx, f)
	if err != nil {
		return nil, "", err
	}
	chunk := limit + 1
	if q.words != nil {
		chunk = max(chunk, 500)
	}
	sel := `SELECT e.id, e.date, e.text, e.article_id, e.idx, ` + cols + ` FROM ` + from + join
	var (
		out   = make([]T, 0, min(limit+1, 1024))
		dates = make([]string, 0, min(limit+1, 1024))
		cq    = *q
	)
	for {
		rows, err := d.db.QueryContext(ctx, sel+cq.cond()+` ORDER BY e.date DESC, e.id DESC LIMIT ?`, append(cq.args, chunk)...)
		if err != nil {
			return nil, "", fmt.Errorf("find events: %w", err)
		}
		var (
			n        int
			lastDate string
			lastID   int64
		)
		for len(out) <= limit && rows.Next() {
			n++
			v, date, text, err := scan(rows)
			if err != nil {
				rows.Close()
				return nil, "", fmt.Errorf("find events: %w", err)
			}
			lastDate, lastID = date, id(&v)
			if q.words != nil && !hasWords(text, q.words) {
				continue
			}
			out = append(out, v)
			dates = append(dates, date)
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, "", fmt.Errorf("find events: %w", err)
		}
		if len(out) > limit || n < chunk || q.words == nil {
			break
		}
		// Read on after the last row seen.
		cq.where = append(q.where[:len(q.where):len(q.where)], "(e.date, e.id) < (?, ?)")
		cq.args = append(q.args[:len(q.args):len(q.args)], lastDate, lastID)
	}
	next := ""
	if len(out) > limit {
		out = out[:limit]
		next = sitrep.EncodeCursor(dates[limit-1], id(&out[limit-1]))
	}
	return out, next, nil
}

// FindClaims returns a page of claims matching f, newest article first.
func (d *DB) FindClaims(ctx context.Context, f sitrep.ClaimFilter) ([]sitrep.ClaimRecord, string, error) {
	limit, err := sitrep.PageLimit(f.Limit)
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
			next = sitrep.EncodeCursor(last.Published, last.ID)
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
	limit, err := sitrep.PageLimit(f.Limit)
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
			next = sitrep.EncodeCursor(lastPub, out[len(out)-1].ID)
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
