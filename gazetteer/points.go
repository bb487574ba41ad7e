package gazetteer

import (
	"fmt"
	"io"
)

// Point is a place's representative point in WGS84 degrees.
type Point struct{ Lat, Lon float64 }

// BuildOptions adds data from outside the raw sources' directory to a
// build.
type BuildOptions struct {
	// Points holds GeoNames' own points for countries and first-level
	// regions, keyed by GeoNames id. The raw sources give no coordinates
	// for either (countries would otherwise sit at the centroid of their
	// Natural Earth mainland, regions at the middle of their listed
	// towns), so a geocoder would put "Canada" or "Florida" a few hundred
	// kilometres from where GeoNames, and every corpus scored against it,
	// puts them. Points for other ids are ignored: they never add a place.
	Points map[int]Point
	// Minor is a GeoNames cities file of smaller places (cities500 or
	// cities1000: plain, zip'ed, or inside a gzip'ed tar), whose populated
	// places not already in cities15000 become minor places (see
	// LookupMinor). "" for none.
	Minor string
	// Counties is the US Census list of counties (state, state FIPS,
	// county FIPS, name, class: fips-counties.csv, plain or inside a
	// gzip'ed tar). Each county the places name by its FIPS code becomes
	// a minor feature (ADM2) at the centre of population of its places.
	// "" for none.
	Counties string
}

// BuildWith is Build with the data of opt; the minor places, if any, go
// to minor (gzip'ed; see Gazetteer.SetMinor), which may be nil without
// them.
func BuildWith(srcDir string, opt BuildOptions, w, minor io.Writer) error {
	if (opt.Minor != "" || opt.Counties != "") && minor == nil {
		return fmt.Errorf("gazetteer build: minor places need a second output")
	}
	return build(srcDir, opt, w, minor)
}

// applyPoints moves the countries and regions points holds to its points.
func (b *builder) applyPoints(points map[int]Point) {
	for _, c := range b.countries {
		if p, ok := points[c.id]; ok && c.id != 0 {
			c.lat, c.lon, c.hasCoord = p.Lat, p.Lon, true
			b.points++
		}
	}
	for _, r := range b.regions {
		if p, ok := points[r.id]; ok && r.id != 0 {
			r.minLat, r.maxLat, r.minLon, r.maxLon = p.Lat, p.Lat, p.Lon, p.Lon
			b.points++
		}
	}
}
