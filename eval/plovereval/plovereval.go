// Package plovereval scores sitrep's event coder on the PLOVER gold
// standard records (gsr-*.jsonl): one sentence each, with its PLOVER event
// type and its source and target actors.
//
// For each record the coder's main event (the first with a PLOVER
// category and a source actor, or, when that is an asserted meeting,
// cooperation, mobilization or coercion, the act it was done for: "summoned
// the ambassador to complain") is compared with the gold one: event type accuracy over all
// records, source and target accuracy over the records that name one (a
// match is any coded actor whose country, or sector for international
// actors, equals a gold actor code).
//
// The gold standard uses the PLOVER names of its release (DEMAND,
// DISAPPROVE, INVESTIGATE, FIGHT), sitrep those of CAMEO2PLOVER-2021
// (REQUEST, ACCUSE, ASSAULT); GSRType maps one to the other.
package plovereval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"sitrep"
)

// Record is one gold-standard sentence.
type Record struct {
	ID     string
	Text   string
	Date   sitrep.Date
	Event  string
	Source []string // actor codes: USA, IGO, ...
	Target []string
}

type actorJSON struct {
	Text string `json:"actorText"`
	Code string `json:"code"`
}

type recordJSON struct {
	ID     string          `json:"id"`
	Date   string          `json:"date"`
	Text   string          `json:"text"`
	Event  string          `json:"event"`
	Source json.RawMessage `json:"source"`
	Target json.RawMessage `json:"target"`
}

// ReadFile reads a JSON Lines gold-standard file.
func ReadFile(path string) ([]Record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	recs, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return recs, nil
}

// Read reads gold-standard records, one JSON object a line.
func Read(r io.Reader) ([]Record, error) {
	var out []Record
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	n := 0
	for sc.Scan() {
		n++
		if len(sc.Bytes()) == 0 {
			continue
		}
		var j recordJSON
		if err := json.Unmarshal(sc.Bytes(), &j); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		rec := Record{ID: j.ID, Text: j.Text, Event: j.Event, Source: codes(j.Source), Target: codes(j.Target)}
		rec.Date, _ = sitrep.ParseDate(j.Date)
		out = append(out, rec)
	}
	return out, sc.Err()
}

// codes reads an actor list; "" or a missing field gives none.
func codes(raw json.RawMessage) []string {
	var list []actorJSON
	if json.Unmarshal(raw, &list) != nil {
		return nil
	}
	var out []string
	for _, a := range list {
		if a.Code != "" {
			out = append(out, a.Code)
		}
	}
	return out
}

// GSRType maps an event's PLOVER category to the gold standard's names.
// PLOVER codes intentions and refusals by their kind: a future or
// hypothetical act of cooperation (roots 04-08) is AGREE, of force or
// coercion (15-20) THREATEN, and a negated act of cooperation REJECT.
func GSRType(e sitrep.Event) string {
	if e.Mode == "negated" && e.Quad <= 2 {
		return "REJECT" // refusing to cooperate
	}
	if e.Mode == "future" || e.Mode == "hypothetical" {
		switch e.Quad {
		case 2:
			return "AGREE"
		case 4:
			if e.Root != "14" {
				return "THREATEN"
			}
		}
		if e.Root == "04" || e.Root == "05" {
			return "AGREE"
		}
	}
	switch {
	case e.PLOVER == "REQUEST":
		return "DEMAND"
	case e.PLOVER == "ACCUSE" && e.Root == "09":
		return "INVESTIGATE"
	case e.PLOVER == "ACCUSE":
		return "DISAPPROVE"
	case e.Root == "19" && e.CAMEO != "190":
		// Conventional military force; the generic 190 ("killed",
		// "attacked") is as often an assault on civilians.
		return "FIGHT"
	case e.Root == "16":
		return "SANCTION"
	}
	return e.PLOVER
}

// Evaluator codes each record's text.
type Evaluator struct {
	// Code returns the events of a text published on a date.
	Code func(text string, published sitrep.Date) []sitrep.Event
}

// Result holds the accuracies of a run, fractions in [0,1].
type Result struct {
	N                              int
	EventAcc, SourceAcc, TargetAcc float64
	Sources, Targets               int // records with a gold source, target
	Errors                         []Miss
}

// Miss is a record whose event type was coded wrong.
type Miss struct {
	ID, Text, Want, Got string
	Events              []sitrep.Event // everything coded from the text
}

// Run scores every record.
func (e Evaluator) Run(recs []Record) Result {
	var r Result
	var okEvent, okSource, okTarget int
	for _, rec := range recs {
		r.N++
		evs := e.Code(rec.Text, rec.Date)
		main, ok := mainEvent(evs)
		got := ""
		if ok {
			got = GSRType(main)
		}
		if got == rec.Event {
			okEvent++
		} else {
			r.Errors = append(r.Errors, Miss{rec.ID, rec.Text, rec.Event, got, evs})
		}
		if len(rec.Source) > 0 {
			r.Sources++
			if ok && matches(main.Source, rec.Source) {
				okSource++
			}
		}
		if len(rec.Target) > 0 {
			r.Targets++
			if ok && matches(main.Target, rec.Target) {
				okTarget++
			}
		}
	}
	r.EventAcc = share(okEvent, r.N)
	r.SourceAcc = share(okSource, r.Sources)
	r.TargetAcc = share(okTarget, r.Targets)
	return r
}

func share(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// mainEvent returns the first event with a PLOVER category and a source
// actor, else the first with a category, else the first event; an act
// done to an end gives way to that end.
func mainEvent(evs []sitrep.Event) (sitrep.Event, bool) {
	best, bestRank := -1, -1
	for i, e := range evs {
		rank := 0
		if e.PLOVER != "" {
			rank += 2
		}
		if e.Source != nil && e.Source.Actor != nil {
			rank++
		}
		if rank > bestRank {
			best, bestRank = i, rank
		}
	}
	if best < 0 {
		return sitrep.Event{}, false
	}
	// "summoned the ambassador to complain", "shunned work to protest":
	// a meeting, a dispatch, a deployment or a coercive act done to
	// another end reports that end.
	if m := evs[best]; m.Mode == "asserted" && means[m.Root] {
		for _, e := range evs[best+1:] {
			if e.PLOVER != "" && e.Sentence == m.Sentence && purpose(e) && sameActor(e.Source, m.Source) {
				return e, true
			}
		}
	}
	return evs[best], true
}

// means lists the CAMEO roots of acts often done to another end: meet
// (04), cooperate (06), mobilize (15), coerce (17).
var means = map[string]bool{"04": true, "06": true, "15": true, "17": true}

// purpose reports whether e is coded from an infinitive of purpose.
func purpose(e sitrep.Event) bool {
	return len(e.Text) > 3 && strings.EqualFold(e.Text[:3], "to ")
}

func sameActor(a, b *sitrep.Ref) bool {
	return a != nil && b != nil && a.Actor != nil && b.Actor != nil && a.Text == b.Text
}

// matches reports whether ref's actor is one of the gold codes.
func matches(ref *sitrep.Ref, gold []string) bool {
	if ref == nil || ref.Actor == nil {
		return false
	}
	code := ref.Actor.Country
	if code == "" {
		code = ref.Actor.Sector
	}
	for _, g := range gold {
		if g == code {
			return true
		}
	}
	return false
}
