package ner

import (
	"slices"
	"strings"

	"sitrep"
	"sitrep/conllu"
	"sitrep/gazetteer"
)

// Example is one training or development sentence: its tokens and the
// names in it.
type Example struct {
	Tokens   []sitrep.Token
	Entities []Entity
}

// FromCoNLLU turns treebank sentences into examples: the words become
// tokens (with the treebank's tags), and the names are those Spans finds
// in the GUM entity annotation of the MISC column.
func FromCoNLLU(sents []conllu.Sentence, lex Lexicon) []Example {
	out := make([]Example, 0, len(sents))
	for _, s := range sents {
		toks := make([]sitrep.Token, len(s.Words))
		for i, w := range s.Words {
			toks[i] = sitrep.Token{Text: w.Form, UPOS: w.UPOS, XPOS: w.XPOS, Lemma: w.Lemma, SpaceAfter: w.SpaceAfter(), Head: int32(w.Head), Deprel: w.Deprel}
		}
		out = append(out, Example{Tokens: toks, Entities: Spans(s, lex)})
	}
	return out
}

// mention is one bracketed entity mention of the GUM annotation, words
// start..end inclusive (0-based).
type mention struct {
	id, etype  string
	start, end int
}

// Spans returns the outermost names of a sentence annotated in the GUM
// style (MISC "Entity=(1-person-...", "1)"). GUM marks every mention,
// pronouns and common nouns included; a mention counts as a name when its
// head word is a proper noun, and the name is the run of proper nouns
// around the head (joined by "of", "the", "and", hyphens), without the
// determiners and titles outside it. Types map person to PERSON,
// organization to ORG, event to EVENT, and place to GPE when lex knows the
// name as a country, region or city, else LOC. Demonyms that are no part of
// a name become NORP.
func Spans(s conllu.Sentence, lex Lexicon) []Entity {
	ms := mentions(s)
	words := s.Words
	var cands []Entity
	for _, m := range ms {
		typ := ""
		switch m.etype {
		case "person":
			typ = "PERSON"
		case "organization":
			typ = "ORG"
		case "event":
			typ = "EVENT"
		case "place":
			typ = "LOC"
		default:
			continue
		}
		h := headOf(words, m.start, m.end)
		if h < 0 || words[h].UPOS != "PROPN" {
			continue
		}
		// words of other names nested in a person's name, away from its
		// head: [Afghan] Ambassador to the [United States] [Hamdullah Mohib]
		blocked := func(i int) bool {
			if typ != "PERSON" {
				return false
			}
			for _, o := range ms {
				if o.start >= m.start && o.end <= m.end && (o.start > m.start || o.end < m.end) &&
					(h < o.start || h > o.end) && i >= o.start && i <= o.end {
					return true
				}
			}
			return false
		}
		in := func(i int) bool { return i >= m.start && i <= m.end && !blocked(i) }
		a, b := h, h
		for in(a-1) && (nameWord(words[a-1]) || joiner(words[a-1]) && in(a-2) && nameWord(words[a-2])) {
			a--
		}
		for in(b+1) && (nameWord(words[b+1]) || words[b+1].UPOS == "NUM" || joiner(words[b+1]) && in(b+2) && (nameWord(words[b+2]) || joiner(words[b+2]))) {
			b++
		}
		for b > a && joiner(words[b]) {
			b--
		}
		for a < b && joiner(words[a]) {
			a++
		}
		if typ == "PERSON" {
			// titles stay outside: [Donald Trump], not U.S. President Donald Trump
			for i := b; i >= a; i-- {
				if titles[strings.ToLower(strings.TrimSuffix(words[i].Form, "."))] {
					a = i + 1
					break
				}
			}
			if a > b {
				continue
			}
			if words[h].XPOS == "NNPS" || lex != nil && lex.Classes(foldWords(words[a:b+1]), b+1-a)&LexDemonym != 0 {
				typ = "NORP" // Muslims, Afghans
			}
		}
		if typ == "LOC" && lex != nil {
			if lex.Classes(foldWords(words[a:b+1]), b+1-a)&(LexCountry|LexRegion|LexCity) != 0 {
				typ = "GPE"
			}
		}
		cands = append(cands, Entity{Start: a, End: b + 1, Type: typ})
	}
	// outermost first: by start, longer first
	slices.SortStableFunc(cands, func(x, y Entity) int {
		if x.Start != y.Start {
			return x.Start - y.Start
		}
		return (y.End - y.Start) - (x.End - x.Start)
	})
	var out []Entity
	taken := make([]bool, len(words))
	for _, e := range cands {
		free := true
		for i := e.Start; i < e.End; i++ {
			if taken[i] {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		for i := e.Start; i < e.End; i++ {
			taken[i] = true
		}
		out = append(out, e)
	}
	if lex != nil {
		for i, w := range words {
			if taken[i] || !capitalised(w.Form) || w.UPOS != "ADJ" && w.UPOS != "PROPN" && w.UPOS != "NOUN" {
				continue
			}
			if lex.Classes(gazetteer.Fold(w.Form), 1)&LexDemonym != 0 {
				out = append(out, Entity{Start: i, End: i + 1, Type: "NORP"})
			}
		}
	}
	slices.SortFunc(out, func(x, y Entity) int { return x.Start - y.Start })
	return out
}

// joiner reports whether a word may join the proper nouns of one name:
// Bank of America, Trinidad and Tobago, Coca-Cola.
// A hyphen joins only when no space follows it.
func joiner(w conllu.Word) bool { return isJoiner(w.Form) && (w.Form != "-" || !w.SpaceAfter()) }

// nameWord reports whether a word may be part of a name: a proper noun, or
// a capitalised word that is not a determiner, pronoun or preposition
// (United States, FIRST Global).
func nameWord(w conllu.Word) bool {
	switch w.UPOS {
	case "PROPN":
		return true
	case "DET", "PRON", "ADP", "CCONJ", "SCONJ", "PUNCT", "AUX", "PART":
		return false
	}
	return capitalised(w.Form)
}

// titles are lower-case titles and offices written before names.
var titles = map[string]bool{
	"president": true, "mr": true, "mrs": true, "ms": true, "dr": true, "miss": true, "sir": true,
	"senator": true, "sen": true, "gen": true, "general": true, "minister": true, "prime": true,
	"king": true, "queen": true, "prince": true, "princess": true, "ambassador": true, "governor": true,
	"gov": true, "mayor": true, "secretary": true, "chairman": true, "pope": true, "judge": true,
	"justice": true, "professor": true, "prof": true, "rev": true, "reverend": true, "sheikh": true,
	"ayatollah": true, "captain": true, "col": true, "colonel": true, "lt": true, "sgt": true,
	"officer": true, "chief": true, "vice": true, "deputy": true, "representative": true, "rep": true,
	"director": true, "commander": true, "lord": true, "lady": true, "emperor": true, "saint": true,
	"coach": true, "detective": true, "agent": true, "father": true, "brother": true, "sister": true,
	"uncle": true, "aunt": true, "grandma": true, "grandpa": true, "mister": true, "madame": true,
}

// headOf returns the word of start..end whose head lies outside it, or -1.
func headOf(words []conllu.Word, start, end int) int {
	for i := start; i <= end; i++ {
		h := words[i].Head - 1
		if h < start || h > end {
			return i
		}
	}
	return -1
}

func foldWords(ws []conllu.Word) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.Form
	}
	return gazetteer.Fold(strings.Join(parts, " "))
}

