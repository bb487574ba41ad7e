package geocode_test

import (
	"testing"

	"sitrep/geocode"
)

// TestLocateMinor checks that a town under 15,000 people is placed where
// the article is (Pelican Rapids and Perham in Minnesota, next to
// Moorhead), and that a county is placed as the county, never at a small
// namesake town.
func TestLocateMinor(t *testing.T) {
	body := "Flooding closed roads between Moorhead and Pelican Rapids on Monday, and Perham opened a shelter. " +
		"Otter Tail County asked for help."
	tops := toponyms(body, "Moorhead", "Pelican Rapids", "Perham", "Otter Tail County")
	res := mustGeocoder(t, geocode.Options{}).Locate(body, tops)
	for i, name := range []string{"Moorhead", "Pelican Rapids", "Perham"} {
		ft := res[i].Feature
		if ft == nil || ft.Country != "US" || ft.Admin1 != "MN" || ft.Name != name {
			t.Errorf("%s: got %+v", name, ft)
		}
	}
	if ft := res[1].Feature; ft != nil && (!ft.Minor || ft.Precision() != "city") {
		t.Errorf("Pelican Rapids: minor %v, precision %s", ft.Minor, ft.Precision())
	}
	if ft := res[3].Feature; ft == nil || ft.Code != "ADM2" || ft.Admin1 != "MN" || ft.Precision() != "region" {
		t.Errorf("Otter Tail County placed at %+v", ft)
	}
}
