package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sync"
	"testing"

	"sitrep"
)

// Run runs the conformance suite; open returns a fresh, empty store for
// each subtest (closing it at the test's cleanup).
func Run(t *testing.T, open func(t *testing.T) sitrep.Store) {
	for _, tc := range []struct {
		name string
		fn   func(*testing.T, sitrep.Store)
	}{
		{"SaveReports", testSaveReports},
		{"FindReport", testFindReport},
		{"FindArticles", testFindArticles},
		{"FindEvents", testFindEvents},
		{"EventPages", testEventPages},
		{"FindClaims", testFindClaims},
		{"FindQuotes", testFindQuotes},
		{"Reconciliation", testReconciliation},
		{"ConcurrentSaves", testConcurrentSaves},
	} {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, open(t)) })
	}
}

// MustSave stores reports, failing the test on error.
func MustSave(tb testing.TB, s sitrep.ReportStore, reports []*sitrep.Report) int {
	tb.Helper()
	n, err := s.SaveReports(context.Background(), reports)
	if err != nil {
		tb.Fatal(err)
	}
	return n
}

func wantCode(t *testing.T, what string, err error, code string) {
	t.Helper()
	if got := sitrep.ErrorCode(err); got != code {
		t.Errorf("%s: error %v (code %q), want code %q", what, err, got, code)
	}
}

func testSaveReports(t *testing.T, s sitrep.Store) {
	ctx := context.Background()
	rs := Fixture()
	if got := MustSave(t, s, rs[:2]); got != 2 {
		t.Errorf("added %d, want 2", got)
	}
	if got := MustSave(t, s, rs); got != 1 {
		t.Errorf("second save added %d, want 1 (the new one)", got)
	}
	if got := MustSave(t, s, rs); got != 0 {
		t.Errorf("third save added %d, want 0", got)
	}
	_, err := s.SaveReports(ctx, []*sitrep.Report{sitrep.NewReport(sitrep.Article{Body: "x"})})
	wantCode(t, "report without id", err, sitrep.EINVALID)
	// A report twice in one batch is stored once.
	twice := Many(1)
	if got := MustSave(t, s, []*sitrep.Report{twice[0], twice[0]}); got != 1 {
		t.Errorf("batch with a report twice added %d, want 1", got)
	}
	if evs, _, err := s.FindEvents(ctx, sitrep.EventFilter{ArticleID: twice[0].Article.ID}); err != nil || len(evs) != 1 {
		t.Errorf("report saved twice in a batch has %d events, %v", len(evs), err)
	}
	for _, r := range rs {
		if ok, err := s.HasArticle(ctx, r.Article.ID); err != nil || !ok {
			t.Errorf("HasArticle(%s) = %v, %v", r.Article.ID, ok, err)
		}
	}
	if ok, err := s.HasArticle(ctx, "0000000000000000"); err != nil || ok {
		t.Errorf("HasArticle(unknown) = %v, %v", ok, err)
	}
}

func testFindReport(t *testing.T, s sitrep.Store) {
	ctx := context.Background()
	rs := Fixture()
	MustSave(t, s, rs)
	for _, r := range rs {
		got, err := s.FindReport(ctx, r.Article.ID)
		if err != nil {
			t.Fatal(err)
		}
		a, _ := json.Marshal(r)
		b, _ := json.Marshal(got)
		if string(a) != string(b) {
			t.Errorf("report %s changed in the store:\n got %s\nwant %s", r.Article.ID, b, a)
		}
	}
	_, err := s.FindReport(ctx, "0000000000000000")
	wantCode(t, "unknown report", err, sitrep.ENOTFOUND)
}

func ids(arts []sitrep.Article) []string {
	out := []string{}
	for _, a := range arts {
		out = append(out, a.ID)
	}
	return out
}