// mentions parses the Entity brackets of the words of s.
func mentions(s conllu.Sentence) []mention {
	var open, out []mention
	for k, w := range s.Words {
		ent := miscValue(w.Misc, "Entity")
		for p := 0; p < len(ent); {
			if ent[p] == '(' {
				q := p + 1
				for q < len(ent) && ent[q] != '(' && ent[q] != ')' {
					q++
				}
				desc := ent[p+1 : q]
				f := strings.SplitN(desc, "-", 3)
				m := mention{id: f[0], start: k, end: k}
				if len(f) > 1 {
					m.etype = f[1]
				}
				if q < len(ent) && ent[q] == ')' {
					out = append(out, m)
					q++
				} else {
					open = append(open, m)
				}
				p = q
				continue
			}
			q := p
			for q < len(ent) && ent[q] != ')' && ent[q] != '(' {
				q++
			}
			id := ent[p:q]
			for j := len(open) - 1; j >= 0; j-- {
				if open[j].id == id {
					m := open[j]
					m.end = k
					out = append(out, m)
					open = slices.Delete(open, j, j+1)
					break
				}
			}
			if q < len(ent) && ent[q] == ')' {
				q++
			}
			p = q
		}
	}
	return out
}

// miscValue returns the value of key in a MISC column, or "".
func miscValue(misc, key string) string {
	for item := range strings.SplitSeq(misc, "|") {
		if v, ok := strings.CutPrefix(item, key+"="); ok {
			return v
		}
	}
	return ""
}
