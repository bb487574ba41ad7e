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
	// PreNext and PostNext say that the last pre-verb slot, the first
	// post-verb slot, must stand next to the verb ("RECENTLY_*",
	// "*_OUT").
	PreNext, PostNext bool
	// SourceAt and TargetAt, when not 0, say that the source or target
	// is the phrase after the post-verb slot of that number, from 1
	// ("FREE * FROM $": the source is what "from" introduces).
	SourceAt, TargetAt int
	// TargetPre, when not 0, says that the target is the subject of the
	// word matched by the pre-verb slot of that number, from 1 ("+
	// HOSTING * MAY_DAY $": the host).
	TargetPre int
	// Skip is how many phrases to pass over before that source or
	// target ("IFTAR IN ^ +": the second phrase after "in").
	Skip int
	// For is the verb of the block the pattern was written for ("" for
	// all): a verb with a code of its own takes only the patterns
	// written for it or for no verb in particular.
	For string
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
	blocks  []Block
	forms   map[string][]verbRef
	nouns   map[string]string
	literal bool
	// index maps a large slot (by its first phrase) to its phrases by the
	// stem of their last word, so that matching a word looks up the few
	// phrases that can end with it.
	index map[*string]map[string][]string
}

// minIndexed is the number of phrases from which a slot is indexed.
const minIndexed = 8

func (l *Lexicon) indexSlots(ps []Pattern) {
	for i := range ps {
		for _, ss := range [][]Slot{ps[i].Pre, ps[i].Post} {
			for _, sl := range ss {
				if len(sl) < minIndexed {
					continue
				}
				m := make(map[string][]string, len(sl))
				for _, a := range sl {
					k := stem(a[strings.LastIndexByte(a, '_')+1:])
					m[k] = append(m[k], a)
				}
				l.index[&sl[0]] = m
			}
		}
	}
}

// Literal returns the lexicon matching pattern words as PETRARCH does:
// against the words as written, with no lemma and no plural but the
// ones the synonym sets list.
func (l *Lexicon) Literal() *Lexicon {
	c := *l
	c.literal = true
	return &c
}

func literal(ws []Word) []Word {
	out := make([]Word, len(ws))
	for i, w := range ws {
		out[i] = Word{Text: w.Text, Lemma: w.Text, Literal: true}
	}
	return out
}

type verbRef struct{ block, verb int32 }

