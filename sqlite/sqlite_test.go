package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"sitrep"
	"sitrep/sqlite"
)

// MustOpenDB opens a database in a temporary directory, closed at cleanup.
func MustOpenDB(tb testing.TB) *sqlite.DB {
	tb.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "test.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

func report(title, body, published string) *sitrep.Report {
	a := sitrep.Article{ID: sitrep.ArticleID(body), Title: title, Body: body}
	if published != "" {
		a.Published, _ = sitrep.ParseDate(published)
	}
	r := sitrep.NewReport(a)
	r.Sentences = []sitrep.Sentence{{Span: sitrep.Span{Start: 0, End: len([]rune(body))}}}
	return r
}

func TestSaveReports(t *testing.T) {
	ctx := context.Background()
	t.Run("OK", func(t *testing.T) {
		db := MustOpenDB(t)
		rs := []*sitrep.Report{
			report("Truce talks resume", "Envoys met in Geneva on Monday.", "2016-12-05"),
			report("Convoy reaches town", "Aid trucks arrived in Madaya.", "2016-01-11"),
		}
		got, err := db.SaveReports(ctx, rs)
		if err != nil {
			t.Fatal(err)
		}
		if got != 2 {
			t.Fatalf("added %d, want 2", got)
		}
		// The same batch again adds nothing.
		if got, err = db.SaveReports(ctx, rs); err != nil || got != 0 {
			t.Fatalf("second save added %d (err %v), want 0", got, err)
		}
		n, err := db.CountArticles(ctx)
		if err != nil || n != 2 {
			t.Fatalf("count %d (err %v), want 2", n, err)
		}
		r, err := db.FindReport(ctx, rs[0].Article.ID)
		if err != nil {
			t.Fatal(err)
		}
		if r.Article.Title != "Truce talks resume" || r.Article.Published.String() != "2016-12-05" || len(r.Sentences) != 1 {
			t.Fatalf("report round trip: %+v", r)
		}
		if r.Events == nil || r.Quotes == nil {
			t.Fatal("lists should be empty, not nil")
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		db := MustOpenDB(t)
		_, err := db.SaveReports(ctx, []*sitrep.Report{{}})
		if got, want := sitrep.ErrorCode(err), sitrep.EINVALID; got != want {
			t.Fatalf("code %q, want %q", got, want)
		}
	})
}

func TestFindReport_ErrNotFound(t *testing.T) {
	db := MustOpenDB(t)
	_, err := db.FindReport(context.Background(), "nope")
	if got, want := sitrep.ErrorCode(err), sitrep.ENOTFOUND; got != want {
		t.Fatalf("code %q, want %q", got, want)
	}
}

func TestFindArticles(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	_, err := db.SaveReports(ctx, []*sitrep.Report{
		report("Truce talks resume", "Envoys met in Geneva on Monday to discuss a cease-fire.", "2016-12-05"),
		report("Convoy reaches town", "Aid trucks arrived in Madaya after a long siege.", "2016-01-11"),
		report("Protesters fill square", "Thousands marched in Yangon against the coup.", "2021-02-08"),
		report("Undated note", "A cease-fire was mentioned without a date.", ""),
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		filter sitrep.ArticleFilter
		want   []string
	}{
		{"All", sitrep.ArticleFilter{}, []string{"Protesters fill square", "Truce talks resume", "Convoy reaches town", "Undated note"}},
		{"From", sitrep.ArticleFilter{From: sitrep.NewDate(2016, 6, 1)}, []string{"Protesters fill square", "Truce talks resume"}},
		{"FromTo", sitrep.ArticleFilter{From: sitrep.NewDate(2016, 1, 1), To: sitrep.NewDate(2016, 12, 31)}, []string{"Truce talks resume", "Convoy reaches town"}},
		{"Query", sitrep.ArticleFilter{Query: "cease-fire"}, []string{"Truce talks resume", "Undated note"}},
		{"QueryTitle", sitrep.ArticleFilter{Query: "convoy"}, []string{"Convoy reaches town"}},
		{"QueryInjection", sitrep.ArticleFilter{Query: `siege" OR "coup`}, nil},
		{"Limit", sitrep.ArticleFilter{Limit: 1}, []string{"Protesters fill square"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, total, err := db.FindArticles(ctx, tt.filter)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, a := range arts {
				got = append(got, a.Title)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("got %q, want %q", got, tt.want)
				}
			}
			if tt.filter.Limit == 0 && total != len(tt.want) {
				t.Fatalf("total %d, want %d", total, len(tt.want))
			}
		})
	}
	t.Run("ErrInvalidQuery", func(t *testing.T) {
		_, _, err := db.FindArticles(ctx, sitrep.ArticleFilter{Query: "!!!"})
		if got, want := sitrep.ErrorCode(err), sitrep.EINVALID; got != want {
			t.Fatalf("code %q, want %q", got, want)
		}
	})
}

func TestOpen_Reopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "re.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveReports(ctx, []*sitrep.Report{report("A", "Body one.", "")}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if n, _ := db.CountArticles(ctx); n != 1 {
		t.Fatalf("count after reopen %d, want 1", n)
	}
}
