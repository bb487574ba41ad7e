package ner

// Types are the entity types the recognizer assigns, in class order.
var Types = []string{"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "EVENT"}

// Entity is one recognised name: tokens Start up to End (exclusive) of a
// sentence, and its type, one of Types.
type Entity struct {
	Start, End int
	Type       string
}

// BILOU positions; the class of position p of type t is 1+4*t+p, class 0
// is Outside.
const (
	posB = iota
	posI
	posL
	posU
)

const nClass = 1 + 4*7

func classOf(typ, pos int) int { return 1 + 4*typ + pos }

func splitClass(c int) (typ, pos int) {
	if c == 0 {
		return -1, -1
	}
	return (c - 1) / 4, (c - 1) % 4
}

// typeIndex returns the index of typ in Types, or -1.
func typeIndex(typ string) int {
	for i, t := range Types {
		if t == typ {
			return i
		}
	}
	return -1
}

// allowed reports whether class c may follow class prev (-1 or 0 at the
// start, or after Outside, Last or Unit).
func allowed(prev, c int) bool {
	pt, pp := splitClass(prev)
	open := prev > 0 && (pp == posB || pp == posI)
	ct, cp := splitClass(c)
	if open {
		return (cp == posI || cp == posL) && ct == pt
	}
	return c == 0 || cp == posB || cp == posU
}

// closes reports whether class c may end a sentence.
func closes(c int) bool {
	_, p := splitClass(c)
	return c == 0 || p == posL || p == posU
}

// encode returns the classes of n tokens holding the entities ents, which
// must not overlap.
func encode(n int, ents []Entity) []int {
	cls := make([]int, n)
	for _, e := range ents {
		t := typeIndex(e.Type)
		if t < 0 || e.Start < 0 || e.End > n || e.End <= e.Start {
			continue
		}
		if e.End-e.Start == 1 {
			cls[e.Start] = classOf(t, posU)
			continue
		}
		cls[e.Start] = classOf(t, posB)
		for i := e.Start + 1; i < e.End-1; i++ {
			cls[i] = classOf(t, posI)
		}
		cls[e.End-1] = classOf(t, posL)
	}
	return cls
}

// decode appends the entities of a well-formed class sequence to dst.
func decode(dst []Entity, cls []int) []Entity {
	start := -1
	for i, c := range cls {
		t, p := splitClass(c)
		switch p {
		case posU:
			dst = append(dst, Entity{Start: i, End: i + 1, Type: Types[t]})
			start = -1
		case posB:
			start = i
		case posL:
			if start >= 0 {
				dst = append(dst, Entity{Start: start, End: i + 1, Type: Types[t]})
			}
			start = -1
		case -1:
			start = -1
		}
	}
	return dst
}
