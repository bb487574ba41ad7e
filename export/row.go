package export

import (
	"encoding/csv"
	"io"
	"strconv"

	"sitrep"
)

// Row is an event flattened into columns: the CSV and Parquet form.
type Row struct {
	ID            int64    `parquet:"id"`
	ArticleID     string   `parquet:"article_id"`
	Index         int32    `parquet:"index"`
	Date          string   `parquet:"date"`
	CAMEO         string   `parquet:"cameo"`
	Root          string   `parquet:"root"`
	Quad          int32    `parquet:"quad"`
	Goldstein     float64  `parquet:"goldstein"`
	PLOVER        string   `parquet:"plover"`
	ACLED         string   `parquet:"acled"`
	Mode          string   `parquet:"mode"`
	SourceText    string   `parquet:"source_text"`
	SourceActor   string   `parquet:"source_actor"`
	SourceCountry string   `parquet:"source_country"`
	SourceSector  string   `parquet:"source_sector"`
	TargetText    string   `parquet:"target_text"`
	TargetActor   string   `parquet:"target_actor"`
	TargetCountry string   `parquet:"target_country"`
	TargetSector  string   `parquet:"target_sector"`
	Place         string   `parquet:"place"`
	Country       string   `parquet:"country"`
	Admin1        string   `parquet:"admin1"`
	Lat           *float64 `parquet:"lat,optional"`
	Lon           *float64 `parquet:"lon,optional"`
	GeonameID     int32    `parquet:"geonameid"`
	Precision     string   `parquet:"precision"`
	Sentence      int32    `parquet:"sentence"`
	Start         int32    `parquet:"start"`
	End           int32    `parquet:"end"`
	Text          string   `parquet:"text"`
	Confidence    float64  `parquet:"confidence"`
	IncidentID    int64    `parquet:"incident_id"`
	CopyOf        string   `parquet:"copy_of"`
}

// NewRow flattens an event record.
func NewRow(e *sitrep.EventRecord) Row {
	r := Row{
		ID: e.ID, ArticleID: e.ArticleID, Index: int32(e.Index), Date: e.Date,
		CAMEO: e.CAMEO, Root: e.Root, Quad: int32(e.Quad), Goldstein: e.Goldstein,
		PLOVER: e.PLOVER, ACLED: e.ACLED, Mode: e.Mode,
		Sentence: int32(e.Sentence), Start: int32(e.Start), End: int32(e.End),
		Text: e.Text, Confidence: e.Confidence, IncidentID: e.IncidentID, CopyOf: e.CopyOf,
	}
	r.SourceText, r.SourceActor, r.SourceCountry, r.SourceSector = ref(e.Source)
	r.TargetText, r.TargetActor, r.TargetCountry, r.TargetSector = ref(e.Target)
	if p := e.Place; p != nil {
		r.Place, r.Country, r.Admin1, r.GeonameID, r.Precision = p.Name, p.Country, p.Admin1, int32(p.GeonameID), p.Precision
		if p.Lat != 0 || p.Lon != 0 {
			lat, lon := p.Lat, p.Lon
			r.Lat, r.Lon = &lat, &lon
		}
	}
	return r
}

// ref returns the text, actor id (else name), country and sector of a
// source or target.
func ref(r *sitrep.Ref) (text, actor, country, sector string) {
	if r == nil {
		return
	}
	text = r.Text
	if a := r.Actor; a != nil {
		actor, country, sector = a.ID, a.Country, a.Sector
		if actor == "" {
			actor = a.Name
		}
	}
	return
}

var csvHeader = []string{"id", "article_id", "index", "date", "cameo", "root", "quad", "goldstein", "plover", "acled", "mode",
	"source_text", "source_actor", "source_country", "source_sector", "target_text", "target_actor", "target_country", "target_sector",
	"place", "country", "admin1", "lat", "lon", "geonameid", "precision", "sentence", "start", "end", "text", "confidence",
	"incident_id", "copy_of", "outlet", "url", "published"}

// csvEncoder writes a header and one row per event, with the article's
// outlet, URL and publication date at the end.
type csvEncoder struct {
	w      *csv.Writer
	header bool
}

func newCSV(w io.Writer) *csvEncoder { return &csvEncoder{w: csv.NewWriter(w)} }

func (c *csvEncoder) write(e *sitrep.EventRecord, a *article) error {
	if !c.header {
		c.header = true
		if err := c.w.Write(csvHeader); err != nil {
			return err
		}
	}
	r := NewRow(e)
	return c.w.Write([]string{
		i64(r.ID), r.ArticleID, i64(int64(r.Index)), r.Date, r.CAMEO, r.Root, i64(int64(r.Quad)), f64(r.Goldstein), r.PLOVER, r.ACLED, r.Mode,
		r.SourceText, r.SourceActor, r.SourceCountry, r.SourceSector, r.TargetText, r.TargetActor, r.TargetCountry, r.TargetSector,
		r.Place, r.Country, r.Admin1, optF64(r.Lat), optF64(r.Lon), optI64(int64(r.GeonameID)), r.Precision,
		i64(int64(r.Sentence)), i64(int64(r.Start)), i64(int64(r.End)), r.Text, f64(r.Confidence),
		optI64(r.IncidentID), r.CopyOf, a.Source, a.URL, a.Published.String(),
	})
}

func (c *csvEncoder) close() error {
	if !c.header {
		c.header = true
		c.w.Write(csvHeader)
	}
	c.w.Flush()
	return c.w.Error()
}

func i64(v int64) string   { return strconv.FormatInt(v, 10) }
func f64(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// optI64 and optF64 give "" for a zero or absent value.
func optI64(v int64) string {
	if v == 0 {
		return ""
	}
	return i64(v)
}

func optF64(v *float64) string {
	if v == nil {
		return ""
	}
	return f64(*v)
}