// New returns a lexicon of blocks and event nouns.
func New(blocks []Block, nouns map[string]string) *Lexicon {
	l := &Lexicon{forms: make(map[string][]verbRef), nouns: make(map[string]string), index: make(map[*string]map[string][]string)}
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
		l.indexSlots(b.Patterns)
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
type Word struct {
	Text, Lemma string
	Literal     bool // match the text only, no plural
}

// Match is the outcome of coding a verb.
type Match struct {
	Code    string // CAMEO code, never "---"
	Reverse string // code from target to source for paired codes, else ""
	Verb    string // head of the matched verb
	Block   string // name of the block the code comes from ("ARRIVE", "CALL")
	Pattern bool   // a pattern matched, not just the verb's default
	Passive bool   // the subject is the target
	// SourceAfter and TargetAfter, when not nil, hold the words after
	// which the pattern puts the source or target ("from" in "freed
	// from Barad-dur").
	SourceAfter, TargetAfter Slot
	Skip                     int // phrases to pass over after those words
	// TargetBefore, when not nil, holds the word before the verb whose
	// subject is the target ("hosting" in "Mordor will be hosting
	// Osgiliath to celebrate").
	TargetBefore Slot
	Slots        int // number of pattern words matched
}

// CodeVerb codes the verb w given the words before and after it in its
// clause (nearest last in before, nearest first in after). ok is false
// when the verb is unknown, has no code, or a pattern rules it out.
func (l *Lexicon) CodeVerb(w Word, before, after []Word) (m Match, ok bool) {
	refs := l.forms[w.Text]
	exact := len(refs) // refs[:exact] match the word as written
	if w.Lemma != "" && w.Lemma != w.Text {
		refs = append(refs[:len(refs):len(refs)], l.forms[w.Lemma]...)
	}
	if len(refs) == 0 {
		return Match{}, false
	}
	if l.literal {
		before, after = literal(before), literal(after)
	}
	var best Match
	bestCode := ""
	bestSlots, bestLen := -1, -1
	bestOwn := false
	defLen := -1
	defCode, defVerb, defBlock := "", "", ""
	defExact := false
	for ri, r := range refs {
		b := &l.blocks[r.block]
		v := &b.Verbs[r.verb]
		if !particles(v, before, after) {
			continue
		}
		vlen := len(v.Before) + len(v.After)
		aft := after[len(v.After):]
		for i := range b.Patterns {
			p := &b.Patterns[i]
			if p.For != "" && v.Code != "" && p.For != v.Head {
				continue
			}
			n, ok := l.matchPattern(p, before, aft)
			if !ok {
				continue
			}
			// Of patterns matching as many words, one written for this
			// verb ("GRANT * ASYLUM") beats one written for a synonym
			// ("GIVE * &MILITARY").
			own := p.For == "" || p.For == v.Head
			if n > bestSlots || n == bestSlots && (own && !bestOwn || own == bestOwn && vlen >= bestLen) {
				bestSlots, bestLen, bestOwn = n, vlen, own
				best = Match{Verb: v.Head, Block: b.Name, Pattern: true, Passive: p.Passive, Slots: n}
				best.Skip = p.Skip
				if p.TargetPre > 0 && p.TargetPre <= len(p.Pre) {
					best.TargetBefore = p.Pre[p.TargetPre-1]
				}
				if p.SourceAt > 0 && p.SourceAt <= len(p.Post) {
					best.SourceAfter = p.Post[p.SourceAt-1]
				}
				if p.TargetAt > 0 && p.TargetAt <= len(p.Post) {
					best.TargetAfter = p.Post[p.TargetAt-1]
				}
				bestCode = p.Code
			}
		}
		code := v.Code
		if code == "" {
			code = b.Code
		}
		// The longest verb gives the default; of equals, the word as
		// written ("left", the block LEFT) before its lemma ("leave"),
		// then the last loaded.
		if vlen > defLen || (vlen == defLen && code != "" && code != "---" && !(defExact && ri >= exact)) {
			defLen, defCode, defVerb, defBlock = vlen, code, v.Head, b.Name
			defExact = ri < exact && code != "" && code != "---"
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
// and after the verb, returning the number of words they name.
func (l *Lexicon) matchPattern(p *Pattern, before, after []Word) (int, bool) {
	pre, post := p.Pre, p.Post
	if p.PreNext && len(pre) > 0 {
		if len(before) == 0 || !l.slotMatch(pre[len(pre)-1], before, len(before)-1) {
			return 0, false
		}
		pre = pre[:len(pre)-1]
	}
	if p.PostNext && len(post) > 0 {
		n := startMatch(post[0], after)
		if n == 0 {
			return 0, false
		}
		post, after = post[1:], after[n:]
	}
	if !l.subseq(pre, before, len(before)) || !l.subseq(post, after, maxGap) {
		return 0, false
	}
	return p.words(), true
}

// words returns the number of words p names, counting each slot by its
// shortest phrase: of two patterns that match, the one naming more words
// is the more specific ("FOR_ASYLUM" before "ASYLUM").
func (p *Pattern) words() int {
	n := 0
	for _, ss := range [][]Slot{p.Pre, p.Post} {
		for _, s := range ss {
			k := 0
			for _, a := range s {
				if c := strings.Count(a, "_") + 1; k == 0 || c < k {
					k = c
				}
			}
			n += k
		}
	}
	return n
}

// startMatch returns the number of words of the longest alternative of s
// that opens words, 0 if none does.
func startMatch(s Slot, words []Word) int {
	best := 0
	for _, a := range s {
		n := strings.Count(a, "_") + 1
		if n > best && n <= len(words) && phraseAt(a, words, n-1) {
			best = n
		}
	}
	return best
}

// maxGap is how many words after the verb, or after the word matched by
// the slot before, a post-verb slot may match: patterns describe the
// verb's own phrase, not a word at the far end of its clause.
const maxGap = 6

func (l *Lexicon) subseq(slots []Slot, words []Word, gap int) bool {
	i := 0
	for _, s := range slots {
		start := i
		for i < len(words) && !l.slotMatch(s, words, i) {
			i++
		}
		if i == len(words) || i-start >= gap {
			return false
		}
		i++
	}
	return true
}

// slotMatch is slotMatch through the index of large slots.
func (l *Lexicon) slotMatch(s Slot, words []Word, i int) bool {
	if len(s) < minIndexed {
		return slotMatch(s, words, i)
	}
	m := l.index[&s[0]]
	if m == nil {
		return slotMatch(s, words, i)
	}
	st := stem(words[i].Text)
	for _, a := range m[st] {
		if phraseAt(a, words, i) {
			return true
		}
	}
	if sl := stem(words[i].Lemma); sl != st {
		for _, a := range m[sl] {
			if phraseAt(a, words, i) {
				return true
			}
		}
	}
	return false
}

// Matches reports whether an alternative of s ends at words[i].
func (s Slot) Matches(words []Word, i int) bool { return slotMatch(s, words, i) }

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
	if w.Literal {
		return false
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

// VerbLemma returns the head of a verb the lexicon knows under form
// ("demolished" gives "demolish"), or false if none.
func (l *Lexicon) VerbLemma(form string) (string, bool) {
	refs := l.forms[form]
	if len(refs) == 0 {
		return "", false
	}
	r := refs[0]
	return l.blocks[r.block].Verbs[r.verb].Head, true
}
