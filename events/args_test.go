package events_test

import (
	"strings"
	"testing"
)

func TestStatementParticipleTakesItsAuthor(t *testing.T) {
	spec := "Gondor/PROPN/2/nsubj issued/VERB/0/root/issue a/DET/4/det statement/NOUN/2/obj " +
		"condemning/VERB/4/acl/condemn Mordor/PROPN/5/obj"
	got := strings.Join(pairs(code(t, spec, actors("Gondor=GON", "Mordor=MOR"))), "; ")
	if got != "GON MOR 11" {
		t.Errorf("got %q, want GON MOR 11 alone", got)
	}
}

func TestSubjectNextToVerb(t *testing.T) {
	// The "and" joins the tigers to the lions, not Rohan to them: Rohan,
	// next to the verb, is its subject.
	spec := "Lions/NOUN/6/nsubj and/CCONJ/3/cc tigers/NOUN/1/conj ,/PUNCT/6/punct Rohan/PROPN/6/nsubj " +
		"condemned/VERB/0/root/condemn the/DET/8/det plan/NOUN/6/obj"
	got := strings.Join(pairs(code(t, spec, actors("Rohan=ROH"))), "; ")
	if !strings.Contains(got, "ROH --- 11") {
		t.Errorf("got %q, want ROH --- 11 among them", got)
	}
}
