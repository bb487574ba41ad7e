package events_test

import (
	"sort"
	"strings"
	"testing"

	"sitrep"
	"sitrep/cameo"
	"sitrep/events"
)

// actors returns mentions of each frag with its country and sector,
// given as "frag=CTY" or "frag=CTY/SEC".
func actors(specs ...string) func(body string) []sitrep.Mention {
	return func(body string) []sitrep.Mention {
		var out []sitrep.Mention
		for _, sp := range specs {
			frag, code, _ := strings.Cut(sp, "=")
			if !strings.Contains(body, frag) {
				continue
			}
			cty, sec, _ := strings.Cut(code, "/")
			out = append(out, actor(body, frag, cty, sec))
		}
		return out
	}
}

// pairs returns "SRC TGT CODE" for every event, sorted.
func pairs(evs []sitrep.Event) []string {
	name := func(r *sitrep.Ref) string {
		if r == nil || r.Actor == nil {
			return "---"
		}
		return r.Actor.Country + r.Actor.Sector
	}
	var out []string
	for _, e := range evs {
		out = append(out, name(e.Source)+" "+name(e.Target)+" "+e.CAMEO[:2])
	}
	sort.Strings(out)
	return out
}

func TestRoleSpreadsOverCoordinatedActors(t *testing.T) {
	spec := "The/DET/2/det ambassadors/NOUN/9/nsubj/ambassador of/ADP/4/case Arnor/PROPN/2/nmod ,/PUNCT/6/punct " +
		"Osgiliath/PROPN/4/conj and/CCONJ/8/cc Gondor/PROPN/4/conj condemned/VERB/0/root/condemn Mordor/PROPN/9/obj"
	evs := code(t, spec, actors("ambassadors=ARN/GOV", "Arnor=ARN", "Osgiliath=OSG", "Gondor=GON", "Mordor=MOR"))
	got := strings.Join(pairs(evs), "; ")
	if want := "ARNGOV MOR 11; GONGOV MOR 11; OSGGOV MOR 11"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestCommaListOfSubjects(t *testing.T) {
	// The parser hung the list on the verb in two pieces.
	spec := "Mordor/PROPN/8/nsubj ,/PUNCT/3/punct Rohan/PROPN/1/conj ,/PUNCT/5/punct Fornost/PROPN/8/nsubj " +
		"and/CCONJ/7/cc Bree/PROPN/5/conj condemned/VERB/0/root/condemn Gondor/PROPN/8/obj"
	evs := code(t, spec, actors("Mordor=MOR", "Rohan=ROH", "Fornost=FOR", "Bree=BRE", "Gondor=GON"))
	got := strings.Join(pairs(evs), "; ")
	if want := "BRE GON 11; FOR GON 11; MOR GON 11; ROH GON 11"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	// A dateline is no part of the list.
	spec = "ERBIL/PROPN/5/nsubj ,/PUNCT/3/punct Iraq/PROPN/1/appos —/PUNCT/1/punct forces/NOUN/6/nsubj/force " +
		"condemned/VERB/0/root/condemn Gondor/PROPN/6/obj"
	for _, p := range pairs(code(t, spec, actors("ERBIL=IRQ", "Iraq=IRQ", "Gondor=GON"))) {
		if strings.HasPrefix(p, "IRQ") {
			t.Errorf("dateline coded as a source: %s", p)
		}
	}
}

func TestArrivalTargetsTheHost(t *testing.T) {
	spec := "The/DET/2/det president/NOUN/3/nsubj arrived/VERB/0/root/arrive in/ADP/5/case Gondor/PROPN/3/obl " +
		"for/ADP/7/case talks/NOUN/3/obl/talk"
	evs := code(t, spec, actors("president=BRE/GOV", "Gondor=GON"))
	if len(evs) == 0 || evs[0].Target == nil || evs[0].Target.Actor == nil || evs[0].Target.Actor.Country != "GON" {
		t.Errorf("got %v, want a visit to Gondor", pairs(evs))
	}
}

func TestParticipleModifierIsNoEvent(t *testing.T) {
	ms := actors("Russia=RUS", "Iran=IRN")
	mod := code(t, "militants/NOUN/0/root/militant backed/VERB/1/acl/back/VBN by/ADP/4/case Russia/PROPN/2/obl:agent", ms)
	if len(mod) != 0 {
		t.Errorf("participle modifier coded: %v", pairs(mod))
	}
	verb := code(t, "Iran/PROPN/2/nsubj backed/VERB/0/root/back/VBD Russia/PROPN/2/obj", ms)
	if len(verb) == 0 {
		t.Errorf("finite verb not coded")
	}
}

func TestAttemptedAttackIsAsserted(t *testing.T) {
	spec := "an/DET/2/det attempt/NOUN/0/root to/PART/4/mark assassinate/VERB/2/acl the/DET/6/det governor/NOUN/4/obj"
	evs := code(t, spec, actors("governor=RUS/GOV"))
	if len(evs) == 0 || evs[0].Root != "18" || evs[0].Mode != events.Asserted {
		t.Errorf("got %+v, want an asserted assault", evs)
	}
}

func TestForceAgainstPeopleNeedsNoName(t *testing.T) {
	evs := code(t, "a/DET/2/det journalist/NOUN/4/nsubj:pass was/AUX/4/aux:pass killed/VERB/0/root/kill", nil)
	if len(evs) == 0 || !strings.HasPrefix(evs[0].PLOVER, "ASSAULT") || evs[0].Target == nil {
		t.Errorf("got %+v, want an assault on the journalist", evs)
	}
	// A bare verb about things still says too little.
	if evs := code(t, "the/DET/2/det plan/NOUN/4/nsubj:pass was/AUX/4/aux:pass rejected/VERB/0/root/reject", nil); len(evs) != 0 {
		t.Errorf("got %v, want nothing", pairs(evs))
	}
}

func TestAgentlessPassiveOption(t *testing.T) {
	spec := "The/DET/2/det Philippines/PROPN/4/nsubj:pass was/AUX/4/aux:pass criticized/VERB/0/root/criticize " +
		"over/ADP/7/case its/PRON/7/nmod:poss dispute/NOUN/4/obl with/ADP/9/case Eriador/PROPN/7/nmod"
	body, s := sentence(t, spec)
	ms := actors("Philippines=PHL", "Eriador=ERI")(body)
	lex := mustLexicon(t)
	plain := events.New(lex).Code(body, []sitrep.Sentence{s}, ms, nil, sitrep.Date{})
	for _, e := range plain {
		if e.Source != nil && e.Source.Actor != nil && e.Source.Actor.Country == "PHL" {
			t.Errorf("by default the criticized is no source: %v", pairs(plain))
		}
	}
	petr := events.NewWithOptions(lex, events.Options{AgentlessPassive: true}).Code(body, []sitrep.Sentence{s}, ms, nil, sitrep.Date{})
	if len(petr) == 0 || petr[0].Source == nil || petr[0].Source.Actor == nil || petr[0].Source.Actor.Country != "PHL" {
		t.Errorf("AgentlessPassive: got %v, want PHL as source", pairs(petr))
	}
}

func mustLexicon(tb testing.TB) *cameo.Lexicon {
	tb.Helper()
	l, err := cameo.Default()
	if err != nil {
		tb.Fatal(err)
	}
	return l
}
