package read

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep"
)

func TestNumericDate(t *testing.T) {
	d := sitrep.NewDate
	for _, c := range []struct {
		in   string
		a, b sitrep.Date
		n    int
	}{
		{"25/12/2016", d(2016, 12, 25), d(2016, 12, 25), 1},
		{"12/25/2016", d(2016, 12, 25), d(2016, 12, 25), 1},
		{"10/4/2016", d(2016, 10, 4), d(2016, 4, 10), 2},
		{"4/4/2016", d(2016, 4, 4), d(2016, 4, 4), 1},
		{"4.10.2016", d(2016, 10, 4), d(2016, 10, 4), 1},
		{"2016/10/04", d(2016, 10, 4), d(2016, 10, 4), 1},
		{"10-4-2016", d(2016, 10, 4), d(2016, 4, 10), 2},
		{"31/2/2016", sitrep.Date{}, sitrep.Date{}, 0},
		{"10/4/16", sitrep.Date{}, sitrep.Date{}, 0},
		{"10/4-2016", sitrep.Date{}, sitrep.Date{}, 0},
		{"1/2/3/2016", sitrep.Date{}, sitrep.Date{}, 0},
		{"10/4/20166", sitrep.Date{}, sitrep.Date{}, 0},
		{"", sitrep.Date{}, sitrep.Date{}, 0},
	} {
		a, b, n := numericDate(c.in)
		if n != c.n || n > 0 && (a != c.a || b != c.b) {
			t.Errorf("numericDate(%q) = %v, %v, %d; want %v, %v, %d", c.in, a, b, n, c.a, c.b, c.n)
		}
	}
}

// TestAmbiguousPublished checks that a date such as 10/4/2016 in the
// metadata is settled by the date the text carries, else read month first
// with a diagnostic.
func TestAmbiguousPublished(t *testing.T) {
	lines := strings.Join([]string{
		`{"body":"Talks resumed on 10 April 2016 in Geneva.","published":"10/4/2016"}`,
		`{"body":"Talks resumed on Monday in Geneva.","published":"10/4/2016"}`,
		`{"body":"Talks resumed in Geneva.","published":"25/12/2016"}`,
	}, "\n")
	path := filepath.Join(t.TempDir(), "a.jsonl")
	if err := os.WriteFile(path, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	items := readAll(t, path)
	if len(items) != 3 {
		t.Fatalf("items %d, want 3", len(items))
	}
	for i, w := range []struct {
		date  sitrep.Date
		diags int
	}{
		{sitrep.NewDate(2016, 4, 10), 0},
		{sitrep.NewDate(2016, 10, 4), 1},
		{sitrep.NewDate(2016, 12, 25), 0},
	} {
		it := items[i]
		if it.Article.Published != w.date || it.Article.PublishedInferred || len(it.Diagnostics) != w.diags {
			t.Errorf("item %d: published %v (inferred %v), diagnostics %v; want %v and %d diagnostics",
				i+1, it.Article.Published, it.Article.PublishedInferred, it.Diagnostics, w.date, w.diags)
		}
	}
}

func FuzzNumericDate(f *testing.F) {
	for _, s := range []string{"10/4/2016", "25.12.2016", "2016/10/04", "1/1/1", "99999/1/1", "//"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, b, n := numericDate(s)
		switch {
		case n == 0 && (!a.IsZero() || !b.IsZero()):
			t.Errorf("%q: no date but readings %v %v", s, a, b)
		case n == 1 && a != b, n == 2 && a == b:
			t.Errorf("%q: n %d with readings %v %v", s, n, a, b)
		case n > 0 && (a.IsZero() || b.IsZero()):
			t.Errorf("%q: n %d with a zero reading", s, n)
		}
	})
}

// TestAmbiguousPublishedHTML checks the same for a page's metadata: the
// text settles the date, and a clear date in a later tag counts only when
// it is one of the two readings.
func TestAmbiguousPublishedHTML(t *testing.T) {
	body := "<p>Talks resumed on 10 April 2016 in Geneva, where envoys met for a second day and agreed on a timetable for the next round.</p>"
	page := func(metas string) string {
		return "<html><head><title>Talks</title>" + metas + "</head><body><article>" + body + body + "</article></body></html>"
	}
	dir := t.TempDir()
	for _, c := range []struct {
		name, metas string
		want        sitrep.Date
	}{
		{"text", `<meta property="article:published_time" content="10/4/2016">`, sitrep.NewDate(2016, 4, 10)},
		{"later reading", `<meta property="article:published_time" content="10/4/2016"><meta name="date" content="2016-10-04">`, sitrep.NewDate(2016, 10, 4)},
		{"later other", `<meta property="article:published_time" content="10/4/2016"><meta name="date" content="2015-01-03">`, sitrep.NewDate(2016, 4, 10)},
	} {
		path := filepath.Join(dir, c.name+".html")
		if err := os.WriteFile(path, []byte(page(c.metas)), 0o644); err != nil {
			t.Fatal(err)
		}
		items := readAll(t, path)
		if len(items) != 1 || items[0].Err != nil {
			t.Fatalf("%s: items %+v", c.name, items)
		}
		if got := items[0].Article.Published; got != c.want {
			t.Errorf("%s: published %v, want %v", c.name, got, c.want)
		}
	}
}

// readAll reads the one input at path with default options.
func readAll(t *testing.T, path string) []Item {
	t.Helper()
	r := New(Options{})
	ins, err := r.Expand([]string{path})
	if err != nil || len(ins) != 1 {
		t.Fatalf("Expand(%s): %v, %v", path, ins, err)
	}
	items, err := r.All(context.Background(), ins[0])
	if err != nil {
		t.Fatal(err)
	}
	return items
}
