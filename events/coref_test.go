package events_test

import (
	"testing"

	"sitrep"
	"sitrep/events"
)

// TestPronounParty checks that "he" as a party takes the person named
// just before, with the name, span and actor of that mention.
func TestPronounParty(t *testing.T) {
	body1, s1 := sentence(t, "Lavrov/PROPN/2/nsubj spoke/VERB/0/root/speak ./PUNCT/2/punct")
	body2, s2 := sentence(t, "He/PRON/2/nsubj condemned/VERB/0/root/condemn Turkey/PROPN/2/obj")
	body := body1 + " " + body2
	shift := len([]rune(body1)) + 1
	for i := range s2.Tokens {
		s2.Tokens[i].Start += shift
		s2.Tokens[i].End += shift
	}
	s2.Start, s2.End = s2.Start+shift, s2.End+shift
	lavrov := sitrep.Mention{Span: sitrep.Span{Start: 0, End: 6}, Text: "Lavrov", Type: "PERSON",
		Actor: &sitrep.Actor{ID: "sergey_lavrov", Name: "Sergey Lavrov", Country: "RUS", Sector: "GOV"}}
	turkey := actor(body, "Turkey", "TUR", "")
	turkey.Sentence = 1
	evs := events.Code(body, []sitrep.Sentence{s1, s2}, []sitrep.Mention{lavrov, turkey}, nil, sitrep.NewDate(2016, 12, 8))
	if len(evs) != 1 {
		t.Fatalf("got %d events, want 1: %+v", len(evs), evs)
	}
	src := evs[0].Source
	if src == nil || src.Actor == nil || src.Actor.Country != "RUS" || src.Text != "Lavrov" || src.Span != lavrov.Span {
		t.Errorf("source %+v, want Lavrov's mention and actor", src)
	}

	// Two people before "he": no guess.
	m2 := lavrov
	m2.Span, m2.Text, m2.Actor = sitrep.Span{Start: 0, End: 6}, "Lavrov", &sitrep.Actor{ID: "a", Country: "RUS"}
	other := sitrep.Mention{Span: sitrep.Span{Start: 7, End: 12}, Text: "spoke", Type: "PERSON", Actor: &sitrep.Actor{ID: "b", Country: "USA"}}
	body2, s2 = sentence(t, "He/PRON/2/nsubj condemned/VERB/0/root/condemn Turkey/PROPN/2/obj")
	body = body1 + " " + body2
	for i := range s2.Tokens {
		s2.Tokens[i].Start += shift
		s2.Tokens[i].End += shift
	}
	s2.Start, s2.End = s2.Start+shift, s2.End+shift
	turkey = actor(body, "Turkey", "TUR", "")
	turkey.Sentence = 1
	evs = events.Code(body, []sitrep.Sentence{s1, s2}, []sitrep.Mention{m2, other, turkey}, nil, sitrep.NewDate(2016, 12, 8))
	if len(evs) != 1 || evs[0].Source == nil || evs[0].Source.Text != "He" || evs[0].Source.Actor != nil {
		t.Errorf("\"he\" after two people: got %+v, want one event with \"He\" unresolved", evs)
	}
}

// TestPossessiveOwnerNotPlace checks that "its forces" skips a place
// named after "in" for the body that owns them, and that a noun that names
// no body ("their homes") is left alone.
func TestPossessiveOwnerNotPlace(t *testing.T) {
	spec := "Gondor/PROPN/2/nsubj ignored/VERB/0/root/ignore calls/NOUN/2/obj/call in/ADP/5/case Mordor/PROPN/3/nmod as/SCONJ/9/mark " +
		"its/PRON/8/nmod:poss forces/NOUN/9/nsubj/force captured/VERB/2/advcl/capture new/ADJ/11/amod districts/NOUN/9/obj/district"
	for _, e := range code(t, spec, actors("Gondor=GON", "Mordor=MOR")) {
		if e.Root == "19" && (e.Source.Actor == nil || e.Source.Actor.Country != "GON") {
			t.Errorf("its forces: %+v, want GON", e.Source.Actor)
		}
	}
	spec = "Gondor/PROPN/2/nsubj destroyed/VERB/0/root/destroy their/PRON/4/nmod:poss homes/NOUN/2/obj/home"
	for _, e := range code(t, spec, actors("Gondor=GON")) {
		if e.Target != nil && e.Target.Actor != nil {
			t.Errorf("their homes given actor %+v", e.Target.Actor)
		}
	}
}

// TestPossessiveParty checks that "its forces" takes the country of the
// body named before it, in the military sector.
func TestPossessiveParty(t *testing.T) {
	spec := "Gondor/PROPN/2/nsubj ignored/VERB/0/root/ignore talks/NOUN/2/obj/talk as/SCONJ/7/mark its/PRON/6/nmod:poss " +
		"forces/NOUN/7/nsubj/force captured/VERB/2/advcl/capture new/ADJ/9/amod districts/NOUN/7/obj/district"
	evs := code(t, spec, actors("Gondor=GON"))
	for _, e := range evs {
		if e.Root != "19" {
			continue
		}
		if a := e.Source.Actor; a == nil || a.Country != "GON" || a.Sector != "MIL" || e.Source.Text != "its forces" {
			t.Errorf("source %+v, want its forces as GON MIL", e.Source)
		}
		return
	}
	t.Errorf("no 19 event: %s", roots(evs))
}
