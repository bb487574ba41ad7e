// Package reconcile merges what several articles say about one happening.
//
// It links near-duplicate articles (syndicated copies, light rewrites) to
// their original by MinHash over word shingles, so a copy is not counted as
// a second source; it merges events of compatible type, actors, place and
// date from different articles into incidents that keep every contributing
// event and source; and it attaches each article's figures (claims) to the
// incident they are about, so who says how many, and when, can be read side
// by side.
//
// Reconciliation is incremental: Run takes the stored reports that no run
// has seen yet, decides, and saves the decisions in one transaction per
// batch. Within a batch articles are taken by publication date, so of two
// copies the earlier published one is the original; an article stored later
// than its copy, but published earlier, stays the copy's copy (decisions are
// never revisited).
package reconcile

import (
	"context"
	"fmt"
	"slices"
	"time"

	"sitrep"
)

// Stats counts what a run did.
type Stats struct {
	Articles  int // articles reconciled
	Copies    int // of which near-duplicates of an earlier article
	Events    int // events placed in incidents
	Incidents int // incidents created
	Merged    int // events that joined an incident of another article
	Claims    int // claims attached to an incident
}

func (s Stats) String() string {
	return fmt.Sprintf("reconciled %d articles (%d copies): %d events in incidents, %d new incidents, %d merged across articles, %d claims attached",
		s.Articles, s.Copies, s.Events, s.Incidents, s.Merged, s.Claims)
}

// BatchSize is how many reports one transaction reconciles.
const BatchSize = 500

// Run reconciles every pending report of store.
func Run(ctx context.Context, store sitrep.IncidentStore) (Stats, error) {
	var st Stats
	sigs, err := store.Signatures(ctx)
	if err != nil {
		return st, err
	}
	dups := newDupIndex()
	for _, s := range sigs {
		dups.add(s.ArticleID, s.CopyOf, s.MinHash)
	}
	for {
		if err := ctx.Err(); err != nil {
			return st, err
		}
		pending, err := store.PendingReports(ctx, BatchSize)
		if err != nil {
			return st, err
		}
		if len(pending) == 0 {
			return st, nil
		}
		b := &batch{store: store, dups: dups, loaded: map[int64]*sitrep.Incident{}, changed: map[*sitrep.Incident]bool{}}
		if err := b.run(ctx, pending, &st); err != nil {
			return st, err
		}
	}
}

// batch is the state of one transaction's worth of reconciliation.
type batch struct {
	store   sitrep.IncidentStore
	dups    *dupIndex
	loaded  map[int64]*sitrep.Incident // stored incidents met so far
	fresh   []*sitrep.Incident         // incidents created in this batch
	changed map[*sitrep.Incident]bool
	// articles lists the articles of this batch in each incident, to
	// count merges across articles.
	articles map[*sitrep.Incident]map[string]bool
}

func (b *batch) run(ctx context.Context, pending []sitrep.PendingReport, st *Stats) error {
	slices.SortStableFunc(pending, func(x, y sitrep.PendingReport) int {
		px, py := x.Report.Article.Published, y.Report.Article.Published
		switch {
		case px.IsZero() || py.IsZero():
			return 0
		case px.Time().Before(py.Time()):
			return -1
		case py.Time().Before(px.Time()):
			return 1
		}
		return 0
	})
	b.articles = map[*sitrep.Incident]map[string]bool{}
	rec := &sitrep.Reconciliation{}
	for _, p := range pending {
		r := p.Report
		sig := sitrep.Signature{ArticleID: r.Article.ID, Published: r.Article.Published.String(), MinHash: MinHash(r.Article.Body)}
		sig.CopyOf, sig.Similarity = b.dups.original(sig.MinHash)
		if sig.CopyOf == r.Article.ID {
			sig.CopyOf, sig.Similarity = "", 0
		}
		b.dups.add(sig.ArticleID, sig.CopyOf, sig.MinHash)
		rec.Articles = append(rec.Articles, r.Article.ID)
		rec.Signatures = append(rec.Signatures, sig)
		st.Articles++
		if sig.CopyOf != "" {
			st.Copies++
			continue // a copy adds no source and no figures
		}
		if err := b.place(ctx, p, st); err != nil {
			return err
		}
	}
	for in := range b.changed {
		rec.Incidents = append(rec.Incidents, *in)
	}
	slices.SortFunc(rec.Incidents, func(x, y sitrep.Incident) int { return int(x.ID - y.ID) })
	return b.store.SaveReconciliation(ctx, rec)
}

