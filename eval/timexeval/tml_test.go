package timexeval_test

import (
	"strings"
	"testing"

	"sitrep"
	"sitrep/eval/timexeval"
)

const doc = `<?xml version="1.0" ?>
<TimeML>
<DOCID>d1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2016-12-08T10:00:00" functionInDocument="CREATION_TIME">Dec 8</TIMEX3></DCT>
<TEXT>
Café owners said on <TIMEX3 tid="t1" type="DATE" value="2016-12-07">Wednesday</TIMEX3> that <EVENT eid="e1">trade</EVENT> had fallen &amp; stayed low for <TIMEX3 tid="t2" type="DURATION" value="P3W">three weeks</TIMEX3>. They expect a recovery <TIMEX3 tid="t3" type="DATE" value="FUTURE_REF">in due course</TIMEX3>.
</TEXT>
</TimeML>
`

func TestReadTML(t *testing.T) {
	d, err := timexeval.ReadTML("d1.tml", strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	if d.DCT != sitrep.NewDate(2016, 12, 8) {
		t.Errorf("DCT %s", d.DCT)
	}
	if strings.Contains(d.Text, "<") || !strings.Contains(d.Text, "fallen & stayed") {
		t.Errorf("text %q", d.Text)
	}
	want := []string{"Wednesday DATE 2016-12-07", "three weeks DURATION P3W", "in due course DATE FUTURE_REF"}
	if len(d.Gold) != len(want) {
		t.Fatalf("gold %+v", d.Gold)
	}
	runes := []rune(d.Text)
	for i, g := range d.Gold {
		if got := g.Text + " " + g.Type + " " + g.Value; got != want[i] {
			t.Errorf("gold %d = %q, want %q", i, got, want[i])
		}
		if s := string(runes[g.Start:g.End]); s != g.Text {
			t.Errorf("span of %q quotes %q", g.Text, s)
		}
	}
}

func TestRun(t *testing.T) {
	d, err := timexeval.ReadTML("d1.tml", strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	r := timexeval.Evaluator{}.Run([]timexeval.Doc{d})
	// "Wednesday" and "three weeks" are found exactly; "in due course" is
	// missed.
	if r.Gold != 3 || r.System != 2 || r.Strict != 2 || r.Relaxed != 2 || r.ValueOK != 2 {
		t.Fatalf("counts %+v", r)
	}
	if r.StrictP != 1 || r.RelaxedR != 2.0/3 {
		t.Errorf("P %v R %v", r.StrictP, r.RelaxedR)
	}
	if want := r.ValueAcc * r.RelaxedF1; r.ValueF1 != want || r.ValueF1 != 0.8 {
		t.Errorf("value F1 %v, want %v = 0.8", r.ValueF1, want)
	}
	if len(r.Errors) != 1 || r.Errors[0].Gold == nil || r.Errors[0].Gold.Text != "in due course" {
		t.Errorf("errors %+v", r.Errors)
	}
}

func TestRunSplitSeam(t *testing.T) {
	d, _ := timexeval.ReadTML("d1.tml", strings.NewReader(doc))
	called := false
	e := timexeval.Evaluator{Split: func(s string) []sitrep.Sentence {
		called = true
		return timexeval.SimpleSplit(s)
	}}
	e.Run([]timexeval.Doc{d})
	if !called {
		t.Error("Split not used")
	}
}

func TestSimpleSplit(t *testing.T) {
	text := "The talks began on Dec. 5 in Geneva. Mr. Smith spoke! \"We wait,\" he said.\n\nNew paragraph"
	var got []string
	runes := []rune(text)
	for _, s := range timexeval.SimpleSplit(text) {
		got = append(got, string(runes[s.Start:s.End]))
	}
	want := []string{"The talks began on Dec. 5 in Geneva.", "Mr. Smith spoke!", "\"We wait,\" he said.", "New paragraph"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q", got)
	}
}
