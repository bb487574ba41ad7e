package parse

// Transitions of the arc-hybrid system (Kuhlmann, Gómez-Rodríguez and Satta
// 2011). The artificial root 0 sits at the bottom of the stack; the buffer
// holds words b..n.
//
//	SHIFT     push b
//	LEFT(l)   s0 <-l- b, pop s0
//	RIGHT(l)  s1 -l-> s0, pop s0 (with s1 = root only once the buffer is empty)
//
// A class number c is SHIFT when 0, LEFT(c-1) when 1 <= c <= L and
// RIGHT(c-1-L) after that.
const (
	opShift = iota
	opLeft
	opRight
)

const none = -1

// state is a parser configuration with the partial tree and, per word, the
// children the features look at.
type state struct {
	n     int
	stack []int32
	b     int32 // front of the buffer; n+1 when empty
	head  []int32
	label []int16
	// leftmost, second leftmost, rightmost and second rightmost children
	l1, l2, r1, r2 []int32
	nl, nr         []uint8
	lset, rset     []uint64 // bit sets of child labels (label%64)
}

func (s *state) reset(n int) {
	s.n = n
	s.stack = append(s.stack[:0], 0)
	s.b = 1
	grow := func(a []int32) []int32 {
		if cap(a) < n+1 {
			a = make([]int32, n+1)
		}
		a = a[:n+1]
		for i := range a {
			a[i] = none
		}
		return a
	}
	s.head, s.l1, s.l2, s.r1, s.r2 = grow(s.head), grow(s.l1), grow(s.l2), grow(s.r1), grow(s.r2)
	if cap(s.label) < n+1 {
		s.label = make([]int16, n+1)
		s.nl = make([]uint8, n+1)
		s.nr = make([]uint8, n+1)
		s.lset = make([]uint64, n+1)
		s.rset = make([]uint64, n+1)
	}
	s.label, s.nl, s.nr = s.label[:n+1], s.nl[:n+1], s.nr[:n+1]
	s.lset, s.rset = s.lset[:n+1], s.rset[:n+1]
	clear(s.label)
	clear(s.nl)
	clear(s.nr)
	clear(s.lset)
	clear(s.rset)
}

func (s *state) terminal() bool { return int(s.b) > s.n && len(s.stack) == 1 }

// at returns the i-th stack item from the top, or none.
func (s *state) at(i int) int32 {
	if i < len(s.stack) {
		return s.stack[len(s.stack)-1-i]
	}
	return none
}

// buf returns the i-th buffer item, or none.
func (s *state) buf(i int) int32 {
	if x := s.b + int32(i); int(x) <= s.n {
		return x
	}
	return none
}

func (s *state) canShift() bool { return int(s.b) <= s.n }
func (s *state) canLeft() bool  { return len(s.stack) > 1 && int(s.b) <= s.n }
func (s *state) canRight() bool {
	return len(s.stack) > 2 || len(s.stack) == 2 && int(s.b) > s.n
}

func (s *state) valid(op int) bool {
	switch op {
	case opShift:
		return s.canShift()
	case opLeft:
		return s.canLeft()
	}
	return s.canRight()
}

func (s *state) apply(op int, lab int) {
	switch op {
	case opShift:
		s.stack = append(s.stack, s.b)
		s.b++
	case opLeft:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.arc(s.b, d, lab)
	case opRight:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.arc(s.stack[len(s.stack)-1], d, lab)
	}
}

func (s *state) arc(h, d int32, lab int) {
	s.head[d] = h
	s.label[d] = int16(lab)
	bit := uint64(1) << (uint(lab) % 64)
	if d < h {
		switch {
		case s.l1[h] == none || d < s.l1[h]:
			s.l2[h], s.l1[h] = s.l1[h], d
		case s.l2[h] == none || d < s.l2[h]:
			s.l2[h] = d
		}
		if s.nl[h] < 255 {
			s.nl[h]++
		}
		s.lset[h] |= bit
	} else {
		switch {
		case s.r1[h] == none || d > s.r1[h]:
			s.r2[h], s.r1[h] = s.r1[h], d
		case s.r2[h] == none || d > s.r2[h]:
			s.r2[h] = d
		}
		if s.nr[h] < 255 {
			s.nr[h]++
		}
		s.rset[h] |= bit
	}
}

// costs sets cost[op] to the number of gold arcs each transition makes
// unreachable (Goldberg and Nivre 2013), given gold heads and children of a
// projective tree; inStack marks the words on the stack.
func (s *state) costs(ghead []int32, gkids [][]int32, inStack []bool, cost *[3]int) {
	*cost = [3]int{}
	s0, s1, b := s.at(0), s.at(1), s.b
	if s.canLeft() {
		c := 0
		if g := ghead[s0]; g != b && (g == s1 || g > b) {
			c++
		}
		for _, k := range gkids[s0] {
			if k >= b {
				c++
			}
		}
		cost[opLeft] = c
	}
	if s.canRight() {
		c := 0
		if ghead[s0] >= b {
			c++
		}
		for _, k := range gkids[s0] {
			if k >= b {
				c++
			}
		}
		cost[opRight] = c
	}
	if s.canShift() {
		c := 0
		if g := ghead[b]; g != s0 && g < b && inStack[g] {
			c++
		}
		for _, k := range gkids[b] {
			if k < b && inStack[k] {
				c++
			}
		}
		cost[opShift] = c
	}
}
