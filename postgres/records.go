package postgres

import (
	"context"
	"encoding/json"

	"github.com/jackc/pgx/v5"

	"sitrep"
)

// recordRows collects the rows of a batch of new reports, written with one
// COPY per table: far fewer round trips than a statement per record.
type recordRows struct {
	reports, events, claims, quotes, mentions [][]any
}

func (rs *recordRows) add(r *sitrep.Report) error {
	id := r.Article.ID
	published := r.Article.Published.String()
	js, err := json.Marshal(r)
	if err != nil {
		return err
	}
	rs.reports = append(rs.reports, []any{id, string(js)})
	for i := range r.Events {
		e := &r.Events[i]
		js, err := json.Marshal(e)
		if err != nil {
			return err
		}
		var (
			country  string
			lat, lon *float64
		)
		if e.Place != nil {
			country = e.Place.Country
			if e.Place.Lat != 0 || e.Place.Lon != 0 {
				lat, lon = &e.Place.Lat, &e.Place.Lon
			}
		}
		rs.events = append(rs.events, []any{id, int32(i), EventDate(e, published), e.Root, e.PLOVER, int32(e.Quad),
			country, lat, lon, ActorKeys(e), e.Text, string(js)})
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
		rs.claims = append(rs.claims, []any{id, int32(i), published, c.Kind, country, c.Text, string(js)})
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
		rs.quotes = append(rs.quotes, []any{id, int32(i), published, speaker, actor, q.Text, string(js)})
	}
	for i := range r.Mentions {
		m := &r.Mentions[i]
		js, err := json.Marshal(m)
		if err != nil {
			return err
		}
		var (
			actor string
			gid   *int32
		)
		if m.Actor != nil {
			actor = m.Actor.ID
		}
		if m.Place != nil && m.Place.GeonameID != 0 {
			g := int32(m.Place.GeonameID)
			gid = &g
		}
		rs.mentions = append(rs.mentions, []any{id, int32(i), m.Type, actor, gid, string(js)})
	}
	return nil
}

// copy writes the collected rows. Reports go first, then records in the
// order of their reports, so record ids follow storage order.
func (rs *recordRows) copy(ctx context.Context, tx pgx.Tx) error {
	for _, t := range []struct {
		table string
		cols  []string
		rows  [][]any
	}{
		{"reports", []string{"article_id", "report"}, rs.reports},
		{"events", []string{"article_id", "idx", "date", "root", "plover", "quad", "country", "lat", "lon", "actors", "text", "record"}, rs.events},
		{"claims", []string{"article_id", "idx", "published", "kind", "country", "text", "record"}, rs.claims},
		{"quotes", []string{"article_id", "idx", "published", "speaker", "speaker_actor", "text", "record"}, rs.quotes},
		{"mentions", []string{"article_id", "idx", "type", "actor_id", "geonameid", "record"}, rs.mentions},
	} {
		if len(t.rows) == 0 {
			continue
		}
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{t.table}, t.cols, pgx.CopyFromRows(t.rows)); err != nil {
			return err
		}
	}
	return nil
}
