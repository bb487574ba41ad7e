package postag

import (
	"errors"
	"fmt"
	"io"
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
	Epochs int       // passes over the training data; 0 means 12
	Seed   uint64    // shuffling seed
	Log    io.Writer // progress, one line per epoch; nil for none
	// MinUpdates drops from the saved model the features updated fewer
	// times than this in training, to make it smaller.
	MinUpdates int
	// DictMin and DictRatio select the words tagged from the dictionary:
	// seen at least DictMin times with one class in DictRatio of them.
	// Zero values mean 20 and 0.98.
	DictMin   int
	DictRatio float64
	// Members, when above 1, trains that many taggers with the seeds Seed,
	// Seed+1, ..., keeps each one's best epoch and sums their weights into
	// one model that scores as the ensemble does. MinUpdates then applies
	// to the update counts summed over the members, and each member's epochs
	// are judged with MinUpdates/Members.
	Members int
}

type example struct {
	ws  []wordInfo
	cls []int
}

// Train learns a tagger from gold sentences. When dev is not empty, the
// model of the epoch with the best dev accuracy is kept; otherwise the last.
// The same data, options and seed give the same model, byte for byte.
func Train(train, dev []conllu.Sentence, opt Options) (*Tagger, error) {
	if len(train) == 0 {
		return nil, errors.New("postag: no training sentences")
	}
	if opt.Epochs <= 0 {
		opt.Epochs = 12
	}
	if opt.DictMin <= 0 {
		opt.DictMin = 20
	}
	if opt.DictRatio <= 0 {
		opt.DictRatio = 0.98
	}
	logf := func(format string, args ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format, args...)
		}
	}
	// tag set: (UPOS, XPOS) pairs, most frequent first
	pairCount := map[string]int{}
	for _, s := range train {
		for _, w := range s.Words {
			pairCount[w.UPOS+"\t"+w.XPOS]++
		}
	}
	pairs := make([]string, 0, len(pairCount))
	for p := range pairCount {
		pairs = append(pairs, p)
	}
	slices.SortFunc(pairs, func(a, b string) int {
		if pairCount[a] != pairCount[b] {
			return pairCount[b] - pairCount[a]
		}
		return strings.Compare(a, b)
	})
	if len(pairs) > 255 {
		pairs = pairs[:255]
	}
	classOf := map[string]int{}
	upos, xpos := make([]string, len(pairs)), make([]string, len(pairs))
	for i, p := range pairs {
		classOf[p] = i
		upos[i], xpos[i], _ = strings.Cut(p, "\t")
	}
	t := &Tagger{}
	t.setClasses(upos, xpos)

	// examples, tag dictionary and lemma data
	var exs []example
	formCls := map[string]map[int]int{}
	lowerCls := map[uint64]map[int]int{}
	var lex []lemmaExample
	for _, s := range train {
		ex := example{}
		for i, w := range s.Words {
			c, ok := classOf[w.UPOS+"\t"+w.XPOS]
			if !ok {
				c = 0
			}
			ex.ws = append(ex.ws, makeInfo(w.Form, i == 0))
			ex.cls = append(ex.cls, c)
			m := formCls[w.Form]
			if m == nil {
				m = map[int]int{}
				formCls[w.Form] = m
			}
			m[c]++
			lm := lowerCls[ex.ws[i].lower]
			if lm == nil {
				lm = map[int]int{}
				lowerCls[ex.ws[i].lower] = lm
			}
			lm[c]++
			lex = append(lex, lemmaExample{w.Form, w.Lemma, t.xposID[c]})
		}
		exs = append(exs, ex)
	}
	t.dict = map[uint64]uint8{}
	for f, m := range formCls {
		total, bc, bn := 0, 0, -1
		for c, n := range m {
			total += n
			if n > bn || n == bn && c < bc {
				bc, bn = c, n
			}
		}
		if total >= opt.DictMin && float64(bn) >= opt.DictRatio*float64(total) {
			t.dict[percep.Hash(f)] = uint8(bc)
		}
	}
	t.amb = ambiguityClasses(lowerCls)
	for _, ex := range exs {
		for i := range ex.ws {
			ex.ws[i].amb = t.amb[ex.ws[i].lower]
		}
	}
	t.lem = learnLemmas(lex)
	devToks := toTokens(dev)

	if opt.Members <= 1 {
		t.model, _ = t.trainMember(exs, dev, devToks, opt, opt.Seed, false)
		return t, nil
	}
	t.model = percep.Ensemble(opt.Members, opt.Seed, opt.MinUpdates, func(k int, seed uint64) *percep.Weights {
		logf("tagger: member %d of %d, seed %d\n", k+1, opt.Members, seed)
		_, w := t.trainMember(exs, dev, devToks, opt, seed, true)
		return w
	}, func(k int, m *percep.Model) {
		t.model = m
		msg := fmt.Sprintf("tagger: ensemble of %d", k)
		if len(devToks) > 0 {
			acc := t.accuracy(dev, devToks)
			msg += fmt.Sprintf(" dev upos %.4f xpos %.4f lemma %.4f", acc[0], acc[1], acc[2])
		}
		nf, nw := m.Size()
		logf("%s (%d features, %d weights)\n", msg, nf, nw)
	})
	return t, nil
}

