package postag

import (
	"unicode"
	"unicode/utf8"

	"sitrep/internal/percep"
)

// wordInfo holds the hashes of one token that the feature templates combine.
type wordInfo struct {
	lower, form, shape uint64
	suf                [4]uint64 // last 1..4 runes, lower-cased
	pre                [3]uint64 // first 1..3 runes, lower-cased
	flags              uint64
	amb                uint64 // ambiguity class: the tags seen with the word in training
}

// Flag bits of wordInfo.flags.
const (
	flagUpper  = 1 << iota // first rune upper case
	flagAllCap             // every letter upper case, at least two letters
	flagDigit              // contains a digit
	flagHyphen             // contains a hyphen
	flagFirst              // first token of the sentence
)

// padding hashes for positions outside the sentence
var (
	hashBOS = percep.Hash("<s>")
	hashEOS = percep.Hash("</s>")
)

func makeInfo(s string, first bool) wordInfo {
	var wi wordInfo
	wi.lower = percep.HashLower(s)
	wi.form = percep.Hash(s)
	// rune boundaries for prefixes and suffixes
	n := utf8.RuneCountInString(s)
	for k := 1; k <= 4; k++ {
		if k > n {
			wi.suf[k-1] = wi.lower
			continue
		}
		i := len(s)
		for j := 0; j < k; j++ {
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
	// shape: character classes with runs collapsed, e.g. "Xx", "d.d", "x-x"
	h := uint64(14695981039346656037)
	var last rune = -1
	letters, uppers := 0, 0
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
		case unicode.IsDigit(r):
			c = 'd'
			wi.flags |= flagDigit
		default:
			c = r
			if r == '-' {
				wi.flags |= flagHyphen
			}
		}
		if c != last {
			h ^= uint64(c)
			h *= 1099511628211
			last = c
		}
	}
	if letters >= 2 && uppers == letters {
		wi.flags |= flagAllCap
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
	fPrev1
	fPrev2
	fNext1
	fNext2
	fTag1
	fTag2
	fTag12
	fTag1Word
	fPrevWord
	fWordNext
	fPrevSuf
	fNextSuf
	fNextShape
	fPrevShape
	fTag1Suf
	fNext1Next2
	fPrev2Word
	fAmb0
	fAmb1
	fAmb2
	fAmb12
	fTag1Amb1
	fAmbPrev
	fAmb01
)

// features appends the feature hashes of token i given the classes already
// chosen for i-1 and i-2 (-1 outside the sentence).
func features(buf []uint64, ws []wordInfo, i int, t1, t2 int) []uint64 {
	w := &ws[i]
	get := func(j int) (lower, suf3, shape, amb uint64) {
		if j < 0 {
			return hashBOS, hashBOS, hashBOS, hashBOS
		}
		if j >= len(ws) {
			return hashEOS, hashEOS, hashEOS, hashEOS
		}
		return ws[j].lower, ws[j].suf[2], ws[j].shape, ws[j].amb
	}
	p1, p1s, p1sh, p1a := get(i - 1)
	p2, _, _, _ := get(i - 2)
	n1, n1s, n1sh, n1a := get(i + 1)
	n2, _, _, n2a := get(i + 2)
	tt1, tt2 := uint64(t1+1), uint64(t2+1)
	m := percep.Mix
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
		m(fPrev1, p1, 0, 0),
		m(fPrev2, p2, 0, 0),
		m(fNext1, n1, 0, 0),
		m(fNext2, n2, 0, 0),
		m(fTag1, tt1, 0, 0),
		m(fTag2, tt2, 0, 0),
		m(fTag12, tt1, tt2, 0),
		m(fTag1Word, tt1, w.lower, 0),
		m(fPrevWord, p1, w.lower, 0),
		m(fWordNext, w.lower, n1, 0),
		m(fPrevSuf, p1s, 0, 0),
		m(fNextSuf, n1s, 0, 0),
		m(fNextShape, n1sh, w.shape, 0),
		m(fPrevShape, p1sh, w.shape, 0),
		m(fTag1Suf, tt1, w.suf[2], 0),
		m(fNext1Next2, n1, n2, 0),
		m(fPrev2Word, p2, p1, w.lower),
		m(fAmb0, w.amb, 0, 0),
		m(fAmb1, n1a, 0, 0),
		m(fAmb2, n2a, 0, 0),
		m(fAmb12, n1a, n2a, 0),
		m(fTag1Amb1, tt1, w.amb, n1a),
		m(fAmbPrev, p1a, w.amb, 0),
		m(fAmb01, w.amb, n1a, n2a),
	)
	return buf
}
