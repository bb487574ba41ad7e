package quotes

import (
	"strings"

	"sitrep"
)

// maxNP is the longest speaker phrase, in tokens.
const maxNP = 12

// isCue reports whether token i is a speech verb used as one, and returns
// the number of tokens it takes ("according to" takes two).
func (d *doc) isCue(i int) int {
	w := d.low[i]
	if w == "according" && i+1 < len(d.toks) && d.low[i+1] == "to" {
		return 2
	}
	if !cues[w] || d.toks[i].Text != w {
		return 0
	}
	if i > 0 && passive[d.low[i-1]] && d.sent[i-1] == d.sent[i] {
		return 0 // "was said to"
	}
	return 1
}

// npWord reports whether token i may sit inside a speaker phrase.
func (d *doc) npWord(i int) bool {
	w := d.low[i]
	switch {
	case d.toks[i].Fused: // "'s"
		return true
	case d.hyphenJoin(i), w == "&":
		return true
	case d.isPunct(i):
		return false
	case stops[w], cues[w] && d.toks[i].Text == w, relay[w]:
		return false
	}
	return true
}

// leftNP returns the speaker phrase [a, b) ending just before the cue at k,
// within the sentence starting at s0, and whether it is a lone pronoun.
func (d *doc) leftNP(k, s0 int) (a, b int, pron bool, ok bool) {
	j := k - 1
	for j >= s0 && beforeCue[d.low[j]] {
		j--
	}
	if j < s0 {
		return 0, 0, false, false
	}
	if pronouns[d.low[j]] {
		return j, j + 1, true, true
	}
	b = j + 1
	a = b
	for ; j >= s0 && b-j <= maxNP; j-- {
		w := d.low[j]
		if determiners[w] {
			a = j
			// "an AFP correspondent in the area": go on past the
			// preposition to the phrase it belongs to.
			if j-2 >= s0 && preps[d.low[j-1]] && d.npWord(j-2) && !preps[d.low[j-2]] {
				continue
			}
			break
		}
		if w == "and" {
			if j > s0 && a < b && d.capital(j-1) && d.capital(a) {
				a = j
				continue
			}
			break
		}
		if preps[w] {
			if a < b && j > s0 && d.npWord(j-1) && !preps[d.low[j-1]] {
				a = j
				continue
			}
			break
		}
		if !d.npWord(j) {
			break
		}
		a = j
	}
	// "The agency quoting an unnamed police official says": the speaker is
	// the phrase before the relay verb.
	if a > s0 && relay[d.low[a-1]] {
		if ra, rb, rp, rok := d.leftNP(a-1, s0); rok {
			return ra, rb, rp, true
		}
	}
	for a < b && (preps[d.low[a]] || d.low[a] == "and") {
		a++
	}
	for i := a + 1; i < b; i++ {
		if w := d.low[i]; preps[w] && w != "of" && w != "for" {
			b = i
			break
		}
	}
	if !d.headOK(a, b) {
		return 0, 0, false, false
	}
	return a, b, false, true
}

// rightNP returns the speaker phrase starting at token j, after an inverted
// cue ("said Mr Lavrov"), ending before the sentence end e.
func (d *doc) rightNP(j, e int) (a, b int, pron bool, ok bool) {
	if j >= e {
		return 0, 0, false, false
	}
	if pronouns[d.low[j]] {
		return j, j + 1, true, true
	}
	a = j
	if determiners[d.low[j]] {
		j++
	}
	for ; j < e && j-a < maxNP; j++ {
		w := d.low[j]
		if w == "of" || w == "for" {
			if j+1 < e && (determiners[d.low[j+1]] || d.capital(j+1) || objectPronouns[d.low[j+1]]) {
				continue // "a spokesman for the ministry", "one of them"
			}
			break
		}
		if preps[w] || !d.npWord(j) {
			break
		}
	}
	b = j
	if !d.headOK(a, b) {
		return 0, 0, false, false
	}
	return a, b, false, true
}

// headOK reports whether [a, b) ends in a word that can head a speaker
// phrase.
func (d *doc) headOK(a, b int) bool {
	if a >= b {
		return false
	}
	h := b - 1
	if d.toks[h].Fused && h > a {
		return false // "Syria's"
	}
	w := d.low[h]
	if !d.isWord(h) || determiners[w] || preps[w] || stops[w] || d.verbTag(h) {
		return false
	}
	// A lower-case head in -ed or -ing is a verb: "... were killed said".
	if !d.capital(h) && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && !personNouns[w] {
		return false
	}
	return true
}

// skipAdjuncts moves j past adjuncts between a cue and what it introduces:
// "in a statement", "on Thursday", "Thursday morning", "late Tuesday".
func (d *doc) skipAdjuncts(j, e int) int {
	for round := 0; round < 6 && j < e; round++ {
		if timeWords[d.low[j]] || monthWords[d.low[j]] {
			j++
			continue
		}
		// ", Aug. 5, 2020" after "on Wednesday"
		if round > 0 && (d.low[j] == "," || d.toks[j].Kind == sitrep.KindNumber) && j+1 <= e {
			if d.low[j] != "," || j+1 < e && (monthWords[d.low[j+1]] || d.toks[j+1].Kind == sitrep.KindNumber) {
				j++
				continue
			}
		}
		if !adjunctWords[d.low[j]] {
			return j
		}
		moved := false
		for m := j + 1; m < e && m <= j+4; m++ {
			if d.isPunct(m) && !d.hyphenJoin(m) {
				break
			}
			if adjunctHeads[d.low[m]] {
				j = m + 1
				moved = true
				break
			}
		}
		if !moved {
			return j
		}
	}
	return j
}

// skipHearer moves j past the hearer of an object cue: "told reporters",
// "told Al-Mayadeen", "told him".
func (d *doc) skipHearer(j, e int) int {
	if j >= e {
		return j
	}
	if objectPronouns[d.low[j]] {
		return j + 1
	}
	// "told the assembly that": the hearer runs to "that".
	for m := j + 1; m < e && m <= j+5; m++ {
		if d.low[m] == "that" {
			return m
		}
		if d.isPunct(m) && !d.hyphenJoin(m) || stops[d.low[m]] {
			break
		}
	}
	m := j
	if determiners[d.low[m]] {
		m++
	}
	start := m
	for m < e && m-start < 5 && (d.isWord(m) && d.capital(m) || d.hyphenJoin(m) || d.toks[m].Fused) {
		m++
	}
	if m > start {
		return m
	}
	if m < e && (d.low[m] == "reporters" || d.low[m] == "journalists" || d.low[m] == "parliament" || d.low[m] == "lawmakers") {
		return m + 1
	}
	return j
}