// trainMember trains the weights of t (whose classes, dictionary,
// ambiguity classes and lemmas are set) on exs with the given seed and
// returns the model of the best epoch and, when weights is true, that
// epoch's averaged weights in full precision, all features kept.
func (t *Tagger) trainMember(exs []example, dev []conllu.Sentence, devToks [][]sitrep.Token, opt Options, seed uint64, weights bool) (*percep.Model, *percep.Weights) {
	logf := func(format string, args ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format, args...)
		}
	}
	nclass := len(t.upos)
	tr := percep.NewTrainer(nclass)
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	scores := make([]float32, nclass)
	var feats []uint64
	bestAcc := -1.0
	var best *percep.Model
	var bestW *percep.Weights
	for ep := 1; ep <= opt.Epochs; ep++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, total := 0, 0
		for _, oi := range order {
			ex := &exs[oi]
			t1, t2 := -1, -1
			for i := range ex.ws {
				gold := ex.cls[i]
				pred, ok := int(0), false
				if c, in := t.dict[ex.ws[i].form]; in {
					pred, ok = int(c), true
				}
				if !ok {
					feats = features(feats[:0], ex.ws, i, t1, t2)
					tr.Score(feats, scores)
					pred = argmax(scores)
					tr.Tick()
					tr.Update(feats, gold, pred)
				}
				if pred == gold {
					right++
				}
				total++
				t2, t1 = t1, pred
			}
		}
		t.model = tr.Compile(percep.CompileOptions{MinUpdates: opt.MinUpdates / max(opt.Members, 1)})
		msg := fmt.Sprintf("epoch %d: train %.4f", ep, float64(right)/float64(total))
		if len(devToks) > 0 {
			acc := t.accuracy(dev, devToks)
			msg += fmt.Sprintf(" dev upos %.4f xpos %.4f lemma %.4f", acc[0], acc[1], acc[2])
			if acc[0]+acc[1] > bestAcc {
				bestAcc, best = acc[0]+acc[1], t.model
				if weights {
					bestW = tr.Weights(1)
				}
			}
		} else {
			best = t.model
			if weights && ep == opt.Epochs {
				bestW = tr.Weights(1)
			}
		}
		nf, nw := t.model.Size()
		logf("%s (%d features, %d weights, %s)\n", msg, nf, nw, time.Since(start).Round(time.Millisecond))
	}
	return best, bestW
}

// ambiguityClasses gives each word seen at least twice the set of classes
// that make up at least a tenth of its occurrences, as one hash.
func ambiguityClasses(counts map[uint64]map[int]int) map[uint64]uint64 {
	out := map[uint64]uint64{}
	for w, m := range counts {
		total := 0
		for _, n := range m {
			total += n
		}
		if total < 2 {
			continue
		}
		var set [256 / 64]uint64
		for c, n := range m {
			if 10*n >= total {
				set[c/64] |= 1 << (c % 64)
			}
		}
		out[w] = percep.Mix(99, set[0], set[1], set[2]^set[3]<<1)
	}
	return out
}

func toTokens(sents []conllu.Sentence) [][]sitrep.Token {
	out := make([][]sitrep.Token, len(sents))
	for i, s := range sents {
		toks := make([]sitrep.Token, len(s.Words))
		for j, w := range s.Words {
			toks[j].Text = w.Form
		}
		out[i] = toks
	}
	return out
}

// accuracy tags toks (the words of gold) and returns UPOS, XPOS and lemma
// accuracy.
func (t *Tagger) accuracy(gold []conllu.Sentence, toks [][]sitrep.Token) [3]float64 {
	var right [3]int
	total := 0
	for i, s := range gold {
		t.Tag(toks[i])
		for j, w := range s.Words {
			tk := toks[i][j]
			if tk.UPOS == w.UPOS {
				right[0]++
			}
			if tk.XPOS == w.XPOS {
				right[1]++
			}
			if tk.Lemma == w.Lemma {
				right[2]++
			}
			total++
		}
	}
	var acc [3]float64
	for k := range acc {
		acc[k] = float64(right[k]) / float64(max(total, 1))
	}
	return acc
}

// Jackknife returns a copy of sents whose UPOS and XPOS are predicted by
// taggers trained on the other k-1 of k folds, so that a parser can be
// trained on tags as noisy as those it will see. Folds are contiguous runs
// of sentences.
func Jackknife(sents []conllu.Sentence, k int, opt Options) ([]conllu.Sentence, error) {
	out := make([]conllu.Sentence, len(sents))
	for i, s := range sents {
		out[i] = s
		out[i].Words = slices.Clone(s.Words)
	}
	if k < 2 {
		return out, nil
	}
	for f := range k {
		lo, hi := f*len(sents)/k, (f+1)*len(sents)/k
		rest := append(slices.Clone(sents[:lo]), sents[hi:]...)
		fo := opt
		fo.Log = nil
		t, err := Train(rest, nil, fo)
		if err != nil {
			return nil, err
		}
		for i := lo; i < hi; i++ {
			toks := make([]sitrep.Token, len(out[i].Words))
			for j, w := range out[i].Words {
				toks[j].Text = w.Form
			}
			t.Tag(toks)
			for j := range toks {
				out[i].Words[j].UPOS = toks[j].UPOS
				out[i].Words[j].XPOS = toks[j].XPOS
			}
		}
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "jackknife fold %d/%d done\n", f+1, k)
		}
	}
	return out, nil
}