func testFindArticles(t *testing.T, s sitrep.Store) {
	ctx := context.Background()
	rs := Fixture()
	MustSave(t, s, rs)
	a1, a2, a3 := rs[0].Article.ID, rs[1].Article.ID, rs[2].Article.ID
	for _, tc := range []struct {
		name  string
		f     sitrep.ArticleFilter
		want  []string
		total int
	}{
		{"All", sitrep.ArticleFilter{}, []string{a1, a2, a3}, 3},
		{"From", sitrep.ArticleFilter{From: sitrep.NewDate(2016, 12, 6)}, []string{a1}, 1},
		{"To", sitrep.ArticleFilter{To: sitrep.NewDate(2016, 12, 6)}, []string{a2}, 1},
		{"Words", sitrep.ArticleFilter{Query: "aleppo SHELLED"}, []string{a1}, 1},
		{"TitleWords", sitrep.ArticleFilter{Query: "talks"}, []string{a2}, 1},
		{"NoMatch", sitrep.ArticleFilter{Query: "Aleppo Mosul"}, []string{}, 0},
		{"Limit", sitrep.ArticleFilter{Limit: 1}, []string{a1}, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			arts, total, err := s.FindArticles(ctx, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(arts); !slices.Equal(got, tc.want) || total != tc.total {
				t.Errorf("got %v of %d, want %v of %d", got, total, tc.want, tc.total)
			}
		})
	}
	arts, _, _ := s.FindArticles(ctx, sitrep.ArticleFilter{Query: "talks"})
	if len(arts) == 1 && (arts[0].Source != "Harbor Post" || arts[0].URL != "https://example.com/geneva" || arts[0].Published.String() != "2016-12-05") {
		t.Errorf("article fields: %+v", arts[0])
	}
	_, _, err := s.FindArticles(ctx, sitrep.ArticleFilter{Query: "!!"})
	wantCode(t, "query without words", err, sitrep.EINVALID)
}

func eventArticles(evs []sitrep.EventRecord) []string {
	out := []string{}
	for _, e := range evs {
		out = append(out, e.ArticleID)
	}
	return out
}

