package percep

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
)

// Model is a compiled, read-only perceptron. Score is safe for concurrent
// use.
type Model struct {
	nclass int
	book   [256]float32 // weight of each 8-bit code
	keys   []uint32     // sorted feature keys, one per feature
	start  []uint32     // entries of feature i are start[i]:start[i+1]
	cls    []uint8
	w      []uint8 // codes into book
	// open-addressing index from key to the feature's entries, each
	// class<<8 | weight code, so that a lookup touches two cache lines. The
	// home slot of a key is its top bits, so that inserting the sorted keys
	// walks the table in order.
	shift uint
	mask  uint32
	slots []slot
	ent   []uint16
	dense []uint8 // rows of nclass codes for features with many classes
}

type slot struct {
	key uint32    // 0 when empty
	off uint32    // first entry in ent, or row in dense when n is denseRow
	n   uint16    // number of entries
	in  [3]uint16 // the entries themselves when there are at most three
}

// denseRow marks a slot whose weights are a dense row: a feature with
// weights for more than two thirds of the classes is cheaper to add that way.
const denseRow = 0xffff

// NClass returns the number of classes.
func (m *Model) NClass() int { return m.nclass }

// Size returns the number of features and stored weights.
func (m *Model) Size() (features, weights int) { return len(m.keys), len(m.w) }

func (m *Model) index() {
	nb := bits.Len(uint(len(m.keys)*3/2 + 1))
	n := 1 << nb
	m.shift = uint(32 - nb)
	m.mask = uint32(n - 1)
	m.slots = make([]slot, n)
	m.ent = make([]uint16, len(m.w))
	for i := range m.w {
		m.ent[i] = uint16(m.cls[i])<<8 | uint16(m.w[i])
	}
	m.dense = nil
	for f, k := range m.keys {
		i := home(k, m.shift)
		for m.slots[i].key != 0 {
			i = (i + 1) & m.mask
		}
		a, b := m.start[f], m.start[f+1]
		s := slot{key: k, off: a, n: uint16(b - a)}
		if b-a <= uint32(len(s.in)) {
			copy(s.in[:], m.ent[a:b])
		}
		if m.nclass >= 8 && int(b-a)*3 > 2*m.nclass {
			s = slot{key: k, off: uint32(len(m.dense)), n: denseRow}
			row := make([]uint8, m.nclass)
			for j := a; j < b; j++ {
				row[m.cls[j]] = m.w[j]
			}
			m.dense = append(m.dense, row...)
		}
		m.slots[i] = s
	}
}

// Score sets scores (NClass elements) to the weighted sum of feats.
//
// It looks up all features before adding any weights, so that the cache
// misses of the lookups overlap instead of waiting on each other.
func (m *Model) Score(feats []uint64, scores []float32) {
	var acc [256]float32
	var found [64]slot
	slots, mask, shift, book, ent := m.slots, m.mask, m.shift, &m.book, m.ent
	for len(feats) > 0 {
		chunk := feats[:min(len(feats), len(found))]
		feats = feats[len(chunk):]
		nf := 0
		for _, f := range chunk {
			k := Key32(f)
			i := home(k, shift)
			for {
				s := slots[i]
				if s.key == k {
					found[nf] = s
					nf++
					break
				}
				if s.key == 0 {
					break
				}
				i = (i + 1) & mask
			}
		}
		for _, s := range found[:nf] {
			if s.n == denseRow {
				row := m.dense[s.off : s.off+uint32(m.nclass)]
				a := acc[:len(row)]
				for c, b := range row {
					a[c] += book[b]
				}
				continue
			}
			es := s.in[:]
			if int(s.n) > len(s.in) {
				es = ent[s.off : s.off+uint32(s.n)]
			} else {
				es = es[:s.n]
			}
			for _, e := range es {
				acc[uint8(e>>8)] += book[uint8(e)]
			}
		}
	}
	copy(scores, acc[:])
}

// home returns the first slot to probe for key k.
func home(k uint32, shift uint) uint32 {
	if shift >= 32 {
		return 0
	}
	return k >> shift
}

const magic = "PCP2"

// WriteTo writes the model in its binary form: a header, the codebook, the
// delta-coded feature keys, one count byte per feature, then the class and
// weight bytes, which Decode uses in place.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	e := &Encoder{W: bw}
	bw.WriteString(magic)
	e.Uvarint(uint64(m.nclass))
	e.Uvarint(uint64(len(m.keys)))
	for _, v := range m.book {
		var b [4]byte
		binary.LittleEndian.PutUint32(b[:], math.Float32bits(v))
		bw.Write(b[:])
	}
	prev := uint32(0)
	for _, k := range m.keys {
		e.Uvarint(uint64(k - prev))
		prev = k
	}
	for i := range m.keys {
		n := m.start[i+1] - m.start[i]
		if n > 255 {
			return 0, fmt.Errorf("percep: feature with %d weights", n)
		}
		bw.WriteByte(byte(n))
	}
	bw.Write(m.cls)
	bw.Write(m.w)
	return 0, bw.Flush()
}

