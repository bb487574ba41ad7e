package gazetteer

import (
	"archive/tar"
	"archive/zip"
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

// readMinor adds the populated places of a GeoNames cities file of
// smaller places (cities500, cities1000) that cities15000 does not hold.
// The file may be plain, zip'ed, or the .txt member of a gzip'ed tar (as
// packages distribute it). Minor places count toward no region's
// population or middle, so the rest of the gazetteer is the same with or
// without them.
func (b *builder) readMinor(path string) error {
	r, closeFn, err := openMember(path, ".txt")
	if err != nil {
		return fmt.Errorf("gazetteer build: minor places: %w", err)
	}
	defer closeFn()
	have := make(map[int]bool, len(b.places))
	for _, p := range b.places {
		have[p.id] = true
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	line := 0
	for sc.Scan() {
		line++
		p, _, _, ok := parsePlace(sc.Text())
		if !ok {
			return fmt.Errorf("gazetteer build: %s line %d: not a GeoNames cities record", path, line)
		}
		if have[p.id] || p.class != "P" || p.cc == "" {
			continue
		}
		have[p.id] = true
		b.minor = append(b.minor, p)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("gazetteer build: %s: %w", path, err)
	}
	if len(b.minor) == 0 {
		return fmt.Errorf("gazetteer build: %s: no populated places", path)
	}
	return nil
}

// openMember opens a data file: plain, a zip archive (its first member)
// or a gzip'ed tar (its first member whose name ends in suffix).
func openMember(path, suffix string) (io.Reader, func(), error) {
	switch {
	case strings.HasSuffix(path, ".zip"):
		zr, err := zip.OpenReader(path)
		if err != nil {
			return nil, nil, err
		}
		if len(zr.File) == 0 {
			zr.Close()
			return nil, nil, fmt.Errorf("%s: empty archive", path)
		}
		rc, err := zr.File[0].Open()
		if err != nil {
			zr.Close()
			return nil, nil, err
		}
		return rc, func() { rc.Close(); zr.Close() }, nil
	case strings.HasSuffix(path, ".tgz") || strings.HasSuffix(path, ".tar.gz"):
		f, err := os.Open(path)
		if err != nil {
			return nil, nil, err
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			f.Close()
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		tr := tar.NewReader(zr)
		for {
			h, err := tr.Next()
			if err != nil {
				f.Close()
				return nil, nil, fmt.Errorf("%s: no %s member: %w", path, suffix, err)
			}
			if h.Typeflag == tar.TypeReg && strings.HasSuffix(h.Name, suffix) {
				return tr, func() { f.Close() }, nil
			}
		}
	default:
		f, err := os.Open(path)
		if err != nil {
			return nil, nil, err
		}
		return f, func() { f.Close() }, nil
	}
}

// writeMinor writes the minor places, one M record per line:
//
//	M  geonameid name lat lon code iso2 admin1code population aliases
//	D  iso2 admin1code admin2code name lat lon population   (a US county)
func (b *builder) writeMinor(w io.Writer) {
	fmt.Fprint(w, MinorHeader)
	sort.Slice(b.minor, func(i, j int) bool { return b.minor[i].id < b.minor[j].id })
	for _, p := range b.minor {
		fmt.Fprintf(w, "M\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\n", p.id, p.name, p.lat, p.lon,
			p.code, p.cc, p.admin1, p.pop, strings.Join(p.aliases, "|"))
	}
	for _, c := range b.counties {
		fmt.Fprintf(w, "D\tUS\t%s\t%s\t%s\t%s\t%s\t%d\n", c.state, c.code, c.name, fmtCoord(c.lat), fmtCoord(c.lon), c.pop)
	}
}

// MinorHeader is the attribution written at the top of a minor places
// file.
const MinorHeader = `# sitrep minor places, built by "sitrep build gazetteer --minor".
# Contains data from GeoNames (https://www.geonames.org), licensed CC BY 4.0:
# populated places under 15,000 people.
# US counties (D records): names and FIPS codes from the US Census Bureau
# (public domain), placed at the centre of population of their places.
`

// loadMinor parses g.minorSrc into the minor places.
func (g *Gazetteer) loadMinor() {
	g.minor = map[string][]Entry{}
	if len(g.minorSrc) == 0 {
		return
	}
	feat, names, err := parseMinor(g.minorSrc, int32(len(g.features)))
	if err != nil {
		g.minorErr = err
		return
	}
	g.minorFeat, g.minor = feat, names
}

// parseMinor reads a minor places file (gzip'ed or plain); features are
// numbered from base.
func parseMinor(src []byte, base int32) ([]Feature, map[string][]Entry, error) {
	feat := make([]Feature, 0, 180000)
	names := make(map[string][]Entry, 360000)
	err := records(bytes.NewReader(src), "gazetteer minor places", func(f []string) error {
		i := base + int32(len(feat))
		switch {
		case len(f) == 8 && f[0] == "D":
			ft, err := parseCounty(f)
			if err != nil {
				return err
			}
			feat = append(feat, ft)
			addEntry(names, Fold(ft.Name), i, false)
		case len(f) == 10 && f[0] == "M":
			var nums [4]float64
			for k, j := range [4]int{1, 3, 4, 8} {
				v, err := strconv.ParseFloat(f[j], 64)
				if err != nil {
					return fmt.Errorf("field %d: %v", j+1, err)
				}
				nums[k] = v
			}
			feat = append(feat, Feature{ID: int(nums[0]), Name: f[2], Class: 'P', Code: f[5], Country: f[6], Admin1: f[7],
				Lat: nums[1], Lon: nums[2], Population: int64(nums[3]), Minor: true})
			addEntry(names, Fold(f[2]), i, false)
			for _, a := range splitList(f[9]) {
				addEntry(names, Fold(a), i, true)
			}
		default:
			return fmt.Errorf("bad record kind %q or field count %d", f[0], len(f))
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return feat, names, nil
}

// parseCounty reads a D record: iso2 admin1 admin2 name lat lon population.
func parseCounty(f []string) (Feature, error) {
	var nums [3]float64
	for k, i := range [3]int{5, 6, 7} {
		v, err := strconv.ParseFloat(f[i], 64)
		if err != nil {
			return Feature{}, fmt.Errorf("field %d: %v", i+1, err)
		}
		nums[k] = v
	}
	return Feature{Name: f[4], Class: 'A', Code: "ADM2", Country: f[1], Admin1: f[2],
		Lat: nums[0], Lon: nums[1], Population: int64(nums[2]), Minor: true}, nil
}
