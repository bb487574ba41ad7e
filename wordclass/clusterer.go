package wordclass

import (
	"math"
	"sync"
)

// clusterer holds the active clusters, in C+1 slots, and for every two
// slots s and t the bigram count p[s*c1+t] of s followed by t, its term q
// of the mutual information and, for s < t, the loss l[s*c1+t] of merging
// them. pT and qT are p and q transposed, so that what leads into a slot
// is a row too and every loop reads memory in order.
type clusterer struct {
	g          *graph
	c1         int
	p, pT      []float64
	q, qT      []float64
	l          []float64
	lsum       []float64 // log of the summed counts of s < t, in lsum[s*c1+t]
	n, logn    []float64 // unigram count of each slot's cluster and its log
	active     []bool
	list       []int      // the active slots, in order
	node       []int32    // tree node of each slot
	members    [][]int32  // words of each slot
	slotOf     []int32    // slot of each word added, -1 before
	kids       [][2]int32 // children of the tree's inner nodes
	record     bool       // merges build the tree (once all words are in)
	invN, logK float64
	workers    int
}

func newClusterer(g *graph, c, workers int) *clusterer {
	c1 := c + 1
	k := &clusterer{
		g: g, c1: c1, workers: max(workers, 1),
		p: make([]float64, c1*c1), pT: make([]float64, c1*c1),
		q: make([]float64, c1*c1), qT: make([]float64, c1*c1),
		l: make([]float64, c1*c1), lsum: make([]float64, c1*c1),
		n: make([]float64, c1), logn: make([]float64, c1),
		active: make([]bool, c1), node: make([]int32, c1), members: make([][]int32, c1),
		slotOf: make([]int32, len(g.count)),
	}
	for i := range k.slotOf {
		k.slotOf[i] = -1
	}
	if g.bigrams > 0 {
		k.invN = 1 / g.bigrams
		k.logK = math.Log(g.tokens * g.tokens / g.bigrams)
	}
	return k
}

// qf is the mutual-information term of a bigram count p between clusters
// whose unigram counts have the logs lognl and lognr.
func (k *clusterer) qf(p, lognl, lognr float64) float64 {
	if p <= 0 {
		return 0
	}
	return p * (math.Log(p) + k.logK - lognl - lognr) * k.invN
}

// row returns row s of m.
func (k *clusterer) row(m []float64, s int) []float64 { return m[s*k.c1 : (s+1)*k.c1] }

// setActive marks slot s active or not and lists the active slots again.
func (k *clusterer) setActive(s int, on bool) {
	k.active[s] = on
	k.list = k.list[:0]
	for d, a := range k.active {
		if a {
			k.list = append(k.list, d)
		}
	}
}

// setQ recomputes q between slot s and every active slot and itself.
func (k *clusterer) setQ(s int) {
	c1 := k.c1
	for d := range c1 {
		if !k.active[d] && d != s {
			continue
		}
		v := k.qf(k.p[s*c1+d], k.logn[s], k.logn[d])
		k.q[s*c1+d], k.qT[d*c1+s] = v, v
		v = k.qf(k.p[d*c1+s], k.logn[d], k.logn[s])
		k.q[d*c1+s], k.qT[s*c1+d] = v, v
	}
}

// third is what a cluster d holds with every slot: out[s] the count of d
// followed by s, in[s] of s followed by d, and their terms of q.
type third struct {
	out, in, qout, qin []float64
	logn               float64
}

func (k *clusterer) third(d int) third {
	return third{out: k.row(k.p, d), in: k.row(k.pT, d), qout: k.row(k.q, d), qin: k.row(k.qT, d), logn: k.logn[d]}
}

// contrib is what the terms of a third cluster x add to the loss of
// merging s and t; lst is the log of their summed counts.
func (k *clusterer) contrib(x *third, s, t int, lst float64) float64 {
	return x.qin[s] + x.qout[s] + x.qin[t] + x.qout[t] -
		k.qf(x.in[s]+x.in[t], lst, x.logn) - k.qf(x.out[s]+x.out[t], x.logn, lst)
}

// loss computes the loss of merging the active slots s and t from scratch.
func (k *clusterer) loss(s, t int) float64 {
	c1 := k.c1
	p, q := k.p, k.q
	lst := k.lsum[min(s, t)*c1+max(s, t)]
	sum := q[s*c1+s] + q[t*c1+t] + q[s*c1+t] + q[t*c1+s] -
		k.qf(p[s*c1+s]+p[s*c1+t]+p[t*c1+s]+p[t*c1+t], lst, lst)
	ps, pt, pTs, pTt := k.row(k.p, s), k.row(k.p, t), k.row(k.pT, s), k.row(k.pT, t)
	qs, qt, qTs, qTt := k.row(k.q, s), k.row(k.q, t), k.row(k.qT, s), k.row(k.qT, t)
	for _, d := range k.list {
		if d == s || d == t {
			continue
		}
		ld := k.logn[d]
		sum += qs[d] + qTs[d] + qt[d] + qTt[d] -
			k.qf(ps[d]+pt[d], lst, ld) - k.qf(pTs[d]+pTt[d], ld, lst)
	}
	return sum
}

// pairs calls fn(s, ts) for every active slot s other than skip1 and skip2
// with ts the active slots after s but those two; the rows are shared
// among the workers.
func (k *clusterer) pairs(skip1, skip2 int, fn func(s int, ts []int)) {
	rows := make([]int, 0, len(k.list))
	for _, s := range k.list {
		if s != skip1 && s != skip2 {
			rows = append(rows, s)
		}
	}
	run := func(w int) {
		for i := w; i < len(rows); i += k.workers {
			fn(rows[i], rows[i+1:])
		}
	}
	if k.workers == 1 {
		run(0)
		return
	}
	var wg sync.WaitGroup
	for w := range k.workers {
		wg.Go(func() { run(w) })
	}
	wg.Wait()
}

