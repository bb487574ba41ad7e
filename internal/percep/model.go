package percep

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"runtime"
	"sync"
)

// Model is a compiled, read-only perceptron. Score is safe for concurrent
// use.
type Model struct {
	nclass int
	book   [256]float32 // weight of each 8-bit code
	nfeat  int
	keyd   []byte // sorted feature keys, delta-coded as uvarints
	counts []byte // number of weights of each feature
	cls    []uint8
	w      []uint8 // codes into book, one per class in cls
	// open-addressing index from key to the feature's weights. The home
	// slot of a key is its top bits, so that inserting the sorted keys walks
	// the table in order.
	shift uint
	mask  uint32
	slots []slot
	// sparse weights: for each feature a count n, then n entries
	// class<<8 | weight code
	ent []uint16
	// dense rows for features with many classes: the weights in fixed point
	// (unit is the weight of one step), biased by laneBias, four 16-bit
	// lanes to a word, so that one addition adds four classes.
	dense []uint64
	words int // words of a dense row
	unit  float32
}

// slot is one cell of the feature table, 8 bytes so that a cache line holds
// eight and the table of a large model stays small.
type slot struct {
	key uint32 // 0 when empty
	at  uint32 // offset in ent, or denseBit | row number in dense
}

// A feature with weights for more than 1/denseFrac of the classes is
// added as a dense row.
const (
	denseBit  = 1 << 31
	denseFrac = 4
)

// Fixed-point lanes of the dense rows: a weight is stored as
// round(w/unit)+laneBias in [0, 2*laneBias]; denseFlush rows fit in a lane.
const (
	laneBias   = 2047
	denseFlush = 65535 / (2 * laneBias)
)

// NClass returns the number of classes.
func (m *Model) NClass() int { return m.nclass }

// Size returns the number of features and stored weights.
func (m *Model) Size() (features, weights int) { return m.nfeat, len(m.w) }

// each calls fn with the key and the weights cls[a:b], w[a:b] of every
// feature, in key order.
func (m *Model) each(fn func(key uint32, a, b uint32)) error {
	kd, key, a := m.keyd, uint32(0), uint32(0)
	for _, c := range m.counts {
		v, n := binary.Uvarint(kd)
		if n <= 0 {
			return errors.New("percep: corrupt feature keys")
		}
		kd = kd[n:]
		key += uint32(v)
		fn(key, a, a+uint32(c))
		a += uint32(c)
	}
	if int(a) != len(m.w) {
		return errors.New("percep: corrupt weight counts")
	}
	return nil
}

// builder appends features to a model being built, in key order.
type builder struct {
	m    *Model
	prev uint32
}

// add appends a feature whose weights were appended to cls and w.
func (b *builder) add(key uint32, n int) {
	if n > 255 {
		panic(fmt.Sprintf("percep: feature with %d weights", n))
	}
	b.m.keyd = binary.AppendUvarint(b.m.keyd, uint64(key-b.prev))
	b.m.counts = append(b.m.counts, byte(n))
	b.m.nfeat++
	b.prev = key
}

// index builds the feature table and the weight arrays it points to.
//
// Loading is dominated by first writes to fresh memory, so the table is
// built by several goroutines at once: the sorted keys are cut into key
// ranges, one per part, and each part fills its own range of slots, entries
// and dense rows. A probe that would leave its part's slots is put off and
// done at the end, one at a time; linear probing does not care about the
// order of inserts.
func (m *Model) index() error {
	nb := bits.Len(uint(m.nfeat*3/2 + 1))
	n := 1 << nb
	m.shift = uint(32 - nb)
	m.mask = uint32(n - 1)
	m.slots = make([]slot, n)
	m.words = (m.nclass + 3) / 4
	var maxAbs float32
	for _, v := range m.book {
		maxAbs = max(maxAbs, v, -v)
	}
	m.unit = maxAbs / laneBias
	if m.unit == 0 {
		m.unit = 1
	}
	b := &tableBuilder{m: m}
	for c, v := range m.book {
		b.lane[c] = uint64(int64(math.Round(float64(v / m.unit))))
	}
	for c := range m.nclass {
		b.zeroRow[c/4] |= laneBias << (16 * (c % 4))
	}
	nparts := 1
	if m.nfeat >= 1<<16 {
		nparts = min(runtime.GOMAXPROCS(0), maxParts)
	}
	parts, nent, ndense, err := m.cut(nparts)
	if err != nil {
		return err
	}
	m.ent = make([]uint16, nent)
	m.dense = make([]uint64, ndense*m.words)
	late := make([][]slot, len(parts))
	var wg sync.WaitGroup
	for i := range parts {
		wg.Go(func() { late[i] = b.fill(parts[i]) })
	}
	wg.Wait()
	for _, l := range late {
		for _, s := range l {
			i := home(s.key, m.shift)
			for m.slots[i].key != 0 {
				i = (i + 1) & m.mask
			}
			m.slots[i] = s
		}
	}
	return nil
}

