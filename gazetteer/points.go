package gazetteer

// Point is a place's representative point in WGS84 degrees.
type Point struct{ Lat, Lon float64 }

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
