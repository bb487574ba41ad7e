package timex

import (
	"time"

	"sitrep"
)

// Kinds of time expression, the Kind of sitrep.Time.
const (
	KindDate     = "date"
	KindTime     = "time"
	KindDuration = "duration"
	KindInterval = "interval"
	KindSet      = "set"
)

// Options tune Find. The zero value is the default.
type Options struct {
	// DayFirst reads 05/12/2016 as 5 December (the British and most of the
	// world's order) instead of May 12 (the American order, the default).
	DayFirst bool
	// TimeML makes the output follow TimeML/TIMEX3 annotation rather than
	// sitrep's: no interval kind ("since November 15" gives the date
	// "November 15", "the past 26 days" the duration P26D, "between March
	// and May" two dates). The evaluation uses it.
	TimeML bool
}

// Find returns the time expressions of text, in order, normalised against
// dct (zero dct: leave relative values unresolved as TIMEX3 does, e.g.
// "XXXX-XX-XX" / "PAST_REF"). sentences are the segmenter's sentences,
// with code-point spans; nil means the whole text is one sentence. Only
// their spans are used: timex splits each sentence into tokens of its own,
// so that its patterns do not depend on the segmenter's conventions.
// Expressions never cross a sentence boundary; Time.Sentence is the index
// into sentences.
func Find(text string, sentences []sitrep.Sentence, dct sitrep.Date) []sitrep.Time {
	return Options{}.Find(text, sentences, dct)
}

// Find is Find with these options.
func (o Options) Find(text string, sentences []sitrep.Sentence, dct sitrep.Date) []sitrep.Time {
	sc := scanner{text: text, opt: o}
	if !dct.IsZero() {
		sc.dct = anchor{t: dct.Time(), ok: true}
	}
	off := sitrep.NewOffsets(text)
	if sentences == nil {
		sentences = []sitrep.Sentence{{Span: sitrep.Span{Start: 0, End: off.Runes()}}}
	}
	out := make([]sitrep.Time, 0, len(text)/400+4)
	for si, sent := range sentences {
		from, to := off.Byte(sent.Start), off.Byte(sent.End)
		if from >= to {
			continue
		}
		sc.toks = tokenize(sc.toks[:0], text, from, to)
		sc.exprs = sc.exprs[:0]
		sc.sentence()
		for _, e := range sc.exprs {
			s, t := sc.toks[e.i].s, sc.toks[e.j-1].e
			out = append(out, sitrep.Time{
				Span:     sitrep.Span{Start: off.CodePoint(s), End: off.CodePoint(t)},
				Sentence: si,
				Text:     text[s:t],
				Kind:     e.kind,
				Value:    e.value,
			})
		}
	}
	return out
}

// expr is one time expression over tokens [i, j) of the sentence.
type expr struct {
	i, j  int
	kind  string
	value string
}

// scanner holds the state of one Find call.
type scanner struct {
	text  string
	opt   Options
	dct   anchor
	toks  []token
	exprs []expr
	// lastQuarter is the last quarter named in the document, the granularity
	// finance reports use for "a year earlier".
	lastQuarter point
	// ref is the last calendar point of day, month or year granularity the
	// document named, the anchor of "the next day", "the following month".
	ref point
	// tenseFixed, when not 0, is the tense tenseOf returns: -1 after "since".
	tenseFixed int
}

// sentence finds the expressions of the tokens in s.toks.
func (s *scanner) sentence() {
	for i := 0; i < len(s.toks); {
		j := s.match(i)
		if j <= i {
			i++
			continue
		}
		i = j
	}
}

// emit records an expression.
func (s *scanner) emit(i, j int, kind, value string) {
	if j <= i || value == "" {
		return
	}
	s.exprs = append(s.exprs, expr{i: i, j: j, kind: kind, value: value})
}

// emitPoint records a calendar point, of kind time when it has a clock time
// or a part of day.
func (s *scanner) emitPoint(i, j int, p point) {
	kind := KindDate
	if s.opt.TimeML {
		p.zone = 0 // TimeML values carry no zone
	}
	s.noteRef(p)
	if p.hh > 0 || p.pod > 0 && !s.opt.TimeML {
		// TimeML annotators mostly typed "Wednesday night" as a DATE
		kind = KindTime
	}
	s.emit(i, j, kind, p.value())
}

