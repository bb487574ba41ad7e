package postgres

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"sitrep"
)

var (
	_ sitrep.IncidentStore = (*DB)(nil)
	_ sitrep.Store         = (*DB)(nil)
)

const incidentColumns = `i.id, i.title, i.root, i.plover, i.acled, i.place, i.date_from, i.date_to,
	i.actors, i.event_count, i.article_count`

func scanIncident(row pgx.Row) (sitrep.Incident, error) {
	var (
		in     sitrep.Incident
		place  *string
		actors string
	)
	if err := row.Scan(&in.ID, &in.Title, &in.Root, &in.PLOVER, &in.ACLED, &place, &in.From, &in.To,
		&actors, &in.EventCount, &in.ArticleCount); err != nil {
		return in, err
	}
	if place != nil {
		in.Place = new(sitrep.Place)
		if err := json.Unmarshal([]byte(*place), in.Place); err != nil {
			return in, err
		}
	}
	if err := json.Unmarshal([]byte(actors), &in.Actors); err != nil {
		return in, err
	}
	if in.Actors == nil {
		in.Actors = []string{}
	}
	return in, nil
}

// FindIncidents returns a page of incident summaries, latest first.
func (d *DB) FindIncidents(ctx context.Context, f sitrep.IncidentFilter) ([]sitrep.Incident, string, error) {
	limit, err := sitrep.PageLimit(f.Limit)
	if err != nil {
		return nil, "", err
	}
	var q query
	if f.Country != "" {
		q.add("i.country = ?", strings.ToUpper(f.Country))
	}
	if f.Root != "" {
		q.add("i.root = ?", f.Root)
	}
	if f.PLOVER != "" {
		q.add("i.plover = ?", strings.ToUpper(f.PLOVER))
	}
	if !f.From.IsZero() {
		q.add("i.date_to >= ?", f.From.String())
	}
	if !f.To.IsZero() {
		q.add("i.date_from <= ?", f.To.String())
	}
	if f.Query != "" {
		words, err := tsWords(f.Query)
		if err != nil {
			return nil, "", err
		}
		q.add("i.id IN (SELECT e.incident_id FROM events e WHERE e.tsv @@ plainto_tsquery('simple', ?))", words)
	}
	if err := q.after(f.Cursor, "i.date_to", "i.id"); err != nil {
		return nil, "", err
	}
	rows, err := d.pool.Query(ctx, `SELECT `+incidentColumns+` FROM incidents i`+q.cond()+`
		ORDER BY i.date_to DESC, i.id DESC LIMIT `+q.arg(limit+1), q.args...)
	if err != nil {
		return nil, "", fmt.Errorf("find incidents: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (sitrep.Incident, error) { return scanIncident(row) })
	if err != nil {
		return nil, "", fmt.Errorf("find incidents: %w", err)
	}
	next := ""
	if len(out) > limit {
		out = out[:limit]
		next = sitrep.EncodeCursor(out[limit-1].To, out[limit-1].ID)
	}
	return out, next, nil
}

// FindIncident returns one incident with its events, claims and sources.
func (d *DB) FindIncident(ctx context.Context, id int64) (*sitrep.Incident, error) {
	in, err := scanIncident(d.pool.QueryRow(ctx, `SELECT `+incidentColumns+` FROM incidents i WHERE i.id = $1`, id))
	if noRows(err) {
		return nil, sitrep.Errorf(sitrep.ENOTFOUND, "no incident %d", id)
	} else if err != nil {
		return nil, fmt.Errorf("find incident %d: %w", id, err)
	}
	if in.Events, _, err = d.FindEvents(ctx, sitrep.EventFilter{IncidentID: id, Limit: sitrep.MaxLimit}); err != nil {
		return nil, err
	}
	rows, err := d.pool.Query(ctx, `SELECT c.id, c.article_id, c.idx, c.incident_id, c.published, a.source, c.record
		FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.incident_id = $1
		ORDER BY c.kind, c.published, c.id`, id)
	if err != nil {
		return nil, fmt.Errorf("incident %d claims: %w", id, err)
	}
	if in.Claims, err = scanClaims(rows); err != nil {
		return nil, err
	}
	rows, err = d.pool.Query(ctx, `SELECT a.id, a.title, a.source, a.url, coalesce(a.published, ''),
			coalesce((SELECT string_agg(s.article_id, ' ' ORDER BY s.article_id) FROM signatures s WHERE s.copy_of = a.id), '')
		FROM articles a WHERE a.id IN (SELECT article_id FROM events WHERE incident_id = $1)
		ORDER BY a.published, a.id`, id)
	if err != nil {
		return nil, fmt.Errorf("incident %d sources: %w", id, err)
	}
	in.Sources, err = pgx.CollectRows(rows, func(row pgx.CollectableRow) (sitrep.IncidentSource, error) {
		var (
			s      sitrep.IncidentSource
			copies string
		)
		err := row.Scan(&s.ArticleID, &s.Title, &s.Outlet, &s.URL, &s.Published, &copies)
		s.Copies = strings.Fields(copies)
		return s, err
	})
	if err != nil {
		return nil, fmt.Errorf("incident %d sources: %w", id, err)
	}
	return &in, nil
}

// PendingReports returns up to limit reports not reconciled yet, in the
// order they were stored.
func (d *DB) PendingReports(ctx context.Context, limit int) ([]sitrep.PendingReport, error) {
	rows, err := d.pool.Query(ctx, `SELECT r.article_id, r.report,
			coalesce((SELECT array_agg(e.id ORDER BY e.idx) FROM events e WHERE e.article_id = a.id), '{}'),
			coalesce((SELECT array_agg(c.id ORDER BY c.idx) FROM claims c WHERE c.article_id = a.id), '{}')
		FROM articles a JOIN reports r ON r.article_id = a.id
		WHERE NOT EXISTS (SELECT 1 FROM signatures s WHERE s.article_id = a.id)
		ORDER BY a.seq LIMIT $1`, limit)
	if err != nil {
		return nil, fmt.Errorf("pending reports: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (sitrep.PendingReport, error) {
		var (
			id, js string
			p      = sitrep.PendingReport{Report: new(sitrep.Report)}
		)
		if err := row.Scan(&id, &js, &p.EventIDs, &p.ClaimIDs); err != nil {
			return p, err
		}
		if err := json.Unmarshal([]byte(js), p.Report); err != nil {
			return p, fmt.Errorf("report %s: %w", id, err)
		}
		p.Report.Fill()
		if len(p.EventIDs) != len(p.Report.Events) || len(p.ClaimIDs) != len(p.Report.Claims) {
			return p, fmt.Errorf("article %s has %d event and %d claim rows for %d and %d records",
				id, len(p.EventIDs), len(p.ClaimIDs), len(p.Report.Events), len(p.Report.Claims))
		}
		return p, nil
	})
	if err != nil {
		return nil, fmt.Errorf("pending reports: %w", err)
	}
	return out, nil
}

// Signatures returns the signatures of every reconciled article.
func (d *DB) Signatures(ctx context.Context) ([]sitrep.Signature, error) {
	rows, err := d.pool.Query(ctx, `SELECT s.article_id, coalesce(a.published, ''), s.minhash,
		coalesce(s.copy_of, ''), coalesce(s.similarity, 0)
		FROM signatures s JOIN articles a ON a.id = s.article_id ORDER BY a.seq`)
	if err != nil {
		return nil, fmt.Errorf("signatures: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (sitrep.Signature, error) {
		var (
			s  sitrep.Signature
			mh []byte
		)
		if err := row.Scan(&s.ArticleID, &s.Published, &mh, &s.CopyOf, &s.Similarity); err != nil {
			return s, err
		}
		s.MinHash = make([]uint32, len(mh)/4)
		for i := range s.MinHash {
			s.MinHash[i] = binary.LittleEndian.Uint32(mh[4*i:])
		}
		return s, nil
	})
	if err != nil {
		return nil, fmt.Errorf("signatures: %w", err)
	}
	return out, nil
}

// SaveReconciliation stores signatures and incidents in one transaction.
func (d *DB) SaveReconciliation(ctx context.Context, r *sitrep.Reconciliation) error {
	tx, err := d.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("save reconciliation: %w", err)
	}
	defer tx.Rollback(ctx)
	for i := range r.Incidents {
		if err := saveIncident(ctx, tx, &r.Incidents[i]); err != nil {
			return err
		}
	}
	for _, s := range r.Signatures {
		mh := make([]byte, 4*len(s.MinHash))
		for i, v := range s.MinHash {
			binary.LittleEndian.PutUint32(mh[4*i:], v)
		}
		var (
			copyOf *string
			sim    *float64
		)
		if s.CopyOf != "" {
			copyOf, sim = &s.CopyOf, &s.Similarity
		}
		if _, err := tx.Exec(ctx, `INSERT INTO signatures (article_id, minhash, copy_of, similarity)
			VALUES ($1, $2, $3, $4) ON CONFLICT (article_id) DO UPDATE SET
			minhash = excluded.minhash, copy_of = excluded.copy_of, similarity = excluded.similarity`,
			s.ArticleID, mh, copyOf, sim); err != nil {
			return fmt.Errorf("save signature %s: %w", s.ArticleID, err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("save reconciliation: %w", err)
	}
	return nil
}

func saveIncident(ctx context.Context, tx pgx.Tx, in *sitrep.Incident) error {
	var (
		place    *string
		country  string
		lat, lon *float64
	)
	if in.Place != nil {
		js, err := json.Marshal(in.Place)
		if err != nil {
			return err
		}
		s := string(js)
		place, country = &s, in.Place.Country
		if in.Place.Lat != 0 || in.Place.Lon != 0 {
			lat, lon = &in.Place.Lat, &in.Place.Lon
		}
	}
	actors, err := json.Marshal(in.Actors)
	if err != nil {
		return err
	}
	if in.Actors == nil {
		actors = []byte("[]")
	}
	args := []any{in.Title, in.Root, in.PLOVER, in.ACLED, place, country, lat, lon, in.From, in.To, string(actors)}
	if in.ID == 0 {
		if err := tx.QueryRow(ctx, `INSERT INTO incidents (title, root, plover, acled, place, country, lat, lon,
			date_from, date_to, actors, event_count, article_count)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 0, 0) RETURNING id`, args...).Scan(&in.ID); err != nil {
			return fmt.Errorf("save incident: %w", err)
		}
	} else {
		tag, err := tx.Exec(ctx, `UPDATE incidents SET title = $1, root = $2, plover = $3, acled = $4, place = $5,
			country = $6, lat = $7, lon = $8, date_from = $9, date_to = $10, actors = $11 WHERE id = $12`, append(args, in.ID)...)
		if err != nil {
			return fmt.Errorf("save incident %d: %w", in.ID, err)
		}
		if tag.RowsAffected() == 0 {
			return sitrep.Errorf(sitrep.EINVALID, "no incident %d to update", in.ID)
		}
	}
	for _, e := range in.Events {
		tag, err := tx.Exec(ctx, `UPDATE events SET incident_id = $1 WHERE id = $2`, in.ID, e.ID)
		if err != nil {
			return fmt.Errorf("incident %d event %d: %w", in.ID, e.ID, err)
		}
		if tag.RowsAffected() == 0 {
			return sitrep.Errorf(sitrep.EINVALID, "no event %d", e.ID)
		}
	}
	for _, c := range in.Claims {
		tag, err := tx.Exec(ctx, `UPDATE claims SET incident_id = $1 WHERE id = $2`, in.ID, c.ID)
		if err != nil {
			return fmt.Errorf("incident %d claim %d: %w", in.ID, c.ID, err)
		}
		if tag.RowsAffected() == 0 {
			return sitrep.Errorf(sitrep.EINVALID, "no claim %d", c.ID)
		}
	}
	// The counts follow from the rows, whoever attached them.
	if _, err := tx.Exec(ctx, `UPDATE incidents SET
		event_count = (SELECT count(*) FROM events WHERE incident_id = $1),
		article_count = (SELECT count(DISTINCT article_id) FROM events WHERE incident_id = $1)
		WHERE id = $1`, in.ID); err != nil {
		return fmt.Errorf("count incident %d: %w", in.ID, err)
	}
	return nil
}
