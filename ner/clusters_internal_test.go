package ner

import (
	"strings"
	"testing"

	"sitrep/wordclass"
)

func TestClusterIDs(t *testing.T) {
	tab, err := wordclass.Read(strings.NewReader("0110100\tEnron\t5\n0110111\tfirefox\t3\n10\tthe\t9\n"), "test")
	if err != nil {
		t.Fatal(err)
	}
	enron := clusterIDs(tab, "Enron")
	if enron == ([nPrefix]uint64{}) {
		t.Fatal("Enron has no cluster")
	}
	// the 4-bit prefixes of 0110100 and 0110111 agree, the longer
	// ones do not
	fox := clusterIDs(tab, "Firefox") // found lower-cased
	for k, n := range clusterPrefixes {
		if same := enron[k] == fox[k]; same != (n <= 4) {
			t.Errorf("prefix %d: Enron %x, Firefox %x", n, enron[k], fox[k])
		}
	}
	// a short path is its own longer prefixes, kept apart from the
	// prefixes of the same bits of a longer path
	the := clusterIDs(tab, "THE")
	if the[0] != the[3] || the[0] == 0 {
		t.Errorf("THE: %x", the)
	}
	if got := clusterIDs(tab, "Mozilla"); got != ([nPrefix]uint64{}) {
		t.Errorf("Mozilla: got %x, want zeros", got)
	}
	if got := clusterIDs(nil, "Enron"); got != ([nPrefix]uint64{}) {
		t.Errorf("no table: got %x, want zeros", got)
	}
}
