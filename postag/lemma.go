package postag

import (
	"slices"
	"strings"
	"unicode/utf8"

	"sitrep/internal/percep"
)

// rule turns a form into its lemma: drop cut runes from the end and append
// add, on the form as written (keep) or lower-cased.
type rule struct {
	cut  int
	add  string
	keep bool
}

func (r rule) apply(form string) string {
	s := form
	if !r.keep {
		s = lowerASCIIFast(form)
	}
	i := len(s)
	for k := 0; k < r.cut && i > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	if r.add == "" {
		return s[:i]
	}
	return s[:i] + r.add
}

// lowerASCIIFast returns strings.ToLower(s), without allocating when s has
// no upper-case letters.
func lowerASCIIFast(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// ruleFor finds the rule that maps form to lemma: on the lower-cased form
// when the lemma is lower case, else on the form as written.
func ruleFor(form, lemma string) (rule, bool) {
	if lemma != strings.ToLower(lemma) {
		if r, ok := diffRule(form, lemma); ok && (r.cut < utf8.RuneCountInString(form) || form == "") {
			r.keep = true
			return r, true
		}
	}
	return diffRule(strings.ToLower(form), lemma)
}

func diffRule(form, lemma string) (rule, bool) {
	// longest common prefix in bytes, backed off to a rune boundary
	n := 0
	for n < len(form) && n < len(lemma) && form[n] == lemma[n] {
		n++
	}
	for n > 0 && n < len(form) && !utf8.RuneStart(form[n]) {
		n--
	}
	for n > 0 && n < len(lemma) && !utf8.RuneStart(lemma[n]) {
		n--
	}
	return rule{cut: utf8.RuneCountInString(form[n:]), add: lemma[n:]}, true
}

// lemmatizer maps (form, XPOS) to a lemma: an exact lexicon of forms seen in
// training, a lower-cased lexicon of rules, and suffix rules per XPOS.
type lemmatizer struct {
	rules  []rule
	exact  map[uint64]string // Mix(form, xpos) -> lemma
	lower  map[uint64]int32  // Mix(lower form, xpos) -> rule
	suffix map[uint64]int32  // Mix(lower suffix of k runes, xpos, k) -> rule
}

const maxSuffix = 5

func lexKey(form uint64, xpos int) uint64 { return percep.Mix(1, form, uint64(xpos), 0) }
func lowKey(form uint64, xpos int) uint64 { return percep.Mix(2, form, uint64(xpos), 0) }
func sufKey(suf uint64, xpos, k int) uint64 {
	return percep.Mix(3, suf, uint64(xpos), uint64(k))
}

func (l *lemmatizer) lemma(form string, xpos int) string {
	if s, ok := l.exact[lexKey(percep.Hash(form), xpos)]; ok {
		return s
	}
	if r, ok := l.lower[lowKey(percep.HashLower(form), xpos)]; ok {
		return l.rules[r].apply(form)
	}
	// longest known suffix, never the whole word
	n := utf8.RuneCountInString(form)
	i := len(form)
	best := int32(-1)
	for k := 0; k <= maxSuffix && k < n; k++ {
		if k > 0 {
			_, size := utf8.DecodeLastRuneInString(form[:i])
			i -= size
		}
		r, ok := l.suffix[sufKey(percep.HashLower(form[i:]), xpos, k)]
		if !ok {
			break
		}
		best = r
	}
	if best < 0 {
		return lowerASCIIFast(form)
	}
	return l.rules[best].apply(form)
}

// lemmaExample is one training word for the lemmatizer.
type lemmaExample struct {
	form, lemma string
	xpos        int
}

// learnLemmas builds the lemmatizer. Lexicon entries take the most frequent
// lemma; suffix rules are counted over distinct (form, XPOS) types.
func learnLemmas(ex []lemmaExample) *lemmatizer {
	l := &lemmatizer{exact: map[uint64]string{}, lower: map[uint64]int32{}, suffix: map[uint64]int32{}}
	ruleID := map[rule]int32{}
	id := func(r rule) int32 {
		if i, ok := ruleID[r]; ok {
			return i
		}
		i := int32(len(l.rules))
		ruleID[r] = i
		l.rules = append(l.rules, r)
		return i
	}
	type key struct {
		form string
		xpos int
	}
	exactCount := map[key]map[string]int{}
	for _, e := range ex {
		if e.lemma == "" || e.lemma == "_" {
			continue
		}
		k := key{e.form, e.xpos}
		m := exactCount[k]
		if m == nil {
			m = map[string]int{}
			exactCount[k] = m
		}
		m[e.lemma]++
	}
	keys := make([]key, 0, len(exactCount))
	for k := range exactCount {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b key) int {
		if c := strings.Compare(a.form, b.form); c != 0 {
			return c
		}
		return a.xpos - b.xpos
	})
	lowerCount := map[uint64]map[int32]int{}
	suffixCount := map[uint64]map[int32]int{}
	bump := func(m map[uint64]map[int32]int, k uint64, r int32, n int) {
		c := m[k]
		if c == nil {
			c = map[int32]int{}
			m[k] = c
		}
		c[r] += n
	}
	for _, k := range keys {
		lemma, n := best(exactCount[k])
		l.exact[lexKey(percep.Hash(k.form), k.xpos)] = lemma
		r, ok := ruleFor(k.form, lemma)
		if !ok {
			continue
		}
		ri := id(r)
		bump(lowerCount, lowKey(percep.HashLower(k.form), k.xpos), ri, n)
		nr := utf8.RuneCountInString(k.form)
		if r.cut >= nr {
			continue // whole-word replacement: lexicon only
		}
		i := len(k.form)
		for s := 0; s <= maxSuffix && s < nr; s++ {
			if s > 0 {
				_, size := utf8.DecodeLastRuneInString(k.form[:i])
				i -= size
			}
			bump(suffixCount, sufKey(percep.HashLower(k.form[i:]), k.xpos, s), ri, 1)
		}
	}
	pick := func(c map[int32]int) int32 {
		br, bn := int32(-1), -1
		for r, n := range c {
			if n > bn || n == bn && r < br {
				br, bn = r, n
			}
		}
		return br
	}
	for k, c := range lowerCount {
		l.lower[k] = pick(c)
	}
	for k, c := range suffixCount {
		l.suffix[k] = pick(c)
	}
	// drop exact entries the lower-case lexicon already gets right
	for k := range keys {
		kk := keys[k]
		lk := lexKey(percep.Hash(kk.form), kk.xpos)
		if r, ok := l.lower[lowKey(percep.HashLower(kk.form), kk.xpos)]; ok && l.rules[r].apply(kk.form) == l.exact[lk] {
			delete(l.exact, lk)
		}
	}
	return l
}

func best(m map[string]int) (string, int) {
	bs, bn := "", -1
	for s, n := range m {
		if n > bn || n == bn && s < bs {
			bs, bn = s, n
		}
	}
	return bs, bn
}
