package actors

import (
	"bufio"
	"compress/gzip"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"sitrep/gazetteer"
)

// BuildHeader is the notice written at the top of a converted dictionary.
const BuildHeader = `sitrep actor dictionary, built by "sitrep build actors". Do not edit: add
your own entries to a file of your own (see docs/actors.md).

Converted from the Phoenix actor dictionaries of PETRARCH 2
(Phoenix.Countries.actors.txt, Phoenix.International.actors.txt,
Phoenix.MilNonState.actors.txt, Phoenix.agents.txt), which carry this notice:

The MIT License (MIT)

Copyright (c) 2014 Open Event Data Alliance

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in
all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
THE SOFTWARE.

Office-holders with dates from Wikidata (CC0) via every-politician-scrapers
(leaders/everypolitician_holders21_combined.csv, world-leaders-2021_wikidata.csv).`

// phoenixFiles are the dictionaries Build converts, in order.
var phoenixFiles = []string{
	"Phoenix.Countries.actors.txt",
	"Phoenix.International.actors.txt",
	"Phoenix.MilNonState.actors.txt",
	"Phoenix.agents.txt",
}

// Build converts the Phoenix dictionaries in phoenixDir and, when
// leadersDir is not "", the Wikidata office-holders in it, and writes the
// gzip'ed TSV to w. The output is sorted and depends only on the input.
func Build(phoenixDir, leadersDir string, w io.Writer) error {
	var all []Entry
	for _, name := range phoenixFiles {
		f, err := os.Open(filepath.Join(phoenixDir, name))
		if err != nil {
			return fmt.Errorf("actors build: %w", err)
		}
		d, err := Load(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("actors build: %s: %w", name, err)
		}
		all = append(all, d.entries...)
	}
	if leadersDir != "" {
		l, err := readLeaders(leadersDir)
		if err != nil {
			return err
		}
		all = append(all, l...)
	}
	all = normalize(all)
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	if err := Write(zw, BuildHeader, all); err != nil {
		return err
	}
	return zw.Close()
}

// normalize merges the aliases of each actor onto all its rows, drops
// repeated rows, cleans fields of tabs and bars and sorts.
func normalize(all []Entry) []Entry {
	aliases := map[string]map[string]string{}
	for _, e := range all {
		m := aliases[e.ID]
		if m == nil {
			m = map[string]string{}
			aliases[e.ID] = m
		}
		for _, a := range append([]string{e.Name}, e.Aliases...) {
			if k := gazetteer.Fold(a); k != "" {
				if _, ok := m[k]; !ok {
					m[k] = clean(a)
				}
			}
		}
	}
	// One canonical name and kind per actor: those of its highest-priority
	// row, a country's if the source lists the actor twice.
	names := map[string]Entry{}
	for _, e := range all {
		if n, ok := names[e.ID]; !ok || e.prio > n.prio ||
			e.prio == n.prio && e.Kind == KindCountry && n.Kind != KindCountry {
			names[e.ID] = e
		}
	}
	seen := map[string]bool{}
	out := all[:0]
	for _, e := range all {
		e.Name = clean(names[e.ID].Name)
		e.Kind = names[e.ID].Kind
		e.Role = clean(e.Role)
		e.Aliases = nil
		nk := gazetteer.Fold(e.Name)
		for k, a := range aliases[e.ID] {
			if k != nk {
				e.Aliases = append(e.Aliases, a)
			}
		}
		sort.Strings(e.Aliases)
		key := strings.Join([]string{e.ID, e.Kind, e.Name, e.Country, e.Sector, e.Code, e.Role, e.From.String(), e.To.String()}, "\t")
		if seen[key] || e.ID == "" {
			continue
		}
		seen[key] = true
		out = append(out, e)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.ID != b.ID {
			return a.ID < b.ID
		}
		if a.From != b.From {
			return a.From.Time().Before(b.From.Time())
		}
		if a.Code != b.Code {
			return a.Code < b.Code
		}
		return a.Role < b.Role
	})
	// Aliases are written once, on an actor's first row.
	for i := 1; i < len(out); i++ {
		if out[i].ID == out[i-1].ID {
			out[i].Aliases = nil
		}
	}
	return out
}

func clean(s string) string {
	return strings.Join(strings.Fields(strings.NewReplacer("\t", " ", "|", " ").Replace(s)), " ")
}

