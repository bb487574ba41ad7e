package parse

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"sitrep"
	"sitrep/conllu"
	"sitrep/internal/percep"
)

// Options control training.
type Options struct {
	Epochs int       // passes over the training data; 0 means 15
	Seed   uint64    // shuffling and exploration seed
	Log    io.Writer // progress, one line per epoch; nil for none
	// MinUpdates drops from the saved model the features updated fewer
	// times than this in training, to make it smaller.
	MinUpdates int
	// Explore is the probability of following the model's own (possibly
	// wrong) transition instead of the oracle's from the second epoch on;
	// 0 means 0.9, negative means never.
	Explore float64
	// Tag, when set, re-tags the dev sentences before parsing them, so that
	// dev scores use predicted tags.
	Tag func([]sitrep.Token)
	// Select, when set, is called with the model of every epoch and returns
	// its score (higher is better); the best epoch is kept. It replaces the
	// dev LAS as the criterion.
	Select func(epoch int, p *Parser) float64
	// Members, when above 1, trains that many parsers with the seeds Seed,
	// Seed+1, ..., each on its own shuffles and explorations, keeps each
	// one's best epoch and returns their sum: one linear model that scores
	// as the ensemble does. MinUpdates then applies to the update counts
	// summed over the members, and each member's epochs are judged with
	// MinUpdates/Members.
	Members int
	// Ensemble, when set, is called with the sum of the first k members for
	// k = 1..Members, to report how the ensemble grows.
	Ensemble func(members int, p *Parser)
}

type example struct {
	ws     []word
	ghead  []int32
	glabel []int16
	gkids  [][]int32
}

// Train learns a parser from sentences whose heads and relations are gold
// and whose tags are what the parser will see (gold, or predicted by
// jackknifing). Non-projective trees are projectivized by lifting. When dev
// is not empty, the model of the epoch with the best dev LAS is kept. The
// same data, options and seed give the same model, byte for byte.
func Train(train, dev []conllu.Sentence, opt Options) (*Parser, error) {
	if len(train) == 0 {
		return nil, errors.New("parse: no training sentences")
	}
	if opt.Epochs <= 0 {
		opt.Epochs = 15
	}
	if opt.Explore == 0 {
		opt.Explore = 0.9
	}
	logf := func(format string, args ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format, args...)
		}
	}
	count := map[string]int{}
	for _, s := range train {
		for _, w := range s.Words {
			count[w.Deprel]++
		}
	}
	labels := make([]string, 0, len(count))
	for l := range count {
		labels = append(labels, l)
	}
	slices.SortFunc(labels, func(a, b string) int {
		if count[a] != count[b] {
			return count[b] - count[a]
		}
		return strings.Compare(a, b)
	})
	if len(labels) > 127 {
		return nil, fmt.Errorf("parse: %d relations, at most 127", len(labels))
	}
	labelID := map[string]int16{}
	for i, l := range labels {
		labelID[l] = int16(i)
	}
	p := &Parser{labels: labels}
	L := len(labels)

	exs := make([]example, 0, len(train))
	nonproj := 0
	for _, s := range train {
		n := len(s.Words)
		ex := example{ws: make([]word, n+1), ghead: make([]int32, n+1), glabel: make([]int16, n+1), gkids: make([][]int32, n+1)}
		ex.ghead[0] = none
		for i, w := range s.Words {
			ex.ws[i+1] = word{percep.HashLower(w.Form), percep.Hash(w.XPOS), percep.Hash(w.UPOS)}
			ex.ghead[i+1] = int32(w.Head)
			ex.glabel[i+1] = labelID[w.Deprel]
		}
		if !validTree(ex.ghead) {
			continue
		}
		if projectivize(ex.ghead) {
			nonproj++
		}
		for d := 1; d <= n; d++ {
			h := ex.ghead[d]
			ex.gkids[h] = append(ex.gkids[h], int32(d))
		}
		exs = append(exs, ex)
	}
	logf("parser: %d sentences (%d projectivized), %d relations\n", len(exs), nonproj, L)

	if opt.Members <= 1 {
		p.model, _ = p.trainMember(exs, dev, opt, opt.Seed, false)
		return p, nil
	}
	p.model = percep.Ensemble(opt.Members, opt.Seed, opt.MinUpdates, func(k int, seed uint64) *percep.Weights {
		logf("parser: member %d of %d, seed %d\n", k+1, opt.Members, seed)
		_, w := p.trainMember(exs, dev, opt, seed, true)
		return w
	}, func(k int, m *percep.Model) {
		p.model = m
		nf, nw := m.Size()
		logf("parser: ensemble of %d: %d features, %d weights\n", k, nf, nw)
		if opt.Ensemble != nil {
			opt.Ensemble(k, p)
		}
	})
	return p, nil
}

