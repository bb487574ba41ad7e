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
	"slices"
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
//	M  geonameid name lat lon code iso2 admin1code population
//	D  iso2 admin1code admin2code name lat lon population   (a US county)
//
// then the index of their names and alternate names (see
// writeMinorNames).
func (b *builder) writeMinor(w io.Writer) {
	fmt.Fprint(w, MinorHeader)
	sort.Slice(b.minor, func(i, j int) bool { return b.minor[i].id < b.minor[j].id })
	for _, p := range b.minor {
		fmt.Fprintf(w, "M\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%d\n", p.id, p.name, p.lat, p.lon,
			p.code, p.cc, p.admin1, p.pop)
	}
	for _, c := range b.counties {
		fmt.Fprintf(w, "D\tUS\t%s\t%s\t%s\t%s\t%s\t%d\n", c.state, c.code, c.name, fmtCoord(c.lat), fmtCoord(c.lon), c.pop)
	}
	b.writeMinorNames(w)
}

// writeMinorNames writes the index of the minor places' folded names,
// sorted, so that loading it needs neither folding nor hashing:
//
//	N  key  k,k,...   (k: the place's record number among the M and D
//	                   records, from 0; "a" before it for an alternate name)
func (b *builder) writeMinorNames(w io.Writer) {
	type ent struct {
		k   int
		alt bool
	}
	idx := map[string][]ent{}
	add := func(name string, k int, alt bool) {
		key := Fold(name)
		if key == "" || strings.ContainsAny(key, "\t\n") {
			return
		}
		list := idx[key]
		for i, e := range list {
			if e.k == k {
				list[i].alt = list[i].alt && alt
				return
			}
		}
		idx[key] = append(list, ent{k, alt})
	}
	k := 0
	for _, p := range b.minor {
		add(p.name, k, false)
		for _, a := range p.aliases {
			add(a, k, true)
		}
		k++
	}
	for _, c := range b.counties {
		add(c.name, k, false)
		k++
	}
	var sb strings.Builder
	for _, key := range sortedKeys(idx) {
		sb.Reset()
		for i, e := range idx[key] {
			if i > 0 {
				sb.WriteByte(',')
			}
			if e.alt {
				sb.WriteByte('a')
			}
			sb.WriteString(strconv.Itoa(e.k))
		}
		fmt.Fprintf(w, "N\t%s\t%s\n", key, sb.String())
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
	if len(g.minorSrc) == 0 {
		return
	}
	m, err := parseMinor(g.minorSrc, int32(len(g.features)))
	if err != nil {
		g.minorErr = err
		return
	}
	g.minorIdx = m
}

// minorIndex holds the minor places: their features (numbered from base,
// after the main ones) and the sorted folded names with their entries,
// those of keys[i] being ents[off[i]:off[i+1]].
type minorIndex struct {
	feat []Feature
	keys []string
	ents []Entry
	off  []int32
}

// lookup returns the entries of a folded name.
func (m *minorIndex) lookup(key string) []Entry {
	i, ok := slices.BinarySearch(m.keys, key)
	if !ok {
		return nil
	}
	return m.ents[m.off[i]:m.off[i+1]]
}

// parseMinor reads a minor places file (gzip'ed or plain); features are
// numbered from base.
func parseMinor(src []byte, base int32) (*minorIndex, error) {
	m := &minorIndex{feat: make([]Feature, 0, 180000), keys: make([]string, 0, 360000),
		ents: make([]Entry, 0, 380000), off: make([]int32, 1, 360001)}
	err := records(bytes.NewReader(src), "gazetteer minor places", func(f []string) error {
		switch {
		case len(f) == 3 && f[0] == "N":
			return m.addName(f[1], f[2], base)
		case len(m.keys) > 0:
			return fmt.Errorf("a place after the names")
		case len(f) == 8 && f[0] == "D":
			ft, err := parseCounty(f)
			if err != nil {
				return err
			}
			m.feat = append(m.feat, ft)
		case len(f) == 9 && f[0] == "M":
			var nums [4]float64
			for k, j := range [4]int{1, 3, 4, 8} {
				v, err := strconv.ParseFloat(f[j], 64)
				if err != nil {
					return fmt.Errorf("field %d: %v", j+1, err)
				}
				nums[k] = v
			}
			m.feat = append(m.feat, Feature{ID: int(nums[0]), Name: f[2], Class: 'P', Code: f[5], Country: f[6], Admin1: f[7],
				Lat: nums[1], Lon: nums[2], Population: int64(nums[3]), Minor: true})
		default:
			return fmt.Errorf("bad record kind %q or field count %d", f[0], len(f))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return m, nil
}

// addName adds an N record: a folded name, after the previous one in
// sort order, and its places' record numbers.
func (m *minorIndex) addName(key, list string, base int32) error {
	if n := len(m.keys); n > 0 && key <= m.keys[n-1] {
		return fmt.Errorf("name %q out of order", key)
	}
	for id := range strings.SplitSeq(list, ",") {
		alt := strings.HasPrefix(id, "a")
		k, err := strconv.Atoi(strings.TrimPrefix(id, "a"))
		if err != nil || k < 0 || k >= len(m.feat) {
			return fmt.Errorf("name %q: bad place number %q", key, id)
		}
		m.ents = append(m.ents, Entry{Feature: base + int32(k), Alt: alt})
	}
	m.keys = append(m.keys, key)
	m.off = append(m.off, int32(len(m.ents)))
	return nil
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
