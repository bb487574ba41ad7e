package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep"
	"sitrep/actors"
	"sitrep/gazetteer"
	"sitrep/ner"
	"sitrep/segment"
)

// maxSpan bounds the number of tokens a dictionary name may cover.
const maxSpan = 8

// FindMentions finds the named entities of body: the names the
// statistical recognizer finds (package ner) merged with those the
// dictionaries know (see dictMentions). Sentences come from the segmenter,
// tagged or not; spans are code points.
func (r *Resolver) FindMentions(body string, sentences []sitrep.Sentence) []sitrep.Mention {
	f := finder{r: r, body: body, off: sitrep.NewOffsets(body), surnames: map[string]bool{}}
	f.maxN = min(maxSpan, max(r.dict.MaxWords(), r.gaz.MaxWords()))
	var out []sitrep.Mention
	var tagged []sitrep.Token
	var lone []int // single-word people only the recognizer found
	for si, s := range sentences {
		toks := s.Tokens
		tt := toks
		if len(toks) > 0 && toks[0].UPOS == "" && r.tag != nil {
			tagged = append(tagged[:0], toks...)
			r.tag(tagged)
			tt = tagged
		}
		ms := f.dictMentions(tt)
		if r.rec != nil && len(toks) > 0 {
			ms = merge(ms, r.rec.Recognize(tt), tt)
		}
		prev := 0
		for _, m := range ms {
			m = placeShape(m, tt, prev)
			prev = m.end
			span := sitrep.Span{Start: toks[m.start].Start, End: toks[m.end-1].End}
			if m.typ == "PERSON" && m.end-m.start == 1 && tt[m.start].UPOS == "ADJ" {
				continue // "mostly Christian eastern Beirut": a word, not a name
			}
			if m.typ == "PERSON" && m.end-m.start == 1 && m.recognized {
				lone = append(lone, len(out))
			}
			out = append(out, sitrep.Mention{Span: span, Sentence: si, Text: f.off.Slice(span), Type: m.typ})
			if m.typ == "PERSON" && m.end-m.start > 1 {
				f.surnames[gazetteer.Fold(toks[m.end-1].Text)] = true
			}
		}
	}
	// News introduces a person by full name; a lone word the recognizer
	// calls a person that is no surname of the article's people, nor a
	// first name or surname anyone in the actor dictionary bears, is more
	// often a small place or a group (Srebrenica, Potocari): leave it out.
	var lex ner.Lexicon
	if r.rec != nil {
		lex = r.rec.Lexicon()
	}
	drop := map[int]bool{}
	for _, k := range lone {
		key := gazetteer.Fold(out[k].Text)
		if f.surnames[key] || lex != nil && !titleWords[key] && lex.Classes(key, 1)&(ner.LexGiven|ner.LexSurname) != 0 {
			continue
		}
		drop[k] = true
	}
	if len(drop) > 0 {
		kept := out[:0]
		for k, m := range out {
			if !drop[k] {
				kept = append(kept, m)
			}
		}
		out = kept
	}
	return out
}

// tokMention is a mention over tokens start..end-1 of a sentence. weak
// marks a dictionary mention found by the surname or title heuristics, not
// by a name the dictionaries hold.
type tokMention struct {
	start, end int
	typ        string
	weak       bool
	recognized bool // added by the recognizer, not the dictionaries
}

// dictMentions finds the mentions of one sentence by dictionary: at each
// capitalised token the longest run of tokens that names an actor or a
// place, else a demonym, a known surname, or capitalised words after a
// title.
func (f *finder) dictMentions(toks []sitrep.Token) []tokMention {
	var out []tokMention
	for i := 0; i < len(toks); {
		n, typ, weak := f.matchAt(toks, i)
		if n == 0 {
			i++
			continue
		}
		out = append(out, tokMention{start: i, end: i + n, typ: typ, weak: weak})
		if typ == "PERSON" && n > 1 {
			f.surnames[gazetteer.Fold(toks[i+n-1].Text)] = true
		}
		i += n
	}
	return out
}

// finder is the state of FindMentions over one article.
type finder struct {
	r        *Resolver
	body     string
	off      *sitrep.Offsets
	maxN     int
	surnames map[string]bool // last names of the people named in full so far
}

