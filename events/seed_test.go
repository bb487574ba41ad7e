package events_test

import (
	"os"
	"strings"
	"sync"
	"testing"

	"sitrep"
	"sitrep/events"
	"sitrep/parse"
	"sitrep/pipeline"
	"sitrep/postag"
	"sitrep/resolve"
)

// seedPath is the reference article, published 2016-12-08. It is
// third-party text: read in place, never copied into the repository.
const seedPath = "../../shared/seed/000_f90468803bcaac1f.txt"

var (
	analyzeOnce sync.Once
	analyzer    *pipeline.Pipeline
	analyzeErr  error
)

// mustAnalyze runs every stage before event coding on body.
func mustAnalyze(tb testing.TB, body string, published sitrep.Date) *sitrep.Report {
	tb.Helper()
	analyzeOnce.Do(func() {
		t, err := postag.Default()
		if err != nil {
			analyzeErr = err
			return
		}
		p, err := parse.Default()
		if err != nil {
			analyzeErr = err
			return
		}
		res, err := resolve.Default()
		if err != nil {
			analyzeErr = err
			return
		}
		analyzer = pipeline.New(pipeline.Segment, pipeline.Analyze(t, p), pipeline.Times, pipeline.Mentions(res))
	})
	if analyzeErr != nil {
		tb.Fatal(analyzeErr)
	}
	return analyzer.Run(sitrep.Article{Body: body, Published: published})
}

func mustSeed(tb testing.TB) (*sitrep.Report, []sitrep.Event) {
	tb.Helper()
	b, err := os.ReadFile(seedPath)
	if err != nil {
		tb.Skipf("reference article absent: %v", err)
	}
	r := mustAnalyze(tb, string(b), sitrep.NewDate(2016, 12, 8))
	return r, events.Code(r.Article.Body, r.Sentences, r.Mentions, r.Times, r.Article.Published)
}

// find returns the events whose text contains frag and whose root is one
// of roots.
func find(evs []sitrep.Event, frag string, roots ...string) []sitrep.Event {
	var out []sitrep.Event
	for _, e := range evs {
		if !strings.Contains(e.Text, frag) {
			continue
		}
		for _, r := range roots {
			if e.Root == r {
				out = append(out, e)
			}
		}
	}
	return out
}

func TestSeed(t *testing.T) {
	r, evs := mustSeed(t)
	for _, e := range evs {
		t.Logf("%s %s %s %q -> %q %q", e.CAMEO, e.Mode, e.Date, refText(e.Source), refText(e.Target), e.Text)
	}
	t.Run("CeaseFireCall", func(t *testing.T) {
		got := find(evs, "called", "02")
		countries := map[string]bool{}
		for _, e := range got {
			if e.Mode == events.Asserted && e.Source != nil && e.Source.Actor != nil {
				countries[e.Source.Actor.Country] = true
			}
		}
		if !countries["USA"] {
			t.Errorf("no asserted 02 call by the USA: %v", got)
		}
		if len(countries) < 2 {
			t.Errorf("call has sources %v, want the six countries", countries)
		}
	})
	t.Run("Condemn", func(t *testing.T) {
		got := find(evs, "condemned", "11")
		if len(got) == 0 {
			t.Fatal("no 11 event for the condemnation")
		}
		if tg := got[0].Target; tg == nil || tg.Actor == nil || tg.Actor.Country != "RUS" {
			t.Errorf("condemnation target = %v, want Russia", tg)
		}
	})
	t.Run("Meeting", func(t *testing.T) {
		got := find(evs, "Lavrov met", "04")
		if len(got) == 0 {
			t.Fatal("no 04 event for the Kerry-Lavrov meeting")
		}
		pair := refText(got[0].Source) + " " + refText(got[0].Target)
		if !strings.Contains(pair, "Kerry") && !strings.Contains(pair, "Lavrov") {
			t.Errorf("meeting between %q", pair)
		}
	})
	t.Run("Ignored", func(t *testing.T) {
		if len(find(evs, "ignored", "12")) == 0 {
			t.Error("no 12 event for ignoring the rebel proposal")
		}
	})
	t.Run("Rejected", func(t *testing.T) {
		if len(find(evs, "rejected", "12")) == 0 {
			t.Error("no 12 event for rejecting the UN proposal")
		}
	})
	t.Run("Capture", func(t *testing.T) {
		if len(find(evs, "captured", "19", "18")) == 0 {
			t.Error("no 19 event for the capture of neighbourhoods")
		}
	})
	t.Run("Bombardment", func(t *testing.T) {
		if len(find(evs, "bombardment", "19", "18")) == 0 {
			t.Error("no 19 event for the bombardment")
		}
	})
	t.Run("NotHitting", func(t *testing.T) {
		for _, e := range find(evs, "not hitting", "18", "19", "20") {
			if e.Mode == events.Asserted {
				t.Errorf("negated attack coded as asserted: %+v", e)
			}
		}
	})
	t.Run("Spans", func(t *testing.T) {
		body := []rune(r.Article.Body)
		for _, e := range evs {
			if string(body[e.Start:e.End]) != e.Text {
				t.Errorf("span %d-%d gives %q, text %q", e.Start, e.End, string(body[e.Start:e.End]), e.Text)
			}
			for _, ref := range []*sitrep.Ref{e.Source, e.Target} {
				if ref != nil && string(body[ref.Start:ref.End]) != ref.Text {
					t.Errorf("ref span %d-%d gives %q, text %q", ref.Start, ref.End, string(body[ref.Start:ref.End]), ref.Text)
				}
			}
			if e.Date == "" || e.DatePrecision == "" {
				t.Errorf("event without date: %+v", e)
			}
		}
	})
}

func refText(r *sitrep.Ref) string {
	if r == nil {
		return ""
	}
	return r.Text
}

// TestHyphenatedSource checks that a source phrase keeps the whole of a
// hyphenated modifier ("US-led strikes", not "led strikes"), whatever the
// parser makes of the hyphen.
func TestHyphenatedSource(t *testing.T) {
	body := "US-led strikes on Syria killed 35 fighters on Saturday."
	r := mustAnalyze(t, body, sitrep.NewDate(2014, 10, 4))
	evs := events.Code(r.Article.Body, r.Sentences, r.Mentions, r.Times, r.Article.Published)
	found := false
	for _, e := range evs {
		if e.Root != "19" {
			continue
		}
		found = true
		if got := refText(e.Source); got != "US-led strikes" {
			t.Errorf("source %q, want %q", got, "US-led strikes")
		}
	}
	if !found {
		t.Errorf("no 19 event in %q", body)
	}
}