// trainMember trains the weights of p (whose labels are set) on exs with
// the given seed and returns the model of the best epoch and, when weights
// is true, that epoch's averaged weights in full precision, all features
// kept.
func (p *Parser) trainMember(exs []example, dev []conllu.Sentence, opt Options, seed uint64, weights bool) (*percep.Model, *percep.Weights) {
	logf := func(format string, args ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format, args...)
		}
	}
	L := len(p.labels)
	tr := percep.NewTrainer(1 + 2*L)
	rng := rand.New(rand.NewPCG(seed, 0xa5c))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	scores := make([]float32, 1+2*L)
	var feats []uint64
	var s state
	var inStack []bool
	bestLAS := math.Inf(-1)
	var best *percep.Model
	var bestW *percep.Weights
	for ep := 1; ep <= opt.Epochs; ep++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		steps, errs := 0, 0
		for _, oi := range order {
			ex := &exs[oi]
			n := len(ex.ws) - 1
			s.reset(n)
			inStack = append(inStack[:0], make([]bool, n+1)...)
			inStack[0] = true
			for !s.terminal() {
				feats = features(feats[:0], &s, ex.ws)
				tr.Score(feats, scores)
				pred := bestValid(&s, scores, L)
				var cost [3]int
				s.costs(ex.ghead, ex.gkids, inStack, &cost)
				labeled := func(c int) int {
					op, lab := decode(c, L)
					k := cost[op]
					s0 := s.at(0)
					switch op {
					case opLeft:
						if ex.ghead[s0] == s.b && int(ex.glabel[s0]) != lab {
							k++
						}
					case opRight:
						if ex.ghead[s0] == s.at(1) && int(ex.glabel[s0]) != lab {
							k++
						}
					}
					return k
				}
				gold, gcost := -1, 0
				for c := range scores {
					op, _ := decode(c, L)
					if !s.valid(op) {
						continue
					}
					k := labeled(c)
					if gold < 0 || k < gcost || k == gcost && scores[c] > scores[gold] {
						gold, gcost = c, k
					}
				}
				tr.Tick()
				steps++
				if labeled(pred) > gcost {
					tr.Update(feats, gold, pred)
					errs++
				}
				next := gold
				if ep > 1 && opt.Explore > 0 && rng.Float64() < opt.Explore {
					next = pred
				}
				op, lab := decode(next, L)
				if op == opShift {
					inStack[s.b] = true
				} else {
					inStack[s.at(0)] = false
				}
				s.apply(op, lab)
			}
		}
		p.model = tr.Compile(percep.CompileOptions{MinUpdates: opt.MinUpdates / max(opt.Members, 1)})
		msg := fmt.Sprintf("epoch %d: train step error %.4f", ep, float64(errs)/float64(max(steps, 1)))
		switch {
		case opt.Select != nil:
			v := opt.Select(ep, p)
			msg += fmt.Sprintf(" selection score %.4f", v)
			if v > bestLAS {
				bestLAS, best = v, p.model
				if weights {
					bestW = tr.Weights(1)
				}
			}
		case len(dev) > 0:
			uas, las := p.score(dev, opt.Tag)
			msg += fmt.Sprintf(" dev uas %.4f las %.4f", uas, las)
			if las > bestLAS {
				bestLAS, best = las, p.model
				if weights {
					bestW = tr.Weights(1)
				}
			}
		default:
			best = p.model
			if weights && ep == opt.Epochs {
				bestW = tr.Weights(1)
			}
		}
		nf, nw := p.model.Size()
		logf("%s (%d features, %d weights, %s)\n", msg, nf, nw, time.Since(start).Round(time.Millisecond))
	}
	return best, bestW
}

