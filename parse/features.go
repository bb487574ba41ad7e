package parse

import "sitrep/internal/percep"

// word holds the hashes of one input token: lower-cased form, XPOS, UPOS.
type word struct{ w, t, u uint64 }

var (
	hashNone = percep.Hash("<none>")
	hashRoot = percep.Hash("<root>")
)

// distance bins: 1, 2, 3, 4, 5-6, 7-9, 10+
func distBin(d int32) uint64 {
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 6:
		return 5
	case d <= 9:
		return 6
	}
	return 7
}

// features appends the feature hashes of configuration s over words ws
// (ws[0] is the root).
func features(buf []uint64, s *state, ws []word) []uint64 {
	get := func(i int32) word {
		switch {
		case i == none:
			return word{hashNone, hashNone, hashNone}
		case i == 0:
			return word{hashRoot, hashRoot, hashRoot}
		}
		return ws[i]
	}
	lab := func(i int32) uint64 {
		if i == none || i == 0 {
			return 1 << 20
		}
		return uint64(s.label[i])
	}
	kid := func(a []int32, i int32) int32 {
		if i == none {
			return none
		}
		return a[i]
	}
	s0i, s1i, s2i := s.at(0), s.at(1), s.at(2)
	b0i, b1i, b2i := s.buf(0), s.buf(1), s.buf(2)
	s0, s1, s2 := get(s0i), get(s1i), get(s2i)
	b0, b1, b2 := get(b0i), get(b1i), get(b2i)
	s0l1i, s0l2i, s0r1i, s0r2i := kid(s.l1, s0i), kid(s.l2, s0i), kid(s.r1, s0i), kid(s.r2, s0i)
	s1l1i, s1r1i, s1r2i := kid(s.l1, s1i), kid(s.r1, s1i), kid(s.r2, s1i)
	b0l1i, b0l2i := kid(s.l1, b0i), kid(s.l2, b0i)
	s0l1, s0l2, s0r1, s0r2 := get(s0l1i), get(s0l2i), get(s0r1i), get(s0r2i)
	s1l1, s1r1, s1r2 := get(s1l1i), get(s1r1i), get(s1r2i)
	b0l1, b0l2 := get(b0l1i), get(b0l2i)

	var d01, d10 uint64 // s0-b0 and s1-s0 distances
	if s0i != none && b0i != none {
		d01 = distBin(b0i - s0i)
	}
	if s1i != none && s0i != none {
		d10 = distBin(s0i - s1i)
	}
	var s0v, s1v, b0v uint64 // valencies
	var s0ls, s0rs, s1rs, b0ls uint64
	if s0i > 0 {
		s0v = uint64(s.nl[s0i])<<8 | uint64(s.nr[s0i])
		s0ls, s0rs = s.lset[s0i], s.rset[s0i]
	}
	if s1i > 0 {
		s1v = uint64(s.nl[s1i])<<8 | uint64(s.nr[s1i])
		s1rs = s.rset[s1i]
	}
	if b0i > 0 {
		b0v = uint64(s.nl[b0i])
		b0ls = s.lset[b0i]
	}
	m := percep.Mix
	return append(buf,
		m(1, 0, 0, 0),
		// single words
		m(2, s0.w, 0, 0), m(3, s0.t, 0, 0), m(4, s0.w, s0.t, 0),
		m(5, s1.w, 0, 0), m(6, s1.t, 0, 0), m(7, s1.w, s1.t, 0),
		m(8, b0.w, 0, 0), m(9, b0.t, 0, 0), m(10, b0.w, b0.t, 0),
		m(11, b1.w, 0, 0), m(12, b1.t, 0, 0), m(13, b1.w, b1.t, 0),
		m(14, b2.w, 0, 0), m(15, b2.t, 0, 0), m(16, s2.t, 0, 0), m(17, s2.w, 0, 0),
		m(18, s0.u, b0.u, s1.u),
		// pairs s0-b0
		m(20, s0.w^s0.t<<1, b0.w^b0.t<<1, 0), m(21, s0.w^s0.t<<1, b0.w, 0), m(22, s0.w, b0.w^b0.t<<1, 0),
		m(23, s0.w^s0.t<<1, b0.t, 0), m(24, s0.t, b0.w^b0.t<<1, 0), m(25, s0.w, b0.w, 0), m(26, s0.t, b0.t, 0),
		// pairs s1-s0
		m(30, s1.w^s1.t<<1, s0.w^s0.t<<1, 0), m(31, s1.w^s1.t<<1, s0.w, 0), m(32, s1.w, s0.w^s0.t<<1, 0),
		m(33, s1.w^s1.t<<1, s0.t, 0), m(34, s1.t, s0.w^s0.t<<1, 0), m(35, s1.w, s0.w, 0), m(36, s1.t, s0.t, 0),
		m(37, s1.t, b0.t, 0), m(38, s1.w, b0.w, 0), m(39, s1.t, s0.t, b0.w),
		// tag trigrams
		m(40, b0.t, b1.t, 0), m(41, b0.t, b1.t, b2.t), m(42, s0.t, b0.t, b1.t), m(43, s1.t, s0.t, b0.t),
		m(44, s2.t, s1.t, s0.t), m(45, b0.w, b1.w, 0), m(46, s0.w, b0.t, b1.t), m(47, s0.t, b0.w, b1.t),
		// children
		m(50, s0l1.w, 0, 0), m(51, s0l1.t, 0, 0), m(52, lab(s0l1i), 0, 0),
		m(53, s0r1.w, 0, 0), m(54, s0r1.t, 0, 0), m(55, lab(s0r1i), 0, 0),
		m(56, s0l2.t, lab(s0l2i), 0), m(57, s0r2.t, lab(s0r2i), 0),
		m(58, s1l1.t, lab(s1l1i), 0), m(59, s1r1.w, 0, 0), m(60, s1r1.t, lab(s1r1i), 0), m(61, s1r2.t, lab(s1r2i), 0),
		m(62, b0l1.w, 0, 0), m(63, b0l1.t, lab(b0l1i), 0), m(64, b0l2.t, lab(b0l2i), 0),
		m(65, s0.t, s0l1.t, s0l2.t), m(66, s0.t, s0r1.t, s0r2.t), m(67, s1.t, s1r1.t, s1r2.t),
		m(68, b0.t, b0l1.t, b0l2.t), m(69, s0.t, s0l1.t, b0.t), m(70, s0.t, s0r1.t, b0.t),
		m(71, s1.t, s0.t, s0l1.t), m(72, s1.t, s0.t, s0r1.t), m(73, s1.t, s1r1.t, s0.t),
		m(74, s0.t, b0.t, b0l1.t), m(75, s0.t, lab(s0l1i), lab(s0r1i)), m(76, b0.t, lab(b0l1i), 0),
		m(77, s1.t, s1l1.t, s0.t), m(78, s0.w, lab(s0l1i), lab(s0r1i)), m(79, s1.t, lab(s1r1i), s0.t),
		// distance
		m(80, s0.w, d01, 0), m(81, s0.t, d01, 0), m(82, b0.w, d01, 0), m(83, b0.t, d01, 0),
		m(84, s0.t, b0.t, d01), m(85, s1.t, s0.t, d10), m(86, s1.w, d10, 0), m(87, s0.w, d10, 0),
		m(88, s1.t, d10, b0.t),
		// valency and label sets
		m(90, s0.w, s0v, 0), m(91, s0.t, s0v, 0), m(92, s1.w, s1v, 0), m(93, s1.t, s1v, 0),
		m(94, b0.w, b0v, 0), m(95, b0.t, b0v, 0), m(96, s0.t, s0ls, 0), m(97, s0.t, s0rs, 0),
		m(98, s1.t, s1rs, 0), m(99, b0.t, b0ls, 0),
	)
}