func testFindEvents(t *testing.T, s sitrep.Store) {
	ctx := context.Background()
	rs := Fixture()
	MustSave(t, s, rs)
	a1, a2, a3 := rs[0].Article.ID, rs[1].Article.ID, rs[2].Article.ID
	for _, tc := range []struct {
		name string
		f    sitrep.EventFilter
		want []string
	}{
		{"All", sitrep.EventFilter{}, []string{a1, a2, a3}},
		{"Country", sitrep.EventFilter{Country: "syr"}, []string{a1}},
		{"Root", sitrep.EventFilter{Root: "04"}, []string{a2}},
		{"PLOVER", sitrep.EventFilter{PLOVER: "protest"}, []string{a3}},
		{"ActorID", sitrep.EventFilter{Actor: "john_kerry"}, []string{a2}},
		{"ActorName", sitrep.EventFilter{Actor: "Syrian Arab Army"}, []string{a1}},
		{"ActorCountry", sitrep.EventFilter{Actor: "rus"}, []string{a2}},
		{"BBox", sitrep.EventFilter{BBox: &sitrep.BBox{West: 35, South: 35, East: 38, North: 37}}, []string{a1}},
		{"Words", sitrep.EventFilter{Query: "shelled Aleppo"}, []string{a1}},
		{"Dates", sitrep.EventFilter{From: sitrep.NewDate(2016, 12, 1), To: sitrep.NewDate(2016, 12, 6)}, []string{a2}},
		{"Article", sitrep.EventFilter{ArticleID: a3}, []string{a3}},
		{"Combined", sitrep.EventFilter{Country: "SYR", Query: "Geneva"}, []string{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs, next, err := s.FindEvents(ctx, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			if got := eventArticles(evs); !slices.Equal(got, tc.want) || next != "" {
				t.Errorf("got %v (next %q), want %v", got, next, tc.want)
			}
			pts, _, err := s.FindEventPoints(ctx, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			if len(pts) != len(evs) {
				t.Fatalf("%d points for %d events", len(pts), len(evs))
			}
			for i, p := range pts {
				if p.ID != evs[i].ID || p.ArticleID != evs[i].ArticleID || p.Root != evs[i].Root {
					t.Errorf("point %d %+v is not event %+v", i, p, evs[i].Event)
				}
			}
		})
	}
	evs, _, err := s.FindEvents(ctx, sitrep.EventFilter{})
	if err != nil || len(evs) != 3 {
		t.Fatalf("all events: %d, %v", len(evs), err)
	}
	if e := evs[0]; e.CAMEO != "190" || e.Index != 0 || e.Date != "2016-12-07" || e.Source.Actor.ID != "syrian_army" || e.Place.GeonameID != 170063 {
		t.Errorf("event fields: %+v", e)
	}
	if e := evs[1]; e.Date != "2016-12-05" {
		t.Errorf("event without a date shows %q, want its article's date", e.Date)
	}
	pts, _, _ := s.FindEventPoints(ctx, sitrep.EventFilter{})
	if len(pts) == 3 && (pts[0].Lat == nil || *pts[0].Lat != 36.2 || pts[2].Lat != nil || pts[0].Country != "SYR" || pts[0].Quad != 4) {
		t.Errorf("points: %+v", pts)
	}
	for _, tc := range []struct {
		name string
		f    sitrep.EventFilter
	}{
		{"ErrBBox", sitrep.EventFilter{BBox: &sitrep.BBox{West: 10, East: 0}}},
		{"ErrCursor", sitrep.EventFilter{Cursor: "not a cursor!"}},
		{"ErrLimit", sitrep.EventFilter{Limit: -1}},
		{"ErrMaxLimit", sitrep.EventFilter{Limit: sitrep.MaxLimit + 1}},
		{"ErrWords", sitrep.EventFilter{Query: "..."}},
	} {
		_, _, err := s.FindEvents(ctx, tc.f)
		wantCode(t, tc.name, err, sitrep.EINVALID)
	}
}

func testEventPages(t *testing.T, s sitrep.Store) {
	ctx := context.Background()
	rs := Many(57)
	MustSave(t, s, rs)
	all, next, err := s.FindEvents(ctx, sitrep.EventFilter{Limit: sitrep.MaxLimit})
	if err != nil || len(all) != 57 || next != "" {
		t.Fatalf("all events: %d, next %q, %v", len(all), next, err)
	}
	for _, f := range []sitrep.EventFilter{{Limit: 10}, {Limit: 10, Country: "SYR"}, {Limit: 7, Query: "convoy"}} {
		var got []int64
		for page := 0; ; page++ {
			evs, nx, err := s.FindEvents(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			pts, pnx, err := s.FindEventPoints(ctx, f)
			if err != nil || pnx != nx || len(pts) != len(evs) {
				t.Fatalf("points page %d: %d, next %q, %v; events %d next %q", page, len(pts), pnx, err, len(evs), nx)
			}
			for _, e := range evs {
				got = append(got, e.ID)
			}
			if nx == "" {
				break
			}
			f.Cursor = nx
		}
		want := []int64{}
		for _, e := range all {
			want = append(want, e.ID)
		}
		if !slices.Equal(got, want) {
			t.Errorf("pages of %+v: %v, want %v", f, got, want)
		}
	}
}

func testFindClaims(t *testing.T, s sitrep.Store) {
	ctx := context.Background()
	rs := Fixture()
	MustSave(t, s, rs)
	a1, a3 := rs[0].Article.ID, rs[2].Article.ID
	claimArticles := func(f sitrep.ClaimFilter) []string {
		t.Helper()
		cs, _, err := s.FindClaims(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		out := []string{}
		for _, c := range cs {
			out = append(out, c.ArticleID)
		}
		return out
	}
	for _, tc := range []struct {
		f    sitrep.ClaimFilter
		want []string
	}{
		{sitrep.ClaimFilter{}, []string{a1, a3}},
		{sitrep.ClaimFilter{Kind: "KILLED"}, []string{a1}},
		{sitrep.ClaimFilter{Country: "irq"}, []string{a3}},
		{sitrep.ClaimFilter{Query: "displaced people"}, []string{a3}},
		{sitrep.ClaimFilter{ArticleID: a1}, []string{a1}},
	} {
		if got := claimArticles(tc.f); !slices.Equal(got, tc.want) {
			t.Errorf("claims %+v: %v, want %v", tc.f, got, tc.want)
		}
	}
	cs, next, err := s.FindClaims(ctx, sitrep.ClaimFilter{Limit: 1})
	if err != nil || len(cs) != 1 || next == "" {
		t.Fatalf("first page: %d, next %q, %v", len(cs), next, err)
	}
	c := cs[0]
	if c.Published != "2016-12-08" || c.Min != 45 || c.Max == nil || *c.Max != 50 || c.Source.Text != "medics" {
		t.Errorf("claim fields: %+v", c)
	}
	cs, next, err = s.FindClaims(ctx, sitrep.ClaimFilter{Limit: 1, Cursor: next})
	if err != nil || len(cs) != 1 || cs[0].ArticleID != a3 || next != "" {
		t.Errorf("second page: %+v, next %q, %v", cs, next, err)
	}
	_, _, err = s.FindClaims(ctx, sitrep.ClaimFilter{Cursor: "%%"})
	wantCode(t, "claims cursor", err, sitrep.EINVALID)
}

func testFindQuotes(t *testing.T, s sitrep.Store) {
	ctx := context.Background()
	rs := Fixture()
	MustSave(t, s, rs)
	a1, a2 := rs[0].Article.ID, rs[1].Article.ID
	for _, tc := range []struct {
		f    sitrep.QuoteFilter
		want []string
	}{
		{sitrep.QuoteFilter{}, []string{a1, a2}},
		{sitrep.QuoteFilter{Speaker: "Kerry"}, []string{a2}},
		{sitrep.QuoteFilter{Speaker: "john_kerry"}, []string{a2}},
		{sitrep.QuoteFilter{Speaker: "abu omar"}, []string{a1}},
		{sitrep.QuoteFilter{Query: "leave"}, []string{a1}},
		{sitrep.QuoteFilter{Speaker: "Kerry", Query: "hopeful"}, []string{a2}},
		{sitrep.QuoteFilter{ArticleID: a2}, []string{a2}},
	} {
		qs, _, err := s.FindQuotes(ctx, tc.f)
		if err != nil {
			t.Fatal(err)
		}
		got := []string{}
		for _, q := range qs {
			got = append(got, q.ArticleID)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("quotes %+v: %v, want %v", tc.f, got, tc.want)
		}
	}
	qs, next, err := s.FindQuotes(ctx, sitrep.QuoteFilter{Limit: 1})
	if err != nil || len(qs) != 1 || next == "" || qs[0].Text != "We will not leave," {
		t.Fatalf("first page: %+v, next %q, %v", qs, next, err)
	}
	qs, next, err = s.FindQuotes(ctx, sitrep.QuoteFilter{Limit: 1, Cursor: next})
	if err != nil || len(qs) != 1 || next != "" || qs[0].Speaker.Actor.ID != "john_kerry" {
		t.Errorf("second page: %+v, next %q, %v", qs, next, err)
	}
}

func testReconciliation(t *testing.T, s sitrep.Store) {
	ctx := context.Background()
	rs := Fixture()
	MustSave(t, s, rs)
	a1, a2, a3 := rs[0].Article.ID, rs[1].Article.ID, rs[2].Article.ID
	pending, err := s.PendingReports(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(pending) != 3 {
		t.Fatalf("%d pending, want 3", len(pending))
	}
	for i, p := range pending {
		if p.Report.Article.ID != rs[i].Article.ID || len(p.EventIDs) != len(rs[i].Events) || len(p.ClaimIDs) != len(rs[i].Claims) {
			t.Errorf("pending %d: %s with %d events, %d claims", i, p.Report.Article.ID, len(p.EventIDs), len(p.ClaimIDs))
		}
	}
	if p, _ := s.PendingReports(ctx, 1); len(p) != 1 || p[0].Report.Article.ID != a1 {
		t.Errorf("limit 1: %d pending", len(p))
	}
	aleppo := rs[0].Events[0].Place
	rec := &sitrep.Reconciliation{
		Articles: []string{a1, a2, a3},
		Signatures: []sitrep.Signature{
			{ArticleID: a1, MinHash: []uint32{1, 2, 3, 0xffffffff}},
			{ArticleID: a2, MinHash: []uint32{1, 2, 3, 4}, CopyOf: a1, Similarity: 0.75},
			{ArticleID: a3, MinHash: []uint32{5, 6, 7, 8}},
		},
		Incidents: []sitrep.Incident{{
			Title: "Government forces shelled eastern Aleppo on Wednesday.", Root: "19", PLOVER: "ASSAULT",
			ACLED: "Explosions/Remote violence", Place: aleppo, From: "2016-12-07", To: "2016-12-07",
			Actors: []string{"syrian_army"},
			Events: []sitrep.EventRecord{{ID: pending[0].EventIDs[0]}},
			Claims: []sitrep.ClaimRecord{{ID: pending[0].ClaimIDs[0]}},
		}},
	}
	if err := s.SaveReconciliation(ctx, rec); err != nil {
		t.Fatal(err)
	}
	id := rec.Incidents[0].ID
	if id == 0 {
		t.Fatal("new incident got no id")
	}
	if p, err := s.PendingReports(ctx, 10); err != nil || len(p) != 0 {
		t.Errorf("after reconciliation %d pending, %v", len(p), err)
	}
	sigs, err := s.Signatures(ctx)
	if err != nil || len(sigs) != 3 {
		t.Fatalf("signatures: %d, %v", len(sigs), err)
	}
	if sg := sigs[1]; sg.ArticleID != a2 || sg.CopyOf != a1 || sg.Similarity != 0.75 || !slices.Equal(sg.MinHash, []uint32{1, 2, 3, 4}) || sg.Published != "2016-12-05" {
		t.Errorf("signature: %+v", sg)
	}
	if sigs[0].MinHash[3] != 0xffffffff || sigs[0].CopyOf != "" {
		t.Errorf("signature: %+v", sigs[0])
	}
	for _, f := range []sitrep.IncidentFilter{{}, {Country: "syr"}, {Query: "shelled"}, {From: sitrep.NewDate(2016, 12, 7), To: sitrep.NewDate(2016, 12, 7)}} {
		ins, next, err := s.FindIncidents(ctx, f)
		if err != nil || len(ins) != 1 || next != "" {
			t.Fatalf("incidents %+v: %d, %v", f, len(ins), err)
		}
		in := ins[0]
		if in.ID != id || in.EventCount != 1 || in.ArticleCount != 1 || in.Place == nil || in.Place.Name != "Aleppo" ||
			!slices.Equal(in.Actors, []string{"syrian_army"}) || in.Events != nil {
			t.Errorf("incident summary: %+v", in)
		}
	}
	for _, f := range []sitrep.IncidentFilter{{Country: "IRQ"}, {Root: "04"}, {From: sitrep.NewDate(2017, 1, 1)}} {
		if ins, _, err := s.FindIncidents(ctx, f); err != nil || len(ins) != 0 {
			t.Errorf("incidents %+v: %d, %v", f, len(ins), err)
		}
	}
	in, err := s.FindIncident(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Events) != 1 || in.Events[0].IncidentID != id || len(in.Claims) != 1 || in.Claims[0].IncidentID != id ||
		len(in.Sources) != 1 || in.Sources[0].ArticleID != a1 || !slices.Equal(in.Sources[0].Copies, []string{a2}) {
		t.Errorf("incident: %+v", in)
	}
	evs, _, _ := s.FindEvents(ctx, sitrep.EventFilter{IncidentID: id})
	if len(evs) != 1 || evs[0].ArticleID != a1 {
		t.Errorf("events of incident: %v", eventArticles(evs))
	}
	if evs, _, _ := s.FindEvents(ctx, sitrep.EventFilter{ArticleID: a2}); len(evs) != 1 || evs[0].CopyOf != a1 {
		t.Errorf("copy's event: %+v", evs)
	}
	// An update keeps the records attached before and recounts.
	upd := &sitrep.Reconciliation{Incidents: []sitrep.Incident{{ID: id, Title: "Shelling", Root: "19", PLOVER: "ASSAULT",
		From: "2016-12-05", To: "2016-12-07", Actors: []string{"syrian_army", "john_kerry"},
		Events: []sitrep.EventRecord{{ID: pending[1].EventIDs[0]}}}}}
	if err := s.SaveReconciliation(ctx, upd); err != nil {
		t.Fatal(err)
	}
	if in, err = s.FindIncident(ctx, id); err != nil || in.EventCount != 2 || in.ArticleCount != 2 || in.Title != "Shelling" || in.Place != nil {
		t.Errorf("updated incident: %+v, %v", in, err)
	}
	_, err = s.FindIncident(ctx, id+1000)
	wantCode(t, "unknown incident", err, sitrep.ENOTFOUND)
	err = s.SaveReconciliation(ctx, &sitrep.Reconciliation{Incidents: []sitrep.Incident{{ID: id + 1000, Actors: []string{}}}})
	wantCode(t, "update of unknown incident", err, sitrep.EINVALID)
	err = s.SaveReconciliation(ctx, &sitrep.Reconciliation{Incidents: []sitrep.Incident{{Actors: []string{}, Events: []sitrep.EventRecord{{ID: 1 << 40}}}}})
	wantCode(t, "unknown event", err, sitrep.EINVALID)
	if ins, _, _ := s.FindIncidents(ctx, sitrep.IncidentFilter{}); len(ins) != 1 {
		t.Errorf("a failed reconciliation left %d incidents, want 1", len(ins))
	}
}

// testConcurrentSaves saves the same reports from several goroutines, in
// overlapping batches, as workers that redeliver messages do: every report
// is stored once.
func testConcurrentSaves(t *testing.T, s sitrep.Store) {
	ctx := context.Background()
	rs := Many(60)
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		added int
	)
	for g := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < len(rs); i += 10 {
				batch := rs[(i+g*10)%len(rs) : (i+g*10)%len(rs)+10]
				n, err := s.SaveReports(ctx, batch)
				if err != nil {
					t.Error(fmt.Errorf("goroutine %d: %w", g, err))
					return
				}
				mu.Lock()
				added += n
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	_, total, err := s.FindArticles(ctx, sitrep.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if added != len(rs) || total != len(rs) {
		t.Errorf("added %d, stored %d, want %d", added, total, len(rs))
	}
	evs, _, _ := s.FindEvents(ctx, sitrep.EventFilter{Limit: sitrep.MaxLimit})
	if len(evs) != len(rs) {
		t.Errorf("%d events for %d reports", len(evs), len(rs))
	}
}