// Evaluate parses sents (re-tagged by tag when not nil) and returns UAS and
// LAS over all words, LAS comparing the universal part of the relations
// (CoNLL 2018).
func (p *Parser) Evaluate(sents []conllu.Sentence, tag func([]sitrep.Token)) (uas, las float64) {
	var ua, la, total int
	var toks []sitrep.Token
	for _, s := range sents {
		toks = toks[:0]
		for _, w := range s.Words {
			toks = append(toks, sitrep.Token{Text: w.Form, UPOS: w.UPOS, XPOS: w.XPOS})
		}
		if tag != nil {
			tag(toks)
		}
		p.Parse(toks)
		for i, w := range s.Words {
			total++
			if int(toks[i].Head) != w.Head {
				continue
			}
			ua++
			got, _, _ := strings.Cut(toks[i].Deprel, ":")
			want, _, _ := strings.Cut(w.Deprel, ":")
			if got == want {
				la++
			}
		}
	}
	return float64(ua) / float64(max(total, 1)), float64(la) / float64(max(total, 1))
}

// score parses dev (re-tagged by tag when not nil) and returns UAS and LAS
// over all words, with full relation labels.
func (p *Parser) score(dev []conllu.Sentence, tag func([]sitrep.Token)) (uas, las float64) {
	var ua, la, total int
	var toks []sitrep.Token
	for _, s := range dev {
		toks = toks[:0]
		for _, w := range s.Words {
			toks = append(toks, sitrep.Token{Text: w.Form, UPOS: w.UPOS, XPOS: w.XPOS})
		}
		if tag != nil {
			tag(toks)
		}
		p.Parse(toks)
		for i, w := range s.Words {
			if int(toks[i].Head) == w.Head {
				ua++
				if toks[i].Deprel == w.Deprel {
					la++
				}
			}
			total++
		}
	}
	return float64(ua) / float64(max(total, 1)), float64(la) / float64(max(total, 1))
}

// validTree reports whether head (index 0 unused) is a tree rooted at 0.
func validTree(head []int32) bool {
	n := len(head) - 1
	for d := 1; d <= n; d++ {
		h := head[d]
		if h < 0 || int(h) > n || h == int32(d) {
			return false
		}
		// walk up; more than n steps means a cycle
		x, k := int32(d), 0
		for x != 0 {
			x = head[x]
			if k++; k > n {
				return false
			}
		}
	}
	return true
}

// projectivize makes the tree projective by lifting: while some arc is
// non-projective, the shortest one is reattached to its head's head
// (Nivre and Nilsson 2005, without encoding the lift in the label). It
// reports whether anything changed.
func projectivize(head []int32) bool {
	changed := false
	for {
		bestD, bestLen := int32(-1), 1<<30
		for d := int32(1); int(d) < len(head); d++ {
			h := head[d]
			lo, hi := min(h, d), max(h, d)
			if int(hi-lo) >= bestLen {
				continue
			}
			for k := lo + 1; k < hi; k++ {
				if !dominates(head, h, k) {
					bestD, bestLen = d, int(hi-lo)
					break
				}
			}
		}
		if bestD < 0 {
			return changed
		}
		head[bestD] = head[head[bestD]]
		changed = true
	}
}

func dominates(head []int32, h, k int32) bool {
	for k != 0 {
		k = head[k]
		if k == h {
			return true
		}
	}
	return h == 0
}
