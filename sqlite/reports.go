package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"sitrep"
)

var _ sitrep.ReportStore = (*DB)(nil)

// SaveReports stores reports in one transaction and returns how many were
// new. Reports whose article is already stored are skipped, so running the
// same ingest twice adds nothing the second time.
func (d *DB) SaveReports(ctx context.Context, reports []*sitrep.Report) (int, error) {
	for _, r := range reports {
		if r == nil || r.Article.ID == "" {
			return 0, sitrep.Errorf(sitrep.EINVALID, "report without an article id")
		}
	}
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("save reports: %w", err)
	}
	defer tx.Rollback()
	insArticle, err := tx.PrepareContext(ctx, `INSERT INTO articles
		(id, title, body, url, source, published, published_inferred)
		VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING`)
	if err != nil {
		return 0, fmt.Errorf("save reports: %w", err)
	}
	defer insArticle.Close()
	insReport, err := tx.PrepareContext(ctx, `INSERT INTO reports (article_id, report) VALUES (?, ?)`)
	if err != nil {
		return 0, fmt.Errorf("save reports: %w", err)
	}
	defer insReport.Close()
	records, err := newRecordWriter(ctx, tx)
	if err != nil {
		return 0, fmt.Errorf("save reports: %w", err)
	}
	defer records.Close()
	marks, err := markFTS(ctx, tx)
	if err != nil {
		return 0, fmt.Errorf("save reports: %w", err)
	}

	added := 0
	for _, r := range reports {
		a := r.Article
		res, err := insArticle.ExecContext(ctx, a.ID, a.Title, a.Body, a.URL, a.Source, nullDate(a.Published), a.PublishedInferred)
		if err != nil {
			return 0, fmt.Errorf("save article %s: %w", a.ID, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			continue // stored before
		}
		js, err := json.Marshal(r)
		if err != nil {
			return 0, fmt.Errorf("encode report %s: %w", a.ID, err)
		}
		if _, err := insReport.ExecContext(ctx, a.ID, js); err != nil {
			return 0, fmt.Errorf("save report %s: %w", a.ID, err)
		}
		if err := records.write(ctx, r); err != nil {
			return 0, fmt.Errorf("save report %s: %w", a.ID, err)
		}
		added++
	}
	if err := syncFTS(ctx, tx, marks); err != nil {
		return 0, fmt.Errorf("save reports: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("save reports: %w", err)
	}
	return added, nil
}

// HasArticle reports whether an article with this id is stored.
func (d *DB) HasArticle(ctx context.Context, id string) (bool, error) {
	var one int
	err := d.db.QueryRowContext(ctx, `SELECT 1 FROM articles WHERE id = ?`, id).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	} else if err != nil {
		return false, fmt.Errorf("find article %s: %w", id, err)
	}
	return true, nil
}

// FindReport returns the stored report of one article.
func (d *DB) FindReport(ctx context.Context, id string) (*sitrep.Report, error) {
	var js string
	err := d.db.QueryRowContext(ctx, `SELECT report FROM reports WHERE article_id = ?`, id).Scan(&js)
	if errors.Is(err, sql.ErrNoRows) {
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
	var (
		where []string
		args  []any
		from  = "articles a"
	)
	if f.Query != "" {
		q, err := ftsQuery(f.Query)
		if err != nil {
			return nil, 0, err
		}
		from = "articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
		where = append(where, "articles_fts MATCH ?")
		args = append(args, q)
	}
	if !f.From.IsZero() {
		where = append(where, "a.published >= ?")
		args = append(args, f.From.String())
	}
	if !f.To.IsZero() {
		where = append(where, "a.published <= ?")
		args = append(args, f.To.String())
	}
	cond := ""
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}
	var total int
	if err := d.db.QueryRowContext(ctx, "SELECT count(*) FROM "+from+cond, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count articles: %w", err)
	}
	limit := f.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	rows, err := d.db.QueryContext(ctx, `SELECT a.id, a.title, a.body, a.url, a.source, a.published, a.published_inferred
		FROM `+from+cond+` ORDER BY a.published IS NULL, a.published DESC, a.id LIMIT ?`, append(args, limit)...)
	if err != nil {
		return nil, 0, fmt.Errorf("find articles: %w", err)
	}
	defer rows.Close()
	var out []sitrep.Article
	for rows.Next() {
		var (
			a         sitrep.Article
			published sql.NullString
		)
		if err := rows.Scan(&a.ID, &a.Title, &a.Body, &a.URL, &a.Source, &published, &a.PublishedInferred); err != nil {
			return nil, 0, fmt.Errorf("find articles: %w", err)
		}
		if published.Valid {
			if a.Published, err = sitrep.ParseDate(published.String); err != nil {
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
	if err := d.db.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count articles: %w", err)
	}
	return n, nil
}

func nullDate(d sitrep.Date) any {
	if d.IsZero() {
		return nil
	}
	return d.String()
}
