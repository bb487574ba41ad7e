package actors

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"strings"
	"time"

	"sitrep"
)

// Columns is the header row of sitrep's actor TSV.
const Columns = "id\tkind\tname\tcountry\tsector\tcode\trole\tfrom\tto\taliases"

// Load reads an actor file: sitrep's TSV (recognised by its header row) or
// a PETRARCH/TABARI .actors or .agents file, plain or gzip'ed. Errors carry
// the code EINVALID and the line number.
func Load(r io.Reader) (*Dict, error) {
	entries, err := loadEntries(r)
	if err != nil {
		return nil, err
	}
	return newDict(entries), nil
}

func loadEntries(r io.Reader) ([]Entry, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	if magic, err := br.Peek(2); err == nil && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, sitrep.Errorf(sitrep.EINVALID, "actors: %v", err)
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, 1<<16)
	}
	sc := bufio.NewScanner(br)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	var lines []string
	tsv := false
	decided := false
	for sc.Scan() {
		line := strings.TrimSuffix(sc.Text(), "\r")
		if !decided && strings.TrimSpace(line) != "" && !strings.HasPrefix(line, "#") {
			tsv, decided = strings.HasPrefix(line, "id\tkind\t"), true
		}
		lines = append(lines, line)
	}
	if err := sc.Err(); err != nil {
		return nil, sitrep.Errorf(sitrep.EINVALID, "actors: %v", err)
	}
	if tsv {
		return parseTSV(lines)
	}
	return parsePetrarch(lines)
}

func parseTSV(lines []string) ([]Entry, error) {
	out := make([]Entry, 0, len(lines))
	header := false
	for n, line := range lines {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !header {
			if line != Columns {
				return nil, sitrep.Errorf(sitrep.EINVALID, "actors line %d: header must be %q", n+1, Columns)
			}
			header = true
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 10 {
			return nil, sitrep.Errorf(sitrep.EINVALID, "actors line %d: %d fields, want 10", n+1, len(f))
		}
		e := Entry{ID: f[0], Kind: f[1], Name: f[2], Country: f[3], Sector: f[4], Code: f[5], Role: f[6]}
		if e.ID == "" || e.Name == "" {
			return nil, sitrep.Errorf(sitrep.EINVALID, "actors line %d: empty id or name", n+1)
		}
		switch e.Kind {
		case KindCountry, KindPerson, KindOrg, KindMetonym, KindAgent:
		default:
			return nil, sitrep.Errorf(sitrep.EINVALID, "actors line %d: unknown kind %q", n+1, e.Kind)
		}
		var err error
		if e.From, err = parseDay(f[7], false); err != nil {
			return nil, sitrep.Errorf(sitrep.EINVALID, "actors line %d: from: %v", n+1, err)
		}
		if e.To, err = parseDay(f[8], true); err != nil {
			return nil, sitrep.Errorf(sitrep.EINVALID, "actors line %d: to: %v", n+1, err)
		}
		if f[9] != "" {
			e.Aliases = strings.Split(f[9], "|")
		}
		out = append(out, e)
	}
	return out, nil
}

// parseDay reads YYYY-MM-DD, YYYY-MM or YYYY; a partial date means its first
// day, or its last when end is true. "" is the zero Date.
func parseDay(s string, end bool) (sitrep.Date, error) {
	if s == "" {
		return sitrep.Date{}, nil
	}
	if y, m, d, ok := fastDay(s); ok {
		return sitrep.NewDate(y, time.Month(m), d), nil
	}
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		t, err := time.Parse(layout, s)
		if err != nil {
			continue
		}
		if end {
			switch layout {
			case "2006-01":
				t = t.AddDate(0, 1, -1)
			case "2006":
				t = t.AddDate(1, 0, -1)
			}
		}
		return sitrep.DateOf(t), nil
	}
	return sitrep.Date{}, fmt.Errorf("bad date %q: want YYYY-MM-DD, YYYY-MM or YYYY", s)
}

// fastDay parses a valid YYYY-MM-DD without the cost of time.Parse.
func fastDay(s string) (y, m, d int, ok bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, 0, 0, false
	}
	num := func(t string) int {
		n := 0
		for i := 0; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				return -1
			}
			n = n*10 + int(t[i]-'0')
		}
		return n
	}
	y, m, d = num(s[:4]), num(s[5:7]), num(s[8:])
	if y < 0 || m < 1 || m > 12 || d < 1 || d > 28 {
		return 0, 0, 0, false // let time.Parse judge the rest
	}
	return y, m, d, true
}

// Write writes entries as sitrep's actor TSV, after the header comment
// lines of header (each prefixed with "# " unless it already starts with #).
func Write(w io.Writer, header string, entries []Entry) error {
	bw := bufio.NewWriter(w)
	for _, l := range strings.Split(strings.TrimRight(header, "\n"), "\n") {
		if !strings.HasPrefix(l, "#") {
			l = "# " + l
		}
		fmt.Fprintln(bw, strings.TrimRight(l, " "))
	}
	fmt.Fprintln(bw, Columns)
	for _, e := range entries {
		fmt.Fprintf(bw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", e.ID, e.Kind, e.Name, e.Country,
			e.Sector, e.Code, e.Role, e.From, e.To, strings.Join(e.Aliases, "|"))
	}
	return bw.Flush()
}
