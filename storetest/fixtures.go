package storetest

import (
	"fmt"

	"sitrep"
)

// Fixture returns the three reports the suite stores: shelling in Aleppo
// (with its own event date, a claim and a quote), talks in Geneva (an event
// filed under the publication date, a quote by a resolved speaker), and a
// protest in Mosul without a publication date or coordinates.
func Fixture() []*sitrep.Report {
	aleppo := &sitrep.Place{GeonameID: 170063, Name: "Aleppo", Country: "SYR", Admin1: "Aleppo", Lat: 36.2, Lon: 37.16, Precision: "city"}
	geneva := &sitrep.Place{GeonameID: 2660646, Name: "Geneva", Country: "CHE", Lat: 46.2, Lon: 6.14, Precision: "city"}
	mosul := &sitrep.Place{Name: "Mosul", Country: "IRQ"}

	r1 := newReport("Shelling in Aleppo", "Government forces shelled eastern Aleppo on Wednesday. At least 45 civilians were killed, medics said. \"We will not leave,\" said Abu Omar.", "2016-12-08")
	r1.Events = []sitrep.Event{{
		CAMEO: "190", Root: "19", Quad: 4, Goldstein: -10, PLOVER: "ASSAULT", ACLED: "Explosions/Remote violence",
		Source: &sitrep.Ref{Text: "Government forces", Actor: &sitrep.Actor{ID: "syrian_army", Name: "Syrian Arab Army", Country: "SYR", Sector: "MIL"}},
		Target: &sitrep.Ref{Text: "eastern Aleppo"},
		Place:  aleppo, Date: "2016-12-07", Span: sitrep.Span{Start: 0, End: 55}, Sentence: 0,
		Text: "Government forces shelled eastern Aleppo on Wednesday.", Confidence: 0.8,
	}}
	most := int64(50)
	r1.Claims = []sitrep.Claim{{Kind: "killed", Min: 45, Max: &most, Qualifier: "at least", Who: "civilians", Place: aleppo,
		Time: &sitrep.TimeRef{Value: "2016-12-07"}, Source: &sitrep.Ref{Text: "medics"},
		Span: sitrep.Span{Start: 56, End: 103}, Sentence: 1, Text: "At least 45 civilians were killed, medics said."}}
	r1.Quotes = []sitrep.Quote{{Span: sitrep.Span{Start: 104, End: 124}, Sentence: 2, Text: "We will not leave,", Direct: true, Cue: "said",
		Speaker: &sitrep.Ref{Text: "Abu Omar", Span: sitrep.Span{Start: 130, End: 138}}}}
	r1.Mentions = []sitrep.Mention{{Span: sitrep.Span{Start: 34, End: 40}, Text: "Aleppo", Type: "GPE", Place: aleppo}}

	r2 := newReport("Talks in Geneva", "Kerry met Lavrov in Geneva. \"Confident. Hopeful,\" Kerry said.", "2016-12-05")
	r2.Article.Source, r2.Article.URL = "Harbor Post", "https://example.com/geneva"
	kerry := &sitrep.Actor{ID: "john_kerry", Name: "John Kerry", Country: "USA", Sector: "GOV", Role: "Secretary of State"}
	r2.Events = []sitrep.Event{{
		CAMEO: "040", Root: "04", Quad: 1, Goldstein: 1, PLOVER: "CONSULT",
		Source: &sitrep.Ref{Text: "Kerry", Actor: kerry},
		Target: &sitrep.Ref{Text: "Lavrov", Actor: &sitrep.Actor{ID: "sergey_lavrov", Name: "Sergey Lavrov", Country: "RUS", Sector: "GOV"}},
		Place:  geneva, Span: sitrep.Span{Start: 0, End: 27}, Text: "Kerry met Lavrov in Geneva.", Confidence: 0.7,
	}}
	r2.Quotes = []sitrep.Quote{{Span: sitrep.Span{Start: 28, End: 50}, Sentence: 1, Text: "Confident. Hopeful,", Direct: true, Cue: "said",
		Speaker: &sitrep.Ref{Text: "Kerry", Span: sitrep.Span{Start: 51, End: 56}, Actor: kerry}}}
	r2.Mentions = []sitrep.Mention{{Span: sitrep.Span{Start: 0, End: 5}, Text: "Kerry", Type: "PERSON", Actor: kerry}}

	r3 := newReport("", "Protesters gathered in Mosul. Some 3,000 to 3,500 people were displaced.", "")
	r3.Events = []sitrep.Event{{
		CAMEO: "141", Root: "14", Quad: 3, Goldstein: -6.5, PLOVER: "PROTEST", ACLED: "Protests",
		Place: mosul, Span: sitrep.Span{Start: 0, End: 29}, Text: "Protesters gathered in Mosul.", Confidence: 0.6,
	}}
	most3 := int64(3500)
	r3.Claims = []sitrep.Claim{{Kind: "displaced", Min: 3000, Max: &most3, Qualifier: "some", Who: "people", Place: mosul,
		Span: sitrep.Span{Start: 30, End: 72}, Sentence: 1, Text: "Some 3,000 to 3,500 people were displaced."}}
	return []*sitrep.Report{r1, r2, r3}
}

func newReport(title, body, published string) *sitrep.Report {
	a := sitrep.Article{ID: sitrep.ArticleID(body), Title: title, Body: body}
	if published != "" {
		d, err := sitrep.ParseDate(published)
		if err != nil {
			panic(err)
		}
		a.Published = d
	}
	r := sitrep.NewReport(a)
	r.Sentences = []sitrep.Sentence{{Span: sitrep.Span{Start: 0, End: len([]rune(body))}}}
	return r
}

// Many returns n small distinct reports with one event each, published
// on consecutive days from 2020-01-01.
func Many(n int) []*sitrep.Report {
	out := make([]*sitrep.Report, n)
	for i := range out {
		d := sitrep.NewDate(2020, 1, 1+i%365)
		r := newReport(fmt.Sprintf("Report %d", i), fmt.Sprintf("Aid convoy %d reached the town. Officials counted %d trucks.", i, i%50), d.String())
		r.Events = []sitrep.Event{{CAMEO: "073", Root: "07", Quad: 2, PLOVER: "AID", Text: "Aid convoy reached the town.",
			Place: &sitrep.Place{Name: "Madaya", Country: "SYR", Lat: 33.69, Lon: 36.1}, Confidence: 0.5}}
		out[i] = r
	}
	return out
}
