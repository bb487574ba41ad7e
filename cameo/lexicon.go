package cameo

import (
	"strings"
)

// Slot is one word position of a pattern, matched by any alternative.
type Slot []string

// Pattern refines the code of a verb block by the words around the verb.
type Pattern struct {
	Pre, Post []Slot
	Code      string // "---" for no event, "a:b" for paired codes
	Passive   bool   // the clause subject is the target, not the source
}

// Verb is one verb of a block: its head word, the particles that must
// stand next to it, and its own code ("" to use the block's).
type Verb struct {
	Head          string
	Before, After []string
	Code          string
	Forms         []string // irregular forms of the head
}

// Block is a set of synonymous verbs sharing a default code and patterns.
type Block struct {
	Name     string
	Code     string
	Verbs    []Verb
	Patterns []Pattern
}

// Lexicon maps verbs and nouns to CAMEO codes.
type Lexicon struct {
	blocks []Block
	forms  map[string][]verbRef
	nouns  map[string]string
}

type verbRef struct{ block, verb int32 }

// New returns a lexicon of blocks and event nouns.
func New(blocks []Block, nouns map[string]string) *Lexicon {
	l := &Lexicon{forms: make(map[string][]verbRef), nouns: make(map[string]string)}
	l.add(blocks, nouns)
	return l
}

// Merge returns a lexicon with the entries of l and then o; o's patterns
// win ties.
func (l *Lexicon) Merge(o *Lexicon) *Lexicon {
	m := New(l.blocks, l.nouns)
	m.add(o.blocks, o.nouns)
	return m
}

func (l *Lexicon) add(blocks []Block, nouns map[string]string) {
	for _, b := range blocks {
		bi := int32(len(l.blocks))
		l.blocks = append(l.blocks, b)
		for vi, v := range b.Verbs {
			ref := verbRef{bi, int32(vi)}
			seen := map[string]bool{}
			for _, f := range append(regularForms(v.Head), v.Forms...) {
				if !seen[f] {
					seen[f] = true
					l.forms[f] = append(l.forms[f], ref)
				}
			}
		}
	}
	for k, v := range nouns {
		l.nouns[k] = v
	}
}

// Blocks returns the verb blocks, in load order.
func (l *Lexicon) Blocks() []Block { return l.blocks }

// Nouns returns the event nouns and their codes.
func (l *Lexicon) Nouns() map[string]string { return l.nouns }

// Word is one token as the matcher sees it: lower-cased text and lemma.
type Word struct{ Text, Lemma string }

// Match is the outcome of coding a verb.
type Match struct {
	Code    string // CAMEO code, never "---"
	Reverse string // code from target to source for paired codes, else ""
	Verb    string // head of the matched verb
	Block   string // name of the block the code comes from ("ARRIVE", "CALL")
	Pattern bool   // a pattern matched, not just the verb's default
	Passive bool   // the subject is the target
	Slots   int    // number of pattern slots matched
}

// CodeVerb codes the verb w given the words before and after it in its
// clause (nearest last in before, nearest first in after). ok is false
// when the verb is unknown, has no code, or a pattern rules it out.
func (l *Lexicon) CodeVerb(w Word, before, after []Word) (m Match, ok bool) {
	refs := l.forms[w.Text]
	if w.Lemma != "" && w.Lemma != w.Text {
		refs = append(refs[:len(refs):len(refs)], l.forms[w.Lemma]...)
	}
	if len(refs) == 0 {
		return Match{}, false
	}
	var best Match
	bestCode := ""
	bestSlots, bestLen := -1, -1
	defLen := -1
	defCode, defVerb, defBlock := "", "", ""
	for _, r := range refs {
		b := &l.blocks[r.block]
		v := &b.Verbs[r.verb]
		if !particles(v, before, after) {
			continue
		}
		vlen := len(v.Before) + len(v.After)
		aft := after[len(v.After):]
		for i := range b.Patterns {
			p := &b.Patterns[i]
			n, ok := matchPattern(p, before, aft)
			if !ok {
				continue
			}
			if n > bestSlots || (n == bestSlots && vlen >= bestLen) {
				bestSlots, bestLen = n, vlen
				best = Match{Verb: v.Head, Block: b.Name, Pattern: true, Passive: p.Passive, Slots: n}
				bestCode = p.Code
			}
		}
		code := v.Code
		if code == "" {
			code = b.Code
		}
		if vlen > defLen || (vlen == defLen && code != "" && code != "---") {
			defLen, defCode, defVerb, defBlock = vlen, code, v.Head, b.Name
		}
	}
	if bestSlots < 0 {
		best = Match{Verb: defVerb, Block: defBlock}
		bestCode = defCode
	}
	if bestCode == "" || bestCode == "---" {
		return Match{}, false
	}
	best.Code, best.Reverse = splitPair(bestCode)
	if best.Code == "" || best.Code == "---" {
		return Match{}, false
	}
	return best, true
}

