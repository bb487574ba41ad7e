package quotes

// Kinds of quote marks on the pairing stack.
const (
	markCurly    = iota // “ ”
	markStraight        // "
	markGuill           // « »
	markLow             // „ “
	markSingle          // ‘ ’
)

// pair is a direct quote found by its marks: content tokens [cs, ce), the
// opening mark at open (-1 when missing) and the closing mark at close (-1
// when the quote runs to the paragraph end).
type pair struct {
	cs, ce      int
	open, close int
}

type opener struct {
	i, kind int
}

// pairs scans the document paragraph by paragraph and returns the outermost
// quotes in text order.
func (d *doc) pairs() []pair {
	var out []pair
	var stack []opener
	ns := len(d.first) - 1
	for s := 0; s < ns; {
		e := s + 1
		for e < ns && !d.para[e] {
			e++
		}
		a, b := int(d.first[s]), int(d.first[e])
		stack = stack[:0]
		seen := false
		emit := func(open, close int) {
			cs, ce := open+1, close
			if open < 0 {
				cs = a
			}
			if close < 0 {
				ce = b
			}
			if ce > cs {
				out = append(out, pair{cs: cs, ce: ce, open: open, close: close})
			}
		}
		closeKind := func(i int, kinds ...int) bool {
			for k := len(stack) - 1; k >= 0; k-- {
				for _, kind := range kinds {
					if stack[k].kind == kind {
						if k == 0 {
							emit(stack[0].i, i)
						}
						stack = stack[:k]
						return true
					}
				}
			}
			return false
		}
		for i := a; i < b; i++ {
			if !d.isPunct(i) {
				continue
			}
			space := i == a || d.toks[i-1].SpaceAfter
			switch d.toks[i].Text {
			case "“":
				if !closeKind(i, markLow) {
					stack = append(stack, opener{i, markCurly})
				}
				seen = true
			case "”":
				switch {
				case closeKind(i, markCurly, markLow):
				case len(stack) == 0 && !seen && i > a && !(space && !d.toks[i].SpaceAfter):
					emit(-1, i)
				case len(stack) == 0 && space && !d.toks[i].SpaceAfter:
					stack = append(stack, opener{i, markCurly})
				}
				seen = true
			case "\"":
				switch {
				case len(stack) == 1 && stack[0].kind == markStraight && space && !d.toks[i].SpaceAfter && i > a && d.terminal(i-1):
					// `explosion. "People had fallen`: a mark after a
					// finished sentence, against the next word, opens. The
					// quote before it went on without its closing mark, as
					// one that continues in a new paragraph does.
					emit(stack[0].i, i)
					stack[0] = opener{i, markStraight}
				case closeKind(i, markStraight):
				case len(stack) == 0 && !seen && i > a && (!space || d.terminal(i-1) && d.toks[i].SpaceAfter):
					emit(-1, i) // `…, " Mrs Okoro said`
				default:
					stack = append(stack, opener{i, markStraight})
				}
				seen = true
			case "«":
				stack = append(stack, opener{i, markGuill})
				seen = true
			case "»":
				closeKind(i, markGuill)
				seen = true
			case "„":
				stack = append(stack, opener{i, markLow})
				seen = true
			case "‘":
				stack = append(stack, opener{i, markSingle})
			case "’":
				if len(stack) > 0 && stack[len(stack)-1].kind == markSingle {
					if d.sent[stack[len(stack)-1].i] == d.sent[i] || len(stack) > 1 {
						closeKind(i, markSingle)
					} else {
						stack = stack[:len(stack)-1]
					}
				}
			}
		}
		// An outer quote left open runs to the paragraph end, the news
		// convention for a quote that goes on in the next paragraph.
		if len(stack) > 0 && stack[0].kind != markSingle {
			emit(stack[0].i, -1)
		}
		s = e
	}
	return out
}

// attribution is a speaker phrase [a, b) and its cue token.
type attribution struct {
	a, b, cue, cueLen int
	pron              bool
}

// afterClose finds "…,” Kerry told" or "…,” said Mr Lavrov" after the
// closing mark at c.
func (d *doc) afterClose(c int) (attribution, bool) {
	_, e := d.bounds(c)
	j := c + 1
	punct := c > 0 && d.isPunct(c-1) && d.terminal(c-1)
	if j < e && (d.low[j] == "," || d.low[j] == "—" || d.low[j] == "-") {
		j++
		punct = true
	}
	// A quote ends in punctuation before its attribution: “…,” X said.
	// "“clay and adobe” homes, said" is a term, not a quote.
	if j >= e || !punct {
		return attribution{}, false
	}
	if n := d.isCue(j); n > 0 {
		if n == 1 && !inverted[d.low[j]] {
			return attribution{}, false
		}
		a, b, pron, ok := d.rightNP(j+n, e)
		return attribution{a, b, j, n, pron}, ok
	}
	rel := -1 // a relative clause inside the speaker phrase
	for m := j + 1; m < e && m <= j+2*maxNP; m++ {
		if d.isPunct(m) && !d.hyphenJoin(m) {
			break
		}
		if w := d.low[m]; rel < 0 && (w == "who" || w == "which" || w == "whose") {
			rel = m
		}
		if n := d.isCue(m); n > 0 {
			a, b, pron, ok := d.leftNP(m, j)
			if ok && a == j {
				return attribution{a, b, m, n, pron}, true
			}
			// "a 38-year-old woman who had been waiting for a train told"
			if rel > j {
				a, b, pron, ok := d.rightNP(j, rel)
				return attribution{a, b, m, n, pron}, ok && a == j
			}
			break
		}
	}
	return attribution{}, false
}

// beforeOpen finds "he added, “…" or "Assad told Al-Mayadeen that “…"
// before the opening mark at o.
func (d *doc) beforeOpen(o int) (attribution, bool) {
	s0, e := d.bounds(o)
	j := o - 1
	if j < s0 {
		return attribution{}, false
	}
	if w := d.low[j]; w == "," || w == ":" || w == "that" {
		j--
	}
	for m := j; m >= s0 && m >= j-6; m-- {
		if d.isPunct(m) && !d.hyphenJoin(m) {
			break
		}
		n := d.isCue(m)
		if n == 0 {
			continue
		}
		if n == 2 { // according to X, “…”
			a, b, pron, ok := d.rightNP(m+2, e)
			return attribution{a, b, m, n, pron}, ok && b == j+1
		}
		// What stands between the cue and the mark must be its hearer or
		// adjuncts: "told Al-Mayadeen that “…".
		p := d.skipAdjuncts(m+1, e)
		if objectCues[d.low[m]] {
			p = d.skipAdjuncts(d.skipHearer(p, e), e)
		}
		if p <= j {
			return attribution{}, false
		}
		a, b, pron, ok := d.leftNP(m, s0)
		return attribution{a, b, m, n, pron}, ok
	}
	// "A volunteer in Antakya described the scene: “…": with no cue, a
	// colon gives the quote to the subject opening the sentence, and the
	// verb after it is the cue.
	if o-1 > s0 && d.low[o-1] == ":" {
		a, b, pron, ok := d.rightNP(s0, o-1)
		v := b
		if ok && v < o-1 && preps[d.low[v]] { // "A volunteer in Antakya described"
			v++
			for v < o-1 && (determiners[d.low[v]] || d.capital(v)) {
				v++
			}
		}
		if ok && v < o-1 && d.isWord(v) && !d.capital(v) && (pron || d.namelike(b-1)) {
			return attribution{a, b, v, 1, pron}, true
		}
	}
	return attribution{}, false
}
