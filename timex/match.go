package timex

// match tries the patterns at token i, emits what it finds and returns the
// token after it; a value <= i means nothing matched.
func (s *scanner) match(i int) int {
	t := &s.toks[i]
	switch {
	case t.kind == tWord && t.w == "":
		return i // no pattern starts with a word outside the lexicon
	case t.kind == tPunct && t.punct != '$' && t.punct != '£' && t.punct != '€' && t.punct != '#':
		return i
	}
	switch t.w {
	case "since":
		s.tenseFixed = -1 // "since" looks back
		p, j, ok := s.datePhrase(i + 1)
		s.tenseFixed = 0
		if ok {
			if s.opt.TimeML {
				s.emitPoint(i+1, j, p)
			} else {
				s.noteRef(p)
				s.emit(i, j, KindInterval, p.value()+"/"+s.dayOf(0).value())
			}
			return j
		}
	case "between", "from":
		if j := s.range2(i); j > i {
			return j
		}
	}
	if j := s.notTime(i); j > i {
		return j
	}
	if p, j, ok := s.datePhrase(i); ok {
		s.emitPoint(i, j, p)
		return j
	}
	if j := s.duration(i); j > i {
		return j
	}
	if j := s.set(i); j > i {
		return j
	}
	return s.vague(i)
}

// range2 matches "between D and D", "from D to|until|through D".
func (s *scanner) range2(i int) int {
	p1, j1, ok := s.datePhrase(i + 1)
	if !ok {
		return i
	}
	from := s.word(i, "from")
	k := j1
	switch {
	case !from && s.word(k, "and"),
		from && (s.word(k, "to") || s.word(k, "until") || s.word(k, "through") || s.word(k, "till") || s.isPunct(k, '-')):
		k++
	default:
		s.emitPoint(i+1, j1, p1)
		return j1
	}
	p2, j2, ok := s.datePhrase(k)
	if !ok {
		s.emitPoint(i+1, j1, p1)
		return j1
	}
	// "between March and May [2017]": the first month takes the year of
	// the second (the one before when it comes later in the calendar).
	if p1.g == gMonth && p2.g == gMonth && p2.y >= 0 {
		p1.y = p2.y
		if p1.n > p2.n {
			p1.y--
		}
	}
	if s.opt.TimeML {
		s.emitPoint(i+1, j1, p1)
		s.emitPoint(k, j2, p2)
	} else {
		s.noteRef(p2)
		s.emit(i, j2, KindInterval, p1.value()+"/"+p2.value())
	}
	return j2
}

// notTime skips numbers that look like times but are not: ages
// ("45-year-old", "45 years old"), counts ("3,500"), percentages and
// money. It returns the token after them, or i.
func (s *scanner) notTime(i int) int {
	t := &s.toks[i]
	if t.kind == tPunct && (t.punct == '$' || t.punct == '£' || t.punct == '€' || t.punct == '#') {
		j := i + 1
		for j < len(s.toks) && s.toks[j].kind == tNum && !s.toks[j].space {
			j++
		}
		return j
	}
	if t.kind != tNum && !(t.kind == tWord && (t.lx.class == cNumber || t.w == "a")) {
		return i
	}
	j, _, ok := s.number(i)
	if !ok {
		if t.kind == tNum && (t.sep == ',' || t.sep == '.' && t.nsep == 1) {
			return i + 1
		}
		return i
	}
	// "45-year-old", "45 years old", "a 26-year-old"
	k := j
	if s.hyphen(k) {
		k++
	}
	if u := s.tok(k); u.lx.class == cUnit && (u.lx.val == uYear || u.lx.val == uMonth || u.lx.val == uWeek || u.lx.val == uDay) {
		k++
		if s.hyphen(k) {
			k++
		}
		if s.word(k, "old") {
			return k + 1
		}
	}
	if s.isPunct(j, '%') || s.word(j, "percent") || s.word(j, "per") && !s.unitAt(j+1) {
		return j + 1
	}
	return i
}

// unitAt reports whether token i is a unit word.
func (s *scanner) unitAt(i int) bool { return s.tok(i).lx.class == cUnit }

// number reads a cardinal at i: digits ("26"), words ("twenty-six",
// "twenty six", "two dozen", "a dozen", "a couple of"). It returns the token
// after it and the value. Plain "a"/"an" are not numbers here.
func (s *scanner) number(i int) (int, int, bool) {
	t := s.tok(i)
	if t.kind == tNum {
		if t.num < 0 || t.sfx != "" || t.apos {
			return i, 0, false
		}
		j := i + 1
		if s.word(j, "dozen") {
			return j + 1, t.num * 12, true
		}
		return j, t.num, true
	}
	if t.w == "a" || t.w == "an" {
		if s.word(i+1, "dozen") {
			return i + 2, 12, true
		}
		if s.word(i+1, "couple") && s.word(i+2, "of") {
			return i + 3, 2, true
		}
		return i, 0, false
	}
	if t.lx.class != cNumber || t.w == "couple" || t.w == "dozen" {
		return i, 0, false
	}
	v := int(t.lx.val)
	j := i + 1
	if v >= 20 && v < 100 {
		k := j
		if s.hyphen(k) {
			k++
		}
		if u := s.tok(k); u.lx.class == cNumber && u.lx.val >= 1 && u.lx.val <= 9 && (k > j || u.kind == tWord) {
			v += int(u.lx.val)
			j = k + 1
		}
	}
	if s.word(j, "hundred") {
		v *= 100
		j++
	}
	if s.word(j, "dozen") {
		v *= 12
		j++
	}
	return j, v, true
}
