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
