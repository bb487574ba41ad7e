package actors_test

import (
	"bytes"
	"compress/gzip"
	"os"
	"strings"
	"testing"
	"time"

	"sitrep"
	"sitrep/actors"
)

func mustDefault(tb testing.TB) *actors.Dict {
	tb.Helper()
	d, err := actors.Default()
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

func mustLoad(tb testing.TB, s string) *actors.Dict {
	tb.Helper()
	d, err := actors.Load(strings.NewReader(s))
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

func day(y, m, d int) sitrep.Date { return sitrep.NewDate(y, time.Month(m), d) }

func TestDefaultRoles(t *testing.T) {
	d := mustDefault(t)
	for _, c := range []struct {
		name                string
		on                  sitrep.Date
		id, country, sector string
		role                string
	}{
		{"John Kerry", day(2016, 12, 8), "john_kerry", "USA", "GOV", "Secretary of State"},
		{"John Kerry", day(2010, 1, 1), "john_kerry", "USA", "LEG", "Senator from Massachusetts"},
		{"John Kerry", day(2018, 1, 1), "john_kerry", "USA", "GOV", "former Secretary of State"},
		{"Sergei Lavrov", day(2016, 12, 8), "sergey_lavrov", "RUS", "GOV", "Foreign Minister"},
		{"Sergey Lavrov", day(2000, 1, 1), "sergey_lavrov", "RUS", "GOV", "Permanent Representative to the United Nations"},
		{"Bashar al-Assad", day(2016, 12, 8), "bashar_al_assad", "SYR", "GOV", "President"},
		{"Mark Toner", day(2016, 12, 8), "mark_toner", "USA", "GOV", "State Department spokesman"},
		{"the Kremlin", day(2016, 12, 8), "rus_gov", "RUS", "GOV", ""},
		{"Russian Federation", day(2016, 12, 8), "rus_gov", "RUS", "GOV", ""},
		{"Damascus", day(2016, 12, 8), "syr_gov", "SYR", "GOV", ""},
		{"the White House", day(2016, 12, 8), "usa_gov", "USA", "GOV", ""},
		{"ICRC", day(2016, 12, 8), "icrc", "", "NGO", ""},
		{"OSCE", day(2016, 12, 8), "osce", "", "IGO", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			ids := d.Lookup(c.name)
			if len(ids) == 0 {
				t.Fatalf("%q not found", c.name)
			}
			a := d.Actor(ids[0], c.on)
			if a == nil {
				t.Fatalf("%q: no actor on %s", c.name, c.on)
			}
			if a.ID != c.id || a.Country != c.country || a.Sector != c.sector || a.Role != c.role {
				t.Errorf("%q on %s: got %+v, want %s %s %s %q", c.name, c.on, *a, c.id, c.country, c.sector, c.role)
			}
		})
	}
	// extra.tsv replaces Barack Obama's converted rows; their names stay.
	for _, name := range []string{"Obama", "Mr Obama", "Senator Obama", "President Obama"} {
		if ids := d.Lookup(name); len(ids) == 0 || ids[0] != "barack_obama" {
			t.Errorf("Lookup(%q) = %v, want barack_obama first", name, ids)
		}
	}
	if ids := d.Surname("kerry"); len(ids) == 0 || ids[0] != "john_kerry" {
		t.Errorf("Surname(kerry) = %v, want john_kerry first", ids)
	}
}

func TestLoadTSV(t *testing.T) {
	const file = "# mine\n" + actors.Columns + "\n" +
		"jane_doe\tperson\tJane Doe\tXYZ\tGOV\tXYZGOV\tMinister\t2020-01\t2021\tJ. Doe|Minister Doe\n"
	d := mustLoad(t, file)
	if got := d.Lookup("j. doe"); len(got) != 1 || got[0] != "jane_doe" {
		t.Fatalf("Lookup = %v", got)
	}
	e, ok := d.Best("jane_doe", day(2021, 12, 31))
	if !ok || e.Role != "Minister" || e.From != day(2020, 1, 1) || e.To != day(2021, 12, 31) {
		t.Errorf("Best = %+v, %v", e, ok)
	}
	if a := d.Actor("jane_doe", day(2019, 1, 1)); a == nil || a.Country != "XYZ" || a.Sector != "" || a.Role != "" {
		t.Errorf("before the role: got %+v, want the country alone", a)
	}
	merged := mustDefault(t).Merge(d)
	if merged.Actor("jane_doe", day(2020, 6, 1)) == nil || merged.Actor("john_kerry", day(2016, 1, 1)) == nil {
		t.Error("Merge lost entries")
	}
}

func TestLoadErrors(t *testing.T) {
	for name, file := range map[string]string{
		"ErrFields": actors.Columns + "\nx\tperson\tX\n",
		"ErrKind":   actors.Columns + "\nx\tthing\tX\t\t\t\t\t\t\t\n",
		"ErrDate":   actors.Columns + "\nx\tperson\tX\t\t\t\t\t2020-13-45\t\t\n",
		"ErrEmpty":  actors.Columns + "\n\tperson\tX\t\t\t\t\t\t\t\n",
	} {
		t.Run(name, func(t *testing.T) {
			_, err := actors.Load(strings.NewReader(file))
			if sitrep.ErrorCode(err) != sitrep.EINVALID {
				t.Errorf("got %v, want an EINVALID error", err)
			}
		})
	}
}

func TestLoadPetrarch(t *testing.T) {
	const file = `# comment
JOHN_KERRY_ # just KERRY is vague
+SECRETARY_KERRY_
	[USAGOVLEG 850103-130201]
	[USAGOV >130201]

THE_UNITED_NATIONS_ [IGOUNO]
+UN_
AFGHANISTAN_  [AFG]
+AFGHAN_
!PERSON! = MAN, MEN
CONGRESS!PERSON! [~LEG]
SOLDIER [~MIL]
`
	d := mustLoad(t, file)
	a := d.Actor("john_kerry", day(2016, 1, 1))
	if a == nil || a.Country != "USA" || a.Sector != "GOV" {
		t.Fatalf("Kerry 2016 = %+v", a)
	}
	if a := d.Actor(d.Lookup("Secretary Kerry")[0], day(2000, 1, 1)); a == nil || a.Sector != "GOV" {
		t.Errorf("Kerry 2000 = %+v", a)
	}
	if e := d.Entries("john_kerry"); e[0].Code != "USAGOVLEG" || e[0].Kind != actors.KindPerson {
		t.Errorf("Kerry rows = %+v", e)
	}
	if ids := d.Lookup("UN"); len(ids) != 1 || d.Actor(ids[0], sitrep.Date{}).Sector != "IGO" {
		t.Errorf("UN = %v", ids)
	}
	if ids := d.Lookup("afghan"); len(ids) != 1 || d.Kind(ids[0]) != actors.KindCountry {
		t.Errorf("afghan = %v", ids)
	}
	for _, w := range []string{"congressman", "congressmen", "soldier", "soldiers"} {
		if ids := d.Lookup(w); len(ids) != 1 || d.Kind(ids[0]) != actors.KindAgent {
			t.Errorf("%s = %v", w, ids)
		}
	}
}

// TestBuildReproducible checks that the embedded file is what the build
// command makes from the shared sources.
func TestBuildReproducible(t *testing.T) {
	const src = "../../shared/data/petrarch2/dictionaries"
	if _, err := os.Stat(src); err != nil {
		t.Skipf("sources absent: %v", err)
	}
	if testing.Short() {
		t.Skip("slow")
	}
	var buf bytes.Buffer
	if err := actors.Build(src, "../../shared/data/gazetteer/leaders", &buf); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("data/actors.tsv.gz")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := gunzip(t, buf.Bytes()), gunzip(t, want); got != want {
		t.Error("data/actors.tsv.gz is stale: run sitrep build actors")
	}
}

func gunzip(tb testing.TB, b []byte) string {
	tb.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		tb.Fatal(err)
	}
	var out bytes.Buffer
	if _, err := out.ReadFrom(zr); err != nil {
		tb.Fatal(err)
	}
	return out.String()
}
