package storetest

import (
	"context"
	"slices"
	"testing"

	"sitrep"
)

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