// setLoss recomputes the loss of merging s with every other active slot.
func (k *clusterer) setLoss(s int) {
	var ds []int
	for _, d := range k.list {
		if d != s {
			ds = append(ds, d)
		}
	}
	var wg sync.WaitGroup
	for w := range k.workers {
		wg.Go(func() {
			for i := w; i < len(ds); i += k.workers {
				d := ds[i]
				j := min(s, d)*k.c1 + max(s, d)
				k.lsum[j] = math.Log(k.n[s] + k.n[d])
				k.l[j] = k.loss(s, d)
			}
		})
	}
	wg.Wait()
}

// add makes word w the cluster of the free slot s.
func (k *clusterer) add(w int32, s int) {
	c1 := k.c1
	for _, e := range k.g.right[w] {
		d := int(k.slotOf[e.word])
		if e.word == w {
			d = s
		} else if d < 0 {
			continue
		}
		k.p[s*c1+d] += e.count
		k.pT[d*c1+s] += e.count
	}
	for _, e := range k.g.left[w] {
		if d := int(k.slotOf[e.word]); d >= 0 && e.word != w {
			k.p[d*c1+s] += e.count
			k.pT[s*c1+d] += e.count
		}
	}
	k.n[s] = k.g.count[w]
	k.logn[s] = math.Log(k.n[s])
	k.setQ(s)
	x := k.third(s)
	k.pairs(s, s, func(a int, bs []int) {
		la, lsa := k.row(k.l, a), k.row(k.lsum, a)
		for _, b := range bs {
			la[b] += k.contrib(&x, a, b, lsa[b])
		}
	})
	k.setActive(s, true)
	k.members[s] = append(k.members[s][:0], w)
	k.slotOf[w] = int32(s)
	k.setLoss(s)
}

// best returns the two active slots whose merge loses least, -1 and -1 when
// fewer than two are active.
func (k *clusterer) best() (int, int) {
	ba, bb, bl := -1, -1, math.Inf(1)
	for i, s := range k.list {
		ls := k.row(k.l, s)
		for _, t := range k.list[i+1:] {
			if ls[t] < bl {
				ba, bb, bl = s, t, ls[t]
			}
		}
	}
	return ba, bb
}

// merge joins the cluster of slot b into that of slot a.
func (k *clusterer) merge(a, b int) {
	c1 := k.c1
	logm := math.Log(k.n[a] + k.n[b])
	xa, xb := k.third(a), k.third(b)
	// counts and terms between every slot and the merged cluster m
	inm, outm := make([]float64, c1), make([]float64, c1)
	qin, qout := make([]float64, c1), make([]float64, c1)
	for _, s := range k.list {
		if s != a && s != b {
			inm[s], outm[s] = xa.in[s]+xb.in[s], xa.out[s]+xb.out[s]
			qin[s] = k.qf(inm[s], k.logn[s], logm)
			qout[s] = k.qf(outm[s], logm, k.logn[s])
		}
	}
	k.pairs(a, b, func(s int, ts []int) {
		ls, lss := k.row(k.l, s), k.row(k.lsum, s)
		for _, t := range ts {
			lst := lss[t]
			cm := qin[s] + qout[s] + qin[t] + qout[t] -
				k.qf(inm[s]+inm[t], lst, logm) - k.qf(outm[s]+outm[t], logm, lst)
			ls[t] += cm - k.contrib(&xa, s, t, lst) - k.contrib(&xb, s, t, lst)
		}
	})
	p, pT := k.p, k.pT
	for d := range c1 {
		p[a*c1+d] += p[b*c1+d]
	}
	for d := range c1 {
		p[d*c1+a] += p[d*c1+b]
	}
	for d := range c1 {
		pT[a*c1+d], pT[d*c1+a] = p[d*c1+a], p[a*c1+d]
		p[b*c1+d], p[d*c1+b], pT[b*c1+d], pT[d*c1+b] = 0, 0, 0, 0
		k.q[b*c1+d], k.q[d*c1+b], k.qT[b*c1+d], k.qT[d*c1+b] = 0, 0, 0, 0
	}
	k.setActive(b, false)
	k.n[a] += k.n[b]
	k.logn[a] = logm
	k.n[b], k.logn[b] = 0, 0
	k.setQ(a)
	if k.record {
		k.kids = append(k.kids, [2]int32{k.node[a], k.node[b]})
		k.node[a] = int32(len(k.node) + len(k.kids) - 1)
	}
	for _, w := range k.members[b] {
		k.slotOf[w] = int32(a)
	}
	k.members[a] = append(k.members[a], k.members[b]...)
	k.members[b] = k.members[b][:0]
	k.setLoss(a)
}

// paths returns the path from the root of the merge tree to each of its
// nleaf leaves (inner nodes are numbered from len(k.node)), cut to
// MaxDepth bits.
func (k *clusterer) paths(nleaf int) []Path {
	nw := len(k.node)
	out := make([]Path, nleaf)
	type item struct {
		node int32
		path Path
	}
	root := int32(nw + len(k.kids) - 1)
	if len(k.kids) == 0 {
		root = 0
	}
	stack := []item{{node: root}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if int(it.node) < nleaf {
			out[it.node] = it.path
			continue
		}
		kids := k.kids[int(it.node)-nw]
		for bit, kid := range kids {
			p := it.path
			if p.Len < MaxDepth {
				p.Bits |= uint64(bit) << (63 - uint(p.Len))
				p.Len++
			}
			stack = append(stack, item{kid, p})
		}
	}
	return out
}