// place puts the events of one report into incidents and attaches its
// claims to the incident of the nearest event.
func (b *batch) place(ctx context.Context, p sitrep.PendingReport, st *Stats) error {
	r := p.Report
	published := r.Article.Published.String()
	bySentence := map[int]*sitrep.Incident{}
	for i := range r.Events {
		e := r.Events[i]
		if e.Mode != "" && e.Mode != "asserted" || e.Root == "" && e.PLOVER == "" {
			continue
		}
		day := eventDay(&e, published)
		if day.IsZero() {
			continue
		}
		c := &candidate{
			rec:    sitrep.EventRecord{ID: p.EventIDs[i], ArticleID: r.Article.ID, Index: i, Event: e},
			date:   day,
			actors: actorKeys(&e),
		}
		in, err := b.best(ctx, c)
		if err != nil {
			return err
		}
		if in == nil {
			in = newIncident(c)
			b.fresh = append(b.fresh, in)
			st.Incidents++
		} else {
			other := in.ID != 0 // a stored incident holds earlier articles only
			for a := range b.articles[in] {
				other = other || a != r.Article.ID
			}
			if other {
				st.Merged++
			}
			join(in, c)
		}
		if b.articles[in] == nil {
			b.articles[in] = map[string]bool{}
		}
		b.articles[in][r.Article.ID] = true
		b.changed[in] = true
		st.Events++
		bySentence[e.Sentence] = in
	}
	for i, c := range r.Claims {
		in := nearest(bySentence, c.Sentence)
		if in == nil {
			// A figure far from any event of its article (or in an article
			// without events) joins the incident at its place and time.
			var err error
			if in, err = b.claimIncident(ctx, &c, published); err != nil {
				return err
			}
		}
		if in == nil || c.Place != nil && in.Place != nil && c.Place.Country != "" && c.Place.Country != in.Place.Country {
			continue
		}
		b.changed[in] = true
		in.Claims = append(in.Claims, sitrep.ClaimRecord{ID: p.ClaimIDs[i], ArticleID: r.Article.ID, Index: i, Claim: c})
		st.Claims++
	}
	return nil
}

// ClaimReach is how many sentences away from an event a claim may be and
// still be about its incident: figures usually sit in the sentence of the
// event or the next two ("The strike ... . At least 50 were killed, ...").
const ClaimReach = 3

// nearest returns the incident of the event closest to sentence s, before
// or after, within ClaimReach; a tie goes to the earlier event.
func nearest(bySentence map[int]*sitrep.Incident, s int) *sitrep.Incident {
	for d := 0; d <= ClaimReach; d++ {
		if in := bySentence[s-d]; in != nil {
			return in
		}
		if in := bySentence[s+d]; in != nil {
			return in
		}
	}
	return nil
}

// claimIncident returns the incident a claim with coordinates finer than a
// country is about: the nearest one within MaxDistanceKm whose dates are
// within Window of the claim's date (its time's start, else the
// publication date). Claims never start incidents.
func (b *batch) claimIncident(ctx context.Context, c *sitrep.Claim, published string) (*sitrep.Incident, error) {
	if !precise(c.Place) {
		return nil, nil
	}
	day := parseDay(published)
	if c.Time != nil && len(c.Time.Value) >= 10 {
		if t := parseDay(c.Time.Value[:10]); !t.IsZero() {
			day = t
		}
	}
	if day.IsZero() {
		return nil, nil
	}
	cands, err := b.candidates(ctx, day)
	if err != nil {
		return nil, err
	}
	var (
		best      *sitrep.Incident
		bestScore float64
	)
	for _, in := range cands {
		if !precise(in.Place) {
			continue
		}
		from, to := parseDay(in.From), parseDay(in.To)
		if day.Before(from.Add(-Window)) || day.After(to.Add(Window)) {
			continue
		}
		km := DistanceKm(c.Place, in.Place)
		if km > MaxDistanceKm {
			continue
		}
		score := km / MaxDistanceKm
		if day.Before(from) {
			score += from.Sub(day).Hours() / 24
		} else if day.After(to) {
			score += day.Sub(to).Hours() / 24
		}
		if best == nil || score < bestScore {
			best, bestScore = in, score
		}
	}
	return best, nil
}

// candidates returns the stored and new incidents whose dates come within
// Window of day.
func (b *batch) candidates(ctx context.Context, day time.Time) ([]*sitrep.Incident, error) {
	stored, _, err := b.store.FindIncidents(ctx, sitrep.IncidentFilter{
		From:  sitrep.DateOf(day.Add(-Window)),
		To:    sitrep.DateOf(day.Add(Window)),
		Limit: sitrep.MaxLimit,
	})
	if err != nil {
		return nil, err
	}
	out := make([]*sitrep.Incident, 0, len(stored)+len(b.fresh))
	for i := range stored {
		in := b.loaded[stored[i].ID]
		if in == nil {
			in = &stored[i]
			b.loaded[in.ID] = in
		}
		out = append(out, in)
	}
	return append(out, b.fresh...), nil
}

// best returns the incident c fits best, nil when none.
func (b *batch) best(ctx context.Context, c *candidate) (*sitrep.Incident, error) {
	cands, err := b.candidates(ctx, c.date)
	if err != nil {
		return nil, err
	}
	var (
		best      *sitrep.Incident
		bestScore float64
	)
	for _, in := range cands {
		if s, ok := match(in, c); ok && (best == nil || s < bestScore) {
			best, bestScore = in, s
		}
	}
	return best, nil
}

func eventDay(e *sitrep.Event, published string) time.Time {
	if len(e.Date) >= 10 {
		if t := parseDay(e.Date[:10]); !t.IsZero() {
			return t
		}
	}
	return parseDay(published)
}
