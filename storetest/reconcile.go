package storetest

import (
	"context"
	"slices"
	"testing"

	"sitrep"
)

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
