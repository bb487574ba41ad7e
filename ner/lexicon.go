package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep"
	"sitrep/actors"
	"sitrep/gazetteer"
)

// Lexicon tells what the gazetteer and the actor dictionary know a name
// as: a set of Lex bits for a folded name (see gazetteer.Fold) of the
// given number of words.
type Lexicon interface {
	Classes(key string, words int) uint16
}

// Lex bits: what a known name is.
const (
	LexCountry  = 1 << iota // a country
	LexRegion               // a first-level region
	LexCity                 // a populated place by its main name
	LexPlaceAlt             // an alternate name of a populated place
	LexDemonym              // a word for a country's people: Syrian, Russians
	LexPerson               // a person of the actor dictionary
	LexOrg                  // an organization of the actor dictionary
	LexMetonym              // a metonym: the Kremlin, the White House
	LexSurname              // the last name of a person of the dictionary
	LexGiven                // the first name of a person of the dictionary
)

// maxLexWords bounds the names looked up, in tokens.
const maxLexWords = 4

// dictLexicon is the Lexicon of a gazetteer and an actor dictionary.
type dictLexicon struct {
	gaz   *gazetteer.Gazetteer
	dict  *actors.Dict
	given map[string]bool // folded first names of the dictionary's people
}

// NewLexicon returns the Lexicon of gaz and dict; either may be nil.
func NewLexicon(gaz *gazetteer.Gazetteer, dict *actors.Dict) Lexicon {
	l := &dictLexicon{gaz: gaz, dict: dict, given: map[string]bool{}}
	if dict != nil {
		for _, id := range dict.IDs() {
			if dict.Kind(id) != actors.KindPerson {
				continue
			}
			for _, e := range dict.Entries(id) {
				if first, _, ok := strings.Cut(gazetteer.Fold(e.Name), " "); ok && len(first) > 1 {
					l.given[first] = true
				}
			}
		}
	}
	return l
}

// Classes implements Lexicon.
func (l *dictLexicon) Classes(key string, words int) uint16 {
	var c uint16
	if l.gaz != nil {
		for _, e := range l.gaz.LookupKey(key) {
			f := l.gaz.Feature(e.Feature)
			switch {
			case f.IsCountry():
				c |= LexCountry
			case f.IsRegion():
				c |= LexRegion
			case !e.Alt:
				c |= LexCity
			default:
				c |= LexPlaceAlt
			}
		}
		if words == 1 && l.gaz.Demonym(key) != nil {
			c |= LexDemonym
		}
	}
	if l.dict != nil {
		for _, id := range l.dict.LookupKey(key) {
			switch l.dict.Kind(id) {
			case actors.KindCountry:
				c |= LexCountry
			case actors.KindPerson:
				c |= LexPerson
			case actors.KindOrg:
				c |= LexOrg
			case actors.KindMetonym:
				c |= LexMetonym
			}
		}
		if words == 1 && len(l.dict.Surname(key)) > 0 {
			c |= LexSurname
		}
		if words == 1 && l.given[key] {
			c |= LexGiven
		}
	}
	return c
}

// closedClass are the parts of speech at which no lower-case name starts.
var closedClass = map[string]bool{
	"DET": true, "ADP": true, "CCONJ": true, "SCONJ": true, "PRON": true, "AUX": true, "PART": true,
	"PUNCT": true, "VERB": true, "ADV": true, "NUM": true, "SYM": true, "INTJ": true,
}

// lexMasks sets, for every token, the Lex bits of the known names that
// begin, continue, end or are exactly at it (B, I, L, U).
func lexMasks(lex Lexicon, toks []sitrep.Token, ws []wordInfo, buf []byte) []byte {
	if lex == nil {
		return buf
	}
	folded := make([]string, len(toks))
	for i := range toks {
		folded[i] = gazetteer.Fold(toks[i].Text)
	}
	for i := range toks {
		r, _ := utf8.DecodeRuneInString(toks[i].Text)
		if folded[i] == "" || !unicode.IsLetter(r) && !unicode.IsDigit(r) || !unicode.IsUpper(r) && closedClass[toks[i].UPOS] {
			continue
		}
		buf = append(buf[:0], folded[i]...)
		words := 1
		for n := 1; n <= maxLexWords && i+n <= len(toks); n++ {
			j := i + n - 1
			if n > 1 {
				f := folded[j]
				if f == "" {
					continue // a hyphen or period inside a name
				}
				buf = append(buf, ' ')
				buf = append(buf, f...)
				words++
			}
			c := lex.Classes(string(buf), words)
			if c == 0 {
				continue
			}
			if n == 1 {
				ws[i].lex[posU] |= c
				continue
			}
			ws[i].lex[posB] |= c
			for k := i + 1; k < j; k++ {
				ws[k].lex[posI] |= c
			}
			ws[j].lex[posL] |= c
		}
	}
	return buf
}
