package export

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"
	"strings"

	"github.com/parquet-go/parquet-go"

	"sitrep"
)

// jsonlEncoder writes one EventRecord object per line.
type jsonlEncoder struct {
	b   *bufio.Writer
	enc *json.Encoder
}

func newJSONL(w io.Writer) *jsonlEncoder {
	b := bufio.NewWriter(w)
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	return &jsonlEncoder{b: b, enc: enc}
}

func (j *jsonlEncoder) write(e *sitrep.EventRecord, _ *article) error { return j.enc.Encode(e) }
func (j *jsonlEncoder) close() error                                  { return j.b.Flush() }

// parquetEncoder writes Rows, a row group per page of events.
type parquetEncoder struct {
	w    *parquet.GenericWriter[Row]
	rows []Row
}

func newParquet(w io.Writer) *parquetEncoder {
	return &parquetEncoder{w: parquet.NewGenericWriter[Row](w)}
}

func (p *parquetEncoder) write(e *sitrep.EventRecord, _ *article) error {
	p.rows = append(p.rows, NewRow(e))
	if len(p.rows) == pageSize {
		return p.flush()
	}
	return nil
}

func (p *parquetEncoder) flush() error {
	if _, err := p.w.Write(p.rows); err != nil {
		return err
	}
	p.rows = p.rows[:0]
	return nil
}

func (p *parquetEncoder) close() error {
	if err := p.flush(); err != nil {
		return err
	}
	return p.w.Close()
}

// GDELTColumns is the column order of the GDELT 2.0 event table (61
// columns, tab-separated, no header).
var GDELTColumns = strings.Fields(`GLOBALEVENTID SQLDATE MonthYear Year FractionDate
	Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code
	Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code
	IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone
	Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID
	Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID
	ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID
	DATEADDED SOURCEURL`)

// gdeltEncoder writes the GDELT 2.0 event columns sitrep has and leaves
// the others empty. Differences: country codes are ISO 3166-1 alpha-3,
// not FIPS 10-4; FeatureID is a GeoNames id; actor codes are country plus
// sector (SYRMIL); the counts are 1 since each row is one mention.
type gdeltEncoder struct {
	b *bufio.Writer
}

func newGDELT(w io.Writer) *gdeltEncoder { return &gdeltEncoder{b: bufio.NewWriter(w)} }

func (g *gdeltEncoder) write(e *sitrep.EventRecord, a *article) error {
	col := make([]string, len(GDELTColumns))
	set := func(name, v string) { col[gdeltIndex[name]] = clean(v) }
	set("GLOBALEVENTID", i64(e.ID))
	if d, err := sitrep.ParseDate(e.Date[:min(len(e.Date), 10)]); err == nil {
		t := d.Time()
		set("SQLDATE", t.Format("20060102"))
		set("MonthYear", t.Format("200601"))
		set("Year", t.Format("2006"))
		set("FractionDate", strconv.FormatFloat(float64(t.Year())+float64(t.YearDay())/365, 'f', 4, 64))
	}
	for i, r := range []*sitrep.Ref{e.Source, e.Target} {
		p := "Actor1"
		if i == 1 {
			p = "Actor2"
		}
		if r == nil {
			continue
		}
		name := r.Text
		if r.Actor != nil {
			if r.Actor.Name != "" {
				name = r.Actor.Name
			}
			set(p+"Code", r.Actor.Country+r.Actor.Sector)
			set(p+"CountryCode", r.Actor.Country)
			set(p+"Type1Code", r.Actor.Sector)
		}
		set(p+"Name", strings.ToUpper(name))
	}
	if e.Sentence == 0 {
		set("IsRootEvent", "1")
	} else {
		set("IsRootEvent", "0")
	}
	set("EventCode", e.CAMEO)
	set("EventBaseCode", e.CAMEO[:min(len(e.CAMEO), 3)])
	set("EventRootCode", e.Root)
	set("QuadClass", i64(int64(e.Quad)))
	set("GoldsteinScale", f64(e.Goldstein))
	set("NumMentions", "1")
	set("NumSources", "1")
	set("NumArticles", "1")
	if p := e.Place; p != nil {
		set("ActionGeo_Type", gdeltGeoType[p.Precision])
		set("ActionGeo_FullName", strings.Join(nonEmpty(p.Name, p.Admin1), ", "))
		set("ActionGeo_CountryCode", p.Country)
		if p.Lat != 0 || p.Lon != 0 {
			set("ActionGeo_Lat", f64(p.Lat))
			set("ActionGeo_Long", f64(p.Lon))
		}
		set("ActionGeo_FeatureID", optI64(int64(p.GeonameID)))
	}
	set("SOURCEURL", a.URL)
	g.b.WriteString(strings.Join(col, "\t"))
	return g.b.WriteByte('\n')
}

func (g *gdeltEncoder) close() error { return g.b.Flush() }

var gdeltIndex = func() map[string]int {
	m := make(map[string]int, len(GDELTColumns))
	for i, c := range GDELTColumns {
		m[c] = i
	}
	return m
}()

// gdeltGeoType maps a place's precision to GDELT's geographic type: 1
// country, 4 world city, 5 world state (first-level division).
var gdeltGeoType = map[string]string{"country": "1", "region": "5", "city": "4", "district": "4"}

// clean keeps a value on its line and in its column.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// ACLEDColumns are the columns of the ACLED export.
var ACLEDColumns = []string{"event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
	"location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities"}

// acledEncoder writes the events that have an ACLED type (political
// violence, protests, riots, strategic developments) in ACLED's export
// columns. Differences: country is ISO 3166-1 alpha-3; sub_event_type is
// empty; fatalities is the first "killed" figure stated in the event's
// sentence or the next; geo_precision is 1 for a town, 2 for a region, 3
// for a country.
type acledEncoder struct {
	w      *csv.Writer
	header bool
}

func newACLED(w io.Writer) *acledEncoder { return &acledEncoder{w: csv.NewWriter(w)} }

func (c *acledEncoder) write(e *sitrep.EventRecord, a *article) error {
	if !c.header {
		c.header = true
		if err := c.w.Write(ACLEDColumns); err != nil {
			return err
		}
	}
	actor := func(r *sitrep.Ref) string {
		if r == nil {
			return ""
		}
		if r.Actor != nil && r.Actor.Name != "" {
			return r.Actor.Name
		}
		return r.Text
	}
	row := []string{e.Date, e.ACLED, "", actor(e.Source), actor(e.Target), "", "", "", "", "", "", a.Source, e.Text, i64(fatalities(e, a))}
	if p := e.Place; p != nil {
		row[5], row[6], row[7] = p.Country, p.Admin1, p.Name
		if p.Lat != 0 || p.Lon != 0 {
			row[8], row[9] = f64(p.Lat), f64(p.Lon)
		}
		row[10] = map[string]string{"city": "1", "district": "1", "region": "2", "country": "3"}[p.Precision]
	}
	return c.w.Write(row)
}

func (c *acledEncoder) close() error {
	if !c.header {
		c.header = true
		c.w.Write(ACLEDColumns)
	}
	c.w.Flush()
	return c.w.Error()
}
