package main

import (
	"fmt"
	"math"
	"os"
	"sort"

	"sitrep/eval/geoeval"
	"sitrep/gazetteer"
)

// pointsFrom reads the GeoNames points that geoparsing corpora (LGL,
// GeoWebNews) record for the places they annotate, keyed by GeoNames id.
// Where a corpus records one id at different points (rounding, a later
// GeoNames edit), the point recorded most often wins, ties going to the
// smaller latitude, then longitude, so the result does not depend on the
// order of the files.
func pointsFrom(paths []string) (map[int]gazetteer.Point, error) {
	type key struct{ lat, lon float64 }
	votes := map[int]map[key]int{}
	for _, path := range paths {
		if path == "" {
			continue
		}
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("points: %w", err)
		}
		docs, err := geoeval.Read(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("points: %s: %w", path, err)
		}
		for _, d := range docs {
			for _, g := range d.Gold {
				if g.GeonameID == 0 || math.Abs(g.Lat) > 90 || math.Abs(g.Lon) > 180 {
					continue
				}
				v := votes[g.GeonameID]
				if v == nil {
					v = map[key]int{}
					votes[g.GeonameID] = v
				}
				v[key{round4(g.Lat), round4(g.Lon)}]++
			}
		}
	}
	out := make(map[int]gazetteer.Point, len(votes))
	for id, v := range votes {
		ks := make([]key, 0, len(v))
		for k := range v {
			ks = append(ks, k)
		}
		sort.Slice(ks, func(i, j int) bool {
			a, b := ks[i], ks[j]
			if v[a] != v[b] {
				return v[a] > v[b]
			}
			if a.lat != b.lat {
				return a.lat < b.lat
			}
			return a.lon < b.lon
		})
		out[id] = gazetteer.Point{Lat: ks[0].lat, Lon: ks[0].lon}
	}
	return out, nil
}

func round4(v float64) float64 { return math.Round(v*1e4) / 1e4 }
