package ner

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"

	"sitrep"
	"sitrep/internal/percep"
	"sitrep/wordclass"
)

// Options control training.
type Options struct {
	Epochs int       // passes over the training data; 0 means 10
	Seed   uint64    // shuffling seed
	Log    io.Writer // progress, one line per epoch; nil for none
	// MinUpdates drops from the saved model the features updated fewer
	// times than this in training, to make it smaller.
	MinUpdates int
	// Tag, when set, retags the tokens of every example before training,
	// so that the model learns from the tags it will see at run time.
	Tag func([]sitrep.Token)
	// Lexicon gives the gazetteer and dictionary features; nil for none.
	Lexicon Lexicon
	// Members, when above 1, trains that many models with the seeds Seed,
	// Seed+1, ..., keeps each one's best epoch and sums their weights into
	// one model that scores as their ensemble does. MinUpdates then applies
	// to the update counts summed over the members.
	Members int
	// Lowercase, when above 0, adds a lower-cased copy of every Lowercase-th
	// training sentence, so that the model also learns the names of text
	// written without capitals.
	Lowercase int
}

type example struct {
	ws  []wordInfo
	cls []int
}

// Train learns a recognizer from examples. When dev is not empty, the
// model of the epoch with the best dev F1 (PER, ORG and LOC spans, as
// Coarse maps them) is kept; otherwise the last. The same data, options
// and seed give the same model, byte for byte.
func Train(train, dev []Example, opt Options) (*Recognizer, error) {
	if len(train) == 0 {
		return nil, errors.New("ner: no training sentences")
	}
	if opt.Epochs <= 0 {
		opt.Epochs = 10
	}
	logf := func(format string, args ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format, args...)
		}
	}
	wc, err := wordclass.Default()
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	var buf []byte
	exs := make([]example, len(train))
	for k, ex := range train {
		if opt.Tag != nil {
			opt.Tag(ex.Tokens)
		}
		ws := prepare(nil, ex.Tokens, wc)
		buf = lexMasks(opt.Lexicon, ex.Tokens, ws, buf)
		exs[k] = example{ws: ws, cls: encode(len(ex.Tokens), ex.Entities)}
	}
	if opt.Lowercase > 0 {
		for k := 0; k < len(train); k += opt.Lowercase {
			toks := make([]sitrep.Token, len(train[k].Tokens))
			for i, t := range train[k].Tokens {
				toks[i] = sitrep.Token{Text: strings.ToLower(t.Text), SpaceAfter: t.SpaceAfter, UPOS: t.UPOS, XPOS: t.XPOS}
			}
			if opt.Tag != nil {
				opt.Tag(toks)
			}
			ws := prepare(nil, toks, wc)
			buf = lexMasks(opt.Lexicon, toks, ws, buf)
			exs = append(exs, example{ws: ws, cls: exs[k].cls})
		}
	}
	if opt.Tag != nil {
		for _, ex := range dev {
			opt.Tag(ex.Tokens)
		}
	}
	rec := &Recognizer{lex: opt.Lexicon, wc: wc, pool: newPool()}
	if opt.Members <= 1 {
		rec.model, _ = rec.trainMember(exs, dev, opt, opt.Seed, false)
		return rec, nil
	}
	rec.model = percep.Ensemble(opt.Members, opt.Seed, opt.MinUpdates, func(k int, seed uint64) *percep.Weights {
		logf("ner: member %d of %d, seed %d\n", k+1, opt.Members, seed)
		_, w := rec.trainMember(exs, dev, opt, seed, true)
		return w
	}, func(k int, m *percep.Model) {
		rec.model = m
		msg := fmt.Sprintf("ner: ensemble of %d", k)
		if len(dev) > 0 {
			p, r, f := rec.score(dev)
			msg += fmt.Sprintf(" dev P %.4f R %.4f F1 %.4f", p, r, f)
		}
		nf, nw := m.Size()
		logf("%s (%d features, %d weights)\n", msg, nf, nw)
	})
	return rec, nil
}

// trainMember trains a model on exs with the given seed and returns the
// model of the best epoch on dev (the last without dev) and, when weights
// is true, that epoch's averaged weights in full precision, all features
// kept. It leaves rec.model set to the last epoch's model.
func (rec *Recognizer) trainMember(exs []example, dev []Example, opt Options, seed uint64, weights bool) (*percep.Model, *percep.Weights) {
	logf := func(format string, args ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format, args...)
		}
	}
	tr := percep.NewTrainer(nClass)
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	scores := make([]float32, nClass)
	var feats []uint64
	bestF := -1.0
	var bestModel *percep.Model
	var bestW *percep.Weights
	for ep := 1; ep <= opt.Epochs; ep++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, total := 0, 0
		for _, oi := range order {
			ex := &exs[oi]
			c1, c2 := -1, -1
			for i := range ex.ws {
				gold := ex.cls[i]
				feats = features(feats[:0], ex.ws, i, c1, c2)
				tr.Score(feats, scores)
				pred := best(scores, c1, i == len(ex.ws)-1)
				tr.Tick()
				tr.Update(feats, gold, pred)
				if pred == gold {
					right++
				}
				total++
				c2, c1 = c1, pred
			}
		}
		rec.model = tr.Compile(percep.CompileOptions{MinUpdates: opt.MinUpdates})
		msg := fmt.Sprintf("epoch %d: train %.4f", ep, float64(right)/float64(total))
		better := len(dev) == 0
		if len(dev) > 0 {
			p, r, f := rec.score(dev)
			msg += fmt.Sprintf(" dev P %.4f R %.4f F1 %.4f", p, r, f)
			if f > bestF {
				bestF, better = f, true
			}
		}
		if better {
			bestModel = rec.model
			if weights {
				bestW = tr.Weights(0)
			}
		}
		nf, nw := rec.model.Size()
		logf("%s (%d features, %d weights, %s)\n", msg, nf, nw, time.Since(start).Round(time.Millisecond))
	}
	return bestModel, bestW
}

// Coarse maps a type to the three of UNER and CoNLL: PERSON to PER, ORG to
// ORG, GPE, LOC and FAC to LOC; it returns "" for the others. PER, ORG and
// LOC map to themselves.
func Coarse(typ string) string {
	switch typ {
	case "PERSON", "PER":
		return "PER"
	case "ORG":
		return "ORG"
	case "GPE", "LOC", "FAC":
		return "LOC"
	}
	return ""
}

// score returns the span precision, recall and F1 of r on exs, over the
// types Coarse keeps.
func (r *Recognizer) score(exs []Example) (p, rc, f float64) {
	type key struct {
		s, e int
		t    string
	}
	tp, np, ng := 0, 0, 0
	for _, ex := range exs {
		gold := map[key]bool{}
		for _, e := range ex.Entities {
			if t := Coarse(e.Type); t != "" {
				gold[key{e.Start, e.End, t}] = true
			}
		}
		ng += len(gold)
		for _, e := range r.recognize(ex.Tokens, false) {
			t := Coarse(e.Type)
			if t == "" {
				continue
			}
			np++
			if gold[key{e.Start, e.End, t}] {
				tp++
			}
		}
	}
	if np > 0 {
		p = float64(tp) / float64(np)
	}
	if ng > 0 {
		rc = float64(tp) / float64(ng)
	}
	if p+rc > 0 {
		f = 2 * p * rc / (p + rc)
	}
	return p, rc, f
}
