package resolve_test

import (
	"os"
	"strings"
	"testing"

	"sitrep"
	"sitrep/resolve"
	"sitrep/segment"
)

const seedPath = "../../shared/seed/000_f90468803bcaac1f.txt"

func mustDefault(tb testing.TB) *resolve.Resolver {
	tb.Helper()
	r, err := resolve.Default()
	if err != nil {
		tb.Fatal(err)
	}
	return r
}

func mustSeed(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile(seedPath)
	if err != nil {
		tb.Skipf("seed article absent: %v", err)
	}
	return string(b)
}

// seedMentions finds and resolves the mentions of the seed article,
// published 2016-12-08.
func seedMentions(tb testing.TB) []sitrep.Mention {
	body := mustSeed(tb)
	r := mustDefault(tb)
	ms := r.FindMentions(body, segment.Split(body))
	r.Resolve(body, ms, sitrep.NewDate(2016, 12, 8))
	return ms
}

func TestSeedActors(t *testing.T) {
	ms := seedMentions(t)
	if os.Getenv("SHOW") != "" {
		for _, m := range ms {
			t.Logf("%d-%d %-6s %-30q actor=%+v place=%+v", m.Start, m.End, m.Type, m.Text, m.Actor, m.Place)
		}
	}
	for _, c := range []struct {
		text, country, sector, role string
	}{
		{"Kerry", "USA", "GOV", "Secretary of State"},
		{"Mark Toner", "USA", "GOV", "State Department spokesman"},
		{"Toner", "USA", "GOV", "State Department spokesman"},
		{"Sergei Lavrov", "RUS", "GOV", "Foreign Minister"},
		{"Lavrov", "RUS", "GOV", "Foreign Minister"},
		{"Assad", "SYR", "GOV", "President"},
		{"Russian Federation", "RUS", "GOV", ""},
		{"Kremlin", "RUS", "GOV", ""},
		{"ICRC", "", "NGO", ""},
		{"State Department", "USA", "GOV", ""},
	} {
		t.Run(c.text, func(t *testing.T) {
			m := find(ms, c.text)
			if m == nil {
				t.Fatalf("no mention %q", c.text)
			}
			a := m.Actor
			if a == nil {
				t.Fatalf("%q: no actor", c.text)
			}
			if a.Country != c.country || a.Sector != c.sector || a.Role != c.role {
				t.Errorf("%q: got %s %s %q, want %s %s %q", c.text, a.Country, a.Sector, a.Role, c.country, c.sector, c.role)
			}
		})
	}
}

func TestSeedPlaces(t *testing.T) {
	ms := seedMentions(t)
	for _, c := range []struct {
		text, country string
		lat, lon      float64
	}{
		{"Aleppo", "SYR", 36.20, 37.16},
		{"Damascus", "SYR", 33.51, 36.29},
		{"Hamburg", "DEU", 53.55, 10.00},
		{"Germany", "DEU", 51.0, 10.0},
	} {
		t.Run(c.text, func(t *testing.T) {
			m := find(ms, c.text)
			if m == nil {
				t.Fatalf("no mention %q", c.text)
			}
			p := m.Place
			if p == nil {
				t.Fatalf("%q: no place", c.text)
			}
			if p.Country != c.country || abs(p.Lat-c.lat) > 1.5 || abs(p.Lon-c.lon) > 1.5 {
				t.Errorf("%q: got %s %.2f,%.2f, want %s %.2f,%.2f", c.text, p.Country, p.Lat, p.Lon, c.country, c.lat, c.lon)
			}
		})
	}
}

