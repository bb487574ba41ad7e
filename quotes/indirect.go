package quotes

// terminal reports whether token i ends a clause and is left out of a
// reported clause's content.
func (d *doc) terminal(i int) bool {
	switch d.toks[i].Text {
	case ".", "!", "?", ";", ":", ",", "...", "…", "—", "-":
		return true
	}
	return d.isPunct(i) && len(d.low[i]) > 1 && (d.low[i][0] == '.' || d.low[i][0] == '!' || d.low[i][0] == '?')
}

// clauseEnd returns the end of the content of the sentence [s0, e) with its
// final punctuation left out.
func (d *doc) clauseEnd(s0, e int) int {
	for e > s0 && d.terminal(e-1) {
		e--
	}
	return e
}

// tail reports whether the comma at m starts a trailing attribution that
// runs to ce: ", Radio Free Europe reported", ", said the official",
// ", according to the Observatory".
func (d *doc) tail(m, ce int) bool {
	j := m + 1
	if j >= ce {
		return false
	}
	if n := d.isCue(j); n > 0 {
		_, b, _, ok := d.rightNP(j+n, ce)
		return ok && d.skipAdjuncts(b, ce) >= ce
	}
	for c := j + 1; c < ce && c <= j+maxNP; c++ {
		if d.isPunct(c) && !d.hyphenJoin(c) {
			return false
		}
		if d.isCue(c) == 1 {
			a, _, _, ok := d.leftNP(c, j)
			return ok && a == j && d.skipAdjuncts(c+1, ce) >= ce
		}
	}
	return false
}

// cutTail ends the content [cs, ce) before a trailing attribution, a
// semicolon, or a second attribution joined by a conjunction ("..., and
// President Aoun said ...").
func (d *doc) cutTail(cs, ce int) int {
	for m := cs + 1; m < ce; m++ {
		switch d.low[m] {
		case ";":
			return m
		case ",":
			if d.tail(m, ce) || d.joined(m+1, ce) {
				return m
			}
		}
	}
	return ce
}

// joined reports whether a conjunction at j opens a new attribution: "and
// France said", "while the army said".
func (d *doc) joined(j, ce int) bool {
	if j >= ce || (d.low[j] != "and" && d.low[j] != "but" && d.low[j] != "while") {
		return false
	}
	for c := j + 2; c < ce && c <= j+1+maxNP; c++ {
		if d.isPunct(c) && !d.hyphenJoin(c) {
			return false
		}
		if d.isCue(c) == 1 {
			a, _, _, ok := d.leftNP(c, j+1)
			return ok && a == j+1
		}
	}
	return false
}

// indirect finds the reported speech of the sentence [s0, e). taken marks
// tokens inside direct quotes and cues already used by them.
func (d *doc) indirect(s0, e int, taken []bool, out []cand) []cand {
	ce := d.clauseEnd(s0, e)
	for k := s0; k < ce; k++ {
		n := d.isCue(k)
		if n == 0 || taken[k] {
			continue
		}
		var c cand
		var ok bool
		if n == 2 {
			c, ok = d.accordingTo(k, s0, ce)
		} else {
			c, ok = d.reported(k, s0, ce)
		}
		if !ok || c.ce-c.cs < 3 || d.allTaken(c.cs, c.ce, taken) {
			continue
		}
		c.cue, c.cueLen, c.direct = k, n, false
		out = append(out, c)
	}
	return out
}

// accordingTo handles "According to X, CLAUSE" and "CLAUSE, according to X".
func (d *doc) accordingTo(k, s0, ce int) (cand, bool) {
	a, b, pron, ok := d.rightNP(k+2, ce)
	if !ok {
		return cand{}, false
	}
	c := cand{spkA: a, spkB: b, pron: pron}
	switch {
	case (k == s0 || k == s0+1 && d.low[s0] == "but") && b < ce && d.low[b] == ",":
		c.cs, c.ce = b+1, d.cutTail(b+1, ce)
	case k > s0+1 && d.low[k-1] == "," && d.skipAdjuncts(b, ce) >= ce:
		c.cs, c.ce = d.dateline(s0, k-1), k-1
	default:
		return cand{}, false
	}
	return c, true
}

