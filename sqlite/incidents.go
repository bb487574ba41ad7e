package sqlite

import (
	"context"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"strings"

	"sitrep"
)

var (
	_ sitrep.IncidentStore = (*DB)(nil)
	_ sitrep.Store         = (*DB)(nil)
)

const incidentColumns = `i.id, i.title, i.root, i.plover, i.acled, i.place, i.date_from, i.date_to,
	i.actors, i.event_count, i.article_count`

func scanIncident(sc interface{ Scan(...any) error }) (sitrep.Incident, error) {
	var (
		in            sitrep.Incident
		place, actors sql.NullString
	)
	if err := sc.Scan(&in.ID, &in.Title, &in.Root, &in.PLOVER, &in.ACLED, &place, &in.From, &in.To,
		&actors, &in.EventCount, &in.ArticleCount); err != nil {
		return in, err
	}
	if place.Valid {
		in.Place = new(sitrep.Place)
		if err := json.Unmarshal([]byte(place.String), in.Place); err != nil {
			return in, err
		}
	}
	if err := json.Unmarshal([]byte(actors.String), &in.Actors); err != nil {
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
		fq, err := ftsQuery(f.Query)
		if err != nil {
			return nil, "", err
		}
		q.add("i.id IN (SELECT e.incident_id FROM events_fts JOIN events e ON e.id = events_fts.rowid WHERE events_fts MATCH ?)", fq)
	}
	if err := q.after(f.Cursor, "i.date_to", "i.id"); err != nil {
		return nil, "", err
	}
	rows, err := d.db.QueryContext(ctx, `SELECT `+incidentColumns+` FROM incidents i`+q.cond()+`
		ORDER BY i.date_to DESC, i.id DESC LIMIT ?`, append(q.args, limit+1)...)
	if err != nil {
		return nil, "", fmt.Errorf("find incidents: %w", err)
	}
	defer rows.Close()
	var (
		out  []sitrep.Incident
		next string
	)
	for rows.Next() {
		if len(out) == limit {
			last := out[len(out)-1]
			next = sitrep.EncodeCursor(last.To, last.ID)
			break
		}
		in, err := scanIncident(rows)
		if err != nil {
			return nil, "", fmt.Errorf("find incidents: %w", err)
		}
		out = append(out, in)
	}
	if err := rows.Err(); err != nil {
		return nil, "", fmt.Errorf("find incidents: %w", err)
	}
	return out, next, nil
}

