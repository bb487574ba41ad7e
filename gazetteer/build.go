package gazetteer

import (
	"bufio"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Header is the attribution written at the top of a built gazetteer.
const Header = `# sitrep gazetteer, built by "sitrep build gazetteer".
# Contains data from GeoNames (https://www.geonames.org), licensed CC BY 4.0.
# Country names from i18n-iso-countries, MIT License, Copyright (c) 2016 widdix GmbH.
# Country and nationality maps from mordecai, MIT License,
# Copyright (c) 2017 Andy Halterman, 2015 Caerus Associates.
# Country centroids computed from Natural Earth outlines (public domain).
`

// Build reads the raw data in srcDir (the layout of shared/data/gazetteer:
// geonames/, countries/, boundaries/) and writes the gzip'ed gazetteer file
// to w. The output depends only on the input: the same sources give the same
// bytes.
func Build(srcDir string, w io.Writer) error { return BuildWith(srcDir, BuildOptions{}, w, nil) }

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
	b := &builder{src: srcDir, countries: map[string]*bCountry{}, regions: map[string]*bRegion{}}
	steps := []func() error{b.readCountryInfo, b.readISO, b.readMordecai, b.readRegions, b.readCities, b.readShapes}
	if opt.Minor != "" {
		steps = append(steps, func() error { return b.readMinor(opt.Minor) })
	}
	if opt.Counties != "" {
		steps = append(steps, func() error { return b.readCounties(opt.Counties) })
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	b.finish()
	b.applyPoints(opt.Points)
	if err := gzipTo(w, b.write); err != nil {
		return err
	}
	if minor == nil {
		return nil
	}
	return gzipTo(minor, b.writeMinor)
}

// gzipTo writes what write makes to w, gzip'ed.
func gzipTo(w io.Writer, write func(io.Writer)) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	write(bw)
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

type bCountry struct {
	iso2, iso3, name, capital string
	id                        int
	pop                       int64
	lat, lon                  float64
	hasCoord                  bool
	aliases, demonyms         []string
}

type bRegion struct {
	cc, code, name, ascii string
	id                    int
	pop                   int64
	minLat, maxLat        float64
	minLon, maxLon        float64
	n                     int
	aliases               []string
}

type bPlace struct {
	id                int
	name, class, code string
	cc, admin1        string
	admin2            string // second-level division code (a US county's FIPS code)
	lat, lon          string
	pop               int64
	aliases           []string
}

type builder struct {
	src       string
	countries map[string]*bCountry // by ISO2
	iso3      map[string]string    // ISO3 -> ISO2
	regions   map[string]*bRegion  // by CC.code
	places    []*bPlace
	minor     []*bPlace // smaller places, from BuildOptions.Minor
	counties  []*bCounty
	// continentPop sums the population of each continent's countries.
	continentPop map[string]int64
	// points counts the countries and regions given GeoNames' points.
	points int
}

func (b *builder) open(rel string) (*os.File, error) {
	f, err := os.Open(filepath.Join(b.src, rel))
	if err != nil {
		return nil, fmt.Errorf("gazetteer build: %w", err)
	}
	return f, nil
}

func (b *builder) readCountryInfo() error {
	f, err := b.open("geonames/countryInfo.tsv")
	if err != nil {
		return err
	}
	defer f.Close()
	b.iso3 = map[string]string{}
	b.continentPop = map[string]int64{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) < 17 {
			continue
		}
		id, _ := strconv.Atoi(c[16])
		pop, _ := strconv.ParseInt(c[7], 10, 64)
		b.countries[c[0]] = &bCountry{iso2: c[0], iso3: c[1], name: c[4], capital: c[5], id: id, pop: pop}
		b.iso3[c[1]] = c[0]
		b.continentPop[c[8]] += pop
	}
	return sc.Err()
}

func (b *builder) readISO() error {
	f, err := b.open("countries/i18n-iso-countries.en.json")
	if err != nil {
		return err
	}
	defer f.Close()
	var doc struct {
		Countries map[string]json.RawMessage `json:"countries"`
	}
	if err := json.NewDecoder(f).Decode(&doc); err != nil {
		return fmt.Errorf("gazetteer build: i18n-iso-countries: %w", err)
	}
	for iso2, raw := range doc.Countries {
		c := b.countries[iso2]
		if c == nil {
			continue
		}
		var names []string
		if err := json.Unmarshal(raw, &names); err != nil {
			var one string
			if err := json.Unmarshal(raw, &one); err != nil {
				return fmt.Errorf("gazetteer build: i18n-iso-countries %s: %w", iso2, err)
			}
			names = []string{one}
		}
		c.aliases = append(c.aliases, names...)
	}
	return nil
}

