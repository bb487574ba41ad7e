package plovereval_test

import (
	"strings"
	"testing"

	"sitrep"
	"sitrep/eval/plovereval"
)

const gsr = `{"id": "A-1", "date": "2000-01-01", "source": [{"actorText": "Hungary", "code": "HUN"}], "target": [{"actorText": "U.N.", "code": "IGO", "sector": "GOV"}], "event": "AGREE", "text": "Hungary will support the U.N."}
{"id": "A-2", "date": "2000-01-01", "source": [{"actorText": "Serbia", "code": "SRB"}], "target": "", "event": "FIGHT", "text": "Serbia shelled the town."}
`

func TestRead(t *testing.T) {
	recs, err := plovereval.Read(strings.NewReader(gsr))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 || recs[0].Source[0] != "HUN" || recs[0].Target[0] != "IGO" || recs[1].Target != nil || recs[1].Event != "FIGHT" {
		t.Errorf("got %+v", recs)
	}
	if _, err := plovereval.Read(strings.NewReader("{bad\n")); err == nil {
		t.Error("no error on bad JSON")
	}
}

func TestGSRType(t *testing.T) {
	tests := []struct {
		e    sitrep.Event
		want string
	}{
		{sitrep.Event{PLOVER: "REQUEST", Root: "02", Quad: 1}, "DEMAND"},
		{sitrep.Event{PLOVER: "ACCUSE", Root: "11", Quad: 3}, "DISAPPROVE"},
		{sitrep.Event{PLOVER: "ACCUSE", Root: "09", Quad: 3}, "INVESTIGATE"},
		{sitrep.Event{PLOVER: "ASSAULT", Root: "19", Quad: 4}, "FIGHT"},
		{sitrep.Event{PLOVER: "ASSAULT", Root: "18", Quad: 4}, "ASSAULT"},
		{sitrep.Event{PLOVER: "SUPPORT", Root: "05", Quad: 1, Mode: "future"}, "AGREE"},
		{sitrep.Event{PLOVER: "ASSAULT", Root: "19", Quad: 4, Mode: "future"}, "THREATEN"},
		{sitrep.Event{PLOVER: "AID", Root: "07", Quad: 2, Mode: "negated"}, "REJECT"},
		{sitrep.Event{PLOVER: "RETREAT", CAMEO: "0813", Root: "08", Quad: 2}, "RETREAT"}, // as the shipped CAMEO2PLOVER map has it
	}
	for _, tt := range tests {
		if got := plovereval.GSRType(tt.e); got != tt.want {
			t.Errorf("GSRType(%+v) = %s, want %s", tt.e, got, tt.want)
		}
	}
}

func TestRun(t *testing.T) {
	recs, err := plovereval.Read(strings.NewReader(gsr))
	if err != nil {
		t.Fatal(err)
	}
	code := func(text string, _ sitrep.Date) []sitrep.Event {
		if strings.HasPrefix(text, "Hungary") {
			return []sitrep.Event{{PLOVER: "SUPPORT", Root: "05", Quad: 1, Mode: "future",
				Source: &sitrep.Ref{Text: "Hungary", Actor: &sitrep.Actor{Country: "HUN"}},
				Target: &sitrep.Ref{Text: "the U.N.", Actor: &sitrep.Actor{Sector: "IGO"}}}}
		}
		return nil
	}
	r := plovereval.Evaluator{Code: code}.Run(recs)
	if r.N != 2 || r.EventAcc != 0.5 || r.SourceAcc != 0.5 || r.TargetAcc != 1 || len(r.Errors) != 1 {
		t.Errorf("got %+v", r)
	}
}

func TestMainEventIsThePurpose(t *testing.T) {
	recs := []plovereval.Record{{ID: "P-1", Text: "x", Event: "DISAPPROVE"}, {ID: "P-2", Text: "y", Event: "AGREE"}}
	nga := &sitrep.Ref{Text: "Nigeria", Actor: &sitrep.Actor{Country: "NGA"}}
	code := func(text string, _ sitrep.Date) []sitrep.Event {
		if text == "x" {
			// "summoned the ambassador to complain": the meeting serves
			// the complaint.
			return []sitrep.Event{
				{PLOVER: "CONSULT", Root: "04", Mode: "asserted", Source: nga, Text: "Nigeria summoned the ambassador"},
				{PLOVER: "ACCUSE", Root: "11", Mode: "asserted", Source: nga, Text: "to complain of inaction"},
			}
		}
		// "agreed to allow access": the agreement is the event.
		return []sitrep.Event{
			{PLOVER: "AGREE", Root: "03", Mode: "asserted", Source: nga, Text: "Nigeria agreed"},
			{PLOVER: "CONCEDE", Root: "08", Mode: "asserted", Source: nga, Text: "to allow access"},
		}
	}
	r := plovereval.Evaluator{Code: code}.Run(recs)
	if r.EventAcc != 1 {
		t.Errorf("got %+v", r.Errors)
	}
}
