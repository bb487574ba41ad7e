package ner

import (
	"strings"
	"unicode/utf8"

	"sitrep/wordclass"
)

// clusterPrefixes are the lengths, in bits, of the Brown cluster path
// prefixes the features read (Ratinov and Roth 2009).
var clusterPrefixes = [nPrefix]int{4, 6, 10, 20}

const nPrefix = 4

// clusterIDs returns the prefixes of the cluster path of word s, looked up
// as written and else lower-cased, each as one number that also holds its
// length; all zero when t does not know the word.
func clusterIDs(t *wordclass.Table, s string) [nPrefix]uint64 {
	var out [nPrefix]uint64
	if t == nil {
		return out
	}
	p, ok := t.Lookup(s)
	if !ok {
		p, ok = lookupLower(t, s)
	}
	if !ok {
		return out
	}
	for k, n := range clusterPrefixes {
		q := p.Prefix(n)
		out[k] = q.Bits | uint64(q.Len)
	}
	return out
}

// lookupLower looks s up lower-cased, without allocating for short ASCII
// words.
func lookupLower(t *wordclass.Table, s string) (wordclass.Path, bool) {
	var arr [32]byte
	if len(s) > len(arr) {
		return t.Lookup(strings.ToLower(s))
	}
	b := arr[:0]
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return t.Lookup(strings.ToLower(s))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			upper = true
		}
		b = append(b, c)
	}
	if !upper {
		return wordclass.Path{}, false
	}
	return t.LookupBytes(b)
}