func (b *builder) readMordecai() error {
	// mordecai.countries.json is damaged in the stored copy; its sibling
	// holds the same map as a plain JSON object.
	f, err := b.open("countries/mordecai.stopword_country_names.json")
	if err != nil {
		return err
	}
	defer f.Close()
	var m map[string]string
	if err := json.NewDecoder(f).Decode(&m); err != nil {
		return fmt.Errorf("gazetteer build: mordecai countries: %w", err)
	}
	for name, iso3 := range m {
		if c := b.countries[b.iso3[iso3]]; c != nil {
			c.aliases = append(c.aliases, strings.ReplaceAll(name, "_", " "))
		}
	}
	g, err := b.open("countries/mordecai.nat_df.csv")
	if err != nil {
		return err
	}
	defer g.Close()
	cr := csv.NewReader(g)
	cr.FieldsPerRecord = -1
	rows, err := cr.ReadAll()
	if err != nil {
		return fmt.Errorf("gazetteer build: mordecai nationalities: %w", err)
	}
	for _, r := range rows[1:] {
		if len(r) < 2 {
			continue
		}
		if c := b.countries[b.iso3[r[1]]]; c != nil {
			c.demonyms = append(c.demonyms, strings.TrimSpace(r[0]))
		}
	}
	for iso2, extra := range extraCountryNames {
		if c := b.countries[iso2]; c != nil {
			c.aliases = append(c.aliases, extra[0]...)
			c.demonyms = append(c.demonyms, extra[1]...)
		}
	}
	return nil
}

func (b *builder) readRegions() error {
	f, err := b.open("geonames/regionInfo.tsv")
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		c := strings.Split(line, "\t")
		cc, code, ok := strings.Cut(c[0], ".")
		if len(c) < 4 || !ok {
			continue
		}
		id, _ := strconv.Atoi(c[3])
		r := &bRegion{cc: cc, code: code, name: c[1], ascii: c[2], id: id,
			minLat: 91, maxLat: -91, minLon: 181, maxLon: -181}
		switch cc {
		case "US":
			r.aliases = usStateAbbrev[code]
		case "CA":
			r.aliases = caProvinceAbbrev[code]
		}
		b.regions[c[0]] = r
	}
	return sc.Err()
}

func (b *builder) readCities() error {
	rc, closeFn, err := openMember(filepath.Join(b.src, "geonames/cities15000.zip"), ".txt")
	if err != nil {
		return fmt.Errorf("gazetteer build: %w", err)
	}
	defer closeFn()
	sc := bufio.NewScanner(rc)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() {
		p, lat, lon, ok := parsePlace(sc.Text())
		if !ok {
			continue
		}
		if r := b.regions[p.cc+"."+p.admin1]; r != nil {
			r.pop += p.pop
			r.n++
			r.minLat, r.maxLat = min(r.minLat, lat), max(r.maxLat, lat)
			r.minLon, r.maxLon = min(r.minLon, lon), max(r.maxLon, lon)
		}
		if co := b.countries[p.cc]; co != nil && p.code == "PPLC" {
			co.lat, co.lon = lat, lon // a stand-in until the outline's centroid is known
			co.hasCoord = true
		}
		b.places = append(b.places, p)
	}
	return sc.Err()
}

// parsePlace reads one line of a GeoNames cities file.
func parsePlace(line string) (p *bPlace, lat, lon float64, ok bool) {
	c := strings.Split(line, "\t")
	if len(c) < 15 {
		return nil, 0, 0, false
	}
	id, _ := strconv.Atoi(c[0])
	pop, _ := strconv.ParseInt(c[14], 10, 64)
	lat, _ = strconv.ParseFloat(c[4], 64)
	lon, _ = strconv.ParseFloat(c[5], 64)
	p = &bPlace{id: id, name: c[1], class: c[6], code: c[7], cc: c[8], admin1: c[10], admin2: c[11],
		lat: fmtCoord(lat), lon: fmtCoord(lon), pop: pop}
	seen := map[string]bool{Fold(p.name): true}
	for _, a := range append([]string{c[2]}, strings.Split(c[3], ",")...) {
		if k := Fold(a); keepAlt(a) && !seen[k] {
			seen[k] = true
			p.aliases = append(p.aliases, a)
		}
	}
	return p, lat, lon, true
}