// Decode reads a model written by WriteTo from the front of b and returns
// the bytes after it. The model keeps slices of b, which must not change.
func Decode(b []byte) (*Model, []byte, error) {
	d := &Decoder{b: b}
	if string(d.Bytes(len(magic))) != magic {
		return nil, nil, errors.New("percep: bad model magic")
	}
	m := &Model{}
	m.nclass = int(d.Uvarint())
	nf := int(d.Uvarint())
	if d.Err != nil || nf > len(b) || m.nclass > 256 {
		return nil, nil, errors.New("percep: corrupt model header")
	}
	book := d.Bytes(4 * 256)
	if d.Err != nil {
		return nil, nil, errors.New("percep: corrupt model header")
	}
	for i := range m.book {
		m.book[i] = math.Float32frombits(binary.LittleEndian.Uint32(book[4*i:]))
	}
	m.keys = make([]uint32, nf)
	prev := uint32(0)
	for i := range nf {
		prev += uint32(d.Uvarint())
		m.keys[i] = prev
	}
	counts := d.Bytes(nf)
	if d.Err != nil {
		return nil, nil, fmt.Errorf("percep: corrupt model: %w", d.Err)
	}
	m.start = make([]uint32, nf+1)
	for i, c := range counts {
		m.start[i+1] = m.start[i] + uint32(c)
	}
	nw := int(m.start[nf])
	m.cls = d.Bytes(nw)
	m.w = d.Bytes(nw)
	if d.Err != nil {
		return nil, nil, fmt.Errorf("percep: corrupt model: %w", d.Err)
	}
	for _, c := range m.cls {
		if int(c) >= m.nclass {
			return nil, nil, errors.New("percep: class out of range")
		}
	}
	m.index()
	return m, d.b, nil
}

// Decoder reads the varints, strings and byte runs of a model file; the
// first error sticks in Err and later reads return zero values.
type Decoder struct {
	b   []byte
	Err error
}

// NewDecoder returns a decoder over b.
func NewDecoder(b []byte) *Decoder { return &Decoder{b: b} }

// Rest returns the unread bytes.
func (d *Decoder) Rest() []byte { return d.b }

// Uvarint reads an unsigned varint.
func (d *Decoder) Uvarint() uint64 {
	if d.Err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.Err = io.ErrUnexpectedEOF
		return 0
	}
	d.b = d.b[n:]
	return v
}

// Bytes reads n bytes.
func (d *Decoder) Bytes(n int) []byte {
	if d.Err != nil {
		return nil
	}
	if n < 0 || n > len(d.b) {
		d.Err = io.ErrUnexpectedEOF
		return nil
	}
	v := d.b[:n]
	d.b = d.b[n:]
	return v
}

// String reads a length-prefixed string.
func (d *Decoder) String() string { return string(d.Bytes(int(d.Uvarint()))) }

// Encoder writes what Decoder reads.
type Encoder struct {
	W   *bufio.Writer
	buf [binary.MaxVarintLen64]byte
}

// Uvarint writes an unsigned varint.
func (e *Encoder) Uvarint(v uint64) {
	n := binary.PutUvarint(e.buf[:], v)
	e.W.Write(e.buf[:n])
}

// String writes a length-prefixed string.
func (e *Encoder) String(s string) {
	e.Uvarint(uint64(len(s)))
	e.W.WriteString(s)
}

// Prune returns a copy of m without the weights whose magnitude is below
// frac times the largest, and without features left empty.
func (m *Model) Prune(frac float64) *Model {
	var maxAbs float32
	for _, v := range m.book {
		maxAbs = max(maxAbs, v, -v)
	}
	lim := float32(frac) * maxAbs
	p := &Model{nclass: m.nclass, book: m.book}
	p.start = append(p.start, 0)
	for f, k := range m.keys {
		n := 0
		for j := m.start[f]; j < m.start[f+1]; j++ {
			if v := m.book[m.w[j]]; v >= lim || -v >= lim {
				p.cls = append(p.cls, m.cls[j])
				p.w = append(p.w, m.w[j])
				n++
			}
		}
		if n > 0 {
			p.keys = append(p.keys, k)
			p.start = append(p.start, uint32(len(p.w)))
		}
	}
	p.index()
	return p
}