// maxParts bounds the goroutines that build one table.
const maxParts = 4

// isDense reports whether a feature with n weights gets a dense row.
func (m *Model) isDense(n int) bool { return m.nclass >= 8 && n*denseFrac > m.nclass }

// part is a run of features, in key order, and where its slots, weights,
// entries and dense rows start.
type part struct {
	keyd        []byte // the keys' deltas from this part on
	key         uint32 // the key before the part's first feature
	feat, nfeat int
	w, ent, row int
	lo, hi      uint32 // the part's slots, hi exclusive (0 for the end)
}

// cut splits the features into nparts runs by the top bits of their keys
// and returns them with the total sizes of the entry and dense arrays.
func (m *Model) cut(nparts int) (parts []part, nent, ndense int, err error) {
	kd, key := m.keyd, uint32(0)
	var w int
	cur := part{keyd: kd}
	next := 1 // the part whose keys start at next<<32/nparts
	bound := func(j int) uint32 { return uint32(uint64(j) << 32 / uint64(nparts)) }
	for f, c := range m.counts {
		v, nb := binary.Uvarint(kd)
		if nb <= 0 {
			return nil, 0, 0, errors.New("percep: corrupt feature keys")
		}
		k := key + uint32(v)
		for next < nparts && k >= bound(next) {
			cur.nfeat = f - cur.feat
			parts = append(parts, cur)
			cur = part{keyd: kd, key: key, feat: f, w: w, ent: nent, row: ndense, lo: home(bound(next), m.shift)}
			next++
		}
		kd, key = kd[nb:], k
		w += int(c)
		if m.isDense(int(c)) {
			ndense++
		} else {
			nent += 1 + int(c)
		}
	}
	if w != len(m.w) {
		return nil, 0, 0, errors.New("percep: corrupt weight counts")
	}
	cur.nfeat = len(m.counts) - cur.feat
	parts = append(parts, cur)
	for i := range parts {
		if i+1 < len(parts) {
			parts[i].hi = parts[i+1].lo
		}
	}
	return parts, nent, ndense, nil
}

// tableBuilder holds what every part needs to turn weights into entries
// and dense rows.
type tableBuilder struct {
	m       *Model
	lane    [256]uint64 // code -> fixed-point weight, unbiased, mod 2^64
	zeroRow [64]uint64  // a dense row of zero weights: every lane laneBias
}

// fill adds one part's features to the table and returns the slots whose
// probe left the part's range, to be placed afterwards.
func (b *tableBuilder) fill(p part) (late []slot) {
	m := b.m
	kd, key, a := p.keyd, p.key, uint32(p.w)
	ent, row := p.ent, p.row
	for _, c := range m.counts[p.feat : p.feat+p.nfeat] {
		v, nb := binary.Uvarint(kd) // checked by cut
		kd, key = kd[nb:], key+uint32(v)
		end := a + uint32(c)
		k := key
		if k == 0 {
			k = 1 // Key32 is never 0, so this feature is never looked up
		}
		var s slot
		if m.isDense(int(c)) {
			s = slot{key: k, at: denseBit | uint32(row)}
			r := m.dense[row*m.words : (row+1)*m.words]
			copy(r, b.zeroRow[:m.words])
			for j := a; j < end; j++ {
				c := m.cls[j]
				r[c/4] += b.lane[m.w[j]] << (16 * (c % 4))
			}
			row++
		} else {
			s = slot{key: k, at: uint32(ent)}
			m.ent[ent] = uint16(c)
			es, cls, w := m.ent[ent+1:ent+1+int(c)], m.cls[a:end], m.w[a:end]
			for j := range es {
				es[j] = uint16(cls[j])<<8 | uint16(w[j])
			}
			ent += 1 + int(c)
		}
		a = end
		i := home(k, m.shift)
		for {
			if i < p.lo || p.hi != 0 && i >= p.hi {
				late = append(late, s)
				break
			}
			if m.slots[i].key == 0 {
				m.slots[i] = s
				break
			}
			i = (i + 1) & m.mask
		}
	}
	return late
}

