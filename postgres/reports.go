package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"sitrep"
)

var _ sitrep.ReportStore = (*DB)(nil)

// SaveReports stores reports in one transaction and returns how many were
// new. Reports whose article is already stored, by this worker or another,
// are skipped. A transaction that deadlocks with a concurrent one saving
// some of the same articles is retried.
func (d *DB) SaveReports(ctx context.Context, reports []*sitrep.Report) (int, error) {
	for _, r := range reports {
		if r == nil || r.Article.ID == "" {
			return 0, sitrep.Errorf(sitrep.EINVALID, "report without an article id")
		}
	}
	if len(reports) == 0 {
		return 0, nil
	}
	for attempt := 1; ; attempt++ {
		n, err := d.saveReports(ctx, reports)
		if err == nil || !retryable(err) || attempt == 5 {
			if err != nil {
				return 0, fmt.Errorf("save reports: %w", err)
			}
			return n, nil
		}
	}
}

func (d *DB) saveReports(ctx context.Context, reports []*sitrep.Report) (int, error) {
	tx, err := d.pool.Begin(ctx)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback(ctx)
	n := len(reports)
	var (
		ids, titles, bodies, urls, sources = make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		published                          = make([]*string, n)
		inferred                           = make([]bool, n)
	)
	for i, r := range reports {
		a := &r.Article
		ids[i], titles[i], bodies[i], urls[i], sources[i], inferred[i] = a.ID, a.Title, a.Body, a.URL, a.Source, a.PublishedInferred
		if !a.Published.IsZero() {
			s := a.Published.String()
			published[i] = &s
		}
	}
	rows, err := tx.Query(ctx, `INSERT INTO articles (id, title, body, url, source, published, published_inferred)
		SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::boolean[])
		ON CONFLICT (id) DO NOTHING RETURNING id`, ids, titles, bodies, urls, sources, published, inferred)
	if err != nil {
		return 0, err
	}
	added, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return 0, err
	}
	if len(added) == 0 {
		return 0, tx.Commit(ctx)
	}
	isNew := make(map[string]bool, len(added))
	for _, id := range added {
		isNew[id] = true
	}
	var rs recordRows
	for _, r := range reports {
		if !isNew[r.Article.ID] {
			continue
		}
		delete(isNew, r.Article.ID) // a report twice in one batch is stored once
		if err := rs.add(r); err != nil {
			return 0, fmt.Errorf("encode report %s: %w", r.Article.ID, err)
		}
	}
	if err := rs.copy(ctx, tx); err != nil {
		return 0, err
	}
	if err := tx.Commit(ctx); err != nil {
		return 0, err
	}
	return len(added), nil
}

// HasArticle reports whether an article with this id is stored.
func (d *DB) HasArticle(ctx context.Context, id string) (bool, error) {
	var ok bool
	if err := d.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM articles WHERE id = $1)`, id).Scan(&ok); err != nil {
		return false, fmt.Errorf("find article %s: %w", id, err)
	}
	return ok, nil
}

// FindReport returns the stored report of one article.
func (d *DB) FindReport(ctx context.Context, id string) (*sitrep.Report, error) {
	var js string
	err := d.pool.QueryRow(ctx, `SELECT report FROM reports WHERE article_id = $1`, id).Scan(&js)
	if noRows(err) {
		return nil, sitrep.Errorf(sitrep.ENOTFOUND, "no article %q", id)
	} else if err != nil {
		return nil, fmt.Errorf("find report %s: %w", id, err)
	}
	r := new(sitrep.Report)
	if err := json.Unmarshal([]byte(js), r); err != nil {
		return nil, fmt.Errorf("decode report %s: %w", id, err)
	}
	r.Fill()
	return r, nil
}

// DefaultLimit is how many articles FindArticles returns when the filter
// names no limit.
const DefaultLimit = 100

// FindArticles returns stored articles matching f, newest first (articles
// without a date last), and the number of all matches.
func (d *DB) FindArticles(ctx context.Context, f sitrep.ArticleFilter) ([]sitrep.Article, int, error) {
	var q query
	if f.Query != "" {
		words, err := tsWords(f.Query)
		if err != nil {
			return nil, 0, err
		}
		q.add("a.tsv @@ plainto_tsquery('simple', ?)", words)
	}
	if !f.From.IsZero() {
		q.add("a.published >= ?", f.From.String())
	}
	if !f.To.IsZero() {
		q.add("a.published <= ?", f.To.String())
	}
	var total int
	if err := d.pool.QueryRow(ctx, "SELECT count(*) FROM articles a"+q.cond(), q.args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count articles: %w", err)
	}
	limit := f.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	rows, err := d.pool.Query(ctx, `SELECT a.id, a.title, a.body, a.url, a.source, a.published, a.published_inferred
		FROM articles a`+q.cond()+` ORDER BY a.published DESC NULLS LAST, a.id LIMIT `+q.arg(limit), q.args...)
	if err != nil {
		return nil, 0, fmt.Errorf("find articles: %w", err)
	}
	defer rows.Close()
	var out []sitrep.Article
	for rows.Next() {
		var (
			a         sitrep.Article
			published *string
		)
		if err := rows.Scan(&a.ID, &a.Title, &a.Body, &a.URL, &a.Source, &published, &a.PublishedInferred); err != nil {
			return nil, 0, fmt.Errorf("find articles: %w", err)
		}
		if published != nil {
			if a.Published, err = sitrep.ParseDate(*published); err != nil {
				return nil, 0, fmt.Errorf("article %s: %w", a.ID, err)
			}
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("find articles: %w", err)
	}
	return out, total, nil
}

// CountArticles returns the number of stored articles.
func (d *DB) CountArticles(ctx context.Context) (int, error) {
	var n int
	if err := d.pool.QueryRow(ctx, `SELECT count(*) FROM articles`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count articles: %w", err)
	}
	return n, nil
}

// EventDate returns the day an event is filed under: its own date when it
// starts with a full YYYY-MM-DD, else the publication date, else "". It is
// package sqlite's rule, so both stores sort alike.
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
	keys := []string{}
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
