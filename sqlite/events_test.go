package sqlite_test

import (
	"context"
	"fmt"
	"testing"

	"sitrep"
	"sitrep/sqlite"
)

// eventReport returns a report with n events in country, a day apart from
// day 1 of the month, every one with a quote and a claim.
func eventReport(title, country string, lat, lon float64, n int) *sitrep.Report {
	body := fmt.Sprintf("%s: shelling reported, officials said. ", title)
	r := report(title, body, "2016-12-08")
	for i := 0; i < n; i++ {
		r.Events = append(r.Events, sitrep.Event{
			CAMEO: "190", Root: "19", Quad: 4, PLOVER: "ASSAULT",
			Source: &sitrep.Ref{Text: "army", Actor: &sitrep.Actor{ID: "syr_army", Country: "SYR", Sector: "MIL"}},
			Place:  &sitrep.Place{Name: "Town", Country: country, Lat: lat, Lon: lon, Precision: "city"},
			Date:   fmt.Sprintf("2016-12-%02d", i+1), Span: sitrep.Span{Start: 0, End: 8}, Text: "shelling " + title,
		})
	}
	r.Quotes = []sitrep.Quote{{Span: sitrep.Span{Start: 0, End: 5}, Text: "We fled", Direct: true,
		Speaker: &sitrep.Ref{Text: "a resident", Actor: &sitrep.Actor{ID: "resident_" + country}}}}
	r.Claims = []sitrep.Claim{{Kind: "killed", Min: 12, Place: &sitrep.Place{Name: "Town", Country: country}, Text: "12 killed"}}
	return r
}

func TestFindEvents(t *testing.T) {
	t.Run("SetsDrive", testFindEvents)
	t.Run("SetsChecked", func(t *testing.T) {
		// With no set small enough to drive, every set is checked row by
		// row while walking the date index.
		defer func(n int) { sqlite.SmallSet = n }(sqlite.SmallSet)
		sqlite.SmallSet = 0
		testFindEvents(t)
	})
}

func testFindEvents(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	if _, err := db.SaveReports(ctx, []*sitrep.Report{
		eventReport("Aleppo", "SYR", 36.2, 37.16, 5),
		eventReport("Mosul", "IRQ", 36.34, 43.13, 3),
	}); err != nil {
		t.Fatal(err)
	}
	count := func(t *testing.T, f sitrep.EventFilter) int {
		t.Helper()
		evs, _, err := db.FindEvents(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		return len(evs)
	}
	d := func(s string) sitrep.Date { v, _ := sitrep.ParseDate(s); return v }
	for _, tt := range []struct {
		name string
		f    sitrep.EventFilter
		want int
	}{
		{"All", sitrep.EventFilter{}, 8},
		{"Country", sitrep.EventFilter{Country: "syr"}, 5},
		{"Actor", sitrep.EventFilter{Actor: "SYR_ARMY"}, 8},
		{"ActorCountry", sitrep.EventFilter{Actor: "syr"}, 8},
		{"Root", sitrep.EventFilter{Root: "19"}, 8},
		{"OtherRoot", sitrep.EventFilter{Root: "04"}, 0},
		{"PLOVER", sitrep.EventFilter{PLOVER: "assault"}, 8},
		{"Dates", sitrep.EventFilter{From: d("2016-12-02"), To: d("2016-12-03")}, 4},
		{"BBox", sitrep.EventFilter{BBox: &sitrep.BBox{West: 40, South: 30, East: 50, North: 40}}, 3},
		{"Query", sitrep.EventFilter{Query: "Mosul"}, 3},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := count(t, tt.f); got != tt.want {
				t.Fatalf("got %d events, want %d", got, tt.want)
			}
		})
	}
	t.Run("Pages", func(t *testing.T) {
		seen := map[int64]bool{}
		cursor := ""
		last := "9999"
		for pages := 0; ; pages++ {
			evs, next, err := db.FindEvents(ctx, sitrep.EventFilter{Limit: 3, Cursor: cursor, Query: "shelling"})
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range evs {
				if seen[e.ID] || e.Date > last {
					t.Fatalf("event %d repeated or out of order", e.ID)
				}
				seen[e.ID], last = true, e.Date
			}
			if next == "" {
				break
			}
			cursor = next
		}
		if len(seen) != 8 {
			t.Fatalf("paged through %d events, want 8", len(seen))
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		for _, f := range []sitrep.EventFilter{{Cursor: "%%"}, {Limit: -1}, {Limit: sitrep.MaxLimit + 1}, {Query: "!!"}} {
			if _, _, err := db.FindEvents(ctx, f); sitrep.ErrorCode(err) != sitrep.EINVALID {
				t.Errorf("%+v: err %v, want invalid", f, err)
			}
		}
	})
	t.Run("Quotes", func(t *testing.T) {
		qs, _, err := db.FindQuotes(ctx, sitrep.QuoteFilter{Speaker: "resident", Query: "fled"})
		if err != nil || len(qs) != 2 {
			t.Fatalf("quotes %v, %v", qs, err)
		}
		qs, _, err = db.FindQuotes(ctx, sitrep.QuoteFilter{Speaker: "resident_IRQ"})
		if err != nil || len(qs) != 1 || qs[0].Text != "We fled" {
			t.Fatalf("quotes by actor id %v, %v", qs, err)
		}
	})
	t.Run("Claims", func(t *testing.T) {
		cs, _, err := db.FindClaims(ctx, sitrep.ClaimFilter{Kind: "killed", Country: "IRQ"})
		if err != nil || len(cs) != 1 || cs[0].Min != 12 {
			t.Fatalf("claims %v, %v", cs, err)
		}
	})
}