// Score sets scores (NClass elements) to the weighted sum of feats.
//
// It looks up all features, then touches their weights, before adding any,
// so that the cache misses overlap instead of waiting on each other.
func (m *Model) Score(feats []uint64, scores []float32) {
	var acc [256]float32
	var ds denseSum
	var found [64]uint32
	slots, mask, shift, book, ent, dense, words := m.slots, m.mask, m.shift, &m.book, m.ent, m.dense, uint32(m.words)
	for len(feats) > 0 {
		chunk := feats[:min(len(feats), len(found))]
		feats = feats[len(chunk):]
		// the home slots first, without branches, then the probing
		var hs [64]uint32
		var sink uint64
		for j, f := range chunk {
			hs[j] = home(Key32(f), shift)
			sink += uint64(slots[hs[j]].key)
		}
		keep(sink)
		nf := 0
		for j, f := range chunk {
			k := Key32(f)
			i := hs[j]
			for {
				s := slots[i]
				if s.key == k {
					found[nf] = s.at
					nf++
					break
				}
				if s.key == 0 {
					break
				}
				i = (i + 1) & mask
			}
		}
		sink = 0
		for _, at := range found[:nf] {
			if at&denseBit != 0 {
				r := (at &^ denseBit) * words
				sink += dense[r] + dense[r+words-1]
			} else {
				sink += uint64(ent[at])
			}
		}
		keep(sink)
		for _, at := range found[:nf] {
			if at&denseBit != 0 {
				r := (at &^ denseBit) * words
				row := dense[r : r+words]
				l := ds.l16[:len(row)]
				for i, x := range row {
					l[i] += x
				}
				if ds.n++; ds.n == denseFlush {
					ds.flush(m.words)
				}
				continue
			}
			n := uint32(ent[at])
			for _, e := range ent[at+1 : at+1+n] {
				acc[uint8(e>>8)] += book[uint8(e)]
			}
		}
	}
	if ds.n+ds.all > 0 {
		ds.addTo(&acc, m.words, m.unit)
	}
	copy(scores, acc[:])
}

// keep uses v, so that the compiler keeps the loads that computed it.
//
//go:noinline
func keep(v uint64) {}

// denseSum accumulates dense rows: up to denseFlush rows in 16-bit lanes,
// then, moved by flush, in 32-bit lanes (classes 4i and 4i+2 in lo[i], 4i+1
// and 4i+3 in hi[i]).
type denseSum struct {
	l16    [64]uint64
	lo, hi [64]uint64
	n, all int // rows in l16, rows in all
}

const evenLanes = 0x0000ffff0000ffff

// flush moves the 16-bit lanes to the 32-bit ones.
func (d *denseSum) flush(words int) {
	l16, lo, hi := d.l16[:words], d.lo[:words], d.hi[:words]
	for i, x := range l16 {
		lo[i] += x & evenLanes
		hi[i] += x >> 16 & evenLanes
	}
	clear(l16)
	d.all += d.n
	d.n = 0
}

// addTo adds the sums, scaled back to weights, to acc.
func (d *denseSum) addTo(acc *[256]float32, words int, unit float32) {
	d.flush(words)
	bias := uint32(d.all * laneBias)
	a := acc[:words*4]
	for i := range words {
		lo, hi := d.lo[i], d.hi[i]
		a := a[4*i : 4*i+4]
		a[0] += float32(int32(uint32(lo)-bias)) * unit
		a[1] += float32(int32(uint32(hi)-bias)) * unit
		a[2] += float32(int32(uint32(lo>>32)-bias)) * unit
		a[3] += float32(int32(uint32(hi>>32)-bias)) * unit
	}
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
	e.Uvarint(uint64(m.nfeat))
	for _, v := range m.book {
		var b [4]byte
		binary.LittleEndian.PutUint32(b[:], math.Float32bits(v))
		bw.Write(b[:])
	}
	bw.Write(m.keyd)
	bw.Write(m.counts)
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
	// the keys end after nf bytes below 0x80
	kd := d.b
	end := 0
	for k := 0; k < nf; end++ {
		if end >= len(kd) {
			return nil, nil, errors.New("percep: corrupt model keys")
		}
		if kd[end] < 0x80 {
			k++
		}
	}
	m.nfeat = nf
	m.keyd = d.Bytes(end)
	m.counts = d.Bytes(nf)
	if d.Err != nil {
		return nil, nil, fmt.Errorf("percep: corrupt model: %w", d.Err)
	}
	nw := 0
	for _, c := range m.counts {
		nw += int(c)
	}
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
	if err := m.index(); err != nil {
		return nil, nil, err
	}
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
	pb := &builder{m: p}
	m.each(func(k uint32, a, b uint32) {
		n := 0
		for j := a; j < b; j++ {
			if v := m.book[m.w[j]]; v >= lim || -v >= lim {
				p.cls = append(p.cls, m.cls[j])
				p.w = append(p.w, m.w[j])
				n++
			}
		}
		if n > 0 {
			pb.add(k, n)
		}
	})
	p.index()
	return p
}
