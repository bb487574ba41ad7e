package percep

import (
	"unicode"
	"unicode/utf8"
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Hash returns the 64-bit FNV-1a hash of s.
func Hash(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// HashLower returns Hash(strings.ToLower(s)) without allocating.
func HashLower(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h ^= uint64(c)
			h *= fnvPrime
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], unicode.ToLower(r))
		for _, b := range buf[:n] {
			h ^= uint64(b)
			h *= fnvPrime
		}
	}
	return h
}

// Mix combines a template number and up to three value hashes into one
// feature hash.
func Mix(tmpl uint64, a, b, c uint64) uint64 {
	h := tmpl*0x9E3779B97F4A7C15 ^ a
	h = fmix(h)*0xC2B2AE3D27D4EB4F ^ b
	h = fmix(h)*0x165667B19E3779F9 ^ c
	return fmix(h)
}

func fmix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// Key32 folds a feature hash to the 32-bit key the compiled model stores;
// it is never 0.
func Key32(f uint64) uint32 {
	k := uint32(f) ^ uint32(f>>32)
	if k == 0 {
		k = 1
	}
	return k
}
