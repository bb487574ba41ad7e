// Package export writes stored events in the formats analysts load into
// their tools: JSON Lines, CSV, the GDELT 2.0 event table, ACLED's export
// columns and Parquet.
//
// Write streams from any store through the root interfaces, a page at a
// time, so an export of millions of events holds one page in memory. The
// formats that name an event's outlet, URL or fatalities (csv, gdelt,
// acled) read each article's report once per page.
package export

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"sitrep"
)

// Formats lists the formats Write knows.
var Formats = []string{"jsonl", "csv", "gdelt", "acled", "parquet"}

// Store is what an export reads.
type Store interface {
	FindEvents(ctx context.Context, f sitrep.EventFilter) ([]sitrep.EventRecord, string, error)
	FindReport(ctx context.Context, id string) (*sitrep.Report, error)
}

// Options selects the events and the format of an export.
type Options struct {
	Format string             // one of Formats
	Filter sitrep.EventFilter // its Limit and Cursor are ignored
	Max    int                // at most this many events; 0 means all
}

// pageSize is how many events are read per query.
const pageSize = 1000

// encoder writes events in one format.
type encoder interface {
	write(e *sitrep.EventRecord, a *article) error
	close() error
}

// Write writes the events of s that match o.Filter, newest first, in
// o.Format, and returns how many it wrote. Errors: EINVALID for an unknown
// format or a malformed filter, EINTERNAL.
func Write(ctx context.Context, w io.Writer, s Store, o Options) (int, error) {
	var enc encoder
	needArticles := true
	switch o.Format {
	case "jsonl":
		enc, needArticles = newJSONL(w), false
	case "csv":
		enc = newCSV(w)
	case "gdelt":
		enc = newGDELT(w)
	case "acled":
		enc = newACLED(w)
	case "parquet":
		enc, needArticles = newParquet(w), false
	default:
		return 0, sitrep.Errorf(sitrep.EINVALID, "unknown format %q: want one of %s", o.Format, strings.Join(Formats, ", "))
	}
	f := o.Filter
	f.Limit, f.Cursor = pageSize, ""
	n := 0
	for {
		evs, next, err := s.FindEvents(ctx, f)
		if err != nil {
			return n, err
		}
		arts := make(map[string]*article)
		for i := range evs {
			if o.Max > 0 && n == o.Max {
				return n, enc.close()
			}
			e := &evs[i]
			if o.Format == "acled" && e.ACLED == "" {
				continue // not an event ACLED codes
			}
			var a *article
			if needArticles {
				if a = arts[e.ArticleID]; a == nil {
					if a, err = loadArticle(ctx, s, e.ArticleID); err != nil {
						return n, err
					}
					arts[e.ArticleID] = a
				}
			}
			if err := enc.write(e, a); err != nil {
				return n, err
			}
			n++
		}
		if next == "" {
			return n, enc.close()
		}
		f.Cursor = next
	}
}

// article is what the formats need of an event's article.
type article struct {
	sitrep.Article
	claims []sitrep.Claim
}

func loadArticle(ctx context.Context, s Store, id string) (*article, error) {
	r, err := s.FindReport(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("article %s: %w", id, err)
	}
	r.Article.Body = "" // not exported; let it go
	return &article{Article: r.Article, claims: r.Claims}, nil
}

// fatalities returns the lower figure of the first "killed" claim in the
// event's sentence, else in the sentence after it (where news reports
// usually give the toll), 0 when neither has one.
func fatalities(e *sitrep.EventRecord, a *article) int64 {
	for _, s := range []int{e.Sentence, e.Sentence + 1} {
		i := slices.IndexFunc(a.claims, func(c sitrep.Claim) bool { return c.Kind == "killed" && c.Sentence == s })
		if i >= 0 {
			return a.claims[i].Min
		}
	}
	return 0
}
