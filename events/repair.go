package events

import (
	"strings"

	"sitrep"
	"sitrep/cameo"
)

// repair returns toks with the tagger's and parser's commonest misreadings
// of a verb the lexicon knows undone, or toks itself when there is none;
// the caller's tokens are never changed. Besides relations UD does not
// allow where the parser put them (a noun "compound" on a verb is its
// subject or object; "nsubj:outer" is read as the subject), these shapes
// are mended:
//
//   - "be" read as the object of the noun before it ("officials are
//     about to restore", the noun as root): the "to" verb is the clause,
//     the noun its subject, "be" its auxiliary;
//   - a subject pronoun read as the object of the verb before it
//     ("indicated it should have acted"): it is the subject of the
//     complement that follows behind its auxiliaries;
//   - an infinitive tagged as a noun ("begun to question whether"): a
//     word with the infinitive marker "to" is a verb;
//   - a verb left without arguments between two phrases that hang on
//     the verb after them ("Gondor welcome a resumption ..., the agency
//     said", "Mordor extradited the militant to Rohan, officials
//     said"): the phrase before is its subject, the one after its object;
//   - a noun compound cut in two ("with human rights | activists of
//     Gondor"): a prepositional phrase ending in a noun, and the object
//     noun right after it, on the same head, are one phrase;
//   - an object hung on a noun ("cordoned off for construction the
//     roads"): nouns take no object, the verb above it does;
//   - a past tense read as an adjective of the noun after it ("army
//     bulldozers demolished homes", "agents sexually abused immigrants"):
//     the phrase before, with no verb between, is its subject;
//   - a subject cut in two ("Turkish police prevented"): the first of two
//     subjects side by side is a compound of the second;
//   - a clause read as a prepositional phrase ("ignored the proposal as
//     its forces captured"): a verb with no subject after a noun whose
//     preposition is a subordinator has that noun as its subject.
func repair(lex *cameo.Lexicon, toks []sitrep.Token) []sitrep.Token {
	var out []sitrep.Token
	edit := func() []sitrep.Token {
		if out == nil {
			out = append([]sitrep.Token(nil), toks...)
		}
		return out
	}
	cur := func() []sitrep.Token {
		if out != nil {
			return out
		}
		return toks
	}
	for i := range toks {
		t := cur()
		if t[i].Deprel == "nsubj:outer" {
			// The subject of a clause whose predicate is a clause
			// ("activists are about to restore"): the coder's subject.
			edit()[i].Deprel = "nsubj"
			t = cur()
		}
		if h := int(t[i].Head) - 1; t[i].Deprel == "compound" && nominal(t[i].UPOS) && h >= 0 && t[h].UPOS == "VERB" {
			// A noun compound on a verb, which UD never has ("Some
			// 800,000 Iraqi Kurds sought"): before the verb it is the
			// subject, after it the object.
			rel := "obj"
			if i < h {
				rel = "nsubj"
			}
			edit()[i].Deprel = rel
			t = cur()
		}
		if a, v := auxAsObject(t, i); a >= 0 {
			// "officials are about to restore", read with the noun as
			// root and "are" as its object: the verb is the clause, the
			// noun its subject, "are" its auxiliary.
			e := edit()
			e[v].Head, e[v].Deprel = e[i].Head, e[i].Deprel
			for j := range e {
				if int(e[j].Head)-1 == i && j != a && j > a {
					e[j].Head = int32(v + 1)
				}
			}
			e[i].Head, e[i].Deprel = int32(v+1), "nsubj"
			e[a].Head, e[a].Deprel = int32(v+1), "aux"
			continue
		}
		if p, v := pronounObject(t, i); p >= 0 {
			// "indicated it should have acted": the pronoun before the
			// complement's auxiliaries is its subject, not the object.
			e := edit()
			e[p].Head, e[p].Deprel = int32(v+1), "nsubj"
			continue
		}
		if t[i].UPOS == "NOUN" && hasMarkTo(t, i) {
			if lemma, ok := lex.VerbLemma(norm(t[i].Text)); ok {
				e := edit()
				e[i].UPOS, e[i].XPOS, e[i].Lemma = "VERB", "VB", lemma
			}
			continue
		}
		if q, n := stranded(lex, t, i); q >= 0 {
			e := edit()
			h := e[i].Head
			lemma, _ := lex.VerbLemma(norm(e[i].Text))
			e[i].UPOS, e[i].Lemma = "VERB", lemma
			if e[i].Deprel != "conj" && e[i].Deprel != "parataxis" {
				e[i].Deprel = "ccomp"
			}
			e[q].Head, e[q].Deprel = int32(i+1), "nsubj"
			e[n].Head, e[n].Deprel = int32(i+1), "obj"
			// Obliques of the old head between the object and the next
			// comma belong to the verb ("after a 12-year rift").
			for j := n + 1; j < len(e) && e[j].Text != ","; j++ {
				if e[j].Head == h && (e[j].Deprel == "obl" || e[j].Deprel == "nmod") {
					e[j].Head, e[j].Deprel = int32(i+1), "obl"
				}
			}
			continue
		}
		if g := nounObject(t, i); g >= 0 {
			// "cordoned off for construction the roads": a noun takes
			// no object; it is the verb's.
			e := edit()
			e[i].Head = int32(g + 1)
			continue
		}
		if split(t, i) {
			// "with human rights activists" cut after "rights": the
			// second noun heads the phrase, the first is its compound.
			e := edit()
			m := i + 1
			e[m].Head, e[m].Deprel = e[i].Head, e[i].Deprel
			for j := range e {
				if int(e[j].Head)-1 == i {
					e[j].Head = int32(m + 1)
				}
			}
			e[i].Head, e[i].Deprel = int32(m+1), "compound"
			continue
		}
		if n, c := subordinate(t, i); n >= 0 {
			// "ignored the proposal as its forces captured": a clause
			// read as a prepositional phrase; the noun is the subject and
			// the preposition the clause's subordinator.
			e := edit()
			e[n].Head, e[n].Deprel = int32(i+1), "nsubj"
			e[c].Head, e[c].Deprel, e[c].UPOS = int32(i+1), "mark", "SCONJ"
			if e[i].Deprel == "parataxis" || e[i].Deprel == "dep" {
				e[i].Deprel = "advcl"
			}
			continue
		}
		if doubleSubject(t, i) {
			// "Turkish police prevented": the first of two subjects
			// side by side modifies the second.
			e := edit()
			e[i].Head, e[i].Deprel = int32(i+2), "compound"
			continue
		}
		if q, o := adjectival(lex, t, i); q >= 0 {
			e := edit()
			lemma, _ := lex.VerbLemma(norm(e[i].Text))
			e[i].UPOS, e[i].XPOS, e[i].Lemma = "VERB", "VBD", lemma
			e[i].Head = e[q].Head
			if e[q].Deprel == "root" {
				e[i].Deprel = "root"
				for j := i + 1; j < len(e); j++ {
					if int(e[j].Head)-1 == q {
						e[j].Head = int32(i + 1)
					}
				}
			} else {
				e[i].Deprel = "ccomp"
			}
			e[q].Head, e[q].Deprel = int32(i+1), "nsubj"
			e[o].Head, e[o].Deprel = int32(i+1), "obj"
		}
	}
	if out == nil {
		return toks
	}
	return out
}

