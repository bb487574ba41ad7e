package geocode_test

import (
	"testing"
	"unicode/utf8"

	"sitrep/geocode"
)

// TestLocateScannedRegion checks that a state named outside the place
// names (here inside an organisation's name) decides between namesakes.
func TestLocateScannedRegion(t *testing.T) {
	body := "Deputies of the Ohio State Highway Patrol said the crash near Newark closed the road."
	tops := toponyms(body, "Newark")
	r := mustGeocoder(t, geocode.Options{}).Locate(body, tops)[0]
	if r.Feature == nil || r.Feature.Country != "US" || r.Feature.Admin1 != "OH" {
		t.Errorf("Newark: got %+v", r.Feature)
	}
}

// TestLocateScanSkips checks that a region's name is not read as the
// article's region where it names a street (Washington Drive) or stands
// for a national capital (Washington).
func TestLocateScanSkips(t *testing.T) {
	for _, body := range []string{
		"Police closed Washington Drive after a crash in Arlington on Tuesday.",
		"Officials in Washington said the council in Arlington would vote.",
	} {
		tops := toponyms(body, "Arlington")
		r := mustGeocoder(t, geocode.Options{}).Locate(body, tops)[0]
		if r.Feature == nil || r.Feature.Country != "US" || r.Feature.Admin1 == "WA" {
			t.Errorf("%q: Arlington at %+v", body, r.Feature)
		}
	}
}

// FuzzLocate feeds arbitrary text and spans to the geocoder, which reads
// the text around each name (admin context, county words, region names).
func FuzzLocate(f *testing.F) {
	f.Add("Aid reached Madaya, Syria, near Damascus.", 12, 18)
	f.Add("Jackson and Barrow counties, Ga.", 0, 7)
	f.Add("Officials in Savannah, Ga., and the Ohio State Highway Patrol", 13, 21)
	f.Add("Ḥalab, ", 0, 5)
	g := mustGeocoder(f, geocode.Options{Fallback: true})
	f.Fuzz(func(t *testing.T, body string, start, end int) {
		if !utf8.ValidString(body) {
			return
		}
		n := utf8.RuneCountInString(body)
		if start < 0 || end > n || start >= end {
			return
		}
		text := string([]rune(body)[start:end])
		tops := []geocode.Toponym{{Text: text}}
		tops[0].Start, tops[0].End = start, end
		res := g.Locate(body, tops)
		if len(res) != 1 {
			t.Fatalf("got %d results", len(res))
		}
	})
}
