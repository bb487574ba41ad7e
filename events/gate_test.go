package events_test

import (
	"strings"
	"testing"

	"sitrep"
)

// place returns a mention of frag in body that names a place, not an
// actor.
func place(body, frag string) sitrep.Mention {
	i := strings.Index(body, frag)
	start := len([]rune(body[:i]))
	return sitrep.Mention{Span: sitrep.Span{Start: start, End: start + len([]rune(frag))}, Text: frag, Type: "GPE"}
}

func roots(evs []sitrep.Event) string {
	var out []string
	for _, e := range evs {
		out = append(out, e.CAMEO)
	}
	return strings.Join(out, " ")
}

func TestMovementIsNotConsultation(t *testing.T) {
	ms := func(body string) []sitrep.Mention {
		var out []sitrep.Mention
		for _, f := range []string{"Iran", "Idlib", "Russia"} {
			if strings.Contains(body, f) {
				out = append(out, actor(body, f, "IRN", ""))
			}
		}
		return out
	}
	tests := []struct {
		name, spec string
		want       bool
	}{
		{"LeavePlace", "the/DET/2/det militants/NOUN/3/nsubj/militant left/VERB/0/root/leave Idlib/PROPN/3/obj", false},
		{"UnlessLeave", "Russia/PROPN/3/nsubj will/AUX/3/aux talk/VERB/0/root/talk unless/SCONJ/6/mark buses/NOUN/6/nsubj/bus leave/VERB/3/advcl Idlib/PROPN/6/obj", false},
		{"Travel", "Refugees/NOUN/2/nsubj/refugee travelled/VERB/0/root/travel to/ADP/4/case Idlib/PROPN/2/obl", false},
		{"LeaveForTalks", "Iran/PROPN/2/nsubj left/VERB/0/root/leave for/ADP/4/case talks/NOUN/2/obl/talk in/ADP/6/case Russia/PROPN/4/nmod", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := code(t, tt.spec, ms)
			got := false
			for _, e := range evs {
				if e.Root == "04" {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("04 coded: %v, want %v (%s)", got, tt.want, roots(evs))
			}
		})
	}
}

func TestCallNeedsAParty(t *testing.T) {
	ms := func(body string) []sitrep.Mention {
		return []sitrep.Mention{actor(body, "Turkey", "TUR", "GOV"), actor(body, "Iran", "IRN", "GOV")}
	}
	evs := code(t, "Turkey/PROPN/2/nsubj called/VERB/0/root/call the/DET/4/det verdict/NOUN/2/obj unjust/ADJ/2/xcomp Iran/PROPN/2/obl:npmod", ms)
	for _, e := range evs {
		if e.Root == "04" {
			t.Errorf("object complement coded as a call: %+v", e)
		}
	}
	evs = code(t, "Turkey/PROPN/2/nsubj called/VERB/0/root/call Iran/PROPN/2/obj", ms)
	if len(evs) == 0 || evs[0].CAMEO != "041" {
		t.Errorf("telephone call: got %s, want 041", roots(evs))
	}
}

func TestAgentNeeded(t *testing.T) {
	ms := func(body string) []sitrep.Mention {
		var out []sitrep.Mention
		for _, f := range []string{"Libya", "Libyan"} {
			if i := strings.Index(body, f+" "); i >= 0 || strings.HasSuffix(body, f) {
				out = append(out, actor(body, f, "LBY", ""))
				break
			}
		}
		return out
	}
	for name, spec := range map[string]string{
		// "The ruling to free all of Libya" does not free anything.
		"InanimateSource": "The/DET/2/det ruling/NOUN/0/root to/PART/4/mark liberate/VERB/2/acl all/DET/4/obj of/ADP/7/case Libya/PROPN/5/nmod",
		// No one resolves; a share of a crisis is resolved.
		"NoSourceThingTarget": "Half/NOUN/7/nsubj:pass of/ADP/5/case the/DET/5/det Libyan/ADJ/5/amod crisis/NOUN/1/nmod will/AUX/7/aux resolved/VERB/0/root/resolve",
		// "It does not mean a war": no one threatens.
		"ExpletiveIt": "it/PRON/4/nsubj does/AUX/4/aux not/PART/4/advmod mean/VERB/0/root a/DET/6/det war/NOUN/4/obj with/ADP/8/case Libya/PROPN/6/nmod",
	} {
		t.Run(name, func(t *testing.T) {
			if evs := code(t, spec, ms); len(evs) != 0 {
				t.Errorf("got %s, want no event", roots(evs))
			}
		})
	}
}

