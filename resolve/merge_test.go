package resolve_test

import (
	"testing"

	"sitrep"
	"sitrep/actors"
	"sitrep/gazetteer"
	"sitrep/resolve"
	"sitrep/segment"
)

// TestRecognizerMerge checks what the recognizer adds to the dictionary
// finder: whole names of people, organizations the dictionaries miss, and
// a country for an organization named after its possessive.
func TestRecognizerMerge(t *testing.T) {
	body := "Regional governor Pavlo Kyrylenko said Russia's Defense Ministry had lied. " +
		"Later, Kyrylenko visited the Meridian Logistics Company depot in Kramatorsk."
	r := mustDefault(t)
	ms := r.FindMentions(body, segment.Split(body))
	r.Resolve(body, ms, sitrep.NewDate(2022, 4, 8))
	got := map[string]*sitrep.Mention{}
	for i := range ms {
		got[ms[i].Text] = &ms[i]
	}
	for _, c := range []struct{ text, typ, country, sector string }{
		{"Pavlo Kyrylenko", "PERSON", "", ""},
		{"Kyrylenko", "PERSON", "", ""},
		{"Russia", "GPE", "RUS", ""},
		{"Defense Ministry", "ORG", "RUS", "GOV"},
		{"Kramatorsk", "GPE", "", ""},
		{"Meridian Logistics Company", "ORG", "", ""},
	} {
		m := got[c.text]
		if m == nil {
			t.Errorf("no mention %q among %v", c.text, texts(ms))
			continue
		}
		if m.Type != c.typ {
			t.Errorf("%q: type %s, want %s", c.text, m.Type, c.typ)
		}
		if c.country != "" && (m.Actor == nil || m.Actor.Country != c.country || m.Actor.Sector != c.sector) {
			t.Errorf("%q: actor %+v, want %s %s", c.text, m.Actor, c.country, c.sector)
		}
	}
	for _, bad := range []string{"Ministry", "governor Pavlo Kyrylenko"} {
		if got[bad] != nil {
			t.Errorf("unwanted mention %q", bad)
		}
	}
}

// TestPlaceHeads checks that names ending in a division or a feature of
// the land are places whatever the recognizer typed them as.
func TestPlaceHeads(t *testing.T) {
	body := "Deputies from Otter Tail County searched Elbow Lake and the slopes of Mount Hood. " +
		"Kaufman County commissioners met on Monday."
	r := mustDefault(t)
	ms := r.FindMentions(body, segment.Split(body))
	got := map[string]string{}
	for _, m := range ms {
		got[m.Text] = m.Type
	}
	for text, want := range map[string]string{"Otter Tail County": "GPE", "Mount Hood": "LOC", "Kaufman County": "GPE"} {
		if got[text] != want {
			t.Errorf("%q: type %q, want %s (mentions %v)", text, got[text], want, texts(ms))
		}
	}
}

// TestDictionaryOnly checks that a Resolver without a recognizer still
// finds the names its dictionaries hold.
func TestDictionaryOnly(t *testing.T) {
	gaz, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	dict, err := actors.Default()
	if err != nil {
		t.Fatal(err)
	}
	body := "Sergei Lavrov flew to Hamburg."
	ms := resolve.New(gaz, dict).FindMentions(body, segment.Split(body))
	if len(ms) != 2 || ms[0].Text != "Sergei Lavrov" || ms[1].Text != "Hamburg" {
		t.Errorf("got %v", texts(ms))
	}
}

func texts(ms []sitrep.Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Type+":"+m.Text)
	}
	return out
}

// TestMinorPlaces checks that a town only the minor places hold is found
// after a preposition of place, placed, and not taken from a longer name.
func TestMinorPlaces(t *testing.T) {
	body := "Floodwater reached homes in Pelican Rapids on Monday. The Pelican Rapids School Board met."
	r := mustDefault(t)
	ms := r.FindMentions(body, segment.Split(body))
	r.Resolve(body, ms, sitrep.NewDate(2009, 3, 30))
	var found *sitrep.Mention
	for i := range ms {
		if ms[i].Text == "Pelican Rapids" {
			if found != nil {
				t.Errorf("two mentions of Pelican Rapids alone: %v", texts(ms))
			}
			found = &ms[i]
		}
	}
	if found == nil || found.Type != "GPE" {
		t.Fatalf("no GPE Pelican Rapids among %v", texts(ms))
	}
	if p := found.Place; p == nil || p.Country != "USA" || p.Admin1 != "Minnesota" {
		t.Errorf("Pelican Rapids placed at %+v", found.Place)
	}
}