// reported handles "X said (that) CLAUSE", "CLAUSE, X said" and "CLAUSE,
// said X".
func (d *doc) reported(k, s0, ce int) (cand, bool) {
	after := d.skipAdjuncts(k+1, ce)
	if objectCues[d.low[k]] {
		// "told residents to stay indoors" is a request, not speech.
		for m := k + 1; m < ce && m <= k+5 && d.low[m] != "that"; m++ {
			if d.low[m] == "to" && m+1 < ce && d.isWord(m+1) {
				return cand{}, false
			}
		}
		after = d.skipAdjuncts(d.skipHearer(after, ce), ce)
	}
	that := after < ce && d.low[after] == "that"
	if that {
		after++
	}
	clause := ce-after >= 3 && (that || bareCues[d.low[k]] && d.clauseStart(after))
	a, b, pron, ok := d.leftNP(k, s0)
	if ok {
		if a > s0 && d.low[a-1] == "," && inverted[d.low[k]] && after < ce {
			// "Barrels fell on Tabaqa, a Daesh stronghold said the
			// Observatory" (a comma lost before the cue): the phrase after
			// the cue is the speaker.
			if ra, rb, rp, rok := d.rightNP(after, ce); rok && !rp && d.skipAdjuncts(rb, ce) >= ce && d.namelike(rb-1) {
				return cand{spkA: ra, spkB: rb, cs: d.dateline(s0, k), ce: k}, true
			}
		}
		if clause {
			return cand{spkA: a, spkB: b, pron: pron, cs: after, ce: d.cutTail(after, ce)}, true
		}
		if d.restEnds(after, ce) && a > s0+2 && d.low[a-1] == "," {
			cs := d.dateline(s0, a-1)
			return cand{spkA: a, spkB: b, pron: pron, cs: cs, ce: a - 1}, true
		}
		return cand{}, false
	}
	if k <= s0+2 || d.low[k-1] != "," {
		return cand{}, false
	}
	// "Oleksandr Kamyshin, chief executive of Ukrainian Railways, said
	// CLAUSE": the speaker is the name before the apposition.
	if clause {
		for p := k - 2; p > s0; p-- {
			if d.low[p] != "," {
				continue
			}
			if a, b, pron, ok := d.leftNP(p, s0); ok && a == s0 {
				return cand{spkA: a, spkB: b, pron: pron, cs: after, ce: d.cutTail(after, ce)}, true
			}
			break
		}
		return cand{}, false
	}
	// "CLAUSE, said the official."
	if !inverted[d.low[k]] {
		return cand{}, false
	}
	a, b, pron, ok = d.rightNP(k+1, ce)
	if ok && d.skipAdjuncts(b, ce) >= ce && (pron || d.namelike(b-1)) {
		return cand{spkA: a, spkB: b, pron: pron, cs: d.dateline(s0, k-1), ce: k - 1}, true
	}
	return cand{}, false
}

// clauseStart reports whether token i can begin a reported clause.
func (d *doc) clauseStart(i int) bool {
	if d.isPunct(i) {
		switch d.toks[i].Text {
		case "“", "\"", "«", "„", "‘":
			return true
		}
		return false
	}
	return !badClauseStart[d.low[i]]
}

// allTaken reports whether every token of [a, b) is inside a direct quote.
func (d *doc) allTaken(a, b int, taken []bool) bool {
	for i := a; i < b; i++ {
		if !taken[i] && !d.isPunct(i) {
			return false
		}
	}
	return true
}

// namelike reports whether token h can head the name of a speaker: a
// capitalised word or a noun for a person or a body that speaks.
func (d *doc) namelike(h int) bool {
	return d.isWord(h) && (d.capital(h) || personNouns[d.low[h]] || orgWords[d.low[h]])
}

// dateline returns where the text of the sentence [s0, e) starts after a
// dateline: "BEIRUT, Lebanon (Meridian Daily) - Rescue workers ...".
func (d *doc) dateline(s0, e int) int {
	if s0 >= e || !acronym(d.toks[s0].Text) || len(d.toks[s0].Text) < 3 {
		return s0
	}
	for i := s0 + 1; i < e && i < s0+16; i++ {
		switch d.toks[i].Text {
		case "-", "—", "–", "--":
			if !d.hyphenJoin(i) && i+1 < e {
				return i + 1
			}
		}
	}
	return s0
}

// restEnds reports whether nothing but a new coordinated clause follows j:
// the sentence ends, or ", and ..." / ", but ..." starts another clause
// ("Dozens were missing, the ministry said, and hospitals were full").
func (d *doc) restEnds(j, ce int) bool {
	if j >= ce {
		return true
	}
	if d.low[j] != "," || j+1 >= ce {
		return false
	}
	switch d.low[j+1] {
	case "and", "but", "while", "though", "although", "as":
		return true
	}
	return false
}
