package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"sitrep"
)

var _ sitrep.EventStore = (*DB)(nil)

// FindEvents returns a page of events matching f, newest first.
func (d *DB) FindEvents(ctx context.Context, f sitrep.EventFilter) ([]sitrep.EventRecord, string, error) {
	q, limit, err := eventQuery(f)
	if err != nil {
		return nil, "", err
	}
	rows, err := d.pool.Query(ctx, `SELECT e.id, e.date, e.article_id, e.idx, e.incident_id, sig.copy_of, e.record
		FROM events e LEFT JOIN signatures sig ON sig.article_id = e.article_id`+q.cond()+`
		ORDER BY e.date DESC, e.id DESC LIMIT `+q.arg(limit+1), q.args...)
	if err != nil {
		return nil, "", fmt.Errorf("find events: %w", err)
	}
	defer rows.Close()
	var (
		out  []sitrep.EventRecord
		keys []string
	)
	for rows.Next() {
		var (
			e        sitrep.EventRecord
			incident *int64
			copyOf   *string
			js       string
			date     string
		)
		if err := rows.Scan(&e.ID, &date, &e.ArticleID, &e.Index, &incident, &copyOf, &js); err != nil {
			return nil, "", fmt.Errorf("find events: %w", err)
		}
		if err := json.Unmarshal([]byte(js), &e.Event); err != nil {
			return nil, "", fmt.Errorf("event %d: %w", e.ID, err)
		}
		// An event without a date of its own shows its filing date, as in
		// package sqlite; the page key is always the filing date.
		if e.Date == "" {
			e.Date = date
		}
		keys = append(keys, date)
		if incident != nil {
			e.IncidentID = *incident
		}
		if copyOf != nil {
			e.CopyOf = *copyOf
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, "", fmt.Errorf("find events: %w", err)
	}
	next := ""
	if len(out) > limit {
		out = out[:limit]
		next = sitrep.EncodeCursor(keys[limit-1], out[limit-1].ID)
	}
	return out, next, nil
}

// FindEventPoints returns a page of events matching f as map points,
// newest first. It reads only indexed columns, not the events' JSON.
func (d *DB) FindEventPoints(ctx context.Context, f sitrep.EventFilter) ([]sitrep.EventPoint, string, error) {
	q, limit, err := eventQuery(f)
	if err != nil {
		return nil, "", err
	}
	rows, err := d.pool.Query(ctx, `SELECT e.id, e.article_id, e.idx, e.date, e.lat, e.lon, e.quad, e.root, e.country
		FROM events e`+q.cond()+` ORDER BY e.date DESC, e.id DESC LIMIT `+q.arg(limit+1), q.args...)
	if err != nil {
		return nil, "", fmt.Errorf("find events: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (sitrep.EventPoint, error) {
		var p sitrep.EventPoint
		err := row.Scan(&p.ID, &p.ArticleID, &p.Index, &p.Date, &p.Lat, &p.Lon, &p.Quad, &p.Root, &p.Country)
		if p.Lat == nil || p.Lon == nil {
			p.Lat, p.Lon = nil, nil
		}
		return p, err
	})
	if err != nil {
		return nil, "", fmt.Errorf("find events: %w", err)
	}
	next := ""
	if len(out) > limit {
		out = out[:limit]
		next = sitrep.EncodeCursor(out[limit-1].Date, out[limit-1].ID)
	}
	return out, next, nil
}

// eventQuery turns an event filter into WHERE terms and a page size.
func eventQuery(f sitrep.EventFilter) (*query, int, error) {
	limit, err := sitrep.PageLimit(f.Limit)
	if err != nil {
		return nil, 0, err
	}
	q := new(query)
	if f.Actor != "" {
		q.add("e.actors @> ARRAY[?::text]", strings.ToLower(strings.TrimSpace(f.Actor)))
	}
	if b := f.BBox; b != nil {
		if b.South > b.North || b.West > b.East {
			return nil, 0, sitrep.Errorf(sitrep.EINVALID, "bbox %v: want west,south,east,north with west <= east and south <= north", *b)
		}
		q.add("e.lon BETWEEN ? AND ? AND e.lat BETWEEN ? AND ?", b.West, b.East, b.South, b.North)
	}
	if f.Query != "" {
		words, err := tsWords(f.Query)
		if err != nil {
			return nil, 0, err
		}
		q.add("e.tsv @@ plainto_tsquery('simple', ?)", words)
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
		return nil, 0, err
	}
	return q, limit, nil
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
		words, err := tsWords(f.Query)
		if err != nil {
			return nil, "", err
		}
		q.add("c.tsv @@ plainto_tsquery('simple', ?)", words)
	}
	if err := q.after(f.Cursor, "c.published", "c.id"); err != nil {
		return nil, "", err
	}
	rows, err := d.pool.Query(ctx, `SELECT c.id, c.article_id, c.idx, c.incident_id, c.published, a.source, c.record
		FROM claims c JOIN articles a ON a.id = c.article_id`+q.cond()+`
		ORDER BY c.published DESC, c.id DESC LIMIT `+q.arg(limit+1), q.args...)
	if err != nil {
		return nil, "", fmt.Errorf("find claims: %w", err)
	}
	out, err := scanClaims(rows)
	if err != nil {
		return nil, "", err
	}
	next := ""
	if len(out) > limit {
		out = out[:limit]
		next = sitrep.EncodeCursor(out[limit-1].Published, out[limit-1].ID)
	}
	return out, next, nil
}

