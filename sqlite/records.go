package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"sitrep"
)

// recordWriter writes the rows of one report's records inside a
// transaction: events (with their actor keys and place), claims, quotes and
// mentions, each with its JSON beside the columns queries use.
type recordWriter struct {
	event, actor, geo, claim, quote, mention *sql.Stmt
}

func newRecordWriter(ctx context.Context, tx *sql.Tx) (*recordWriter, error) {
	w := new(recordWriter)
	for _, p := range []struct {
		st  **sql.Stmt
		sql string
	}{
		{&w.event, `INSERT INTO events (article_id, idx, date, root, plover, quad, country, lat, lon, text, record)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&w.actor, `INSERT OR IGNORE INTO event_actors (key, event_id) VALUES (?, ?)`},
		{&w.geo, `INSERT INTO events_geo (id, west, east, south, north) VALUES (?, ?, ?, ?, ?)`},
		{&w.claim, `INSERT INTO claims (article_id, idx, published, kind, country, text, record)
			VALUES (?, ?, ?, ?, ?, ?, ?)`},
		{&w.quote, `INSERT INTO quotes (article_id, idx, published, speaker, speaker_actor, text, record)
			VALUES (?, ?, ?, ?, ?, ?, ?)`},
		{&w.mention, `INSERT INTO mentions (article_id, idx, type, actor_id, geonameid, record)
			VALUES (?, ?, ?, ?, ?, ?)`},
	} {
		st, err := tx.PrepareContext(ctx, p.sql)
		if err != nil {
			w.Close()
			return nil, err
		}
		*p.st = st
	}
	return w, nil
}

// Close releases the prepared statements.
func (w *recordWriter) Close() {
	for _, st := range []*sql.Stmt{w.event, w.actor, w.geo, w.claim, w.quote, w.mention} {
		if st != nil {
			st.Close()
		}
	}
}

// write stores the records of r.
func (w *recordWriter) write(ctx context.Context, r *sitrep.Report) error {
	id := r.Article.ID
	published := r.Article.Published.String()
	for i := range r.Events {
		e := &r.Events[i]
		js, err := json.Marshal(e)
		if err != nil {
			return err
		}
		var (
			country  string
			lat, lon any
		)
		geo := e.Place != nil && (e.Place.Lat != 0 || e.Place.Lon != 0)
		if e.Place != nil {
			country = e.Place.Country
		}
		if geo {
			lat, lon = e.Place.Lat, e.Place.Lon
		}
		res, err := w.event.ExecContext(ctx, id, i, EventDate(e, published), e.Root, e.PLOVER, e.Quad, country, lat, lon, e.Text, js)
		if err != nil {
			return fmt.Errorf("event %d: %w", i, err)
		}
		eid, err := res.LastInsertId()
		if err != nil {
			return err
		}
		for _, k := range ActorKeys(e) {
			if _, err := w.actor.ExecContext(ctx, k, eid); err != nil {
				return fmt.Errorf("event %d actor: %w", i, err)
			}
		}
		if geo {
			if _, err := w.geo.ExecContext(ctx, eid, e.Place.Lon, e.Place.Lon, e.Place.Lat, e.Place.Lat); err != nil {
				return fmt.Errorf("event %d place: %w", i, err)
			}
		}
	}
	for i := range r.Claims {
		c := &r.Claims[i]
		js, err := json.Marshal(c)
		if err != nil {
			return err
		}
		country := ""
		if c.Place != nil {
			country = c.Place.Country
		}
		if _, err := w.claim.ExecContext(ctx, id, i, published, c.Kind, country, c.Text, js); err != nil {
			return fmt.Errorf("claim %d: %w", i, err)
		}
	}
	for i := range r.Quotes {
		q := &r.Quotes[i]
		js, err := json.Marshal(q)
		if err != nil {
			return err
		}
		var speaker, actor string
		if q.Speaker != nil {
			speaker = q.Speaker.Text
			if q.Speaker.Actor != nil {
				actor = q.Speaker.Actor.ID
				if q.Speaker.Actor.Name != "" {
					speaker += " " + q.Speaker.Actor.Name
				}
			}
		}
		if _, err := w.quote.ExecContext(ctx, id, i, published, speaker, actor, q.Text, js); err != nil {
			return fmt.Errorf("quote %d: %w", i, err)
		}
	}
	for i := range r.Mentions {
		m := &r.Mentions[i]
		js, err := json.Marshal(m)
		if err != nil {
			return err
		}
		var (
			actor string
			gid   any
		)
		if m.Actor != nil {
			actor = m.Actor.ID
		}
		if m.Place != nil && m.Place.GeonameID != 0 {
			gid = m.Place.GeonameID
		}
		if _, err := w.mention.ExecContext(ctx, id, i, m.Type, actor, gid, js); err != nil {
			return fmt.Errorf("mention %d: %w", i, err)
		}
	}
	return nil
}

// EventDate returns the day an event is filed under: its own date when it
// starts with a full YYYY-MM-DD, else the publication date, else "".
func EventDate(e *sitrep.Event, published string) string {
	if len(e.Date) >= 10 {
		if _, err := sitrep.ParseDate(e.Date[:10]); err == nil {
			return e.Date[:10]
		}
	}
	return published
}

// ActorKeys returns the lower-case keys an actor filter matches an event
// by: the id, name and country of its source and target actors.
func ActorKeys(e *sitrep.Event) []string {
	var keys []string
	for _, ref := range []*sitrep.Ref{e.Source, e.Target} {
		if ref == nil || ref.Actor == nil {
			continue
		}
		for _, k := range []string{ref.Actor.ID, ref.Actor.Name, ref.Actor.Country} {
			if k = strings.ToLower(strings.TrimSpace(k)); k != "" {
				keys = append(keys, k)
			}
		}
	}
	return keys
}

// ftsMarks are the largest row ids of the tables with full-text indexes
// before a batch; syncFTS indexes the rows after them.
type ftsMarks struct{ article, event, claim, quote int64 }

var ftsTables = []struct{ table, key, fts, cols string }{
	{"articles", "rowid", "articles_fts", "title, body"},
	{"events", "id", "events_fts", "text"},
	{"claims", "id", "claims_fts", "text"},
	{"quotes", "id", "quotes_fts", "text, speaker"},
}

func markFTS(ctx context.Context, tx *sql.Tx) (ftsMarks, error) {
	var m ftsMarks
	ptrs := []*int64{&m.article, &m.event, &m.claim, &m.quote}
	for i, t := range ftsTables {
		if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(`+t.key+`), 0) FROM `+t.table).Scan(ptrs[i]); err != nil {
			return m, err
		}
	}
	return m, nil
}

