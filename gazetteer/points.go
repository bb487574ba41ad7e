package gazetteer

import "io"

// Point is a place's representative point in WGS84 degrees.
type Point struct{ Lat, Lon float64 }

// BuildWith is Build with GeoNames' own points for countries and
// first-level regions, keyed by GeoNames id. The raw sources give no
// coordinates for either (countries would otherwise sit at the centroid of
// their Natural Earth mainland, regions at the middle of their listed
// towns), so a geocoder would put "Canada" or "Florida" a few hundred
// kilometres from where GeoNames, and every corpus scored against it, puts
// them. Points for other ids are ignored: they never add a place.
func BuildWith(srcDir string, points map[int]Point, w io.Writer) error {
	return build(srcDir, points, w)
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