// matchAt returns the number of tokens of the mention starting at token i
// and its type, or 0, and whether it was found by a heuristic rather than
// by a name the dictionaries hold.
func (f *finder) matchAt(toks []sitrep.Token, i int) (int, string, bool) {
	r, body, off := f.r, f.body, f.off
	t := toks[i]
	the := t.Text == "the" || t.Text == "The"
	if !the && !capitalised(t.Text) {
		return 0, "", false
	}
	start := off.Byte(t.Start)
	for n := min(f.maxN, len(toks)-i); n >= 1; n-- {
		last := toks[i+n-1]
		lower := !capitalised(last.Text)
		if !breakable(toks, i, n) || lower && n == 1 {
			continue
		}
		text := body[start:off.Byte(last.End)]
		key := gazetteer.Fold(text)
		if n == 1 && stopWords[key] {
			continue
		}
		if n == 1 && f.surnames[key] {
			return 1, "PERSON", true // Mitchell, after George Mitchell
		}
		typ := ""
		if lower {
			// "Syrian forces", "the regime": only as written in the actor
			// dictionary.
			typ = r.aliasType(key)
		} else {
			typ = r.typeOf(key, n, the)
		}
		if typ == "" {
			continue
		}
		if n == 1 && typ == "GPE" && len(r.dict.LookupKey(key)) == 0 && inRun(toks, i) {
			continue // part of a longer unknown name: Camp David, Wright-Patterson
		}
		if the && n > 1 && r.withoutThe(key, n) {
			return 0, "", false // matched again, without "the", at the next token
		}
		return n, typ, false
	}
	if the {
		return 0, "", false
	}
	key := gazetteer.Fold(t.Text)
	if stopWords[key] {
		return 0, "", false
	}
	if n := orgRun(toks, i); n > 0 {
		return n, "ORG", true // Defense Ministry, Ministry of Defence
	}
	if n := r.minorPlaceAt(toks, i); n > 0 {
		return n, "GPE", true // in Grovetown, near Pelican Rapids
	}
	// A known surname, or capitalised words after a title: a person, with
	// the capitalised words that follow (Mohammad Hassino).
	if len(r.dict.Surname(key)) > 0 && !r.isPlace(key) && !titleWords[key] && !segment.Hyphenated(toks, i) ||
		i > 0 && titleWords[gazetteer.Fold(toks[i-1].Text)] && capitalised(toks[i-1].Text) {
		n := 1
		for n < 3 && i+n < len(toks) && capitalised(toks[i+n].Text) && toks[i+n].Kind == sitrep.KindWord &&
			!stopWords[gazetteer.Fold(toks[i+n].Text)] {
			n++
		}
		return n, "PERSON", true
	}
	return 0, "", false
}

// orgRun returns the number of tokens of a run of capitalised words from
// token i (joined by "of", "for" or "and") that ends in a word naming a
// kind of organization, or starts with one followed by "of"; 0 if none.
func orgRun(toks []sitrep.Token, i int) int {
	word := func(j int) bool {
		return j < len(toks) && toks[j].Kind == sitrep.KindWord && capitalised(toks[j].Text)
	}
	n, last := 0, 0
	for j := i; j < len(toks) && j-i < maxSpan; {
		if word(j) {
			n = j + 1 - i
			if orgHeads[gazetteer.Fold(toks[j].Text)] {
				last = n
			}
			j++
			continue
		}
		switch toks[j].Text {
		case "of", "for", "and":
			if word(j + 1) {
				j++
				continue
			}
		}
		break
	}
	if n < 2 {
		return 0
	}
	if last > 0 && last == n || orgHeads[gazetteer.Fold(toks[i].Text)] && toks[i+1].Text == "of" {
		return n
	}
	if last >= 2 {
		return last
	}
	return 0
}

// withoutThe reports whether a name of n tokens starting with "the" also
// names something without it (the Kremlin, but not the regime).
func (r *Resolver) withoutThe(key string, n int) bool {
	k, ok := strings.CutPrefix(key, "the ")
	if !ok {
		return false
	}
	return r.typeOf(k, n-1, false) != "" || r.aliasType(k) != ""
}

// aliasType types a phrase ending in a lower-case word, which only the
// actor dictionary's organizations and metonyms may name.
func (r *Resolver) aliasType(key string) string {
	for _, id := range r.dict.LookupKey(key) {
		switch r.dict.Kind(id) {
		case actors.KindOrg, actors.KindMetonym:
			return "ORG"
		}
	}
	return ""
}

