package parse

import (
	"bufio"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"sync"

	"sitrep"
	"sitrep/internal/percep"
)

// Parser is a labeled dependency parser. It is read-only after loading and
// safe for concurrent use.
type Parser struct {
	labels []string
	model  *percep.Model
	pool   sync.Pool
}

type scratch struct {
	st     state
	ws     []word
	feats  []uint64
	scores []float32
}

//go:embed model.bin
var embedded []byte

var (
	defaultOnce   sync.Once
	defaultParser *Parser
	defaultErr    error
)

// Default returns the embedded English model (UD English EWT and GUM),
// loading it on first use.
func Default() (*Parser, error) {
	defaultOnce.Do(func() {
		defaultParser, defaultErr = decodeModel(embedded)
	})
	return defaultParser, defaultErr
}

// Labels returns the dependency relations the parser can assign.
func (p *Parser) Labels() []string { return append([]string(nil), p.labels...) }

// Parse fills Head (1-based, 0 for the root) and Deprel of every token of
// one tagged sentence. It reads Text and XPOS/UPOS, so tag first.
func (p *Parser) Parse(toks []sitrep.Token) {
	n := len(toks)
	if n == 0 {
		return
	}
	sc, _ := p.pool.Get().(*scratch)
	if sc == nil {
		sc = &scratch{scores: make([]float32, p.model.NClass())}
	}
	defer p.pool.Put(sc)
	sc.ws = append(sc.ws[:0], word{})
	for i := range toks {
		sc.ws = append(sc.ws, wordOf(&toks[i]))
	}
	s := &sc.st
	s.reset(n)
	L := len(p.labels)
	for !s.terminal() {
		if len(s.stack) == 1 {
			s.apply(opShift, 0) // nothing else is allowed
			continue
		}
		sc.feats = features(sc.feats[:0], s, sc.ws)
		p.model.Score(sc.feats, sc.scores)
		c := bestValid(s, sc.scores, L)
		op, lab := decode(c, L)
		s.apply(op, lab)
	}
	for i := range toks {
		h := s.head[i+1]
		if h < 0 {
			h = 0
		}
		toks[i].Head = h
		toks[i].Deprel = p.labels[s.label[i+1]]
	}
}

func wordOf(t *sitrep.Token) word {
	return word{percep.HashLower(t.Text), percep.Hash(t.XPOS), percep.Hash(t.UPOS)}
}

// decode splits a class into a transition and a label.
func decode(c, L int) (op, lab int) {
	switch {
	case c == 0:
		return opShift, 0
	case c <= L:
		return opLeft, c - 1
	}
	return opRight, c - 1 - L
}

// bestValid returns the highest-scoring class whose transition is allowed.
func bestValid[T int32 | float32](s *state, scores []T, L int) int {
	best := -1
	var bs T
	if s.canShift() {
		best, bs = 0, scores[0]
	}
	if s.canLeft() {
		for c := 1; c <= L; c++ {
			if best < 0 || scores[c] > bs {
				best, bs = c, scores[c]
			}
		}
	}
	if s.canRight() {
		for c := L + 1; c <= 2*L; c++ {
			if best < 0 || scores[c] > bs {
				best, bs = c, scores[c]
			}
		}
	}
	return best
}

const parseMagic = "SITREP-PARSE-1"

// Save writes the parser as a packed binary file.
func (p *Parser) Save(w io.Writer) error {
	bw := bufio.NewWriter(w)
	e := &percep.Encoder{W: bw}
	e.String(parseMagic)
	e.Uvarint(uint64(len(p.labels)))
	for _, l := range p.labels {
		e.String(l)
	}
	if _, err := p.model.WriteTo(bw); err != nil {
		return err
	}
	return bw.Flush()
}

// Load reads a parser written by Save.
func Load(r io.Reader) (*Parser, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	return decodeModel(b)
}

// decodeModel reads a model from b, keeping slices of it.
func decodeModel(b []byte) (*Parser, error) {
	d := percep.NewDecoder(b)
	if d.String() != parseMagic {
		return nil, errors.New("parse: not a parser model")
	}
	n := int(d.Uvarint())
	if n > 127 {
		return nil, errors.New("parse: corrupt model")
	}
	p := &Parser{}
	for range n {
		p.labels = append(p.labels, d.String())
	}
	if d.Err != nil {
		return nil, fmt.Errorf("parse: corrupt model: %w", d.Err)
	}
	m, _, err := percep.Decode(d.Rest())
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	if m.NClass() != 1+2*n {
		return nil, errors.New("parse: model and label set disagree")
	}
	p.model = m
	return p, nil
}

// Prune returns a smaller parser without the weights whose magnitude is
// below frac times the largest.
func (p *Parser) Prune(frac float64) *Parser {
	return &Parser{labels: p.labels, model: p.model.Prune(frac)}
}

// Size returns the number of features and weights of the model.
func (p *Parser) Size() (features, weights int) { return p.model.Size() }