func syncFTS(ctx context.Context, tx *sql.Tx, m ftsMarks) error {
	marks := []int64{m.article, m.event, m.claim, m.quote}
	for i, t := range ftsTables {
		if _, err := tx.ExecContext(ctx, `INSERT INTO `+t.fts+`(rowid, `+t.cols+`) SELECT `+t.key+`, `+t.cols+`
			FROM `+t.table+` WHERE `+t.key+` > ?`, marks[i]); err != nil {
			return fmt.Errorf("index %s: %w", t.table, err)
		}
	}
	return nil
}

// backfill writes the record rows of reports stored before migration 2.
func backfill(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT report FROM reports
		WHERE article_id NOT IN (SELECT article_id FROM events)`)
	if err != nil {
		return err
	}
	var reports []*sitrep.Report
	for rows.Next() {
		var js string
		if err := rows.Scan(&js); err != nil {
			rows.Close()
			return err
		}
		r := new(sitrep.Report)
		if err := json.Unmarshal([]byte(js), r); err != nil {
			rows.Close()
			return err
		}
		reports = append(reports, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	w, err := newRecordWriter(ctx, tx)
	if err != nil {
		return err
	}
	defer w.Close()
	m, err := markFTS(ctx, tx)
	if err != nil {
		return err
	}
	m.article = 1 << 62 // articles were indexed by migration 1's trigger
	for _, r := range reports {
		if err := w.write(ctx, r); err != nil {
			return fmt.Errorf("backfill %s: %w", r.Article.ID, err)
		}
	}
	return syncFTS(ctx, tx, m)
}
