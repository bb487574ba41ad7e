package ner

import (
	"unicode"
	"unicode/utf8"

	"sitrep"
	"sitrep/internal/percep"
	"sitrep/wordclass"
)

// wordInfo holds the hashes of one token that the feature templates
// combine.
type wordInfo struct {
	lower, form, shape, upos, xpos uint64
	suf                            [4]uint64 // last 1..4 runes, lower-cased
	pre                            [3]uint64 // first 1..3 runes, lower-cased
	flags                          uint64
	lex                            [4]uint16       // Lex bits of the known names at B, I, L, U
	cl                             [nPrefix]uint64 // Brown cluster path prefixes (see clusterIDs)
}

// Flag bits of wordInfo.flags.
const (
	flagUpper  = 1 << iota // first rune upper case
	flagAllCap             // every letter upper case, at least two letters
	flagLower              // every letter lower case
	flagDigit              // contains a digit
	flagHyphen             // contains a hyphen
	flagPeriod             // contains a period
	flagFirst              // first token of the sentence
)

// padding hashes for positions outside the sentence
var (
	hashBOS = percep.Hash("<s>")
	hashEOS = percep.Hash("</s>")
)

func makeInfo(t *sitrep.Token, first bool, wc *wordclass.Table) wordInfo {
	s := t.Text
	var wi wordInfo
	wi.cl = clusterIDs(wc, s)
	wi.lower = percep.HashLower(s)
	wi.form = percep.Hash(s)
	wi.upos = percep.Hash(t.UPOS)
	wi.xpos = percep.Hash(t.XPOS)
	n := utf8.RuneCountInString(s)
	for k := 1; k <= 4; k++ {
		if k > n {
			wi.suf[k-1] = wi.lower
			continue
		}
		i := len(s)
		for range k {
			_, size := utf8.DecodeLastRuneInString(s[:i])
			i -= size
		}
		wi.suf[k-1] = percep.HashLower(s[i:])
	}
	i := 0
	for k := 1; k <= 3; k++ {
		if k > n {
			wi.pre[k-1] = wi.lower
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		wi.pre[k-1] = percep.HashLower(s[:i])
	}
	// shape: character classes with runs longer than two collapsed:
	// "Xxx", "XX", "d.d", "Xx-Xx"
	h := uint64(14695981039346656037)
	var last rune = -1
	run := 0
	letters, uppers, lowers := 0, 0, 0
	for j, r := range s {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
			uppers++
			letters++
			if j == 0 {
				wi.flags |= flagUpper
			}
		case unicode.IsLetter(r):
			c = 'x'
			letters++
			lowers++
		case unicode.IsDigit(r):
			c = 'd'
			wi.flags |= flagDigit
		default:
			c = r
			switch r {
			case '-':
				wi.flags |= flagHyphen
			case '.':
				wi.flags |= flagPeriod
			}
		}
		if c == last {
			run++
		} else {
			run = 1
			last = c
		}
		if run <= 2 {
			h ^= uint64(c)
			h *= 1099511628211
		}
	}
	if letters >= 2 && uppers == letters {
		wi.flags |= flagAllCap
	}
	if letters > 0 && lowers == letters {
		wi.flags |= flagLower
	}
	if first {
		wi.flags |= flagFirst
	}
	wi.shape = h
	return wi
}

// Feature templates.
const (
	fBias = iota + 1
	fLower
	fForm
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fPre1
	fPre2
	fPre3
	fShape
	fFlags
	fUPOS
	fXPOS
	fPrev1
	fPrev2
	fNext1
	fNext2
	fPrevWord
	fWordNext
	fPrevUPOS
	fNextUPOS
	fPrev2UPOS
	fNext2UPOS
	fUPOSTri
	fUPOSNext
	fPrevUPOSWord
	fShapeTri
	fPrevShape
	fNextShape
	fCls1
	fCls12
	fCls1Word
	fCls1Shape
	fCls1UPOS
	fLexBit
	fLexAll
	fLexPrev
	fLexNext
	fLexShape
	fPrevXPOS
	fNextXPOS
	fNextForm
	fPrevForm
	fFlagsPrev
	fCls1Next
	fCls1NextShape
	fNext2Shape
	fClus      // + prefix index: the word's cluster prefixes
	fClusPrev  = fClus + nPrefix
	fClusNext  = fClusPrev + nPrefix
	fClusPrev2 = fClusNext + nPrefix
	fClusNext2 = fClusPrev2 + nPrefix
	fClusLabel = fClusNext2 + nPrefix
	fClusShape = fClusLabel + nPrefix
)