func TestWeaponAsSource(t *testing.T) {
	ms := func(body string) []sitrep.Mention { return []sitrep.Mention{place(body, "Sloviansk")} }
	evs := code(t, "A/DET/2/det rocket/NOUN/3/nsubj hit/VERB/0/root/hit the/DET/5/det depot/NOUN/3/obj in/ADP/7/case Sloviansk/PROPN/5/nmod", ms)
	if len(evs) == 0 || evs[0].Root != "19" && evs[0].Root != "18" {
		t.Fatalf("got %s, want an attack", roots(evs))
	}
	e := evs[0]
	if e.Source == nil || e.Source.Text != "A rocket" || e.Source.Actor != nil {
		t.Errorf("source %+v, want the weapon's text with no actor", e.Source)
	}
	if e.Place == nil || e.Place.Name != "Sloviansk" {
		t.Errorf("place %+v, want Sloviansk", e.Place)
	}
}

func TestPlaceFromArgumentChain(t *testing.T) {
	ms := func(body string) []sitrep.Mention {
		return []sitrep.Mention{actor(body, "Russia", "RUS", ""), place(body, "Sloviansk")}
	}
	// "at the depot in Sloviansk": the place is a modifier of the obl.
	evs := code(t, "Russia/PROPN/2/nsubj shelled/VERB/0/root/shell civilians/NOUN/2/obj/civilian at/ADP/6/case the/DET/6/det depot/NOUN/2/obl in/ADP/8/case Sloviansk/PROPN/6/nmod", ms)
	if len(evs) == 0 || evs[0].Place == nil || evs[0].Place.Name != "Sloviansk" {
		t.Fatalf("got %+v, want place Sloviansk", evs)
	}
	// "in the city of Sloviansk".
	evs = code(t, "Russia/PROPN/2/nsubj shelled/VERB/0/root/shell the/DET/5/det eastern/ADJ/5/amod city/NOUN/2/obj of/ADP/7/case Sloviansk/PROPN/5/nmod", ms)
	for _, e := range evs {
		if e.Place != nil {
			t.Errorf("the target city is not where it happens by in/at: %+v", e.Place)
		}
	}
	evs = code(t, "Russia/PROPN/2/nsubj shelled/VERB/0/root/shell depots/NOUN/2/obj/depot in/ADP/6/case the/DET/6/det city/NOUN/2/obl of/ADP/8/case Sloviansk/PROPN/6/nmod", ms)
	if len(evs) == 0 || evs[0].Place == nil || evs[0].Place.Name != "Sloviansk" {
		t.Errorf("got %+v, want place Sloviansk from 'in the city of Sloviansk'", evs)
	}
}

func TestPlaceFromDateline(t *testing.T) {
	ms := func(body string) []sitrep.Mention {
		return []sitrep.Mention{place(body, "SLOVIANSK"), actor(body, "Russia", "RUS", "")}
	}
	evs := code(t, "SLOVIANSK/PROPN/4/dep —/PUNCT/1/punct Russia/PROPN/4/nsubj shelled/VERB/0/root/shell depots/NOUN/4/obj/depot", ms)
	if len(evs) == 0 || evs[0].Place == nil || evs[0].Place.Name != "Sloviansk" {
		t.Errorf("got %+v, want the dateline place Sloviansk", evs)
	}
}