// CodeNoun returns the code of an event noun.
func (l *Lexicon) CodeNoun(w Word) (string, bool) {
	if c, ok := l.nouns[w.Text]; ok {
		return c, true
	}
	c, ok := l.nouns[w.Lemma]
	return c, ok
}

func splitPair(code string) (a, b string) {
	a, b, _ = strings.Cut(code, ":")
	if b == "---" {
		b = ""
	}
	return a, b
}

// particles reports whether the words of a multiword verb stand next to
// its head.
func particles(v *Verb, before, after []Word) bool {
	if len(v.Before) > len(before) || len(v.After) > len(after) {
		return false
	}
	for i, p := range v.Before {
		if !same(p, before[len(before)-len(v.Before)+i]) {
			return false
		}
	}
	for i, p := range v.After {
		if !same(p, after[i]) {
			return false
		}
	}
	return true
}

// matchPattern matches the slots of p as subsequences of the words before
// and after the verb, returning the number of slots matched.
func matchPattern(p *Pattern, before, after []Word) (int, bool) {
	if !subseq(p.Pre, before, len(before)) || !subseq(p.Post, after, maxGap) {
		return 0, false
	}
	return len(p.Pre) + len(p.Post), true
}

// maxGap is how many words after the verb, or after the word matched by
// the slot before, a post-verb slot may match: patterns describe the
// verb's own phrase, not a word at the far end of its clause.
const maxGap = 6

func subseq(slots []Slot, words []Word, gap int) bool {
	i := 0
	for _, s := range slots {
		start := i
		for i < len(words) && !slotMatch(s, words, i) {
			i++
		}
		if i == len(words) || i-start >= gap {
			return false
		}
		i++
	}
	return true
}

// slotMatch reports whether an alternative of s ends at words[i]; the
// words of a multiword alternative ("golden_goblin_galleons") must stand
// together.
func slotMatch(s Slot, words []Word, i int) bool {
	for _, a := range s {
		if phraseAt(a, words, i) {
			return true
		}
	}
	return false
}

func phraseAt(a string, words []Word, i int) bool {
	for j := i; j >= 0; j-- {
		k := strings.LastIndexByte(a, '_')
		if !same(a[k+1:], words[j]) {
			return false
		}
		if k < 0 {
			return true
		}
		a = a[:k]
	}
	return false
}

// same reports whether dictionary word a matches w, ignoring a regular
// plural on either side.
func same(a string, w Word) bool {
	if a == w.Text || a == w.Lemma {
		return true
	}
	sa := stem(a)
	return sa == stem(w.Text) || sa == stem(w.Lemma)
}

func stem(s string) string {
	switch {
	case len(s) > 4 && strings.HasSuffix(s, "ies"):
		return s[:len(s)-3] + "y"
	case len(s) > 3 && strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss"):
		return s[:len(s)-1]
	}
	return s
}

// regularForms returns a verb and its regular inflections.
func regularForms(v string) []string {
	if v == "" {
		return nil
	}
	forms := []string{v}
	last := v[len(v)-1]
	switch {
	case last == 'e':
		forms = append(forms, v+"s", v+"d", v[:len(v)-1]+"ing")
	case last == 'y' && len(v) > 1 && !strings.ContainsRune("aeiou", rune(v[len(v)-2])):
		forms = append(forms, v[:len(v)-1]+"ies", v[:len(v)-1]+"ied", v+"ing")
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "x"):
		forms = append(forms, v+"es", v+"ed", v+"ing")
	default:
		forms = append(forms, v+"s", v+"ed", v+"ing")
	}
	return forms
}
