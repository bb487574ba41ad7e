package postag

import (
	"bufio"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"slices"
	"sync"

	"sitrep"
	"sitrep/internal/percep"
)

// Tagger assigns UPOS and XPOS tags and lemmas. It is read-only after
// loading and safe for concurrent use.
type Tagger struct {
	upos, xpos []string // per class
	xposID     []int    // per class: index into xposNames
	xposNames  []string
	dict       map[uint64]uint8  // Hash(form) -> class, for frequent unambiguous words
	amb        map[uint64]uint64 // HashLower(form) -> ambiguity class
	model      *percep.Model
	lem        *lemmatizer
	pool       sync.Pool
}

type scratch struct {
	ws     []wordInfo
	feats  []uint64
	scores []float32
}

//go:embed model.bin
var embedded []byte

var (
	defaultOnce   sync.Once
	defaultTagger *Tagger
	defaultErr    error
)

// Default returns the embedded English model (UD English EWT and GUM),
// loading it on first use.
func Default() (*Tagger, error) {
	defaultOnce.Do(func() {
		defaultTagger, defaultErr = decodeModel(embedded)
	})
	return defaultTagger, defaultErr
}

// Tag fills UPOS, XPOS and Lemma of every token of one sentence.
func (t *Tagger) Tag(toks []sitrep.Token) {
	if len(toks) == 0 {
		return
	}
	sc := t.get(len(toks))
	defer t.pool.Put(sc)
	for i := range toks {
		sc.ws = append(sc.ws, makeInfo(toks[i].Text, i == 0))
		sc.ws[i].amb = t.amb[sc.ws[i].lower]
	}
	t1, t2 := -1, -1
	for i := range toks {
		c, ok := t.dict[sc.ws[i].form]
		cls := int(c)
		if !ok {
			sc.feats = features(sc.feats[:0], sc.ws, i, t1, t2)
			t.model.Score(sc.feats, sc.scores)
			cls = argmax(sc.scores)
		}
		toks[i].UPOS = t.upos[cls]
		toks[i].XPOS = t.xpos[cls]
		toks[i].Lemma = t.lem.lemma(toks[i].Text, t.xposID[cls])
		t2, t1 = t1, cls
	}
}

func (t *Tagger) get(n int) *scratch {
	sc, _ := t.pool.Get().(*scratch)
	if sc == nil {
		sc = &scratch{scores: make([]float32, len(t.upos))}
	}
	sc.ws = slices.Grow(sc.ws[:0], n)
	return sc
}

func argmax[T float32](s []T) int {
	b := 0
	for i, v := range s {
		if v > s[b] {
			b = i
		}
	}
	return b
}

const tagMagic = "SITREP-POSTAG-1"

// Save writes the tagger as a packed binary file.
func (t *Tagger) Save(w io.Writer) error {
	bw := bufio.NewWriter(w)
	e := &percep.Encoder{W: bw}
	e.String(tagMagic)
	e.Uvarint(uint64(len(t.upos)))
	for i := range t.upos {
		e.String(t.upos[i])
		e.String(t.xpos[i])
	}
	writeMap(e, t.dict, func(v uint8) { e.Uvarint(uint64(v)) })
	writeMap(e, t.amb, func(v uint64) { e.Uvarint(v) })
	l := t.lem
	e.Uvarint(uint64(len(l.rules)))
	for _, r := range l.rules {
		e.Uvarint(uint64(r.cut))
		e.String(r.add)
		if r.keep {
			e.Uvarint(1)
		} else {
			e.Uvarint(0)
		}
	}
	writeMap(e, l.exact, e.String)
	writeMap(e, l.lower, func(v int32) { e.Uvarint(uint64(v)) })
	writeMap(e, l.suffix, func(v int32) { e.Uvarint(uint64(v)) })
	if _, err := t.model.WriteTo(bw); err != nil {
		return err
	}
	return bw.Flush()
}

// writeMap writes a map with uint64 keys in key order, so that the same
// model always gives the same bytes.
func writeMap[V any](e *percep.Encoder, m map[uint64]V, val func(V)) {
	keys := make([]uint64, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	e.Uvarint(uint64(len(keys)))
	prev := uint64(0)
	for _, k := range keys {
		e.Uvarint(k - prev)
		prev = k
		val(m[k])
	}
}

func readMap[V any](d *percep.Decoder, val func() V) map[uint64]V {
	n := int(d.Uvarint())
	if d.Err != nil || n > len(d.Rest()) {
		d.Err = errors.New("corrupt map")
		return nil
	}
	m := make(map[uint64]V, n)
	prev := uint64(0)
	for range n {
		prev += d.Uvarint()
		m[prev] = val()
	}
	return m
}

// Load reads a tagger written by Save.
func Load(r io.Reader) (*Tagger, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("postag: %w", err)
	}
	return decodeModel(b)
}

// decodeModel reads a model from b, keeping slices of it.
func decodeModel(b []byte) (*Tagger, error) {
	d := percep.NewDecoder(b)
	if d.String() != tagMagic {
		return nil, errors.New("postag: not a tagger model")
	}
	t := &Tagger{}
	n := int(d.Uvarint())
	if n > 256 {
		return nil, errors.New("postag: corrupt model")
	}
	upos, xpos := make([]string, n), make([]string, n)
	for i := range n {
		upos[i], xpos[i] = d.String(), d.String()
	}
	t.setClasses(upos, xpos)
	t.dict = readMap(d, func() uint8 { return uint8(d.Uvarint()) })
	t.amb = readMap(d, d.Uvarint)
	l := &lemmatizer{}
	nr := int(d.Uvarint())
	if nr > len(b) {
		return nil, errors.New("postag: corrupt model")
	}
	for range nr {
		r := rule{cut: int(d.Uvarint()), add: d.String()}
		r.keep = d.Uvarint() == 1
		l.rules = append(l.rules, r)
	}
	l.exact = readMap(d, d.String)
	l.lower = readMap(d, func() int32 { return int32(d.Uvarint()) })
	l.suffix = readMap(d, func() int32 { return int32(d.Uvarint()) })
	if d.Err != nil {
		return nil, fmt.Errorf("postag: corrupt model: %w", d.Err)
	}
	t.lem = l
	m, _, err := percep.Decode(d.Rest())
	if err != nil {
		return nil, fmt.Errorf("postag: %w", err)
	}
	if m.NClass() != len(t.upos) {
		return nil, errors.New("postag: model and tag set disagree")
	}
	t.model = m
	return t, nil
}

// Tags returns the tag set as "UPOS/XPOS" pairs.
func (t *Tagger) Tags() []string {
	out := make([]string, len(t.upos))
	for i := range t.upos {
		out[i] = t.upos[i] + "/" + t.xpos[i]
	}
	return out
}

// setClasses sets the tag set and numbers the distinct XPOS tags in order
// of first appearance.
func (t *Tagger) setClasses(upos, xpos []string) {
	t.upos, t.xpos = upos, xpos
	t.xposID, t.xposNames = nil, nil
	xid := map[string]int{}
	for _, x := range xpos {
		if _, ok := xid[x]; !ok {
			xid[x] = len(t.xposNames)
			t.xposNames = append(t.xposNames, x)
		}
		t.xposID = append(t.xposID, xid[x])
	}
}
