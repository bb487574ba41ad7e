package petrarcheval

import (
	"slices"
	"strings"

	"sitrep"
	"sitrep/cameo"
	"sitrep/events"
)

// Evaluator codes records with a lexicon and the suite's dictionaries.
type Evaluator struct {
	// Analyze splits text into sentences of tagged, parsed tokens.
	Analyze func(text string) []sitrep.Sentence
	Lexicon *cameo.Lexicon
	Dicts   *Dicts
}

// Result is the score of a run.
type Result struct {
	N, Exact int
	Outcomes []Outcome
}

// ExactShare returns the share of records coded exactly.
func (r Result) ExactShare() float64 {
	if r.N == 0 {
		return 0
	}
	return float64(r.Exact) / float64(r.N)
}

// Outcome is the coding of one record.
type Outcome struct {
	ID        string
	Text      string
	Want, Got []string
	OK        bool
}

// Run codes every record of s.
func (e Evaluator) Run(s *Suite) Result {
	coder := events.NewWithOptions(e.Lexicon, events.Options{Reciprocal: true, AgentlessPassive: true})
	var r Result
	for _, rec := range s.Records {
		got := e.code(coder, rec)
		o := Outcome{ID: rec.ID, Text: rec.Text, Want: set(rec.Want), Got: set(got)}
		o.OK = slices.Equal(o.Want, o.Got)
		r.N++
		if o.OK {
			r.Exact++
		}
		r.Outcomes = append(r.Outcomes, o)
	}
	return r
}

// code returns the triples sitrep codes from a record.
func (e Evaluator) code(c *events.Coder, rec Record) []Triple {
	if e.Dicts.discarded(rec.Text) {
		return nil
	}
	sents := e.Analyze(rec.Text)
	ms := e.Dicts.Mentions(sents, rec.Date)
	var out []Triple
	for _, ev := range c.Code(rec.Text, sents, ms, nil, sitrep.Date{}) {
		src, tgt := actorCode(ev.Source), actorCode(ev.Target)
		if src == "---" || src == tgt || tgt == "---" && rec.RequireDyad() {
			// No event without a source actor; under require_dyad (the
			// default) none without a target either.
			continue
		}
		// An actor coded "FRO/BIL/SAM" is each of them.
		for _, a := range strings.Split(src, "/") {
			for _, b := range strings.Split(tgt, "/") {
				out = append(out, Triple{a, b, ev.CAMEO})
			}
		}
	}
	return out
}

// actorCode returns the PETRARCH code of a party: its country (or
// "---") followed by its agent codes; "---" when it names no actor.
func actorCode(r *sitrep.Ref) string {
	if r == nil || r.Actor == nil {
		return "---"
	}
	return r.Actor.Country + r.Actor.Sector
}

// match is a dictionary phrase found in a sentence: tokens [start, end).
type match struct {
	start, end int
	code       string
	agent      bool
}

// Mentions finds the actors and agents of the dictionaries in sentences
// and composes PETRARCH actor codes for each noun phrase: the actor code
// with its agents' codes ("Calenardhon government" CALGOV), "---" plus
// the agent when the phrase names no actor.
func (d *Dicts) Mentions(sents []sitrep.Sentence, date string) []sitrep.Mention {
	var out []sitrep.Mention
	for si, s := range sents {
		toks := s.Tokens
		ms := d.matches(toks, date)
		chunks := chunkHeads(toks)
		former(toks, chunks, ms)
		groups := map[int][]match{}
		var heads []int
		for _, m := range ms {
			h := phraseHead(toks, chunks[m.end-1])
			if _, ok := groups[h]; !ok {
				heads = append(heads, h)
			}
			groups[h] = append(groups[h], m)
		}
		for _, h := range heads {
			comp := composite(chunks, h, groups[h])
			for _, m := range groups[h] {
				if !m.agent && (chunks[m.end-1] != h || !comp) {
					out = append(out, mention(toks, si, m.start, m.end, m.code))
				}
			}
			if !comp {
				continue
			}
			if code := compose(chunks, h, groups[h]); code != "" {
				a, b := h, h
				for a > 0 && chunks[a-1] == h {
					a--
				}
				for b+1 < len(toks) && chunks[b+1] == h {
					b++
				}
				out = append(out, mention(toks, si, a, b+1, code))
			}
		}
	}
	slices.SortFunc(out, func(a, b sitrep.Mention) int { return a.Start - b.Start })
	return out
}

