package gazetteer

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"sitrep"
)

//go:embed data/gazetteer.tsv.gz
var embedded []byte

//go:embed data/minor.tsv.gz
var embeddedMinor []byte

// Feature is one place: a populated place, a first-level region, a country
// or a continent.
type Feature struct {
	ID         int     // GeoNames id
	Name       string  // GeoNames name
	Class      byte    // GeoNames feature class: 'P' populated place, 'A' country or region, 'L' continent
	Code       string  // GeoNames feature code: PPL, PPLA, PPLC, PPLX, ADM1, PCLI, CONT, ...
	Country    string  // ISO 3166-1 alpha-2, "" for continents
	Admin1     string  // first-level division code within Country, "" for countries
	Lat, Lon   float64 // WGS84 degrees
	Population int64   // people; for regions the sum of their listed places, for continents of their countries
	// Minor is true for a place under 15,000 people, found only by
	// LookupMinor.
	Minor bool
}

// Precision returns how precise a match to f is: country, region (a
// first-level region or a continent), city or district.
func (f *Feature) Precision() string {
	switch {
	case f.Class == 'A' && strings.HasPrefix(f.Code, "PCL"):
		return "country"
	case f.Class == 'A' || f.IsContinent():
		return "region"
	case f.Code == "PPLX":
		return "district"
	}
	return "city"
}

// IsCountry reports whether f is a country.
func (f *Feature) IsCountry() bool { return f.Class == 'A' && strings.HasPrefix(f.Code, "PCL") }

// IsContinent reports whether f is a continent (Europe, Africa, ...).
func (f *Feature) IsContinent() bool { return f.Class == 'L' && f.Code == "CONT" }

// IsArea reports whether f is a country, a first-level region or a
// continent rather than a place.
func (f *Feature) IsArea() bool { return f.Class == 'A' || f.IsContinent() }

// IsRegion reports whether f is a first-level region.
func (f *Feature) IsRegion() bool { return f.Class == 'A' && f.Code == "ADM1" }

// Country is a sovereign state or dependency with its ISO codes, names and
// the words for its people.
type Country struct {
	ISO2, ISO3 string
	Name       string
	Capital    string
	Feature    int32    // index of its Feature
	Aliases    []string // other names: USA, U.S., America, ...
	Demonyms   []string // Syrian, Russian, American, ...
}

// Entry is one feature a name points to. Alt is true when the name is only
// one of GeoNames' alternate names of the feature, a weaker sign than its
// main name.
type Entry struct {
	Feature int32
	Alt     bool
}

// Gazetteer is a loaded, immutable gazetteer.
type Gazetteer struct {
	features  []Feature
	names     map[string][]Entry
	countries []Country
	byCode    map[string]int // ISO2 and ISO3 -> index in countries
	demonyms  map[string]int // folded demonym -> index in countries
	admin1    map[string]int32
	// continent maps the folded names of continents, and the words for
	// their people, to their features. They are kept out of names, so
	// that Lookup, and the mention finding built on it, sees only
	// countries, regions and towns.
	continent map[string]int32
	// centre holds each region's centre of population ("CC.admin1").
	centre   map[string]*Feature
	maxWords int
	// The minor places (see LookupMinor), read on first use from
	// minorSrc: their features (numbered after features) and folded
	// names, apart from names: a town of 600 people named Hope or
	// Marshall is no reason to take the word for a place, only a
	// candidate when a name is already known to be one.
	minorSrc  []byte
	minorOnce sync.Once
	minorIdx  *minorIndex
	minorErr  error
}

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
	defaultErr  error
)

// Default returns the embedded gazetteer, loading it on first use.
func Default() (*Gazetteer, error) {
	defaultOnce.Do(func() {
		defaultGaz, defaultErr = Load(bytes.NewReader(embedded))
		if defaultErr == nil {
			defaultGaz.minorSrc = embeddedMinor
		}
	})
	return defaultGaz, defaultErr
}