func TestPlaceOnlyMention(t *testing.T) {
	ms := func(body string) []sitrep.Mention {
		out := []sitrep.Mention{actor(body, "Russia", "RUS", "")}
		if strings.Contains(body, "Sloviansk") {
			out = append(out, place(body, "Sloviansk"))
		}
		if strings.Contains(body, "Kyiv") {
			out = append(out, actor(body, "Kyiv", "UKR", "GOV"))
		}
		return out
	}
	// One place mention in an "in" phrase: the event's place, though the
	// parser hung it elsewhere.
	evs := code(t, "Russia/PROPN/2/nsubj shelled/VERB/0/root/shell depots/NOUN/2/obj/depot ,/PUNCT/6/punct officials/NOUN/6/nsubj/official said/VERB/2/parataxis/say in/ADP/8/case Sloviansk/PROPN/6/obl", ms)
	if len(evs) == 0 || evs[0].Place == nil || evs[0].Place.Name != "Sloviansk" {
		t.Errorf("got %+v, want place Sloviansk", evs)
	}
	// A place that is a party elsewhere in the sentence is no place.
	evs = code(t, "Russia/PROPN/2/nsubj shelled/VERB/0/root/shell depots/NOUN/2/obj/depot and/CCONJ/5/cc accused/VERB/2/conj/accuse Kyiv/PROPN/5/obj", ms)
	for _, e := range evs {
		if e.Place != nil {
			t.Errorf("%s: place %+v, want none", e.CAMEO, e.Place)
		}
	}
}

func TestDesireIsDemand(t *testing.T) {
	ms := func(body string) []sitrep.Mention { return []sitrep.Mention{actor(body, "Russia", "RUS", "")} }
	evs := code(t, "Russia/PROPN/2/nsubj wants/VERB/0/root/want the/DET/4/det fighters/NOUN/2/obj/fighter out/ADV/2/advmod", ms)
	for _, e := range evs {
		if e.Root != "10" {
			t.Errorf("got %s, want only a demand (10)", e.CAMEO)
		}
	}
}

func TestNoPLOVERNoEvent(t *testing.T) {
	ms := func(body string) []sitrep.Mention { return []sitrep.Mention{actor(body, "Russia", "RUS", "")} }
	for _, e := range code(t, "Russia/PROPN/2/nsubj denied/VERB/0/root/deny responsibility/NOUN/2/obj", ms) {
		if e.PLOVER == "" {
			t.Errorf("%s coded without a PLOVER category", e.CAMEO)
		}
	}
}

func TestThingTargetLowersConfidence(t *testing.T) {
	ms := func(body string) []sitrep.Mention { return []sitrep.Mention{actor(body, "Russia", "RUS", "")} }
	thing := code(t, "Russia/PROPN/2/nsubj condemned/VERB/0/root/condemn the/DET/4/det painting/NOUN/2/obj", ms)
	people := code(t, "Russia/PROPN/2/nsubj condemned/VERB/0/root/condemn the/DET/4/det farmers/NOUN/2/obj/farmer", ms)
	if len(thing) == 0 || len(people) == 0 {
		t.Fatalf("got %s and %s", roots(thing), roots(people))
	}
	if thing[0].Confidence >= people[0].Confidence {
		t.Errorf("confidence %v for a thing, %v for people", thing[0].Confidence, people[0].Confidence)
	}
}

// TestReportingIsNoGrant checks that "add", listed under GRANT (060) for
// "added troops", is no event when it reports speech.
func TestReportingIsNoGrant(t *testing.T) {
	ms := func(body string) []sitrep.Mention {
		var out []sitrep.Mention
		for _, f := range []string{"Observatory", "Gondor", "Rohan"} {
			if strings.Contains(body, f) {
				out = append(out, actor(body, f, "GON", ""))
			}
		}
		return out
	}
	for _, spec := range []string{
		"the/DET/2/det Observatory/PROPN/3/nsubj added/VERB/0/root/add",
		"Gondor/PROPN/2/nsubj added/VERB/0/root/add that/SCONJ/6/mark the/DET/5/det toll/NOUN/6/nsubj/toll rose/VERB/2/ccomp/rise",
	} {
		if evs := code(t, spec, ms); len(evs) > 0 {
			t.Errorf("%s: coded %s", spec, roots(evs))
		}
	}
	evs := code(t, "Gondor/PROPN/2/nsubj added/VERB/0/root/add troops/NOUN/2/obj/troop to/ADP/5/case Rohan/PROPN/2/obl", ms)
	if roots(evs) == "" {
		t.Errorf("added troops to Rohan: no event")
	}
}
