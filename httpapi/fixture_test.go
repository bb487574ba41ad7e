package httpapi_test

import (
	"context"
	"log/slog"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"sitrep"
	"sitrep/httpapi"
	"sitrep/internal/synth"
	"sitrep/reconcile"
	"sitrep/sqlite"
)

// span returns the code-point span of the first occurrence of sub in body.
func span(body, sub string) sitrep.Span {
	i := strings.Index(body, sub)
	if i < 0 {
		panic("fixture: " + sub + " not in body")
	}
	start := utf8.RuneCountInString(body[:i])
	return sitrep.Span{Start: start, End: start + utf8.RuneCountInString(sub)}
}

// QuoteText is the quote the article view must highlight.
const QuoteText = "We ran when the first rocket hit the platform"

var stationStrike = &sitrep.Place{GeonameID: 704147, Name: "Kramatorsk", Country: "UKR", Admin1: "Donetsk", Lat: 48.72, Lon: 37.56, Precision: "city"}

// strikeReport is a hand-built report with every kind of record, on a body
// with non-ASCII text before the records so offsets must be code points.
func strikeReport(outlet, published, qualifier string, n int64) *sitrep.Report {
	killed := strings.TrimSpace(qualifier + " " + strconv.FormatInt(n, 10))
	body := "Kramatorsk — A rocket struck the railway station in Kramatorsk on Friday, killing " + killed +
		" people, officials said.\n\n“" + QuoteText + ",” said Olena, a teacher from Sloviansk. " +
		"The " + outlet + " could not verify the toll."
	a := sitrep.Article{ID: sitrep.ArticleID(body), Title: "Rocket hits Kramatorsk station (" + outlet + ")", Body: body, Source: outlet}
	a.Published, _ = sitrep.ParseDate(published)
	r := sitrep.NewReport(a)
	s0 := span(body, "Kramatorsk — A rocket")
	s0.End = span(body, "said.").End
	s1 := span(body, "“"+QuoteText)
	s1.End = span(body, "Sloviansk.").End
	s2 := span(body, "The "+outlet)
	s2.End = utf8.RuneCountInString(body)
	r.Sentences = []sitrep.Sentence{{Span: s0}, {Span: s1}, {Span: s2}}
	r.Mentions = []sitrep.Mention{
		{Span: span(body, "Kramatorsk on"), Sentence: 0, Text: "Kramatorsk", Type: "GPE", Place: stationStrike},
		{Span: span(body, "Olena"), Sentence: 1, Text: "Olena", Type: "PERSON"},
	}
	r.Mentions[0].End = r.Mentions[0].Start + len("Kramatorsk")
	r.Times = []sitrep.Time{{Span: span(body, "Friday"), Text: "Friday", Kind: "date", Value: "2022-04-08"}}
	r.Quotes = []sitrep.Quote{{Span: span(body, QuoteText), Sentence: 1, Text: QuoteText, Direct: true, Cue: "said",
		Speaker: &sitrep.Ref{Text: "Olena", Span: span(body, "Olena")}}}
	r.Claims = []sitrep.Claim{{Kind: "killed", Min: n, Qualifier: qualifier, Who: "people", Place: stationStrike,
		Source: &sitrep.Ref{Text: "officials"}, Span: span(body, "killing "+killed+" people"), Text: "killing " + killed + " people"}}
	r.Events = []sitrep.Event{{CAMEO: "195", Root: "19", Quad: 4, Goldstein: -10, PLOVER: "ASSAULT", ACLED: "Explosions/Remote violence",
		Source: &sitrep.Ref{Text: "A rocket", Actor: &sitrep.Actor{Country: "RUS", Sector: "MIL"}},
		Target: &sitrep.Ref{Text: "the railway station", Actor: &sitrep.Actor{Country: "UKR", Sector: "CVL"}},
		Place:  stationStrike, Date: "2022-04-08", Span: s0, Sentence: 0, Text: "A rocket struck the railway station in Kramatorsk", Confidence: 0.9}}
	return r
}

// aleppoReport is an event in another country, to filter away.
func aleppoReport() *sitrep.Report {
	body := "Government aircraft bombed eastern Aleppo on Wednesday, activists said."
	a := sitrep.Article{ID: sitrep.ArticleID(body), Title: "Air strikes on Aleppo", Body: body, Source: "Gazette"}
	a.Published, _ = sitrep.ParseDate("2016-12-08")
	r := sitrep.NewReport(a)
	r.Sentences = []sitrep.Sentence{{Span: sitrep.Span{Start: 0, End: len(body)}}}
	r.Events = []sitrep.Event{{CAMEO: "195", Root: "19", Quad: 4, PLOVER: "ASSAULT",
		Source: &sitrep.Ref{Text: "Government aircraft", Actor: &sitrep.Actor{Country: "SYR", Sector: "MIL"}},
		Place:  &sitrep.Place{Name: "Aleppo", Country: "SYR", Lat: 36.2, Lon: 37.16, Precision: "city"},
		Date:   "2016-12-07", Span: sitrep.Span{Start: 0, End: 45}, Text: body[:45], Confidence: 0.7}}
	return r
}

// Fixture is a reconciled database of three reports: two outlets on the
// Kramatorsk station strike (one incident, figures 50 and 52) and one on
// Aleppo.
type Fixture struct {
	DB      *sqlite.DB
	Reports []*sitrep.Report
}

func MustFixture(tb testing.TB) *Fixture {
	tb.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(tb.TempDir(), "api.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	rs := []*sitrep.Report{
		strikeReport("Northern Ledger", "2022-04-08", "at least", 50),
		strikeReport("Harbor Post", "2022-04-09", "", 52),
		aleppoReport(),
	}
	if _, err := db.SaveReports(ctx, rs); err != nil {
		tb.Fatal(err)
	}
	if _, err := reconcile.Run(ctx, db); err != nil {
		tb.Fatal(err)
	}
	return &Fixture{DB: db, Reports: rs}
}

// MustServer starts the server of db on 127.0.0.1.
func MustServer(tb testing.TB, db *sqlite.DB) *httptest.Server {
	tb.Helper()
	log := slog.New(slog.NewTextHandler(testWriter{tb}, nil))
	ts := httptest.NewServer(httpapi.NewServer(db, log))
	tb.Cleanup(ts.Close)
	return ts
}

type testWriter struct{ tb testing.TB }

func (w testWriter) Write(p []byte) (int, error) {
	w.tb.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

// MustEvents adds n synthetic events (ten per report) to db.
func MustEvents(tb testing.TB, db *sqlite.DB, n int) {
	tb.Helper()
	const batch = 500
	for first := 0; first < n/10; first += batch {
		rs := synth.Reports(1, first, min(batch, n/10-first), 10)
		if _, err := db.SaveReports(context.Background(), rs); err != nil {
			tb.Fatal(err)
		}
	}
}