// auxAsObject returns, for a noun i, a form of "be" hung on it as an
// object or dependent right after it, and the verb of that form's "to"
// clause ("officials are about to restore"); -1, -1 if none.
func auxAsObject(t []sitrep.Token, i int) (a, v int) {
	a = i + 1
	if !nominal(t[i].UPOS) || a >= len(t) || t[a].UPOS != "AUX" || t[a].Lemma != "be" || int(t[a].Head)-1 != i {
		return -1, -1
	}
	if d := t[a].Deprel; d != "obj" && d != "dep" && d != "acl" && d != "appos" {
		return -1, -1
	}
	for j := a + 1; j < len(t) && j <= a+4; j++ {
		if int(t[j].Head)-1 == a && t[j].UPOS == "VERB" && hasMarkTo(t, j) {
			return a, j
		}
	}
	return -1, -1
}

// pronounObject returns, for a verb i, a subject pronoun (it, they, he,
// she, we) hung on it as its object and the complement verb right after
// it, behind its own auxiliaries, that has no subject ("indicated it
// should have acted"); -1, -1 if none.
func pronounObject(t []sitrep.Token, i int) (p, v int) {
	p = i + 1
	if t[i].UPOS != "VERB" || p >= len(t) || int(t[p].Head)-1 != i || t[p].Deprel != "obj" {
		return -1, -1
	}
	switch strings.ToLower(t[p].Text) {
	case "it", "they", "he", "she", "we":
	default:
		return -1, -1
	}
	v = p + 1
	for v < len(t) && t[v].UPOS == "AUX" {
		v++
	}
	if v == p+1 || v >= len(t) || t[v].UPOS != "VERB" || int(t[v].Head)-1 != i || t[v].Deprel != "ccomp" {
		return -1, -1
	}
	for j := range t {
		if int(t[j].Head)-1 == v && strings.HasPrefix(t[j].Deprel, "nsubj") {
			return -1, -1
		}
	}
	return p, v
}