// LoadEmbedded parses the embedded gazetteer afresh. Default loads it once
// and shares it; use this only to measure or to get a private copy.
func LoadEmbedded() (*Gazetteer, error) {
	g, err := Load(bytes.NewReader(embedded))
	if err == nil {
		g.minorSrc = embeddedMinor
	}
	return g, err
}

// Load reads a gazetteer file written by Build (gzip'ed or plain).
func Load(r io.Reader) (*Gazetteer, error) {
	g := &Gazetteer{
		names:     make(map[string][]Entry, 200000),
		byCode:    make(map[string]int, 600),
		demonyms:  make(map[string]int, 400),
		admin1:    make(map[string]int32, 4000),
		continent: make(map[string]int32, 32),
		features:  make([]Feature, 0, 40000), // cities15000 and the regions
	}
	if err := records(r, "gazetteer", g.addRecord); err != nil {
		return nil, err
	}
	g.centres()
	return g, nil
}

// centres finds each region's centre of population: the mean point of its
// listed towns, weighted by their people.
func (g *Gazetteer) centres() {
	type sum struct{ w, lat, lon float64 }
	sums := make(map[string]*sum, len(g.admin1))
	for i := range g.features {
		f := &g.features[i]
		if f.Class != 'P' || f.Minor || f.Admin1 == "" || f.Population <= 0 {
			continue
		}
		k := f.Country + "." + f.Admin1
		s := sums[k]
		if s == nil {
			s = &sum{}
			sums[k] = s
		}
		w := float64(f.Population)
		s.w, s.lat, s.lon = s.w+w, s.lat+w*f.Lat, s.lon+w*f.Lon
	}
	g.centre = make(map[string]*Feature, len(sums))
	for k, s := range sums {
		if i, ok := g.admin1[k]; ok {
			c := g.features[i]
			c.Lat, c.Lon = s.lat/s.w, s.lon/s.w
			g.centre[k] = &c
		}
	}
}

