package sitrep

// Report is everything sitrep extracted from one article. Its JSON form is
// the contract of design/OUTPUT.md: one object per article, every list
// present (empty lists as []), offsets in code points into Article.Body.
type Report struct {
	Article   Article    `json:"article"`
	Sentences []Sentence `json:"sentences"`
	Mentions  []Mention  `json:"mentions"`
	Times     []Time     `json:"times"`
	Quotes    []Quote    `json:"quotes"`
	Claims    []Claim    `json:"claims"`
	Events    []Event    `json:"events"`
	// Diagnostics lists problems met while reading and extracting.
	Diagnostics Diagnostics `json:"diagnostics,omitempty"`
}

// NewReport returns an empty report of a, every list non-nil.
func NewReport(a Article) *Report {
	r := &Report{Article: a}
	r.Fill()
	return r
}

// Fill replaces nil lists with empty ones so the JSON form has [] rather
// than null.
func (r *Report) Fill() {
	if r.Sentences == nil {
		r.Sentences = []Sentence{}
	}
	if r.Mentions == nil {
		r.Mentions = []Mention{}
	}
	if r.Times == nil {
		r.Times = []Time{}
	}
	if r.Quotes == nil {
		r.Quotes = []Quote{}
	}
	if r.Claims == nil {
		r.Claims = []Claim{}
	}
	if r.Events == nil {
		r.Events = []Event{}
	}
}

// Actor is who acts or speaks: a country code and sector in the CAMEO/ICEWS
// style, and for people the role they held on the article's date.
type Actor struct {
	ID      string `json:"id,omitempty"`      // stable key, e.g. "john_kerry"
	Name    string `json:"name,omitempty"`    // canonical name
	Country string `json:"country,omitempty"` // ISO 3166-1 alpha-3
	Sector  string `json:"sector"`            // GOV, MIL, REB, OPP, IGO, NGO, ...
	Role    string `json:"role,omitempty"`    // office held on the article's date
}

// Place is a resolved location: a GeoNames feature and how precise the match is.
type Place struct {
	GeonameID int     `json:"geonameid,omitempty"`
	Name      string  `json:"name"`
	Country   string  `json:"country,omitempty"` // ISO 3166-1 alpha-3
	Admin1    string  `json:"admin1,omitempty"`  // first-level division name
	Lat       float64 `json:"lat,omitempty"`
	Lon       float64 `json:"lon,omitempty"`
	// Precision is country, region, city or district.
	Precision string `json:"precision,omitempty"`
}

// Mention is a named entity in the text, with the actor or place it was
// resolved to when resolution succeeded.
type Mention struct {
	Span
	Sentence int    `json:"sentence"`
	Text     string `json:"text"`
	Type     string `json:"type"` // PERSON, ORG, GPE, LOC, NORP, FAC, EVENT
	Actor    *Actor `json:"actor,omitempty"`
	Place    *Place `json:"place,omitempty"`
}

// Time is a time expression normalised in the TIMEX3 style against the
// publication date.
type Time struct {
	Span
	Sentence int    `json:"sentence"`
	Text     string `json:"text"`
	Kind     string `json:"kind"`  // date, time, duration, interval, set
	Value    string `json:"value"` // 2016-12-07, 2016-12-08TMO, P26D, 2016-11-15/2016-12-08
}

// TimeRef points at a normalised time from another record.
type TimeRef struct {
	Value string `json:"value"`
}

// Ref is a stretch of text that names someone: a speaker, a source of a
// figure, the source or target of an event, with its actor when resolved.
type Ref struct {
	Text string `json:"text"`
	Span
	Actor *Actor `json:"actor,omitempty"`
}

// Quote is something someone said: a direct quotation in quote marks or
// reported (indirect) speech, with its speaker and the verb that cues it.
type Quote struct {
	Span
	Sentence int    `json:"sentence"`
	Text     string `json:"text"`
	Direct   bool   `json:"direct"`
	Cue      string `json:"cue,omitempty"`
	Speaker  *Ref   `json:"speaker,omitempty"`
}

// Claim is a figure about people harmed or moved: how many were killed,
// wounded, displaced or evacuated, with its range, qualifier, place, period
// and who says so. A single figure has Max nil.
type Claim struct {
	Kind      string   `json:"kind"` // killed, wounded, injured, missing, arrested, ...
	Min       int64    `json:"min"`
	Max       *int64   `json:"max"`
	Qualifier string   `json:"qualifier,omitempty"` // more than, at least, about, ...
	Who       string   `json:"who,omitempty"`       // people, civilians, children, ...
	Place     *Place   `json:"place,omitempty"`
	Time      *TimeRef `json:"time,omitempty"`
	Source    *Ref     `json:"source,omitempty"`
	Span
	Sentence int    `json:"sentence"`
	Text     string `json:"text"`
}

// Event is a coded action: CAMEO code with its root, quad class and Goldstein
// value, the PLOVER category, an ACLED-style type for conflict events, who
// did it to whom, where and when, traced to its sentence.
type Event struct {
	CAMEO     string  `json:"cameo"`
	Root      string  `json:"root"`
	Quad      int     `json:"quad"`
	Goldstein float64 `json:"goldstein"`
	PLOVER    string  `json:"plover"`
	ACLED     string  `json:"acled"`
	Mode      string  `json:"mode,omitempty"` // asserted, negated, future, hypothetical
	Source    *Ref    `json:"source,omitempty"`
	Target    *Ref    `json:"target,omitempty"`
	Place     *Place  `json:"place,omitempty"`
	Date      string  `json:"date,omitempty"`
	// DatePrecision says how Date was found: "expression" or "published".
	DatePrecision string `json:"date_precision,omitempty"`
	Span
	Sentence   int     `json:"sentence"`
	Text       string  `json:"text"`
	Confidence float64 `json:"confidence"`
}