// subordinators introduce a clause; the parser sometimes reads them as the
// preposition of the noun that is the clause's subject.
var subordinators = map[string]bool{"as": true, "while": true, "after": true, "before": true,
	"because": true, "since": true, "when": true, "until": true, "once": true, "whereas": true}

// subordinate returns, for a verb i with no subject, the noun right before
// it and that noun's preposition when the preposition is a subordinator
// ("as its forces captured", the noun hung elsewhere as an oblique): the
// clause's subject and its mark; -1, -1 if i is no such verb.
func subordinate(t []sitrep.Token, i int) (n, c int) {
	if t[i].UPOS != "VERB" || i == 0 || !strings.HasPrefix(t[i].XPOS, "VB") || t[i].XPOS == "VBG" || t[i].XPOS == "VBN" && t[i].Deprel == "acl" {
		return -1, -1
	}
	for j := range t {
		if int(t[j].Head)-1 == i && (strings.HasPrefix(t[j].Deprel, "nsubj") || t[j].Deprel == "mark" || t[j].Deprel == "expl") {
			return -1, -1
		}
	}
	n = i - 1
	if !nominal(t[n].UPOS) || int(t[n].Head)-1 == i || t[n].Deprel != "nmod" && t[n].Deprel != "obl" {
		return -1, -1
	}
	for j := range t {
		if int(t[j].Head)-1 == n && t[j].Deprel == "case" && j < n && subordinators[strings.ToLower(t[j].Text)] {
			return n, j
		}
	}
	return -1, -1
}

// doubleSubject reports whether token i and the common noun right after
// it are both subjects of one verb, with nothing between them: one phrase
// the parser cut in two ("Turkish police", the adjective tagged a proper
// noun).
func doubleSubject(t []sitrep.Token, i int) bool {
	if i+1 >= len(t) || t[i+1].UPOS != "NOUN" || t[i].Head != t[i+1].Head || t[i+1].Start > t[i].End+1 {
		return false
	}
	subj := func(r string) bool { return r == "nsubj" || r == "nsubj:pass" }
	return subj(t[i].Deprel) && subj(t[i+1].Deprel) && (t[i].UPOS == "PROPN" || t[i].UPOS == "ADJ" || t[i].UPOS == "NOUN")
}

// hasMarkTo reports whether token i has the infinitive marker "to".
func hasMarkTo(t []sitrep.Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if int(t[j].Head)-1 == i && t[j].Deprel == "mark" && strings.EqualFold(t[j].Text, "to") {
			return true
		}
	}
	return false
}

func nominal(u string) bool { return u == "NOUN" || u == "PROPN" || u == "PRON" }

// phraseTop climbs from token p to the token of its phrase that hangs on
// h, or -1 if p's phrase does not hang on h.
func phraseTop(t []sitrep.Token, p, h int) int {
	for range t {
		hp := int(t[p].Head) - 1
		if hp == h {
			return p
		}
		if hp < 0 || hp >= len(t) {
			return -1
		}
		p = hp
	}
	return -1
}

// inside reports whether token j lies in the subtree of token n.
func inside(t []sitrep.Token, j, n int) bool {
	for range t {
		if j == n {
			return true
		}
		j = int(t[j].Head) - 1
		if j < 0 || j >= len(t) {
			return false
		}
	}
	return false
}