func mention(toks []sitrep.Token, si, a, b int, code string) sitrep.Mention {
	c, sector := code, ""
	if len(c) > 3 {
		c, sector = code[:3], code[3:]
	}
	return sitrep.Mention{Span: sitrep.Span{Start: toks[a].Start, End: toks[b-1].End}, Sentence: si, Type: "ORG",
		Text: code, Actor: &sitrep.Actor{ID: code, Country: c, Sector: sector}}
}

// matches finds the longest dictionary phrases, left to right.
func (d *Dicts) matches(toks []sitrep.Token, date string) []match {
	var out []match
	for i := 0; i < len(toks); {
		found := false
		for n := min(d.maxWords, len(toks)-i); n > 0 && !found; n-- {
			var b strings.Builder
			for k := range n {
				if k > 0 && toks[i+k-1].SpaceAfter {
					b.WriteByte(' ')
				}
				b.WriteString(strings.ToUpper(strings.ReplaceAll(toks[i+k].Text, "_", " ")))
			}
			p := b.String() // "Barad-dur" is BARAD-DUR, however split
			if code, ok := d.actor(p, date); ok {
				if code != "" {
					out = append(out, match{i, i + n, code, false})
				}
				i += n
				found = true
			} else if code, ok := d.agents[p]; ok {
				out = append(out, match{i, i + n, code, true})
				i += n
				found = true
			}
		}
		if !found {
			i++
		}
	}
	return out
}

// former applies TABARI's FORMER conversion: an agent after "former" in
// its phrase ("Arnor former security officials") is an elite, ~ELI,
// whatever office it names.
func former(toks []sitrep.Token, chunks []int, ms []match) {
	for i := range ms {
		m := &ms[i]
		if !m.agent {
			continue
		}
		for k := m.start - 1; k >= 0 && chunks[k] == chunks[m.end-1]; k-- {
			if strings.EqualFold(toks[k].Text, "former") {
				m.code = "~ELI"
				break
			}
		}
	}
}

// phraseHead climbs from token i to the head of its noun phrase.
func phraseHead(toks []sitrep.Token, i int) int {
	for range 4 {
		switch toks[i].Deprel {
		case "compound", "flat", "flat:name", "amod", "nmod:poss", "nmod", "det", "fixed", "nmod:desc":
			h := int(toks[i].Head) - 1
			if h < 0 {
				return i
			}
			i = h
		default:
			return i
		}
	}
	return i
}

// composite reports whether the phrase headed by h gets a code of its
// own: when an agent names it or an actor stands in its chunk.
func composite(chunks []int, h int, ms []match) bool {
	for _, m := range ms {
		if m.agent || chunks[m.end-1] == h {
			return true
		}
	}
	return false
}

// chunkHeads maps each token to the head of its chunk: a run of nouns,
// adjectives, determiners and possessive markers ("Bree Prime Minister
// Romendacil") taken as one phrase whatever the parser made of it. The
// head is the chunk's token whose syntactic head lies outside it.
func chunkHeads(toks []sitrep.Token) []int {
	out := make([]int, len(toks))
	for i := 0; i < len(toks); {
		j := i
		for j < len(toks) && inChunk(toks[j]) {
			j++
		}
		if j == i {
			out[i] = i
			i++
			continue
		}
		h := j - 1
		for k := i; k < j; k++ {
			if p := int(toks[k].Head) - 1; p < i || p >= j {
				h = k
				break
			}
		}
		for k := i; k < j; k++ {
			out[k] = h
		}
		i = j
	}
	return out
}

func inChunk(t sitrep.Token) bool {
	switch t.UPOS {
	case "NOUN", "PROPN", "ADJ", "DET", "NUM":
		return true
	case "PART":
		return t.Text == "'s" || t.Text == "’s"
	}
	return false
}

// compose builds the code of the phrase headed by h from its matches.
func compose(chunks []int, h int, ms []match) string {
	actor, inHead := "", false
	var pre, suf []string
	for _, m := range ms {
		switch {
		case !m.agent:
			// The first actor of the head's own chunk, else the first
			// of the phrase ("the evil Arnor awful Gondor": ARN).
			if actor == "" || chunks[m.end-1] == h && !inHead {
				actor, inHead = m.code, chunks[m.end-1] == h
			}
		case strings.HasSuffix(m.code, "~"):
			pre = append(pre, strings.TrimSuffix(m.code, "~"))
		default:
			suf = append(suf, strings.TrimPrefix(m.code, "~"))
		}
	}
	if actor == "" && len(pre)+len(suf) == 0 {
		return ""
	}
	if actor == "" {
		actor = "---"
	}
	code := strings.Join(pre, "") + actor
	for _, s := range suf {
		if !strings.HasSuffix(code, s) {
			code += s
		}
	}
	return code
}
