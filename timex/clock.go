package timex

// clockTime is a time of day read by clock.
type clockTime struct {
	hh, mm int // hh is the hour + 1, 0 when only pod is known
	pod    int
	zone   int16
}

// clock reads a time of day: 14:30, 2:30 p.m., 10am, 10 o'clock, noon,
// midnight, with an optional zone (GMT, EST) after it.
func (s *scanner) clock(i int) (clockTime, int, bool) {
	t := s.tok(i)
	var c clockTime
	j := i + 1
	switch {
	case t.kind == tWord && t.lx.class == cPartDay && (t.lx.val == pNoon || t.lx.val == pMidnight):
		c.pod = int(t.lx.val)
		return c, j, true
	case t.kind == tNum && t.sep == ':' && t.nsep == 1 && !t.apos:
		h, m, ok := s.hhmm(t)
		if !ok {
			return c, i, false
		}
		if k, ap := s.ampm(i+1, t.sfx); ap > 0 {
			if h < 1 || h > 12 {
				return c, i, false
			}
			h = h%12 + 12*(ap-1)
			j = k
		} else if t.sfx != "" {
			return c, i, false
		}
		c.hh, c.mm = h+1, m
	case t.kind == tNum && t.num >= 1 && t.num <= 12 && t.ndig <= 2 && !t.apos:
		k, ap := s.ampm(i+1, t.sfx)
		switch {
		case ap > 0:
			c.hh = t.num%12 + 12*(ap-1) + 1
			j = k
		case t.sfx == "" && s.word(i+1, "o'clock"):
			c.hh = t.num + 1
			j = i + 2
		default:
			return c, i, false
		}
	default:
		return c, i, false
	}
	if z := s.tok(j); z.lx.class == cZone && z.kind == tWord && s.text[z.s] >= 'A' && s.text[z.s] <= 'Z' && s.text[z.e-1] >= 'A' && s.text[z.e-1] <= 'Z' {
		c.zone = z.lx.val
		j++
	} else if s.word(j, "local") && s.word(j+1, "time") {
		j += 2
	}
	return c, j, true
}

// hhmm parses the H:MM of a number token.
func (s *scanner) hhmm(t *token) (int, int, bool) {
	txt := s.text[t.s:t.e]
	if t.sfx != "" {
		txt = txt[:len(txt)-len(t.sfx)]
	}
	h, m, k := 0, 0, 0
	for k < len(txt) && txt[k] != ':' {
		h = h*10 + int(txt[k]-'0')
		k++
	}
	if k == 0 || k > 2 || len(txt)-k-1 != 2 {
		return 0, 0, false
	}
	m = int(txt[k+1]-'0')*10 + int(txt[k+2]-'0')
	if h > 24 || m > 59 {
		return 0, 0, false
	}
	return h, m, true
}

// ampm reads "am", "pm", "a.m.", "p.m" at i, or takes the glued suffix of
// the number before ("10pm"). It returns the token after it and 1 for am, 2
// for pm, 0 when absent.
func (s *scanner) ampm(i int, sfx string) (int, int) {
	switch sfx {
	case "am", "AM":
		return i, 1
	case "pm", "PM":
		return i, 2
	case "":
	default:
		return i, 0
	}
	t := s.tok(i)
	ap := 0
	switch t.w {
	case "am":
		ap = 1
	case "pm":
		ap = 2
	case "a":
		ap = 1
	case "p":
		ap = 2
	default:
		return i, 0
	}
	if t.w == "am" || t.w == "pm" {
		if s.isPunct(i+1, '.') && s.glued(i+1) && s.tok(i+2).kind == tWord && !s.tok(i+2).cap {
			return i + 2, ap
		}
		return i + 1, ap
	}
	// a.m. / p.m / a.m
	if s.isPunct(i+1, '.') && s.glued(i+1) && s.word(i+2, "m") && s.glued(i+2) {
		j := i + 3
		if s.isPunct(j, '.') && s.glued(j) {
			j++
		}
		return j, ap
	}
	return i, 0
}
