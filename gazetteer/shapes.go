package gazetteer

import (
	"encoding/json"
	"fmt"
	"math"
)

// readShapes places each country at the area centroid of the largest
// polygon of its Natural Earth outline (the mainland), which is close to
// where GeoNames puts countries. Countries without an outline keep their
// capital's coordinates.
func (b *builder) readShapes() error {
	f, err := b.open("boundaries/ne_110m_admin_0_countries.geojson")
	if err != nil {
		return err
	}
	defer f.Close()
	var doc struct {
		Features []struct {
			Properties map[string]any `json:"properties"`
			Geometry   struct {
				Type        string          `json:"type"`
				Coordinates json.RawMessage `json:"coordinates"`
			} `json:"geometry"`
		} `json:"features"`
	}
	if err := json.NewDecoder(f).Decode(&doc); err != nil {
		return fmt.Errorf("gazetteer build: boundaries: %w", err)
	}
	for _, ft := range doc.Features {
		code, _ := ft.Properties["ISO_A3"].(string)
		if b.iso3[code] == "" {
			code, _ = ft.Properties["ADM0_A3"].(string)
		}
		c := b.countries[b.iso3[code]]
		if c == nil {
			continue
		}
		var polys [][][][2]float64
		switch ft.Geometry.Type {
		case "Polygon":
			var p [][][2]float64
			if err := json.Unmarshal(ft.Geometry.Coordinates, &p); err != nil {
				return fmt.Errorf("gazetteer build: boundaries %s: %w", code, err)
			}
			polys = append(polys, p)
		case "MultiPolygon":
			if err := json.Unmarshal(ft.Geometry.Coordinates, &polys); err != nil {
				return fmt.Errorf("gazetteer build: boundaries %s: %w", code, err)
			}
		}
		best := 0.0
		for _, p := range polys {
			if len(p) == 0 {
				continue
			}
			area, lon, lat := ringCentroid(p[0])
			if math.Abs(area) > best {
				best = math.Abs(area)
				c.lat, c.lon, c.hasCoord = lat, lon, true
			}
		}
	}
	return nil
}

// ringCentroid returns the signed planar area and centroid of a closed ring
// of lon/lat points.
func ringCentroid(ring [][2]float64) (area, cx, cy float64) {
	for i := 0; i+1 < len(ring); i++ {
		x0, y0, x1, y1 := ring[i][0], ring[i][1], ring[i+1][0], ring[i+1][1]
		cross := x0*y1 - x1*y0
		area += cross
		cx += (x0 + x1) * cross
		cy += (y0 + y1) * cross
	}
	if area == 0 {
		if len(ring) > 0 {
			return 0, ring[0][0], ring[0][1]
		}
		return 0, 0, 0
	}
	area /= 2
	return area, cx / (6 * area), cy / (6 * area)
}