// features appends the feature hashes of token i given the classes already
// chosen for i-1 and i-2 (-1 outside the sentence).
func features(buf []uint64, ws []wordInfo, i int, c1, c2 int) []uint64 {
	w := &ws[i]
	type ctx struct{ lower, form, shape, upos, xpos, flags uint64 }
	get := func(j int) ctx {
		if j < 0 {
			return ctx{hashBOS, hashBOS, hashBOS, hashBOS, hashBOS, hashBOS}
		}
		if j >= len(ws) {
			return ctx{hashEOS, hashEOS, hashEOS, hashEOS, hashEOS, hashEOS}
		}
		x := &ws[j]
		return ctx{x.lower, x.form, x.shape, x.upos, x.xpos, x.flags}
	}
	lexAny := func(j int) uint64 {
		if j < 0 || j >= len(ws) {
			return 0
		}
		l := ws[j].lex
		return uint64(l[0] | l[1] | l[2] | l[3])
	}
	p1, p2, n1, n2 := get(i-1), get(i-2), get(i+1), get(i+2)
	cc1, cc2 := uint64(c1+1), uint64(c2+1)
	m := percep.Mix
	lexAll := uint64(w.lex[0]) | uint64(w.lex[1])<<16 | uint64(w.lex[2])<<32 | uint64(w.lex[3])<<48
	buf = append(buf,
		m(fBias, 0, 0, 0),
		m(fLower, w.lower, 0, 0),
		m(fForm, w.form, 0, 0),
		m(fSuf1, w.suf[0], 0, 0),
		m(fSuf2, w.suf[1], 0, 0),
		m(fSuf3, w.suf[2], 0, 0),
		m(fSuf4, w.suf[3], 0, 0),
		m(fPre1, w.pre[0], 0, 0),
		m(fPre2, w.pre[1], 0, 0),
		m(fPre3, w.pre[2], 0, 0),
		m(fShape, w.shape, 0, 0),
		m(fFlags, w.flags, 0, 0),
		m(fUPOS, w.upos, 0, 0),
		m(fXPOS, w.xpos, 0, 0),
		m(fPrev1, p1.lower, 0, 0),
		m(fPrev2, p2.lower, 0, 0),
		m(fNext1, n1.lower, 0, 0),
		m(fNext2, n2.lower, 0, 0),
		m(fPrevWord, p1.lower, w.lower, 0),
		m(fWordNext, w.lower, n1.lower, 0),
		m(fPrevUPOS, p1.upos, 0, 0),
		m(fNextUPOS, n1.upos, 0, 0),
		m(fPrev2UPOS, p2.upos, p1.upos, 0),
		m(fNext2UPOS, n1.upos, n2.upos, 0),
		m(fUPOSTri, p1.upos, w.upos, n1.upos),
		m(fUPOSNext, w.upos, n1.upos, 0),
		m(fPrevUPOSWord, p1.upos, w.lower, 0),
		m(fShapeTri, p1.shape, w.shape, n1.shape),
		m(fPrevShape, p1.shape, w.shape, 0),
		m(fNextShape, w.shape, n1.shape, 0),
		m(fCls1, cc1, 0, 0),
		m(fCls12, cc1, cc2, 0),
		m(fCls1Word, cc1, w.lower, 0),
		m(fCls1Shape, cc1, w.shape, 0),
		m(fCls1UPOS, cc1, w.upos, 0),
		m(fLexAll, lexAll, 0, 0),
		m(fLexPrev, lexAny(i-1), 0, 0),
		m(fLexNext, lexAny(i+1), 0, 0),
		m(fLexShape, lexAll, w.shape, 0),
		m(fPrevXPOS, p1.xpos, w.xpos, 0),
		m(fNextXPOS, w.xpos, n1.xpos, 0),
		m(fNextForm, n1.form, 0, 0),
		m(fPrevForm, p1.form, 0, 0),
		m(fFlagsPrev, w.flags, p1.flags, cc1),
		m(fCls1Next, cc1, n1.lower, 0),
		m(fCls1NextShape, cc1, n1.shape, n1.upos),
		m(fNext2Shape, w.shape, n1.shape, n2.shape),
	)
	var noCl [nPrefix]uint64
	clAt := func(j int) *[nPrefix]uint64 {
		if j < 0 || j >= len(ws) {
			return &noCl
		}
		return &ws[j].cl
	}
	cp, cn, cp2, cn2 := clAt(i-1), clAt(i+1), clAt(i-2), clAt(i+2)
	for k := range nPrefix {
		buf = append(buf,
			m(uint64(fClus+k), w.cl[k], 0, 0),
			m(uint64(fClusPrev+k), cp[k], 0, 0),
			m(uint64(fClusNext+k), cn[k], 0, 0),
			m(uint64(fClusPrev2+k), cp2[k], 0, 0),
			m(uint64(fClusNext2+k), cn2[k], 0, 0),
			m(uint64(fClusLabel+k), w.cl[k], cc1, 0),
			m(uint64(fClusShape+k), w.cl[k], w.shape, 0),
		)
	}
	for pos, bits := range w.lex {
		for bits != 0 {
			b := bits & -bits
			bits &^= b
			buf = append(buf, m(fLexBit, uint64(pos), uint64(b), 0))
		}
	}
	return buf
}
