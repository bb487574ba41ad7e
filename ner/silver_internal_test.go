package ner

import (
	"testing"

	"sitrep"
)

func TestLexType(t *testing.T) {
	for _, c := range []struct {
		bits      uint16
		model     string
		want      string
		situation string
	}{
		{LexCity, "", "GPE", "a town the model missed"},
		{LexCountry, "PERSON", "GPE", "a country the model misread"},
		{LexCity | LexSurname, "PERSON", "PERSON", "a surname that is also a town"},
		{LexRegion | LexCity | LexGiven, "PERSON", "PERSON", "a given name that is also a place"},
		{LexOrg, "PERSON", "ORG", "an organization of the dictionary"},
		{LexOrg | LexPlaceAlt, "GPE", "GPE", "an organization named after a place"},
		{LexPerson, "ORG", "PERSON", "a person of the dictionary"},
		{LexDemonym | LexCountry, "NORP", "NORP", "a demonym"},
		{0, "ORG", "ORG", "an unknown name"},
	} {
		if got := lexType(c.bits, c.model); got != c.want {
			t.Errorf("%s: lexType(%#x, %q) = %q, want %q", c.situation, c.bits, c.model, got, c.want)
		}
	}
}

func TestMajority(t *testing.T) {
	if got := majority([]int{0, 3, 1}, 2); got != 1 {
		t.Errorf("clear majority: got %d, want 1", got)
	}
	if got := majority([]int{2, 2, 0}, 1); got != 1 {
		t.Errorf("tie: got %d, want the default 1", got)
	}
}

func TestPropnRuns(t *testing.T) {
	// "Mr. Lopez of the Bank of America flew to New Orleans": heads are
	// 1-based as in CoNLL-U; "New" (ADJ) modifies "Orleans".
	words := []struct {
		form, upos string
		head       int32
	}{
		{"Mr.", "PROPN", 2}, {"Lopez", "PROPN", 8}, {"of", "ADP", 6}, {"the", "DET", 6},
		{"Bank", "PROPN", 2}, {"of", "ADP", 7}, {"America", "PROPN", 5},
		{"flew", "VERB", 0}, {"to", "ADP", 11}, {"New", "ADJ", 11}, {"Orleans", "PROPN", 8},
		{"with", "ADP", 14}, {"American", "ADJ", 14}, {"friends", "NOUN", 8},
	}
	var ex Example
	for _, w := range words {
		ex.Tokens = append(ex.Tokens, sitrep.Token{Text: w.form, UPOS: w.upos, Head: w.head, SpaceAfter: true})
	}
	got := propnRuns(ex)
	want := []Entity{{Start: 1, End: 2}, {Start: 4, End: 7}, {Start: 9, End: 11}}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("run %d: got %v, want %v", i, got[i], want[i])
		}
	}
}