func find(ms []sitrep.Mention, text string) *sitrep.Mention {
	for i := range ms {
		if strings.EqualFold(ms[i].Text, text) {
			return &ms[i]
		}
	}
	return nil
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func TestFindMentionsOffsets(t *testing.T) {
	// Code-point offsets across non-ASCII text.
	body := "Ḥalab – Der Außenminister Sergei Lavrov traf John Kerry in Hamburg."
	ms := mustDefault(t).FindMentions(body, segment.Split(body))
	want := map[string]string{"Ḥalab": "GPE", "Sergei Lavrov": "PERSON", "John Kerry": "PERSON", "Hamburg": "GPE"}
	runes := []rune(body)
	for _, m := range ms {
		if got := string(runes[m.Start:m.End]); got != m.Text {
			t.Errorf("span %d-%d is %q, text %q", m.Start, m.End, got, m.Text)
		}
		if typ, ok := want[m.Text]; ok {
			if typ != m.Type {
				t.Errorf("%q: type %s, want %s", m.Text, m.Type, typ)
			}
			delete(want, m.Text)
		}
	}
	for name := range want {
		t.Errorf("missed %q", name)
	}
}

func TestResolveDates(t *testing.T) {
	r := mustDefault(t)
	body := "Kerry met Lavrov."
	for _, c := range []struct {
		on   sitrep.Date
		role string
	}{
		{sitrep.NewDate(2016, 12, 8), "Secretary of State"},
		{sitrep.NewDate(2010, 5, 1), "Senator from Massachusetts"},
	} {
		ms := []sitrep.Mention{{Span: sitrep.Span{Start: 0, End: 5}, Text: "Kerry", Type: "PERSON"}}
		r.Resolve(body, ms, c.on)
		if ms[0].Actor == nil || ms[0].Actor.Role != c.role {
			t.Errorf("Kerry on %s: got %+v, want role %q", c.on, ms[0].Actor, c.role)
		}
	}
}

func TestResolveTitled(t *testing.T) {
	body := "Syrian Foreign Minister Faisal Mekdad said so."
	ms := []sitrep.Mention{{Span: sitrep.Span{Start: 24, End: 37}, Text: "Faisal Mekdad", Type: "PERSON"}}
	mustDefault(t).Resolve(body, ms, sitrep.NewDate(2016, 12, 8))
	a := ms[0].Actor
	if a == nil || a.Country != "SYR" || a.Sector != "GOV" || a.Role != "Foreign Minister" {
		t.Errorf("got %+v", a)
	}
}

// TestLoneNames checks that a single word the recognizer alone calls a
// person is kept only as the surname of someone the article named in full.
func TestLoneNames(t *testing.T) {
	body := "Thousands of refugees reached Tuzla after Srebrenica fell to the besieging forces. " +
		"Oleksiy Dravenko, the local commander, said his men held the road. Dravenko later left for the coast."
	ms := mustDefault(t).FindMentions(body, segment.Split(body))
	if m := find(ms, "Srebrenica"); m != nil && m.Type == "PERSON" {
		t.Errorf("Srebrenica kept as a person")
	}
	if m := find(ms, "Oleksiy Dravenko"); m == nil || m.Type != "PERSON" {
		t.Errorf("full name: %+v", m)
	}
	if m := find(ms, "Dravenko"); m == nil || m.Type != "PERSON" {
		t.Errorf("surname after the full name: %+v", m)
	}
}

// TestLoneSurnameCompound checks that a dictionary surname used as the
// first half of a hyphenated modifier is not taken for its bearer, while
// the same kind of lone surname standing as a name still links.
func TestLoneSurnameCompound(t *testing.T) {
	r := mustDefault(t)
	body := "Kerry praised the Arab-Kurdish alliance."
	ms := r.FindMentions(body, segment.Split(body))
	if m := find(ms, "Arab"); m != nil {
		t.Errorf("first half of a compound found as %s", m.Type)
	}
	r.Resolve(body, ms, sitrep.NewDate(2016, 12, 8))
	if m := find(ms, "Kerry"); m == nil || m.Actor == nil || m.Actor.Country != "USA" {
		t.Errorf("Kerry: %+v", m)
	}
	ms = []sitrep.Mention{{Span: sitrep.Span{Start: 18, End: 22}, Text: "Arab", Type: "PERSON"}}
	r.Resolve(body, ms, sitrep.NewDate(2016, 12, 8))
	if ms[0].Actor != nil {
		t.Errorf("Arab in Arab-Kurdish linked to %+v", ms[0].Actor)
	}
}

// TestLoneSurnames checks lone surnames of office-holders: a common
// adjective that is also a surname is no person, and a surname links to
// its bearer whatever other countries the article names.
func TestLoneSurnames(t *testing.T) {
	r := mustDefault(t)
	on := sitrep.NewDate(2016, 12, 8)
	body := "Mostly Christian voters in Lebanon backed the deal."
	ms := r.FindMentions(body, segment.Split(body))
	r.Resolve(body, ms, on)
	if m := find(ms, "Christian"); m != nil && m.Actor != nil {
		t.Errorf("Christian linked to %+v", m.Actor)
	}
	for _, body := range []string{
		"Kerry urged Russia to stop the bombing.",
		"Lavrov spoke to reporters in Moscow. Kerry said the talks would continue.",
	} {
		ms := r.FindMentions(body, segment.Split(body))
		r.Resolve(body, ms, on)
		if m := find(ms, "Kerry"); m == nil || m.Actor == nil || m.Actor.Country != "USA" {
			t.Errorf("%q: Kerry %+v", body, m)
		}
	}
}

// TestOrgOverSmallTown checks that an organization's acronym is no small
// town that happens to spell it (UN, not Un in Gujarat), while a big place
// stays a place.
func TestOrgOverSmallTown(t *testing.T) {
	r := mustDefault(t)
	body := "The UN condemned the shelling of Donetsk."
	ms := r.FindMentions(body, segment.Split(body))
	if m := find(ms, "UN"); m == nil || m.Type != "ORG" {
		t.Errorf("UN: %+v, want ORG", m)
	}
	if m := find(ms, "Donetsk"); m == nil || m.Type != "GPE" {
		t.Errorf("Donetsk: %+v, want GPE", m)
	}
}

// TestLoneKnownName checks that a lone word the recognizer calls a person
// stays when it is a first name someone in the actor dictionary bears.
func TestLoneKnownName(t *testing.T) {
	body := "Thanks for the update. Hillary called me this morning about the shipment."
	ms := mustDefault(t).FindMentions(body, segment.Split(body))
	if m := find(ms, "Hillary"); m == nil || m.Type != "PERSON" {
		t.Errorf("Hillary: %+v, want a person", m)
	}
}

// TestPlaceStandsForCountry checks that a town the geocoder places stands
// for its country as an actor.
func TestPlaceStandsForCountry(t *testing.T) {
	r := mustDefault(t)
	body := "Jets bombed Kafranbel and Aleppo."
	ms := r.FindMentions(body, segment.Split(body))
	r.Resolve(body, ms, sitrep.NewDate(2016, 12, 8))
	for _, name := range []string{"Kafranbel", "Aleppo"} {
		if m := find(ms, name); m == nil || m.Place == nil || m.Actor == nil || m.Actor.Country != "SYR" {
			t.Errorf("%s: %+v", name, m)
		}
	}
}
