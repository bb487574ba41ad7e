package ner

import (
	"strings"

	"sitrep/conllu"
	"sitrep/gazetteer"
)

// Silver labels a treebank without entity annotation for self-training:
// r (a model trained on gold data) reads each sentence with its gold tags,
// and its names are kept where they are runs of proper nouns. A run of
// proper nouns that the lexicon knows as a place, a person or an
// organization takes that type. Sentences with a run of proper nouns left
// unexplained (neither a name nor a date word) are dropped, so that no name
// is taught as Outside.
func Silver(sents []conllu.Sentence, r *Recognizer) []Example {
	var out []Example
	for _, ex := range FromCoNLLU(sents, nil) {
		toks := ex.Tokens
		pred := r.Recognize(toks)
		runs := propnRuns(ex)
		var ents []Entity
		ok := true
		for _, run := range runs {
			typ := ""
			for _, p := range pred {
				if p.Start == run.Start && p.End == run.End {
					typ = p.Type
				}
			}
			if r.lex != nil {
				words := make([]string, 0, run.End-run.Start)
				for _, t := range toks[run.Start:run.End] {
					words = append(words, t.Text)
				}
				c := r.lex.Classes(gazetteer.Fold(strings.Join(words, " ")), run.End-run.Start)
				switch {
				case c&(LexCountry|LexRegion|LexCity) != 0 && c&(LexOrg|LexPerson) == 0:
					typ = "GPE"
				case c&LexOrg != 0 && c&(LexCountry|LexRegion|LexCity|LexPerson) == 0:
					typ = "ORG"
				case c&LexPerson != 0 && c&(LexCountry|LexRegion|LexCity|LexOrg) == 0:
					typ = "PERSON"
				}
			}
			if typ == "" {
				if run.End-run.Start == 1 && dateWords[strings.ToLower(toks[run.Start].Text)] {
					continue
				}
				ok = false
				break
			}
			ents = append(ents, Entity{Start: run.Start, End: run.End, Type: typ})
		}
		if !ok {
			continue
		}
		// names the model found outside the runs (demonyms) stay
		for _, p := range pred {
			if p.Type == "NORP" {
				ents = append(ents, p)
			}
		}
		out = append(out, Example{Tokens: toks, Entities: dedupe(ents)})
	}
	return out
}

// propnRuns returns the maximal runs of proper nouns of ex, joined by the
// words that join names (Bank of America), without the titles that start
// them.
func propnRuns(ex Example) []Entity {
	toks := ex.Tokens
	var out []Entity
	for i := 0; i < len(toks); {
		if toks[i].UPOS != "PROPN" {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) {
			if toks[j].UPOS == "PROPN" {
				j++
				continue
			}
			if j+1 < len(toks) && isJoiner(toks[j].Text) && (toks[j].Text != "-" || !toks[j].SpaceAfter) && toks[j+1].UPOS == "PROPN" {
				j += 2
				continue
			}
			break
		}
		a := i
		for a < j-1 && titles[strings.ToLower(strings.TrimSuffix(toks[a].Text, "."))] {
			a++ // titles stay outside: President [Bush]
		}
		out = append(out, Entity{Start: a, End: j})
		i = j
	}
	return out
}

// dedupe drops entities overlapping an earlier one.
func dedupe(ents []Entity) []Entity {
	var out []Entity
	for _, e := range ents {
		clash := false
		for _, o := range out {
			if e.Start < o.End && o.Start < e.End {
				clash = true
				break
			}
		}
		if !clash {
			out = append(out, e)
		}
	}
	return out
}

func isJoiner(s string) bool {
	switch strings.ToLower(s) {
	case "of", "the", "and", "&", "-", "for", "de", "du", "del", "la", "von", "van", "al", "bin":
		return true
	}
	return false
}

// dateWords are proper nouns that name times, not entities.
var dateWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "christmas": true, "easter": true,
}
