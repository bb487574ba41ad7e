package sitrep

// EventRecord is a stored event: the Event of a report plus its key, the
// article it came from, its index in Report.Events and the incident it was
// reconciled into (0 while none).
type EventRecord struct {
	ID         int64  `json:"id"`
	ArticleID  string `json:"article_id"`
	Index      int    `json:"index"`
	IncidentID int64  `json:"incident_id,omitempty"`
	// CopyOf is the original article when this event's article is a
	// near-duplicate (a syndicated copy or rewrite), "" otherwise.
	CopyOf string `json:"copy_of,omitempty"`
	Event
}

// EventPoint is the least the map and timeline need of an event: where,
// when and what kind, and the article to open. Lat and Lon are nil when the
// event has no coordinates.
type EventPoint struct {
	ID        int64
	ArticleID string
	Index     int
	Date      string
	Lat, Lon  *float64
	Quad      int
	Root      string
	Country   string
}

// ClaimRecord is a stored claim with its key, article and incident.
type ClaimRecord struct {
	ID         int64  `json:"id"`
	ArticleID  string `json:"article_id"`
	Index      int    `json:"index"`
	IncidentID int64  `json:"incident_id,omitempty"`
	Published  string `json:"published,omitempty"` // the article's publication date
	Outlet     string `json:"outlet,omitempty"`    // the article's source (publisher)
	Claim
}

// QuoteRecord is a stored quote with its key and article.
type QuoteRecord struct {
	ID        int64  `json:"id"`
	ArticleID string `json:"article_id"`
	Index     int    `json:"index"`
	Quote
}

// Incident is one happening told by one or more articles: the events of
// compatible type, actors, place and date that reconciliation merged, with
// every contributing event, source and figure kept side by side.
type Incident struct {
	ID     int64  `json:"id"`
	Title  string `json:"title"` // the sentence of its first event
	Root   string `json:"root"`  // CAMEO root of its first event
	PLOVER string `json:"plover"`
	ACLED  string `json:"acled,omitempty"`
	Place  *Place `json:"place,omitempty"` // the most precise place of its events
	From   string `json:"from,omitempty"`  // first event date, YYYY-MM-DD
	To     string `json:"to,omitempty"`    // last event date
	// Actors lists the actor keys of its events' sources and targets: actor
	// ids, or country and sector ("SYR MIL") when no id is known.
	Actors       []string `json:"actors"`
	EventCount   int      `json:"event_count"`
	ArticleCount int      `json:"article_count"`

	// Filled only when one incident is asked for (FindIncident).
	Events  []EventRecord    `json:"events,omitempty"`
	Claims  []ClaimRecord    `json:"claims,omitempty"`
	Sources []IncidentSource `json:"sources,omitempty"`
}

// IncidentSource is one article that tells an incident, with the
// near-duplicate copies that were linked to it rather than counted again.
type IncidentSource struct {
	ArticleID string   `json:"article_id"`
	Title     string   `json:"title"`
	Outlet    string   `json:"outlet,omitempty"`
	URL       string   `json:"url,omitempty"`
	Published string   `json:"published,omitempty"`
	Copies    []string `json:"copies,omitempty"` // article ids of its copies
}

// Signature is the near-duplicate fingerprint of an article (a MinHash of
// its word shingles) and, when it is a copy, the article it copies.
type Signature struct {
	ArticleID  string   `json:"article_id"`
	Published  string   `json:"published,omitempty"`
	MinHash    []uint32 `json:"minhash"`
	CopyOf     string   `json:"copy_of,omitempty"`
	Similarity float64  `json:"similarity,omitempty"` // estimated Jaccard with CopyOf
}

// Reconciliation is what one reconcile run decided, saved in one
// transaction by IncidentStore.SaveReconciliation.
type Reconciliation struct {
	// Articles are the ids now reconciled; they are not handed out again.
	Articles []string
	// Signatures of the reconciled articles, with copies linked.
	Signatures []Signature
	// Incidents to create (ID 0) or update. Events and Claims list, by ID,
	// the records to attach; records attached before stay attached.
	Incidents []Incident
}