// FindIncident returns one incident with its events, claims and sources.
func (d *DB) FindIncident(ctx context.Context, id int64) (*sitrep.Incident, error) {
	in, err := scanIncident(d.db.QueryRowContext(ctx, `SELECT `+incidentColumns+` FROM incidents i WHERE i.id = ?`, id))
	if err == sql.ErrNoRows {
		return nil, sitrep.Errorf(sitrep.ENOTFOUND, "no incident %d", id)
	} else if err != nil {
		return nil, fmt.Errorf("find incident %d: %w", id, err)
	}
	if in.Events, _, err = d.FindEvents(ctx, sitrep.EventFilter{IncidentID: id, Limit: sitrep.MaxLimit}); err != nil {
		return nil, err
	}
	rows, err := d.db.QueryContext(ctx, `SELECT c.id, c.article_id, c.idx, c.incident_id, c.published, a.source, c.record
		FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.incident_id = ?
		ORDER BY c.kind, c.published, c.id`, id)
	if err != nil {
		return nil, fmt.Errorf("incident %d claims: %w", id, err)
	}
	in.Claims, _, err = scanClaims(rows, 0)
	rows.Close()
	if err != nil {
		return nil, err
	}
	rows, err = d.db.QueryContext(ctx, `SELECT a.id, a.title, a.source, a.url, coalesce(a.published, ''),
			coalesce((SELECT group_concat(s.article_id, ' ') FROM signatures s WHERE s.copy_of = a.id), '')
		FROM articles a WHERE a.id IN (SELECT article_id FROM events WHERE incident_id = ?1
			UNION SELECT article_id FROM claims WHERE incident_id = ?1)
		ORDER BY a.published, a.id`, id)
	if err != nil {
		return nil, fmt.Errorf("incident %d sources: %w", id, err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			s      sitrep.IncidentSource
			copies string
		)
		if err := rows.Scan(&s.ArticleID, &s.Title, &s.Outlet, &s.URL, &s.Published, &copies); err != nil {
			return nil, fmt.Errorf("incident %d sources: %w", id, err)
		}
		s.Copies = strings.Fields(copies)
		in.Sources = append(in.Sources, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("incident %d sources: %w", id, err)
	}
	return &in, nil
}

// PendingReports returns up to limit reports not reconciled yet, in the
// order they were stored.
func (d *DB) PendingReports(ctx context.Context, limit int) ([]sitrep.PendingReport, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT r.article_id, r.report FROM articles a
		JOIN reports r ON r.article_id = a.id
		WHERE a.id NOT IN (SELECT article_id FROM signatures)
		ORDER BY a.rowid LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("pending reports: %w", err)
	}
	var out []sitrep.PendingReport
	for rows.Next() {
		var (
			id string
			js []byte
		)
		if err := rows.Scan(&id, &js); err != nil {
			rows.Close()
			return nil, fmt.Errorf("pending reports: %w", err)
		}
		p := sitrep.PendingReport{Report: new(sitrep.Report)}
		if err := json.Unmarshal(js, p.Report); err != nil {
			rows.Close()
			return nil, fmt.Errorf("report %s: %w", id, err)
		}
		p.Report.Fill()
		out = append(out, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("pending reports: %w", err)
	}
	for i := range out {
		p := &out[i]
		id := p.Report.Article.ID
		if p.EventIDs, err = d.ids(ctx, `SELECT id FROM events WHERE article_id = ? ORDER BY idx`, id, len(p.Report.Events)); err != nil {
			return nil, err
		}
		if p.ClaimIDs, err = d.ids(ctx, `SELECT id FROM claims WHERE article_id = ? ORDER BY idx`, id, len(p.Report.Claims)); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (d *DB) ids(ctx context.Context, query, article string, want int) ([]int64, error) {
	rows, err := d.db.QueryContext(ctx, query, article)
	if err != nil {
		return nil, fmt.Errorf("record ids of %s: %w", article, err)
	}
	defer rows.Close()
	out := make([]int64, 0, want)
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(out) != want {
		return nil, fmt.Errorf("article %s has %d record rows for %d records", article, len(out), want)
	}
	return out, nil
}

// Signatures returns the signatures of every reconciled article.
func (d *DB) Signatures(ctx context.Context) ([]sitrep.Signature, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT s.article_id, coalesce(a.published, ''), s.minhash,
		coalesce(s.copy_of, ''), coalesce(s.similarity, 0)
		FROM signatures s JOIN articles a ON a.id = s.article_id ORDER BY a.rowid`)
	if err != nil {
		return nil, fmt.Errorf("signatures: %w", err)
	}
	defer rows.Close()
	var out []sitrep.Signature
	for rows.Next() {
		var (
			s  sitrep.Signature
			mh []byte
		)
		if err := rows.Scan(&s.ArticleID, &s.Published, &mh, &s.CopyOf, &s.Similarity); err != nil {
			return nil, fmt.Errorf("signatures: %w", err)
		}
		s.MinHash = make([]uint32, len(mh)/4)
		for i := range s.MinHash {
			s.MinHash[i] = binary.LittleEndian.Uint32(mh[4*i:])
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// SaveReconciliation stores signatures and incidents in one transaction.
func (d *DB) SaveReconciliation(ctx context.Context, r *sitrep.Reconciliation) error {
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("save reconciliation: %w", err)
	}
	defer tx.Rollback()
	for i := range r.Incidents {
		in := &r.Incidents[i]
		if err := saveIncident(ctx, tx, in); err != nil {
			return err
		}
	}
	for _, s := range r.Signatures {
		mh := make([]byte, 4*len(s.MinHash))
		for i, v := range s.MinHash {
			binary.LittleEndian.PutUint32(mh[4*i:], v)
		}
		var copyOf, sim any
		if s.CopyOf != "" {
			copyOf, sim = s.CopyOf, s.Similarity
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO signatures (article_id, minhash, copy_of, similarity)
			VALUES (?, ?, ?, ?) ON CONFLICT(article_id) DO UPDATE SET
			minhash = excluded.minhash, copy_of = excluded.copy_of, similarity = excluded.similarity`,
			s.ArticleID, mh, copyOf, sim); err != nil {
			return fmt.Errorf("save signature %s: %w", s.ArticleID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("save reconciliation: %w", err)
	}
	return nil
}

func saveIncident(ctx context.Context, tx *sql.Tx, in *sitrep.Incident) error {
	var (
		place    any
		country  string
		lat, lon any
	)
	if in.Place != nil {
		js, err := json.Marshal(in.Place)
		if err != nil {
			return err
		}
		place, country = string(js), in.Place.Country
		if in.Place.Lat != 0 || in.Place.Lon != 0 {
			lat, lon = in.Place.Lat, in.Place.Lon
		}
	}
	actors, err := json.Marshal(in.Actors)
	if err != nil {
		return err
	}
	args := []any{in.Title, in.Root, in.PLOVER, in.ACLED, place, country, lat, lon, in.From, in.To, string(actors)}
	if in.ID == 0 {
		res, err := tx.ExecContext(ctx, `INSERT INTO incidents (title, root, plover, acled, place, country, lat, lon,
			date_from, date_to, actors, event_count, article_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)`, args...)
		if err != nil {
			return fmt.Errorf("save incident: %w", err)
		}
		if in.ID, err = res.LastInsertId(); err != nil {
			return err
		}
	} else {
		res, err := tx.ExecContext(ctx, `UPDATE incidents SET title = ?, root = ?, plover = ?, acled = ?, place = ?,
			country = ?, lat = ?, lon = ?, date_from = ?, date_to = ?, actors = ? WHERE id = ?`, append(args, in.ID)...)
		if err != nil {
			return fmt.Errorf("save incident %d: %w", in.ID, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return sitrep.Errorf(sitrep.EINVALID, "no incident %d to update", in.ID)
		}
	}
	for _, e := range in.Events {
		res, err := tx.ExecContext(ctx, `UPDATE events SET incident_id = ? WHERE id = ?`, in.ID, e.ID)
		if err != nil {
			return fmt.Errorf("incident %d event %d: %w", in.ID, e.ID, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return sitrep.Errorf(sitrep.EINVALID, "no event %d", e.ID)
		}
	}
	for _, c := range in.Claims {
		res, err := tx.ExecContext(ctx, `UPDATE claims SET incident_id = ? WHERE id = ?`, in.ID, c.ID)
		if err != nil {
			return fmt.Errorf("incident %d claim %d: %w", in.ID, c.ID, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return sitrep.Errorf(sitrep.EINVALID, "no claim %d", c.ID)
		}
	}
	// The counts follow from the rows, whoever attached them.
	if _, err := tx.ExecContext(ctx, `UPDATE incidents SET
		event_count = (SELECT count(*) FROM events WHERE incident_id = ?1),
		article_count = (SELECT count(*) FROM (SELECT article_id FROM events WHERE incident_id = ?1
			UNION SELECT article_id FROM claims WHERE incident_id = ?1))
		WHERE id = ?1`, in.ID); err != nil {
		return fmt.Errorf("count incident %d: %w", in.ID, err)
	}
	return nil
}
