package gazetteer

import (
	"encoding/csv"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// bCounty is a US county: its state, FIPS code and name, placed at the
// centre of population of the places it holds.
type bCounty struct {
	state, code, name string
	lat, lon          float64
	pop               int64
}

// readCounties reads the US Census county list and places each county at
// the population-weighted mean of the places (of cities15000 and of the
// minor places) that GeoNames puts in it. Counties that hold no listed
// place are left out: nothing says where they are.
func (b *builder) readCounties(path string) error {
	r, closeFn, err := openMember(path, "fips-counties.csv")
	if err != nil {
		return fmt.Errorf("gazetteer build: counties: %w", err)
	}
	defer closeFn()
	type sum struct{ w, lat, lon float64 }
	sums := map[string]*sum{}
	for _, list := range [][]*bPlace{b.places, b.minor} {
		for _, p := range list {
			if p.cc != "US" || p.admin2 == "" || p.pop <= 0 {
				continue
			}
			k := p.admin1 + "." + p.admin2
			s := sums[k]
			if s == nil {
				s = &sum{}
				sums[k] = s
			}
			lat, _ := strconv.ParseFloat(p.lat, 64)
			lon, _ := strconv.ParseFloat(p.lon, 64)
			w := float64(p.pop)
			s.w, s.lat, s.lon = s.w+w, s.lat+w*lat, s.lon+w*lon
		}
	}
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	for line := 1; ; line++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("gazetteer build: %s: %w", path, err)
		}
		if len(rec) < 4 {
			return fmt.Errorf("gazetteer build: %s line %d: want state, state FIPS, county FIPS, name", path, line)
		}
		if line == 1 && rec[0] == "State" {
			continue // header
		}
		s := sums[rec[0]+"."+rec[2]]
		if s == nil || !strings.Contains(rec[3], " ") {
			continue
		}
		b.counties = append(b.counties, &bCounty{state: rec[0], code: rec[2], name: rec[3],
			lat: s.lat / s.w, lon: s.lon / s.w, pop: int64(s.w)})
	}
	if len(b.counties) == 0 {
		return fmt.Errorf("gazetteer build: %s: no county holds a listed place", path)
	}
	sort.Slice(b.counties, func(i, j int) bool {
		a, c := b.counties[i], b.counties[j]
		if a.state != c.state {
			return a.state < c.state
		}
		return a.code < c.code
	})
	return nil
}
