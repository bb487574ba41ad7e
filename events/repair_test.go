package events_test

import (
	"strings"
	"testing"
)

func TestRepairMisreadVerbs(t *testing.T) {
	for _, c := range []struct {
		name, spec string
		actors     []string
		want       string
	}{{
		// A past tense tagged as the adjective of its object.
		"adjective", "Gondor/PROPN/2/compound bulldozers/NOUN/0/root/bulldozer demolished/ADJ/5/amod/demolished " +
			"Mordor/PROPN/5/compound homes/NOUN/2/obj/home",
		[]string{"Gondor=GON", "Mordor=MOR"}, "GON MOR 17",
	}, {
		// A verb left bare between its subject and object, both hung
		// on the speech verb after them.
		"stranded", "Gondor/PROPN/6/nsubj extradited/VERB/6/ccomp/extradite the/DET/4/det militant/NOUN/6/nsubj " +
			"officials/NOUN/6/nsubj said/VERB/0/root/say",
		[]string{"Gondor=GON", "militant=MOR"}, "GON MOR 06",
	}, {
		// A clause read as a prepositional phrase: "as" taken for the
		// preposition of its subject.
		"subordinate", "Gondor/PROPN/2/nsubj ignored/VERB/0/root/ignore the/DET/4/det proposal/NOUN/2/obj " +
			"as/ADP/6/case Mordor/PROPN/4/nmod captured/VERB/2/parataxis/capture/VBD new/ADJ/9/amod districts/NOUN/7/obj/district",
		[]string{"Gondor=GON", "Mordor=MOR"}, "MOR --- 19",
	}, {
		// "be" read as the object of the noun before it.
		"be as object", "Gondor/PROPN/3/compound security/NOUN/3/compound officials/NOUN/0/root/official are/AUX/3/obj/be " +
			"about/ADP/7/mark to/PART/7/mark restore/VERB/4/advcl/restore ties/NOUN/7/obj/tie with/ADP/10/case Mordor/PROPN/8/nmod",
		[]string{"Gondor=GON", "Mordor=MOR"}, "GON MOR 06",
	}, {
		// A subject pronoun read as the object of the verb before it.
		"pronoun object", "Gondor/PROPN/2/nsubj indicated/VERB/0/root/indicate it/PRON/2/obj would/AUX/5/aux " +
			"attack/VERB/2/ccomp/attack Mordor/PROPN/5/obj",
		[]string{"Gondor=GON", "Mordor=MOR"}, "GON MOR 19",
	}, {
		// A noun compound on a verb.
		"compound on verb", "Some/DET/3/nsubj Gondorians/PROPN/3/compound attacked/VERB/0/root/attack Mordor/PROPN/3/obj",
		[]string{"Gondorians=GON", "Mordor=MOR"}, "GON MOR 19",
	}, {
		// The subject of a clause whose predicate is a clause.
		"nsubj:outer", "Gondor/PROPN/5/nsubj:outer is/AUX/5/cop about/ADP/5/mark to/PART/5/mark attack/VERB/0/root/attack Mordor/PROPN/5/obj",
		[]string{"Gondor=GON", "Mordor=MOR"}, "GON MOR 19",
	}, {
		// A clause as the subject of a passive: coded like any other.
		"csubj:pass", "It/PRON/3/expl was/AUX/3/aux:pass reported/VERB/0/root/report that/SCONJ/6/mark Gondor/PROPN/6/nsubj " +
			"attacked/VERB/3/csubj:pass/attack Mordor/PROPN/6/obj",
		[]string{"Gondor=GON", "Mordor=MOR"}, "GON MOR 19",
	}, {
		// An infinitive tagged as a noun.
		"infinitive", "Gondor/PROPN/2/nsubj began/VERB/0/root/begin to/PART/4/mark visit/NOUN/2/xcomp Mordor/PROPN/4/obj",
		[]string{"Gondor=GON", "Mordor=MOR"}, "GON MOR 04",
	}, {
		// An object hung on the noun of an oblique.
		"noun object", "Gondor/PROPN/2/nsubj blockaded/VERB/0/root/blockade for/ADP/4/case construction/NOUN/2/obl " +
			"the/DET/6/det roads/NOUN/4/obj leading/VERB/6/acl/lead into/ADP/9/case Mordor/PROPN/7/obl",
		[]string{"Gondor=GON", "Mordor=MOR"}, "GON MOR",
	}} {
		evs := code(t, c.spec, actors(c.actors...))
		got := strings.Join(pairs(evs), "; ")
		if !strings.Contains(got, c.want) {
			t.Errorf("%s: got %q, want %q among them", c.name, got, c.want)
		}
	}
}

func TestRepairLeavesAttributiveParticiple(t *testing.T) {
	// "the demolished homes": a determiner, not a subject, before it.
	spec := "Gondor/PROPN/2/nsubj visited/VERB/0/root/visit the/DET/5/det demolished/ADJ/5/amod Mordor/PROPN/2/obj"
	for _, e := range code(t, spec, actors("Gondor=GON", "Mordor=MOR")) {
		if e.Root == "17" {
			t.Errorf("coded %s from an attributive participle", e.CAMEO)
		}
	}
}

// TestRepairDoubleSubject checks that two subjects side by side ("Turkish
// police", the adjective tagged a proper noun) are one phrase.
func TestRepairDoubleSubject(t *testing.T) {
	spec := "Gondorian/PROPN/3/nsubj police/NOUN/3/nsubj/police arrested/VERB/0/root/arrest Mordor/PROPN/3/obj"
	evs := code(t, spec, actors("Gondorian=GON", "Mordor=MOR"))
	if len(evs) == 0 {
		t.Fatal("no event")
	}
	if got := refText(evs[0].Source); got != "Gondorian police" {
		t.Errorf("source %q, want %q", got, "Gondorian police")
	}
}
