package sitrep

import "context"

// BBox is a longitude/latitude rectangle in degrees, west to east and south
// to north.
type BBox struct {
	West, South, East, North float64
}

// EventFilter selects stored events. Zero fields do not filter. Results
// come newest first (by event date, then id).
type EventFilter struct {
	Actor      string // actor id, name or ISO3 country of the source or target
	Country    string // ISO3 country of the event's place
	Root       string // CAMEO root, two digits
	PLOVER     string // PLOVER category
	From, To   Date   // event date within [From, To]
	BBox       *BBox  // event place within the rectangle
	Query      string // words that must occur in the event's sentence text
	ArticleID  string
	IncidentID int64
	Limit      int    // at most this many; 0 means a default
	Cursor     string // the Next of the previous page, "" for the first
}

// ClaimFilter selects stored claims, newest article first.
type ClaimFilter struct {
	Kind       string // killed, wounded, displaced, ...
	Country    string // ISO3 country of the claim's place
	ArticleID  string
	IncidentID int64
	Query      string // words in the claim's text
	Limit      int
	Cursor     string
}

// QuoteFilter selects stored quotes, newest article first.
type QuoteFilter struct {
	Speaker   string // words in the speaker's text or actor name, or an actor id
	Query     string // words in the quote
	ArticleID string
	Limit     int
	Cursor    string
}

// IncidentFilter selects incidents, latest first.
type IncidentFilter struct {
	Country  string // ISO3 country of the incident's place
	Root     string
	PLOVER   string
	From, To Date // the incident's dates overlap [From, To]
	Query    string
	Limit    int
	Cursor   string
}

// MaxLimit caps the Limit of every filter.
const MaxLimit = 10000

// EventStore answers the queries of the HTTP API. Implementations are safe
// for concurrent use. Each Find method returns one page and the cursor of
// the next ("" after the last page).
type EventStore interface {
	// FindEvents returns events matching f.
	// Errors: EINVALID for a malformed filter or cursor, EINTERNAL.
	FindEvents(ctx context.Context, f EventFilter) ([]EventRecord, string, error)

	// FindEventPoints returns the same events as FindEvents, as points for
	// a map or a timeline. Errors: EINVALID, EINTERNAL.
	FindEventPoints(ctx context.Context, f EventFilter) ([]EventPoint, string, error)

	// FindClaims returns claims matching f.
	// Errors: EINVALID, EINTERNAL.
	FindClaims(ctx context.Context, f ClaimFilter) ([]ClaimRecord, string, error)

	// FindQuotes returns quotes matching f.
	// Errors: EINVALID, EINTERNAL.
	FindQuotes(ctx context.Context, f QuoteFilter) ([]QuoteRecord, string, error)

	// FindIncidents returns incident summaries (without Events, Claims and
	// Sources) matching f. Errors: EINVALID, EINTERNAL.
	FindIncidents(ctx context.Context, f IncidentFilter) ([]Incident, string, error)

	// FindIncident returns one incident with its events, claims and sources.
	// Errors: ENOTFOUND, EINTERNAL.
	FindIncident(ctx context.Context, id int64) (*Incident, error)
}

// IncidentStore is what reconciliation reads and writes.
type IncidentStore interface {
	// PendingReports returns up to limit stored reports that no
	// reconciliation has seen yet, in the order they were stored, with the
	// stored ids of their events and claims (ids[i] for Report.Events[i]).
	// Errors: EINTERNAL.
	PendingReports(ctx context.Context, limit int) ([]PendingReport, error)

	// Signatures returns the signatures of every reconciled article.
	// Errors: EINTERNAL.
	Signatures(ctx context.Context) ([]Signature, error)

	// FindIncidents is as in EventStore.
	FindIncidents(ctx context.Context, f IncidentFilter) ([]Incident, string, error)

	// SaveReconciliation stores the decisions of one run in one transaction.
	// Errors: EINVALID for an unknown incident, event or claim id, EINTERNAL.
	SaveReconciliation(ctx context.Context, r *Reconciliation) error
}

// PendingReport is a report waiting for reconciliation with the stored ids
// of its events and claims, index for index.
type PendingReport struct {
	Report   *Report
	EventIDs []int64
	ClaimIDs []int64
}

// Store is everything the server and the reconciler need from a database.
type Store interface {
	ReportStore
	EventStore
	IncidentStore
}
