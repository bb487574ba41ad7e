package ner

import (
	"strings"

	"sitrep/conllu"
	"sitrep/gazetteer"
)

// Silver labels a treebank without entity annotation for self-training:
// r (a model trained on gold data) reads each sentence with its gold tags,
// and its names are kept where they are runs of proper nouns (with a
// capitalised adjective that modifies them: New Orleans). A run of proper
// nouns that the lexicon knows only as a place, a person or an
// organization takes that type (see lexType); date words are never names.
// A name the model typed is then given the type it gets most often in the
// whole treebank, so that one odd reading does not teach a wrong type.
// Demonyms stay as the model read them. Sentences with a run of proper
// nouns left unexplained (neither a name nor a date word) are dropped, so
// that no name is taught as Outside.
func Silver(sents []conllu.Sentence, r *Recognizer) []Example {
	exs := FromCoNLLU(sents, nil)
	type label struct {
		run Entity
		key string
		typ int // index in Types, or -1
	}
	labels := make([][]label, len(exs))
	norp := make([][]Entity, len(exs))
	votes := map[string][]int{}
	for k, ex := range exs {
		toks := ex.Tokens
		pred := r.recognize(toks, false)
		for _, run := range propnRuns(ex) {
			typ := ""
			for _, p := range pred {
				if p.Start == run.Start && p.End == run.End {
					typ = p.Type
				}
			}
			words := make([]string, 0, run.End-run.Start)
			for _, t := range toks[run.Start:run.End] {
				words = append(words, t.Text)
			}
			key := gazetteer.Fold(strings.Join(words, " "))
			if r.lex != nil {
				typ = lexType(r.lex.Classes(key, run.End-run.Start), typ)
			}
			if run.End-run.Start == 1 && dateWords[strings.ToLower(toks[run.Start].Text)] {
				typ = ""
			}
			t := typeIndex(typ)
			if t >= 0 {
				v := votes[key]
				if v == nil {
					v = make([]int, len(Types))
					votes[key] = v
				}
				v[t]++
			}
			labels[k] = append(labels[k], label{run: run, key: key, typ: t})
		}
		// names the model found outside the runs (demonyms) stay
		for _, p := range pred {
			if p.Type == "NORP" {
				norp[k] = append(norp[k], p)
			}
		}
	}
	var out []Example
	for k, ex := range exs {
		toks := ex.Tokens
		var ents []Entity
		ok := true
		for _, l := range labels[k] {
			t := l.typ
			if v := votes[l.key]; v != nil && t >= 0 {
				t = majority(v, t)
			}
			if t < 0 {
				if l.run.End-l.run.Start == 1 && dateWords[strings.ToLower(toks[l.run.Start].Text)] {
					continue
				}
				ok = false
				break
			}
			ents = append(ents, Entity{Start: l.run.Start, End: l.run.End, Type: Types[t]})
		}
		if !ok {
			continue
		}
		ents = append(ents, norp[k]...)
		out = append(out, Example{Tokens: toks, Entities: dedupe(ents)})
	}
	return out
}

// lexType returns the type the lexicon bits c give a run of proper nouns
// the model typed typ (or "" when it found no name there): a name the
// lexicon knows only as a place, an organization or a person takes that
// type; a name that is also a given name or a surname, or that has other
// readings, keeps the model's.
func lexType(c uint16, typ string) string {
	const (
		place  = LexCountry | LexRegion | LexCity
		people = LexPerson | LexGiven | LexSurname
	)
	switch {
	case c&LexDemonym != 0:
	case c&place != 0 && c&(LexOrg|people) == 0:
		return "GPE"
	case c&LexOrg != 0 && c&(place|LexPlaceAlt|people) == 0:
		return "ORG"
	case c&LexPerson != 0 && c&(place|LexOrg) == 0:
		return "PERSON"
	}
	return typ
}

// majority returns the type with the most votes, or def when none has more
// than half of them.
func majority(votes []int, def int) int {
	total, b := 0, 0
	for t, n := range votes {
		total += n
		if n > votes[b] {
			b = t
		}
	}
	if 2*votes[b] > total {
		return b
	}
	return def
}

// propnRuns returns the maximal runs of proper nouns of ex, joined by the
// words that join names (Bank of America), with the capitalised adjectives
// that modify them before them (New Orleans, Iraqi Islamic Party), without
// the titles that start them.
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
		// a capitalised adjective that modifies the run starts it: New
		// Orleans, Iraqi Islamic Party
		for a > 0 && toks[a-1].UPOS == "ADJ" && capitalised(toks[a-1].Text) && int(toks[a-1].Head)-1 >= a && int(toks[a-1].Head)-1 < j {
			a--
		}
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