func scanClaims(rows pgx.Rows) ([]sitrep.ClaimRecord, error) {
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (sitrep.ClaimRecord, error) {
		var (
			c        sitrep.ClaimRecord
			incident *int64
			js       string
		)
		if err := row.Scan(&c.ID, &c.ArticleID, &c.Index, &incident, &c.Published, &c.Outlet, &js); err != nil {
			return c, err
		}
		if incident != nil {
			c.IncidentID = *incident
		}
		if err := json.Unmarshal([]byte(js), &c.Claim); err != nil {
			return c, fmt.Errorf("claim %d: %w", c.ID, err)
		}
		return c, nil
	})
	if err != nil {
		return nil, fmt.Errorf("find claims: %w", err)
	}
	return out, nil
}

// FindQuotes returns a page of quotes matching f, newest article first.
func (d *DB) FindQuotes(ctx context.Context, f sitrep.QuoteFilter) ([]sitrep.QuoteRecord, string, error) {
	limit, err := sitrep.PageLimit(f.Limit)
	if err != nil {
		return nil, "", err
	}
	var q query
	if f.Speaker != "" {
		words, err := tsWords(f.Speaker)
		if err != nil {
			return nil, "", err
		}
		// An actor id names the speaker as well as words do.
		q.add("(q.speaker_tsv @@ plainto_tsquery('simple', ?) OR q.speaker_actor = ?)", words, f.Speaker)
	}
	if f.Query != "" {
		words, err := tsWords(f.Query)
		if err != nil {
			return nil, "", err
		}
		q.add("q.tsv @@ plainto_tsquery('simple', ?)", words)
	}
	if f.ArticleID != "" {
		q.add("q.article_id = ?", f.ArticleID)
	}
	if err := q.after(f.Cursor, "q.published", "q.id"); err != nil {
		return nil, "", err
	}
	rows, err := d.pool.Query(ctx, `SELECT q.id, q.article_id, q.idx, q.published, q.record
		FROM quotes q`+q.cond()+` ORDER BY q.published DESC, q.id DESC LIMIT `+q.arg(limit+1), q.args...)
	if err != nil {
		return nil, "", fmt.Errorf("find quotes: %w", err)
	}
	type row struct {
		r         sitrep.QuoteRecord
		published string
	}
	out, err := pgx.CollectRows(rows, func(cr pgx.CollectableRow) (row, error) {
		var (
			v  row
			js string
		)
		if err := cr.Scan(&v.r.ID, &v.r.ArticleID, &v.r.Index, &v.published, &js); err != nil {
			return v, err
		}
		if err := json.Unmarshal([]byte(js), &v.r.Quote); err != nil {
			return v, fmt.Errorf("quote %d: %w", v.r.ID, err)
		}
		return v, nil
	})
	if err != nil {
		return nil, "", fmt.Errorf("find quotes: %w", err)
	}
	next := ""
	if len(out) > limit {
		out = out[:limit]
		next = sitrep.EncodeCursor(out[limit-1].published, out[limit-1].r.ID)
	}
	quotes := make([]sitrep.QuoteRecord, len(out))
	for i, v := range out {
		quotes[i] = v.r
	}
	return quotes, next, nil
}