// records calls add with the tab-separated fields of each record of a
// gazetteer file (gzip'ed or plain), skipping blank lines and # comments;
// errors name what (the file's kind) and the line.
func records(r io.Reader, what string, add func(f []string) error) error {
	br := bufio.NewReaderSize(r, 1<<16)
	if magic, err := br.Peek(2); err == nil && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return sitrep.Errorf(sitrep.EINVALID, "%s: %v", what, err)
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, 1<<16)
	}
	sc := bufio.NewScanner(br)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	line := 0
	var f [12]string
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || s[0] == '#' {
			continue
		}
		n := splitTab(s, f[:])
		if err := add(f[:n]); err != nil {
			return sitrep.Errorf(sitrep.EINVALID, "%s line %d: %v", what, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

func splitTab(s string, f []string) int {
	n := 0
	for n < len(f)-1 {
		i := strings.IndexByte(s, '\t')
		if i < 0 {
			break
		}
		f[n] = s[:i]
		s = s[i+1:]
		n++
	}
	f[n] = s
	return n + 1
}

func (g *Gazetteer) addRecord(f []string) error {
	want := 0
	switch f[0] {
	case "C", "P":
		want = 11
	case "R":
		want = 9
	case "L":
		want = 7
	}
	if want == 0 || len(f) != want {
		return fmt.Errorf("bad record kind %q or field count %d", f[0], len(f))
	}
	var nums [4]float64
	var ft Feature
	var err error
	parse := func(idx [4]int) error {
		for k, i := range idx {
			if nums[k], err = strconv.ParseFloat(f[i], 64); err != nil {
				return fmt.Errorf("field %d: %v", i+1, err)
			}
		}
		return nil
	}
	switch f[0] {
	case "C": // iso2 iso3 id name lat lon pop capital aliases demonyms
		if err := parse([4]int{3, 5, 6, 7}); err != nil {
			return err
		}
		ft = Feature{ID: int(nums[0]), Name: f[4], Class: 'A', Code: "PCLI", Country: f[1],
			Lat: nums[1], Lon: nums[2], Population: int64(nums[3])}
		c := Country{ISO2: f[1], ISO3: f[2], Name: f[4], Capital: f[8], Feature: int32(len(g.features)),
			Aliases: splitList(f[9]), Demonyms: splitList(f[10])}
		ci := len(g.countries)
		g.countries = append(g.countries, c)
		g.byCode[c.ISO2] = ci
		g.byCode[c.ISO3] = ci
		for _, d := range c.Demonyms {
			g.demonyms[Fold(d)] = ci
		}
		g.features = append(g.features, ft)
		g.addName(c.Name, c.Feature, false)
		for _, a := range c.Aliases {
			g.addName(a, c.Feature, false)
		}
	case "R": // iso2 code id name lat lon pop aliases
		if err := parse([4]int{3, 5, 6, 7}); err != nil {
			return err
		}
		ft = Feature{ID: int(nums[0]), Name: f[4], Class: 'A', Code: "ADM1", Country: f[1], Admin1: f[2],
			Lat: nums[1], Lon: nums[2], Population: int64(nums[3])}
		i := int32(len(g.features))
		g.features = append(g.features, ft)
		g.admin1[f[1]+"."+f[2]] = i
		g.addName(ft.Name, i, false)
		for _, a := range splitList(f[8]) {
			g.addName(a, i, false)
		}
	case "L": // id name lat lon pop aliases
		if err := parse([4]int{1, 3, 4, 5}); err != nil {
			return err
		}
		ft = Feature{ID: int(nums[0]), Name: f[2], Class: 'L', Code: "CONT",
			Lat: nums[1], Lon: nums[2], Population: int64(nums[3])}
		i := int32(len(g.features))
		g.features = append(g.features, ft)
		for _, n := range append([]string{ft.Name}, splitList(f[6])...) {
			if k := Fold(n); k != "" {
				g.continent[k] = i
			}
		}
	case "P": // id name lat lon class code iso2 admin1 pop aliases
		if err := parse([4]int{1, 3, 4, 9}); err != nil {
			return err
		}
		if len(f[5]) != 1 {
			return fmt.Errorf("bad feature class %q", f[5])
		}
		ft = Feature{ID: int(nums[0]), Name: f[2], Class: f[5][0], Code: f[6], Country: f[7], Admin1: f[8],
			Lat: nums[1], Lon: nums[2], Population: int64(nums[3])}
		i := int32(len(g.features))
		g.features = append(g.features, ft)
		g.addName(ft.Name, i, false)
		for _, a := range splitList(f[10]) {
			g.addName(a, i, true)
		}
	}
	return nil
}

// addEntry adds feature i to the entries of key in m; a main name wins
// over an alternate one for the same feature.
func addEntry(m map[string][]Entry, key string, i int32, alt bool) {
	if key == "" {
		return
	}
	list := m[key]
	for k, e := range list {
		if e.Feature == i {
			if !alt && e.Alt {
				list[k].Alt = false
			}
			return
		}
	}
	m[key] = append(list, Entry{Feature: i, Alt: alt})
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

func (g *Gazetteer) addName(name string, i int32, alt bool) {
	key := Fold(name)
	if key == "" {
		return
	}
	addEntry(g.names, key, i, alt)
	if w := strings.Count(key, " ") + 1; w > g.maxWords {
		g.maxWords = w
	}
}

// Lookup returns the features a name may refer to. The slice is shared:
// do not modify it.
func (g *Gazetteer) Lookup(name string) []Entry { return g.names[Fold(name)] }

// LookupKey is Lookup for a name already folded with Fold.
func (g *Gazetteer) LookupKey(key string) []Entry { return g.names[key] }

// LookupMinor returns the places under 15,000 people a folded name may
// refer to (when the gazetteer was built with them). They are kept apart
// from LookupKey's: a geocoder adds them to the candidates of a name it
// already knows to be a place.
//
// The minor places are parsed on the first call (about half a second);
// a file that fails to parse leaves them out, as MinorErr then says.
func (g *Gazetteer) LookupMinor(key string) []Entry {
	g.minorOnce.Do(g.loadMinor)
	if g.minorIdx == nil {
		return nil
	}
	return g.minorIdx.lookup(key)
}

// MinorErr returns the error that kept the minor places out, if any.
func (g *Gazetteer) MinorErr() error {
	g.minorOnce.Do(g.loadMinor)
	return g.minorErr
}

// SetMinor gives g the minor places of a file written by BuildWith (the
// second output), parsed on first use, in place of the embedded ones. Call
// it before g is shared.
func (g *Gazetteer) SetMinor(file []byte) { g.minorSrc = file }

// MaxWords returns the number of words of the longest folded name.
func (g *Gazetteer) MaxWords() int { return g.maxWords }

// Len returns the number of features.
func (g *Gazetteer) Len() int { return len(g.features) }

// Feature returns feature i.
func (g *Gazetteer) Feature(i int32) *Feature {
	if n := int32(len(g.features)); i >= n {
		return &g.minorIdx.feat[i-n]
	}
	return &g.features[i]
}

// Country returns the country with ISO 3166-1 alpha-2 or alpha-3 code code,
// or nil.
func (g *Gazetteer) Country(code string) *Country {
	if i, ok := g.byCode[strings.ToUpper(code)]; ok {
		return &g.countries[i]
	}
	return nil
}

// Countries returns all countries, ordered by ISO2 code. Do not modify.
func (g *Gazetteer) Countries() []Country { return g.countries }

// Demonym returns the country whose people or adjective word is given
// (Syrian, Russians, American), or nil.
func (g *Gazetteer) Demonym(word string) *Country {
	key := Fold(word)
	if i, ok := g.demonyms[key]; ok {
		return &g.countries[i]
	}
	// Plurals: Syrians, Russians, Americans.
	if strings.HasSuffix(key, "s") {
		if i, ok := g.demonyms[key[:len(key)-1]]; ok {
			return &g.countries[i]
		}
	}
	return nil
}

// Continent returns the index of the continent a name or the word for its
// people stands for (Europe, Africans, Asian), and whether there is one.
// Continents are not found by Lookup.
func (g *Gazetteer) Continent(word string) (int32, bool) {
	key := Fold(word)
	i, ok := g.continent[key]
	if !ok && strings.HasSuffix(key, "s") {
		i, ok = g.continent[key[:len(key)-1]]
	}
	return i, ok
}

// Admin1 returns the first-level region with the given ISO2 country and
// admin1 code, or nil.
func (g *Gazetteer) Admin1(country, code string) *Feature {
	if i, ok := g.admin1[country+"."+code]; ok {
		return &g.features[i]
	}
	return nil
}

// Centre returns region f placed at its centre of population, where its
// listed towns' people live on average: the better stand-in for a place
// of the region the gazetteer lacks. It returns f itself for other
// features and for regions that list no towns.
func (g *Gazetteer) Centre(f *Feature) *Feature {
	if f.IsRegion() {
		if c := g.centre[f.Country+"."+f.Admin1]; c != nil {
			return c
		}
	}
	return f
}

// Place converts f to the domain's Place, with ISO3 country, admin1 name and
// precision.
func (g *Gazetteer) Place(f *Feature) sitrep.Place {
	p := sitrep.Place{GeonameID: f.ID, Name: f.Name, Lat: f.Lat, Lon: f.Lon, Precision: f.Precision()}
	if c := g.Country(f.Country); c != nil {
		p.Country = c.ISO3
	}
	if f.Admin1 != "" {
		if a := g.Admin1(f.Country, f.Admin1); a != nil {
			p.Admin1 = a.Name
		}
	}
	return p
}
