package reconcile_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"sitrep"
	"sitrep/reconcile"
	"sitrep/sqlite"
)

func MustOpenDB(tb testing.TB) *sqlite.DB {
	tb.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "test.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

var kramatorsk = &sitrep.Place{Name: "Kramatorsk", Country: "UKR", Lat: 48.72, Lon: 37.56, Precision: "city"}

// strike builds a report of a missile strike with one event and one claim.
func strike(source, published, date, body string, killed int64, place *sitrep.Place) *sitrep.Report {
	a := sitrep.Article{ID: sitrep.ArticleID(body), Title: source + " report", Body: body, Source: source}
	a.Published, _ = sitrep.ParseDate(published)
	r := sitrep.NewReport(a)
	r.Sentences = []sitrep.Sentence{{Span: sitrep.Span{Start: 0, End: len([]rune(body))}}}
	r.Events = []sitrep.Event{{
		CAMEO: "195", Root: "19", Quad: 4, Goldstein: -10, PLOVER: "ASSAULT",
		Source: &sitrep.Ref{Text: "Russian forces", Actor: &sitrep.Actor{Country: "RUS", Sector: "MIL"}},
		Target: &sitrep.Ref{Text: "civilians", Actor: &sitrep.Actor{Country: "UKR", Sector: "CVL"}},
		Place:  place, Date: date, Span: sitrep.Span{Start: 0, End: 10}, Text: body[:10], Confidence: 0.8,
	}}
	r.Claims = []sitrep.Claim{{Kind: "killed", Min: killed, Who: "people", Source: &sitrep.Ref{Text: source},
		Span: sitrep.Span{Start: 0, End: 10}, Text: body[:10]}}
	return r
}

const bodyA = `A missile struck the crowded railway station in Kramatorsk on Friday morning, killing at least 50 people who were waiting to be evacuated, regional officials said. Hundreds of people had gathered on the platforms hoping to board trains to the west. Photographs showed bodies lying beside abandoned luggage and the remains of a rocket with the words "for the children" painted on its side.`

const bodyB = `Ukrainian authorities said 52 civilians died when a rocket hit the train station of the eastern city of Kramatorsk, where thousands were trying to flee ahead of an expected offensive. Moscow denied responsibility. Rescue workers said the toll could rise as dozens of wounded were taken to hospitals.`

func TestRun(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	copyA := strings.Replace(bodyA, "regional officials said", "regional officials told the Harbor Post", 1)
	reports := []*sitrep.Report{
		strike("Ledger", "2022-04-08", "2022-04-08", bodyA, 50, kramatorsk),
		strike("Harbor Post", "2022-04-09", "2022-04-08", copyA, 50, kramatorsk),
		strike("Courier", "2022-04-09", "", bodyB, 52, &sitrep.Place{Name: "Kramatorsk", Country: "UKR", Lat: 48.74, Lon: 37.58, Precision: "city"}),
		strike("Gazette", "2022-04-08", "2022-04-08", "An air strike hit a market in Aleppo, killing twelve people, activists said on Friday.", 12,
			&sitrep.Place{Name: "Aleppo", Country: "SYR", Lat: 36.2, Lon: 37.16, Precision: "city"}),
	}
	if _, err := db.SaveReports(ctx, reports); err != nil {
		t.Fatal(err)
	}
	st, err := reconcile.Run(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 4 || st.Copies != 1 || st.Incidents != 2 || st.Merged != 1 || st.Claims != 3 {
		t.Fatalf("stats: %+v", st)
	}
	incs, _, err := db.FindIncidents(ctx, sitrep.IncidentFilter{Country: "UKR"})
	if err != nil || len(incs) != 1 {
		t.Fatalf("UKR incidents: %v, %v", incs, err)
	}
	in, err := db.FindIncident(ctx, incs[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(in.Sources), 2; got != want {
		t.Fatalf("sources %d, want %d: %+v", got, want, in.Sources)
	}
	if got := in.Sources[0].Copies; len(got) != 1 || got[0] != reports[1].Article.ID {
		t.Fatalf("copies of the first source %v, want the Harbor Post copy", got)
	}
	if in.EventCount != 2 || in.ArticleCount != 2 || in.From != "2022-04-08" || in.To != "2022-04-09" {
		t.Fatalf("incident summary: %+v", in)
	}
	var figures []int64
	for _, c := range in.Claims {
		figures = append(figures, c.Min)
	}
	if len(figures) != 2 || figures[0] != 50 || figures[1] != 52 {
		t.Fatalf("figures side by side %v, want [50 52]", figures)
	}

	t.Run("Incremental", func(t *testing.T) {
		st, err := reconcile.Run(ctx, db)
		if err != nil || st.Articles != 0 {
			t.Fatalf("second run: %+v, %v", st, err)
		}
		late := strike("Wire", "2022-04-10", "2022-04-08", "The death toll from the Kramatorsk station attack rose to 57, the governor said on Sunday.", 57, kramatorsk)
		if _, err := db.SaveReports(ctx, []*sitrep.Report{late}); err != nil {
			t.Fatal(err)
		}
		if st, err = reconcile.Run(ctx, db); err != nil || st.Articles != 1 || st.Merged != 1 || st.Incidents != 0 {
			t.Fatalf("third run: %+v, %v", st, err)
		}
		in, err := db.FindIncident(ctx, incs[0].ID)
		if err != nil || in.ArticleCount != 3 || len(in.Claims) != 3 {
			t.Fatalf("after the late report: %+v, %v", in, err)
		}
	})
}

func TestRun_ClaimsOnly(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	figures := strike("Lantern", "2022-04-09", "", "Hospitals in Kramatorsk said 39 of the dead had been identified by Saturday evening.", 39, kramatorsk)
	figures.Events = nil
	figures.Claims[0].Place = kramatorsk
	far := strike("Lantern", "2022-04-09", "", "In Lviv, far to the west, officials counted 7 dead after a separate strike.", 7,
		&sitrep.Place{Name: "Lviv", Country: "UKR", Lat: 49.84, Lon: 24.03, Precision: "city"})
	far.Events = nil
	far.Claims[0].Place = &sitrep.Place{Name: "Lviv", Country: "UKR", Lat: 49.84, Lon: 24.03, Precision: "city"}
	if _, err := db.SaveReports(ctx, []*sitrep.Report{strike("Ledger", "2022-04-08", "2022-04-08", bodyA, 50, kramatorsk)}); err != nil {
		t.Fatal(err)
	}
	if _, err := reconcile.Run(ctx, db); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveReports(ctx, []*sitrep.Report{figures, far}); err != nil {
		t.Fatal(err)
	}
	st, err := reconcile.Run(ctx, db)
	if err != nil || st.Claims != 1 || st.Incidents != 0 {
		t.Fatalf("stats %+v, %v; want the Kramatorsk figure attached, the Lviv one not", st, err)
	}
	incs, _, err := db.FindIncidents(ctx, sitrep.IncidentFilter{})
	if err != nil || len(incs) != 1 {
		t.Fatalf("incidents %v, %v", incs, err)
	}
	in, err := db.FindIncident(ctx, incs[0].ID)
	if err != nil || len(in.Claims) != 2 || len(in.Sources) != 2 || in.ArticleCount != 2 {
		t.Fatalf("incident %+v, %v", in, err)
	}
}

func TestSimilarity(t *testing.T) {
	a := reconcile.MinHash(bodyA)
	if got := reconcile.Similarity(a, reconcile.MinHash(strings.ToUpper(bodyA))); got != 1 {
		t.Errorf("case-only change: %.2f, want 1", got)
	}
	if got := reconcile.Similarity(a, reconcile.MinHash(bodyB)); got >= reconcile.CopyThreshold {
		t.Errorf("independent reports: %.2f, want below %.2f", got, reconcile.CopyThreshold)
	}
}