// stranded returns the subject and object phrases of a verb i the parser
// left bare beside them, or -1, -1.
func stranded(lex *cameo.Lexicon, t []sitrep.Token, i int) (q, n int) {
	u := t[i].UPOS
	if u != "VERB" && u != "INTJ" || t[i].Deprel == "root" || i == 0 {
		return -1, -1
	}
	if _, ok := lex.VerbLemma(norm(t[i].Text)); !ok {
		return -1, -1
	}
	for j := range t {
		if int(t[j].Head)-1 == i && t[j].Deprel != "punct" && t[j].Deprel != "advmod" {
			return -1, -1 // it has arguments of its own
		}
	}
	h := int(t[i].Head) - 1
	if h < 0 || h >= len(t) || h < i {
		return -1, -1
	}
	p := i - 1
	if !nominal(t[p].UPOS) {
		return -1, -1
	}
	q = phraseTop(t, p, h)
	if q < 0 || t[q].Deprel != "nsubj" || !nominal(t[q].UPOS) {
		return -1, -1
	}
	for n = i + 1; n < h; n++ {
		if int(t[n].Head)-1 != h {
			continue
		}
		if !nominal(t[n].UPOS) {
			return -1, -1
		}
		switch t[n].Deprel {
		case "nsubj", "obj", "ccomp", "nsubj:pass":
		default:
			return -1, -1
		}
		for j := i + 1; j < n; j++ {
			if !inside(t, j, n) {
				return -1, -1
			}
		}
		// The verb after them must have a subject of its own besides.
		for j := n + 1; j < h; j++ {
			if int(t[j].Head)-1 == h && t[j].Deprel == "nsubj" {
				return q, n
			}
		}
		return -1, -1
	}
	return -1, -1
}

// adjectival returns the subject and object of a past tense i read as an
// adjective of the noun after it, or -1, -1.
func adjectival(lex *cameo.Lexicon, t []sitrep.Token, i int) (q, o int) {
	if t[i].Deprel != "amod" || t[i].UPOS != "ADJ" && t[i].UPOS != "VERB" || !strings.HasSuffix(strings.ToLower(t[i].Text), "ed") {
		return -1, -1
	}
	if _, ok := lex.VerbLemma(norm(t[i].Text)); !ok {
		return -1, -1
	}
	o = int(t[i].Head) - 1
	if o <= i || o >= len(t) || !nominal(t[o].UPOS) {
		return -1, -1
	}
	p := i - 1
	for p >= 0 && int(t[p].Head)-1 == i && t[p].UPOS == "ADV" {
		p-- // "sexually abused"
	}
	if p < 0 || t[p].UPOS != "NOUN" && t[p].UPOS != "PROPN" || inside(t, p, o) {
		return -1, -1
	}
	q = p
	for steps := 0; t[q].Deprel == "conj" || t[q].Deprel == "compound" || t[q].Deprel == "flat"; steps++ {
		q = int(t[q].Head) - 1 // "helicopters and tanks"
		if q < 0 || q >= len(t) || steps > len(t) {
			return -1, -1
		}
	}
	if q == i || q == o {
		return -1, -1
	}
	if t[q].Deprel != "nsubj" && t[q].Deprel != "root" {
		return -1, -1
	}
	for j := 0; j < i; j++ {
		if t[j].UPOS == "VERB" || t[j].UPOS == "AUX" {
			return -1, -1 // a verb before: "X said the shelled town"
		}
	}
	if h := int(t[q].Head) - 1; h >= 0 && h < len(t) && inside(t, h, o) {
		return -1, -1
	}
	return q, o
}

// split reports whether noun i ends a prepositional phrase and the noun
// after it, with no determiner or preposition of its own, hangs on the
// same head as the object: one phrase the parser cut in two.
func split(t []sitrep.Token, i int) bool {
	m := i + 1
	if m >= len(t) || t[i].UPOS != "NOUN" || t[m].UPOS != "NOUN" || t[i].Head != t[m].Head || t[m].Deprel != "obj" {
		return false
	}
	switch t[i].Deprel {
	case "nmod", "obl":
	default:
		return false
	}
	hasCase := false
	for j := range t {
		switch int(t[j].Head) - 1 {
		case i:
			if j > i {
				return false
			}
			hasCase = hasCase || t[j].Deprel == "case"
		case m:
			if j < m || t[j].Deprel == "case" {
				return false
			}
		}
	}
	return hasCase
}

// nounObject returns the verb that object i, hung on a noun in an
// oblique phrase, belongs to; -1 if i is no such object.
func nounObject(t []sitrep.Token, i int) int {
	if t[i].Deprel != "obj" {
		return -1
	}
	n := int(t[i].Head) - 1
	if n < 0 || n >= len(t) || n > i || t[n].UPOS != "NOUN" || t[n].Deprel != "obl" {
		return -1
	}
	g := int(t[n].Head) - 1
	if g < 0 || g >= len(t) || t[g].UPOS != "VERB" || g > n {
		return -1
	}
	for j := range t {
		if int(t[j].Head)-1 == g && t[j].Deprel == "obj" {
			return -1 // the verb has an object already
		}
	}
	return g
}
