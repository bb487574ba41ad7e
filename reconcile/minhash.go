package reconcile

import (
	"hash/fnv"
	"strings"
	"unicode"
)

// Near-duplicate detection: a MinHash of word shingles.
//
// A syndicated copy keeps almost every sentence of its original and changes
// a dateline, a credit line or a headline; a rewrite keeps long runs of
// words. Both share most of their 4-word shingles (sequences of four
// consecutive lower-cased words), while two independent reports of the same
// event share few, since they word things differently. The Jaccard
// similarity of the shingle sets separates the two, and MinHash estimates it
// from SignatureSize numbers per article: the chance that two signatures
// agree at a position equals the Jaccard similarity.
const (
	ShingleWords  = 4
	SignatureSize = 64
	// CopyThreshold is the estimated Jaccard similarity above which an
	// article is a copy of an earlier one. Syndicated copies measure 0.7 to
	// 1; independent reports of one event stay below 0.1.
	CopyThreshold = 0.5
	// bands × rows = SignatureSize. With 16 bands of 4 rows, a pair at
	// similarity s is compared with probability 1-(1-s^4)^16: 0.64 at 0.5,
	// 0.89 at 0.6, 0.99 at 0.7, and 0.0016 at 0.1.
	bands = 16
	rows  = SignatureSize / bands
)

// MinHash returns the signature of text. Text with fewer than ShingleWords
// words is shingled as a whole.
func MinHash(text string) []uint32 {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	sig := make([]uint32, SignatureSize)
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	n := len(words) - ShingleWords + 1
	if n < 1 {
		n = 1
	}
	for i := 0; i < n; i++ {
		h := fnv.New64a()
		for j := i; j < i+ShingleWords && j < len(words); j++ {
			h.Write([]byte(words[j]))
			h.Write([]byte{' '})
		}
		x := h.Sum64()
		for k := range sig {
			if v := permute(x, uint64(k)); v < sig[k] {
				sig[k] = v
			}
		}
	}
	return sig
}

// permute is the k-th hash function: a splitmix64 finalizer of x mixed
// with k, which behaves as an independent random permutation for MinHash.
func permute(x, k uint64) uint32 {
	z := x + (k+1)*0x9e3779b97f4a7c15
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	z ^= z >> 31
	return uint32(z >> 32)
}

// Similarity estimates the Jaccard similarity of the shingle sets behind
// two signatures.
func Similarity(a, b []uint32) float64 {
	if len(a) != len(b) || len(a) == 0 {
		return 0
	}
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / float64(len(a))
}

// bandKeys returns the locality-sensitive hashing keys of a signature: one
// per band of rows positions. Signatures that share a key are compared.
func bandKeys(sig []uint32) [bands]uint64 {
	var keys [bands]uint64
	for b := range keys {
		h := uint64(b) * 0x9e3779b97f4a7c15
		for _, v := range sig[b*rows : (b+1)*rows] {
			h = (h ^ uint64(v)) * 0x100000001b3
		}
		keys[b] = h
	}
	return keys
}

// dupIndex finds, among the signatures added to it, those similar to a
// given one.
type dupIndex struct {
	sigs    []indexed
	buckets map[uint64][]int
}

type indexed struct {
	id, copyOf string
	sig        []uint32
}

func newDupIndex() *dupIndex { return &dupIndex{buckets: make(map[uint64][]int)} }

func (x *dupIndex) add(id, copyOf string, sig []uint32) {
	if len(sig) != SignatureSize {
		return
	}
	i := len(x.sigs)
	x.sigs = append(x.sigs, indexed{id, copyOf, sig})
	for _, k := range bandKeys(sig) {
		x.buckets[k] = append(x.buckets[k], i)
	}
}

// original returns the original of the most similar indexed article at or
// above CopyThreshold (following copy links to the first article), and the
// similarity; "" when there is none.
func (x *dupIndex) original(sig []uint32) (string, float64) {
	best, bestSim := -1, 0.0
	for _, k := range bandKeys(sig) {
		for _, i := range x.buckets[k] {
			if s := Similarity(sig, x.sigs[i].sig); s >= CopyThreshold && s > bestSim {
				best, bestSim = i, s
			}
		}
	}
	if best < 0 {
		return "", 0
	}
	if c := x.sigs[best].copyOf; c != "" {
		return c, bestSim
	}
	return x.sigs[best].id, bestSim
}
