// Package geoeval measures the geocoder against toponym-resolution corpora:
// LGL (Lieberman et al. 2010, local US news) and GeoWebNews (Gritta et al.
// 2019), both in the XML forms of the "Pragmatic Guide to Geoparsing
// Evaluation". With gold spans it reports accuracy within 161 km (100
// miles), exact GeoNames id matches and the mean error in km.
package geoeval

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"sitrep"
	"sitrep/geocode"
)

// Doc is one article of a corpus with its gold toponyms.
type Doc struct {
	ID   string
	Text string
	Gold []Gold
	// Unplaced are the spans of toponyms the corpus marks without
	// coordinates (streets, buildings, places it could not find): not
	// scored, and a toponym found there end to end is neither right nor
	// wrong.
	Unplaced []sitrep.Span
}

// Gold is one annotated toponym: its code-point span in Doc.Text and where
// it is.
type Gold struct {
	sitrep.Span
	Text      string
	GeonameID int // 0 when the corpus gives only coordinates
	Lat, Lon  float64
}

// xmlArticle holds the fields of both formats: LGL (docid, phrase, gaztag)
// and GeoWebNews (file, extractedName, geonamesID, latitude, longitude).
type xmlArticle struct {
	DocID    string `xml:"docid,attr"`
	File     string `xml:"file,attr"`
	Text     string `xml:"text"`
	Toponyms []struct {
		Start     int    `xml:"start"`
		End       int    `xml:"end"`
		Phrase    string `xml:"phrase"`
		Extracted string `xml:"extractedName"`
		Gaztag    *struct {
			ID  int     `xml:"geonameid,attr"`
			Lat float64 `xml:"lat"`
			Lon float64 `xml:"lon"`
		} `xml:"gaztag"`
		GeonamesID string `xml:"geonamesID"`
		Latitude   string `xml:"latitude"`
		Longitude  string `xml:"longitude"`
	} `xml:"toponyms>toponym"`
}

// Read parses an LGL or GeoWebNews XML file. Toponyms without coordinates
// are left out; offsets are checked against the text and converted to code
// points when the corpus counted otherwise.
func Read(r io.Reader) ([]Doc, error) {
	dec := xml.NewDecoder(r)
	var docs []Doc
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		} else if err != nil {
			return nil, sitrep.Errorf(sitrep.EINVALID, "geoeval: %v", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "article" {
			continue
		}
		var a xmlArticle
		if err := dec.DecodeElement(&a, &se); err != nil {
			return nil, sitrep.Errorf(sitrep.EINVALID, "geoeval: %v", err)
		}
		d := Doc{ID: a.DocID + a.File, Text: a.Text}
		runes := []rune(a.Text)
		for _, t := range a.Toponyms {
			g := Gold{Span: sitrep.Span{Start: t.Start, End: t.End}, Text: t.Phrase + t.Extracted}
			switch {
			case t.Gaztag != nil:
				g.GeonameID, g.Lat, g.Lon = t.Gaztag.ID, t.Gaztag.Lat, t.Gaztag.Lon
			case t.Latitude != "" && t.Longitude != "":
				g.GeonameID, _ = strconv.Atoi(t.GeonamesID)
				var err1, err2 error
				g.Lat, err1 = strconv.ParseFloat(t.Latitude, 64)
				g.Lon, err2 = strconv.ParseFloat(t.Longitude, 64)
				if err1 != nil || err2 != nil {
					continue
				}
			default:
				if fixSpan(runes, a.Text, &g) {
					d.Unplaced = append(d.Unplaced, g.Span)
				}
				continue
			}
			if !fixSpan(runes, a.Text, &g) {
				continue
			}
			d.Gold = append(d.Gold, g)
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 {
		return nil, sitrep.Errorf(sitrep.EINVALID, "geoeval: no <article> elements")
	}
	return docs, nil
}

// fixSpan makes g's span count code points, trying code points first and
// then bytes; it reports false when neither matches the gold text.
func fixSpan(runes []rune, text string, g *Gold) bool {
	if g.Start >= 0 && g.End <= len(runes) && g.Start < g.End && string(runes[g.Start:g.End]) == g.Text {
		return true
	}
	if g.Start >= 0 && g.End <= len(text) && g.Start < g.End && text[g.Start:g.End] == g.Text {
		off := sitrep.NewOffsets(text)
		g.Start, g.End = off.CodePoint(g.Start), off.CodePoint(g.End)
		return true
	}
	if g.Text == "" {
		return false
	}
	// Search near the stated offset.
	if i := strings.Index(text, g.Text); i >= 0 {
		off := sitrep.NewOffsets(text)
		g.Start, g.End = off.CodePoint(i), off.CodePoint(i+len(g.Text))
		return true
	}
	return false
}

// Scores are the results of an evaluation. Acc161, Exact and Coverage are
// fractions of N, the number of gold toponyms; MeanKm averages the error of
// the resolved ones.
type Scores struct {
	N        int     `json:"n"`
	Acc161   float64 `json:"acc161"`
	Exact    float64 `json:"exact"`
	MeanKm   float64 `json:"mean_km"`
	Coverage float64 `json:"coverage"`
	// End to end, with the dictionary mention finder instead of gold spans
	// (only when a finder is given).
	E2EPrecision *float64 `json:"e2e_precision,omitempty"`
	E2ERecall    *float64 `json:"e2e_recall,omitempty"`
	E2EAcc161    *float64 `json:"e2e_acc161,omitempty"`
}

// Evaluate geocodes the gold spans of docs and scores the result.
func Evaluate(g *geocode.Geocoder, docs []Doc) Scores {
	var s Scores
	var hit, exact, resolved int
	var km float64
	for _, d := range docs {
		tops := make([]geocode.Toponym, len(d.Gold))
		for i, gd := range d.Gold {
			tops[i] = geocode.Toponym{Span: gd.Span, Text: gd.Text}
		}
		res := g.Locate(d.Text, tops)
		for i, gd := range d.Gold {
			s.N++
			ft := res[i].Feature
			if ft == nil {
				continue
			}
			resolved++
			dist := geocode.Distance(gd.Lat, gd.Lon, ft.Lat, ft.Lon)
			km += dist
			if dist <= 161 {
				hit++
			}
			if gd.GeonameID != 0 && gd.GeonameID == ft.ID {
				exact++
			}
		}
	}
	if s.N > 0 {
		s.Acc161 = float64(hit) / float64(s.N)
		s.Exact = float64(exact) / float64(s.N)
		s.Coverage = float64(resolved) / float64(s.N)
	}
	if resolved > 0 {
		s.MeanKm = km / float64(resolved)
	}
	return s
}

// String formats s for people.
func (s Scores) String() string {
	out := fmt.Sprintf("toponyms %d\nacc@161km %.3f\nexact id  %.3f\nmean km   %.1f\ncoverage  %.3f\n",
		s.N, s.Acc161, s.Exact, s.MeanKm, s.Coverage)
	if s.E2EPrecision != nil {
		out += fmt.Sprintf("e2e precision %.3f\ne2e recall    %.3f\ne2e acc@161km %.3f\n",
			*s.E2EPrecision, *s.E2ERecall, *s.E2EAcc161)
	}
	return out
}