// keepAlt reports whether an alternate name is worth indexing: Latin script,
// capitalised, no digits, and not a short all-capitals code.
func keepAlt(s string) bool {
	if s == "" || len(s) > 60 {
		return false
	}
	upper, letters := 0, 0
	for i, r := range s {
		switch {
		case unicode.IsLetter(r):
			if !unicode.Is(unicode.Latin, r) {
				return false
			}
			letters++
			if unicode.IsUpper(r) {
				upper++
			} else if i == 0 {
				return false
			}
		case unicode.IsDigit(r):
			return false
		}
	}
	return letters >= 3 && !(upper == letters && letters <= 4)
}

func fmtCoord(v float64) string { return strconv.FormatFloat(v, 'f', 4, 64) }

// finish places each region at the middle of its listed places.
func (b *builder) finish() {
	for _, r := range b.regions {
		if r.n == 0 {
			if c := b.countries[r.cc]; c != nil {
				r.minLat, r.maxLat, r.minLon, r.maxLon = c.lat, c.lat, c.lon, c.lon
			} else {
				r.minLat, r.maxLat, r.minLon, r.maxLon = 0, 0, 0, 0
			}
		}
	}
}

func (b *builder) write(w io.Writer) {
	fmt.Fprint(w, Header)
	if b.points > 0 {
		fmt.Fprintf(w, "# Points of %d countries and regions: GeoNames', as the LGL and GeoWebNews annotations record them.\n", b.points)
	}
	// A country alias that names another country's region is a mistake of
	// the source lists (Northern Ireland for Ireland): drop it.
	regionOf := map[string]string{}
	for _, r := range b.regions {
		regionOf[Fold(r.name)] = r.cc
	}
	iso := sortedKeys(b.countries)
	for _, k := range iso {
		c := b.countries[k]
		kept := c.aliases[:0]
		for _, a := range c.aliases {
			if cc, ok := regionOf[Fold(a)]; !ok || cc == c.iso2 {
				kept = append(kept, a)
			}
		}
		c.aliases = kept
		fmt.Fprintf(w, "C\t%s\t%s\t%d\t%s\t%s\t%s\t%d\t%s\t%s\t%s\n", c.iso2, c.iso3, c.id, c.name,
			fmtCoord(c.lat), fmtCoord(c.lon), c.pop, c.capital,
			joinUnique(c.name, c.aliases), joinUnique("", c.demonyms))
	}
	for _, k := range sortedKeys(b.regions) {
		r := b.regions[k]
		aliases := r.aliases
		if r.ascii != r.name {
			aliases = append([]string{r.ascii}, aliases...)
		}
		fmt.Fprintf(w, "R\t%s\t%s\t%d\t%s\t%s\t%s\t%d\t%s\n", r.cc, r.code, r.id, r.name,
			fmtCoord((r.minLat+r.maxLat)/2), fmtCoord((r.minLon+r.maxLon)/2), r.pop, joinUnique(r.name, aliases))
	}
	for _, code := range sortedKeys(continents) {
		c := continents[code]
		if pop := b.continentPop[code]; pop > 0 {
			fmt.Fprintf(w, "L\t%d\t%s\t%s\t%s\t%d\t%s\n", c.id, c.name, fmtCoord(c.lat), fmtCoord(c.lon),
				pop, strings.Join(c.aliases, "|"))
		}
	}
	sort.Slice(b.places, func(i, j int) bool { return b.places[i].id < b.places[j].id })
	for _, p := range b.places {
		fmt.Fprintf(w, "P\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\n", p.id, p.name, p.lat, p.lon,
			p.class, p.code, p.cc, p.admin1, p.pop, strings.Join(p.aliases, "|"))
	}
}

// joinUnique joins names with "|", dropping empties, repeats (by folded key)
// and the main name, sorted for a stable output.
func joinUnique(main string, names []string) string {
	seen := map[string]bool{Fold(main): true}
	var out []string
	for _, n := range names {
		n = strings.TrimSpace(n)
		if k := Fold(n); k != "" && !seen[k] && !strings.ContainsAny(n, "\t|") {
			seen[k] = true
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return strings.Join(out, "|")
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
