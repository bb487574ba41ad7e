package ner

import (
	"bufio"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"sitrep"
	"sitrep/actors"
	"sitrep/gazetteer"
	"sitrep/internal/percep"
	"sitrep/wordclass"
)

// Recognizer finds the names of tagged sentences. It is read-only after
// loading and safe for concurrent use.
type Recognizer struct {
	model *percep.Model
	lex   Lexicon
	wc    *wordclass.Table // word clusters the features read
	pool  *sync.Pool
}

type scratch struct {
	ws     []wordInfo
	feats  []uint64
	scores []float32
	cls    []int
	buf    []byte
}

//go:embed model.bin
var embedded []byte

var (
	defaultOnce sync.Once
	defaultRec  *Recognizer
	defaultErr  error
)

// Default returns the embedded model (trained on GUM) with the lexicon of
// the embedded gazetteer and actor dictionary, loading them on first use.
func Default() (*Recognizer, error) {
	defaultOnce.Do(func() {
		r, err := decodeModel(embedded)
		if err != nil {
			defaultErr = err
			return
		}
		lex, err := DefaultLexicon()
		if err != nil {
			defaultErr = err
			return
		}
		defaultRec = r.WithLexicon(lex)
	})
	return defaultRec, defaultErr
}

// DefaultLexicon returns the Lexicon of the embedded gazetteer and actor
// dictionary.
func DefaultLexicon() (Lexicon, error) {
	gaz, err := gazetteer.Default()
	if err != nil {
		return nil, err
	}
	dict, err := actors.Default()
	if err != nil {
		return nil, err
	}
	return NewLexicon(gaz, dict), nil
}

// Lexicon returns the lexicon r reads, nil if none.
func (r *Recognizer) Lexicon() Lexicon { return r.lex }

// WithLexicon returns a copy of r that reads lex; the model must have been
// trained with the same kind of lexicon.
func (r *Recognizer) WithLexicon(lex Lexicon) *Recognizer {
	return &Recognizer{model: r.model, lex: lex, wc: r.wc, pool: newPool()}
}

func newPool() *sync.Pool {
	return &sync.Pool{New: func() any { return &scratch{scores: make([]float32, nClass)} }}
}

// Recognize returns the names of one tagged sentence (UPOS and XPOS set by
// the tagger; without them it still works, less well).
func (r *Recognizer) Recognize(toks []sitrep.Token) []Entity { return r.recognize(toks, true) }

// recognize is Recognize; with ends false the names are left as the model
// decoded them, as training (silver labels, epoch choice) sees them.
func (r *Recognizer) recognize(toks []sitrep.Token, ends bool) []Entity {
	if len(toks) == 0 {
		return nil
	}
	sc := r.pool.Get().(*scratch)
	defer r.pool.Put(sc)
	sc.ws = prepare(sc.ws[:0], toks, r.wc)
	sc.buf = lexMasks(r.lex, toks, sc.ws, sc.buf)
	sc.cls = sc.cls[:0]
	c1, c2 := -1, -1
	for i := range sc.ws {
		sc.feats = features(sc.feats[:0], sc.ws, i, c1, c2)
		r.model.Score(sc.feats, sc.scores)
		c := best(sc.scores, c1, i == len(sc.ws)-1)
		sc.cls = append(sc.cls, c)
		c2, c1 = c1, c
	}
	ents := decode(nil, sc.cls)
	for k := range ents {
		e := &ents[k]
		for e.Type == "PERSON" && e.End-e.Start > 1 && titles[strings.ToLower(strings.TrimSuffix(toks[e.Start].Text, "."))] {
			e.Start++ // titles stay outside, as in training: Dr. [Bailey]
		}
		if ends {
			e.End = nameEnd(toks, e.Start, e.End)
		}
	}
	return ents
}

// joiners are the lower-case words a capitalised name may hold: Bank of
// England, Bosnia and Herzegovina, Abu Bakr al-Baghdadi, Ben Ali.
var joiners = map[string]bool{"of": true, "the": true, "and": true, "for": true, "de": true, "del": true,
	"della": true, "di": true, "da": true, "du": true, "des": true, "la": true, "le": true, "al": true,
	"el": true, "bin": true, "ibn": true, "van": true, "von": true, "der": true, "den": true, "y": true,
	"e": true}

// nameEnd returns where a name the model found from start to end stops: a
// capitalised name ends before the first lower-case word that is no
// joiner, so that "Kafr Nabl on Tuesday" is Kafr Nabl. A name written in
// lower case throughout (web text) is left as found.
func nameEnd(toks []sitrep.Token, start, end int) int {
	if !capitalised(toks[start].Text) {
		return end
	}
	for i := start + 1; i < end; i++ {
		t := toks[i].Text
		if t == "" || t[0] < 'a' || t[0] > 'z' || joiners[t] {
			continue
		}
		if i+1 < end && toks[i+1].Text == "-" {
			continue // al-, bin-: a prefix joined to the next word
		}
		return i
	}
	return end
}

// prepare appends the wordInfo of each token to ws, with the word
// clusters of wc.
func prepare(ws []wordInfo, toks []sitrep.Token, wc *wordclass.Table) []wordInfo {
	for i := range toks {
		ws = append(ws, makeInfo(&toks[i], i == 0, wc))
	}
	return ws
}

// best returns the highest-scoring class that may follow prev, and that
// closes any open name when last is true.
func best(scores []float32, prev int, last bool) int {
	b, bs := -1, float32(math.Inf(-1))
	for c, s := range scores {
		if s > bs && allowed(prev, c) && (!last || closes(c)) {
			b, bs = c, s
		}
	}
	if b < 0 {
		return 0
	}
	return b
}

// capitalised reports whether s starts with an upper-case letter.
func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

const magic = "SITREP-NER-1"

// Save writes the model as a packed binary file.
func (r *Recognizer) Save(w io.Writer) error {
	bw := bufio.NewWriter(w)
	e := &percep.Encoder{W: bw}
	e.String(magic)
	e.Uvarint(uint64(len(Types)))
	for _, t := range Types {
		e.String(t)
	}
	if _, err := r.model.WriteTo(bw); err != nil {
		return err
	}
	return bw.Flush()
}

// Load reads a model written by Save. It has no lexicon until given one
// with WithLexicon.
func Load(rd io.Reader) (*Recognizer, error) {
	b, err := io.ReadAll(rd)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	return decodeModel(b)
}

func decodeModel(b []byte) (*Recognizer, error) {
	d := percep.NewDecoder(b)
	if d.String() != magic {
		return nil, errors.New("ner: not a recognizer model")
	}
	n := int(d.Uvarint())
	if d.Err != nil || n != len(Types) {
		return nil, errors.New("ner: model has another type set")
	}
	for _, t := range Types {
		if d.String() != t {
			return nil, errors.New("ner: model has another type set")
		}
	}
	if d.Err != nil {
		return nil, fmt.Errorf("ner: corrupt model: %w", d.Err)
	}
	m, _, err := percep.Decode(d.Rest())
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	if m.NClass() != nClass {
		return nil, errors.New("ner: model and label set disagree")
	}
	wc, err := wordclass.Default()
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	return &Recognizer{model: m, wc: wc, pool: newPool()}, nil
}