// noteRef keeps p as the anchor of later anaphoric expressions ("the next
// day") when it is a known day, month or year.
func (s *scanner) noteRef(p point) {
	if p.y >= 0 && (p.g == gDay || p.g == gMonth || p.g == gYear) {
		s.ref = p
	}
}

// tok returns token i, or a blank punctuation token past the end.
func (s *scanner) tok(i int) *token {
	if i < 0 || i >= len(s.toks) {
		return &blank
	}
	return &s.toks[i]
}

var blank = token{kind: tPunct, num: -1, space: true}

// word reports whether token i is the lexicon word w.
func (s *scanner) word(i int, w string) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].w == w
}

// isPunct reports whether token i is the punctuation r.
func (s *scanner) isPunct(i int, r rune) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == tPunct && s.toks[i].punct == r
}

// glued reports whether token i follows token i-1 with no space.
func (s *scanner) glued(i int) bool {
	return i > 0 && i < len(s.toks) && !s.toks[i].space
}

// hyphen reports whether tokens i-1, i, i+1 are glued around a hyphen.
func (s *scanner) hyphen(i int) bool {
	return s.isPunct(i, '-') && s.glued(i) && s.glued(i+1)
}

// future reports whether the clause around tokens [i, j) speaks of the
// future (see tenseOf).
func (s *scanner) future(i, j int) bool { return s.tenseOf(i, j) > 0 }

// tenseOf returns 1 when the clause around tokens [i, j) speaks of the
// future (a nearby "will", "shall", "'ll", "going to", "scheduled",
// "until"), -1 when it speaks of the past ("said", "was", a past
// participle) and 0 when nothing says; the nearest marker before the
// expression wins, then the nearest after it.
func (s *scanner) tenseOf(i, j int) int {
	if s.tenseFixed != 0 {
		return s.tenseFixed
	}
	back := 0
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		back = s.tense(k)
		if back == 3 {
			if k < i-2 {
				back = 0
				continue
			}
			back = 1 // right before the expression: "meet (on) Friday"
		}
		if back != 0 {
			break
		}
	}
	if back == 1 || back == -1 {
		return back
	}
	for k := j; k < len(s.toks) && k < j+6; k++ {
		if v := s.tense(k); v != 0 && v != 3 {
			if back == 2 && v == -1 {
				return -1
			}
			return min(v, 1)
		}
	}
	return min(back, 1)
}

// tense returns 1 for a future marker, 2 for a weak one, 3 for a verb of
// schedules (future only right before the expression), -1 for a past
// marker, 0 otherwise.
func (s *scanner) tense(k int) int {
	t := &s.toks[k]
	switch t.w {
	case "will", "shall", "ll", "would", "scheduled", "upcoming", "planning",
		"coming", "payable":
		return 1
	case "plans", "plan":
		if s.word(k+1, "to") {
			return 1 // "plans to vote Friday", not "announced the plan Aug. 21"
		}
	case "until", "till", "soon", "expected", "due", "planned":
		return 2 // weak: a past tense after the expression overrides it
	case "may":
		if !t.cap {
			return 2
		}
	case "early":
		if s.word(k+1, "as") {
			return 2 // "as early as Tuesday"
		}
	case "is", "are":
		if s.word(k+1, "to") {
			return 1 // "is to resume Tuesday"
		}
	case "to":
		// "agreed to meet Friday": an infinitive looks ahead
		if n := s.tok(k + 1); n.kind == tWord && !n.cap && n.w == "" {
			return 2
		}
	case "going", "set":
		if s.word(k+1, "to") {
			return 1
		}
	case "said", "was", "were", "had", "did", "ago", "earlier", "last", "yesterday", "been":
		return -1
	}
	if t.lx.sched {
		return 3 // "ministers meet Friday": the present of a schedule
	}
	past := t.lx.past
	if !past && t.kind == tWord && t.e-t.s > 3 && !t.cap {
		txt := s.text[t.s:t.e]
		past = txt[len(txt)-2:] == "ed"
	}
	if past {
		if s.word(k-1, "be") {
			return 0 // "will be held": a participle; look further
		}
		return -1
	}
	return 0
}

