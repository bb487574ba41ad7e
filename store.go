package sitrep

import (
	"context"
)

// ArticleFilter selects stored articles. Zero fields do not filter.
type ArticleFilter struct {
	From  Date   // published on or after
	To    Date   // published on or before
	Query string // words that must occur in the title or body
	Limit int    // at most this many; 0 means a default
}

// ReportStore keeps reports. Implementations are safe for concurrent use.
type ReportStore interface {
	// SaveReports stores reports in one transaction: either all new ones are
	// stored or none is. A report whose article id is already stored is left
	// as it is (ingest is idempotent). It returns how many were added.
	// Errors: EINVALID for a report without an article id, EINTERNAL.
	SaveReports(ctx context.Context, reports []*Report) (added int, err error)

	// HasArticle reports whether an article with this id is stored.
	// Errors: EINTERNAL.
	HasArticle(ctx context.Context, id string) (bool, error)

	// FindArticles returns stored articles matching f, newest first, and the
	// number of all matches. Errors: EINVALID for a malformed query, EINTERNAL.
	FindArticles(ctx context.Context, f ArticleFilter) ([]Article, int, error)

	// FindReport returns the stored report of one article.
	// Errors: ENOTFOUND, EINTERNAL.
	FindReport(ctx context.Context, id string) (*Report, error)
}