// repoCountry maps every-politician repositories to ISO3 codes; "" is the
// United Nations and other international bodies.
var repoCountry = map[string]string{
	"argentina-ministers": "ARG", "australia-cabinet": "AUS", "belarus-ministers": "BLR",
	"brazil-ministers": "BRA", "canada-cabinet": "CAN", "china-ministers": "CHN",
	"congo-kinshasa-ministers": "COD", "egypt-ministers": "EGY", "ethiopia-ministers": "ETH",
	"france-cabinet": "FRA", "georgia-ministers": "GEO", "greece-cabinet": "GRC",
	"hungary-cabinet": "HUN", "india-ministers": "IND", "indonesia-ministers": "IDN",
	"iran-ministers": "IRN", "iraq-ministers": "IRQ", "israel-ministers": "ISR",
	"japan-ministers": "JPN", "jordan-ministers": "JOR", "kazakhstan-cabinet": "KAZ",
	"kenya": "KEN", "malaysia-ministers": "MYS", "mexico-ministers": "MEX",
	"mozambique": "MOZ", "nigeria": "NGA", "pakistan-ministers": "PAK",
	"philippines-ministers": "PHL", "romania-cabinet": "ROU", "russia-cabinet": "RUS",
	"somalia-cabinet": "SOM", "south-africa-cabinet": "ZAF", "south-korea-ministers": "KOR",
	"spain-ministers": "ESP", "sudan": "SDN", "sweden-cabinet": "SWE", "taiwan": "TWN",
	"tunisia-ministers": "TUN", "turkey-ministers": "TUR", "uae-ministers": "ARE",
	"ukraine-cabinet": "UKR", "united-kingdom-cabinet": "GBR", "us-cabinet": "USA",
	"vietnam": "VNM", "world": "", "yemen": "YEM", "zimbabwe": "ZWE",
}

// readLeaders reads the Wikidata office-holder tables.
func readLeaders(dir string) ([]Entry, error) {
	var out []Entry
	rows, err := readCSV(filepath.Join(dir, "everypolitician_holders21_combined.csv"))
	if err != nil {
		return nil, err
	}
	for _, r := range rows[1:] {
		if len(r) < 6 || r[2] == "" {
			continue
		}
		cc, ok := repoCountry[r[0]]
		if !ok {
			continue
		}
		e := Entry{ID: slug(r[2]), Kind: KindPerson, Name: r[2], Country: cc, Sector: "GOV", Role: r[1], prio: 1}
		if cc == "" {
			e.Sector = "IGO"
		}
		e.Code = cc + e.Sector
		e.From, _ = parseDay(r[4], false)
		e.To, _ = parseDay(r[5], true)
		if e.From.IsZero() && e.To.IsZero() {
			continue // a role with no dates would match any day
		}
		out = append(out, e)
	}
	gaz, err := gazetteer.Default()
	if err != nil {
		return nil, err
	}
	rows, err = readCSV(filepath.Join(dir, "world-leaders-2021_wikidata.csv"))
	if err != nil {
		return nil, err
	}
	for _, r := range rows[1:] {
		if len(r) < 8 || r[5] == "" || r[6] == "" {
			continue
		}
		cc := ""
		for _, en := range gaz.Lookup(r[1]) {
			if ft := gaz.Feature(en.Feature); ft.IsCountry() {
				if c := gaz.Country(ft.Country); c != nil {
					cc = c.ISO3
				}
				break
			}
		}
		if cc == "" {
			continue
		}
		e := Entry{ID: slug(r[5]), Kind: KindPerson, Name: r[5], Country: cc, Sector: "GOV", Code: cc + "GOV",
			Role: strings.ToUpper(r[3][:1]) + r[3][1:], prio: 1}
		if _, err := strconv.Atoi(r[6]); err != nil {
			continue
		}
		e.From, _ = parseDay(r[6], false)
		e.To, _ = parseDay(r[7], true)
		out = append(out, e)
	}
	return out, nil
}

func readCSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("actors build: %w", err)
	}
	defer f.Close()
	cr := csv.NewReader(bufio.NewReader(f))
	cr.FieldsPerRecord = -1
	rows, err := cr.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("actors build: %s: %w", path, err)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("actors build: %s: empty", path)
	}
	return rows, nil
}