// dayOf returns the anchor shifted by k days as a day point.
func (s *scanner) dayOf(k int) point {
	if !s.dct.ok {
		return point{g: gDay, y: -1}
	}
	return dayPoint(s.dct.t.AddDate(0, 0, k))
}

// now returns the anchor at granularity g, shifted by k units of it.
func (s *scanner) now(g uint8, k int) point {
	if !s.dct.ok {
		return point{g: g, y: -1}
	}
	t := s.dct.t
	var p point
	switch g {
	case gDay:
		return dayPoint(t.AddDate(0, 0, k))
	case gWeek, gWeekend:
		p = weekPoint(t)
		p.g = g
	case gMonth:
		p = monthPoint(t)
	case gQuarter:
		p = point{g: gQuarter, y: t.Year(), n: quarterOf(t.Month())}
	case gHalf:
		p = point{g: gHalf, y: t.Year(), n: (int(t.Month())-1)/6 + 1}
	case gSeason:
		n, y := seasonOf(t)
		p = point{g: gSeason, y: y, n: n}
	case gYear:
		p = point{g: gYear, y: t.Year()}
	case gDecade:
		p = point{g: gDecade, y: t.Year() / 10}
	case gCentury:
		p = point{g: gCentury, y: t.Year() / 100}
	}
	return shift(p, k)
}

// weekday resolves ISO weekday wd: the most recent such day on or before
// the anchor, or with future set the next one on or after it; strict
// excludes the anchor day itself ("last Friday", "next Friday").
func (s *scanner) weekday(wd int, future, strict bool) point {
	if !s.dct.ok {
		return point{g: gWeekday, y: -1, d: wd}
	}
	cur := isoWeekday(s.dct.t)
	var k int
	if future {
		k = (wd - cur + 7) % 7
		if k == 0 && strict {
			k = 7
		}
	} else {
		k = -((cur - wd + 7) % 7)
		if k == 0 && strict {
			k = -7
		}
	}
	return dayPoint(s.dct.t.AddDate(0, 0, k))
}

// yearFor picks the year of a month (and day, when d > 0) written without
// one; tense is as tenseOf returns. A month counts from its middle.
//
//   - future: the first such date not more than 45 days before the anchor
//     (for a month, not before the anchor's month);
//   - past: the last one not more than 45 days after the anchor (31 for a
//     month), so "in March" of a report of December is the March just gone;
//   - unknown: the one nearest the anchor, which in news is right more often
//     than always looking back ("Dec. 15" in a report of late October is
//     the coming one).
func (s *scanner) yearFor(m, d int, tense int) int {
	if !s.dct.ok {
		return -1
	}
	t := s.dct.t
	y := t.Year()
	dd := d
	if dd == 0 {
		dd = 15 // a month counts from its middle
	}
	at := func(y int) time.Time {
		return time.Date(y, time.Month(m), min(dd, daysIn(y, m)), 0, 0, 0, 0, time.UTC)
	}
	if tense > 0 {
		lo := t.AddDate(0, 0, -45)
		if d == 0 {
			lo = time.Date(y, t.Month(), 1, 0, 0, 0, 0, time.UTC)
		}
		for _, c := range [...]int{y - 1, y, y + 1} {
			if !at(c).Before(lo) {
				return c
			}
		}
		return y + 1
	}
	if tense < 0 {
		hi := t.AddDate(0, 0, 45)
		if d == 0 {
			hi = t.AddDate(0, 0, 31)
		}
		for _, c := range [...]int{y + 1, y, y - 1} {
			if !at(c).After(hi) {
				return c
			}
		}
		return y - 1
	}
	best, bestGap := y, time.Duration(1<<62)
	for _, c := range [...]int{y - 1, y, y + 1} {
		gap := at(c).Sub(t)
		if gap < 0 {
			gap = -gap
		} else {
			gap += 24 * time.Hour // ties go to the past
		}
		if gap < bestGap {
			best, bestGap = c, gap
		}
	}
	return best
}
