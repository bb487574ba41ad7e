// Package worldmap turns the Natural Earth country shapes (public domain,
// 1:110m, GeoJSON) into the compact SVG world map the web UI embeds: one
// <path> per country in an equirectangular projection, coordinates rounded
// to a tenth of a map unit and written as relative moves.
//
// The projection maps longitude -180..180 to x 0..Width and latitude 90..-90
// to y 0..Height, so the UI places a marker at X(lon), Y(lat) with the same
// formulas.
package worldmap

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Map size in SVG units.
const (
	Width  = 1000.0
	Height = 500.0
)

// X returns the map x of a longitude.
func X(lon float64) float64 { return (lon + 180) / 360 * Width }

// Y returns the map y of a latitude.
func Y(lat float64) float64 { return (90 - lat) / 180 * Height }

// Source is the file Build reads inside its source directory.
const Source = "ne_110m_admin_0_countries.geojson"

type featureCollection struct {
	Features []struct {
		Properties map[string]any `json:"properties"`
		Geometry   struct {
			Type        string          `json:"type"`
			Coordinates json.RawMessage `json:"coordinates"`
		} `json:"geometry"`
	} `json:"features"`
}

// Build reads Source from dir (or dir itself when it names a file) and
// writes the SVG map to w. The output is deterministic: countries sorted by
// ISO code, then name.
func Build(dir string, w io.Writer) error {
	path := dir
	if fi, err := os.Stat(dir); err == nil && fi.IsDir() {
		path = filepath.Join(dir, Source)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var fc featureCollection
	if err := json.Unmarshal(b, &fc); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	type country struct{ iso, name, d string }
	var cs []country
	for _, f := range fc.Features {
		var polys [][][][2]float64
		switch f.Geometry.Type {
		case "Polygon":
			var p [][][2]float64
			if err := json.Unmarshal(f.Geometry.Coordinates, &p); err != nil {
				return err
			}
			polys = append(polys, p)
		case "MultiPolygon":
			if err := json.Unmarshal(f.Geometry.Coordinates, &polys); err != nil {
				return err
			}
		default:
			continue
		}
		iso := prop(f.Properties, "ISO_A3")
		if iso == "" || iso == "-99" {
			iso = prop(f.Properties, "ADM0_A3")
		}
		cs = append(cs, country{iso, prop(f.Properties, "NAME"), pathData(polys)})
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].iso != cs[j].iso {
			return cs[i].iso < cs[j].iso
		}
		return cs[i].name < cs[j].name
	})
	fmt.Fprintf(w, "<!-- Natural Earth 1:110m countries (public domain), built by sitrep/worldmap -->\n")
	fmt.Fprintf(w, `<g class="countries">`+"\n")
	for _, c := range cs {
		fmt.Fprintf(w, `<path data-iso="%s" data-name="%s" d="%s"/>`+"\n", html.EscapeString(c.iso), html.EscapeString(c.name), c.d)
	}
	_, err = fmt.Fprintf(w, "</g>\n")
	return err
}

func prop(p map[string]any, k string) string {
	s, _ := p[k].(string)
	return s
}

// pathData writes rings as "M x y l dx dy ... z" in tenths of a unit,
// dropping points that round onto the previous one.
func pathData(polys [][][][2]float64) string {
	var b strings.Builder
	num := func(v int) {
		if v >= 0 && b.Len() > 0 {
			last := b.String()[b.Len()-1]
			if last != ' ' && last != 'l' && last != 'M' {
				b.WriteByte(' ')
			}
		}
		b.WriteString(tenths(v))
	}
	for _, rings := range polys {
		for _, ring := range rings {
			if len(ring) < 3 {
				continue
			}
			var px, py int
			n := 0
			for i, pt := range ring {
				x := int(math.Round(X(pt[0]) * 10))
				y := int(math.Round(Y(pt[1]) * 10))
				switch {
				case i == 0:
					b.WriteByte('M')
					num(x)
					num(y)
					b.WriteByte('l')
				case x == px && y == py:
					continue
				default:
					num(x - px)
					num(y - py)
				}
				px, py = x, y
				n++
			}
			b.WriteByte('z')
		}
	}
	return b.String()
}

// tenths formats v/10 with at most one decimal and no leading zero.
func tenths(v int) string {
	neg := v < 0
	if neg {
		v = -v
	}
	s := strconv.Itoa(v / 10)
	if v%10 != 0 {
		if s == "0" {
			s = ""
		}
		s += "." + strconv.Itoa(v%10)
	}
	if neg {
		s = "-" + s
	}
	return s
}