// typeOf returns the entity type of a dictionary name of n tokens, or "".
// Names starting with "the" must be actor aliases written that way.
func (r *Resolver) typeOf(key string, n int, the bool) string {
	kind := r.kindOf(key, n)
	if the {
		if kind == "" || n < 2 {
			return ""
		}
	}
	switch {
	case kind == actors.KindPerson:
		return "PERSON"
	case r.gaz.Demonym(key) != nil:
		return "NORP"
	case kind == actors.KindCountry:
		return "GPE"
	case r.isPlace(key) && !(kind == actors.KindOrg && !r.isBigPlace(key)):
		// A place the gazetteer knows stays a place even when some
		// organization's alias spells it the same (Ukraine, Donetsk),
		// unless it is only a small town's name: UN is the United
		// Nations, not Un in Gujarat; ILO not Ilo in Peru.
		return "GPE"
	case kind == actors.KindOrg:
		return "ORG"
	case kind == actors.KindMetonym:
		if strings.HasSuffix(key, "ns") || strings.HasSuffix(key, "ese") {
			return "NORP" // the Russians, the Americans, the Chinese
		}
		return "ORG"
	}
	return ""
}

// kindOf returns the kind of actor a name of n tokens names, preferring a
// person, then a country, then the first other kind; a lone word names a
// person only if someone of that name holds a dated role.
func (r *Resolver) kindOf(key string, n int) string {
	kind := ""
	for _, id := range r.dict.LookupKey(key) {
		switch k := r.dict.Kind(id); {
		case k == actors.KindAgent:
		case k == actors.KindPerson:
			if n > 1 || r.hasDatedRole(id) {
				return k
			}
		case k == actors.KindCountry:
			kind = k
		case kind == "":
			kind = k
		}
	}
	return kind
}

func (r *Resolver) hasDatedRole(id string) bool {
	for _, e := range r.dict.Entries(id) {
		if e.Dated() {
			return true
		}
	}
	return false
}

// isBigPlace reports whether key names, by its main name, a country, a
// region or a place of 100,000 people or more.
func (r *Resolver) isBigPlace(key string) bool {
	for _, e := range r.gaz.LookupKey(key) {
		if ft := r.gaz.Feature(e.Feature); !e.Alt && (ft.IsCountry() || ft.IsRegion() || ft.Population >= 100000) {
			return true
		}
	}
	return false
}

// isPlace reports whether key is a country, region or a populated place
// by its main name (alternate names only for places of 100,000 or more).
func (r *Resolver) isPlace(key string) bool {
	for _, e := range r.gaz.LookupKey(key) {
		if !e.Alt || r.gaz.Feature(e.Feature).Population >= 100000 {
			return true
		}
	}
	return false
}

// breakable reports whether tokens i..i+n-1 can form one name: no
// sentence punctuation inside, no possessive at the end.
func breakable(toks []sitrep.Token, i, n int) bool {
	for k := i; k < i+n; k++ {
		t := toks[k]
		if t.Kind == sitrep.KindPunct && t.Text != "-" && t.Text != "." && t.Text != "&" && t.Text != "/" {
			return false
		}
		if t.Kind != sitrep.KindWord && t.Kind != sitrep.KindPunct && t.Kind != sitrep.KindNumber {
			return false
		}
	}
	last := toks[i+n-1].Text
	return last != "'s" && last != "’s" && toks[i+n-1].Kind != sitrep.KindPunct
}

// inRun reports whether token i stands in a run of capitalised words, next
// to one or joined to one by a hyphen.
func inRun(toks []sitrep.Token, i int) bool {
	near := func(j int) bool {
		if j < 0 || j >= len(toks) {
			return false
		}
		t := toks[j]
		return t.Kind == sitrep.KindWord && capitalised(t.Text) && !stopWords[gazetteer.Fold(t.Text)]
	}
	hyphen := func(j int) bool { return j >= 0 && j < len(toks) && toks[j].Text == "-" }
	return near(i-1) || near(i+1) || hyphen(i-1) && near(i-2) || hyphen(i+1) && near(i+2)
}

// capitalised reports whether s starts with an upper-case letter.
func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
