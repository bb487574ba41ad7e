package claims

import (
	"sitrep"
	"sitrep/quotes"
)

// Find returns the claims of an article in text order. times are the
// article's normalised time expressions and mentions its entity mentions;
// either may be nil. The sources come from quotes.Find, run on the same
// input; use FindQuoted when the quotes are at hand. Find is safe for
// concurrent use.
func Find(text string, sentences []sitrep.Sentence, times []sitrep.Time, mentions []sitrep.Mention) []sitrep.Claim {
	return FindQuoted(text, sentences, times, mentions, quotes.Find(text, sentences, mentions))
}

// FindQuoted is Find with the article's quotes given: a claim inside the
// content of a quote takes the quote's speaker as its source.
func FindQuoted(text string, sentences []sitrep.Sentence, times []sitrep.Time, mentions []sitrep.Mention, qs []sitrep.Quote) []sitrep.Claim {
	var out []sitrep.Claim
	var off *sitrep.Offsets
	var s sent
	for si, se := range sentences {
		if !hasFigure(se.Tokens) {
			continue
		}
		if off == nil {
			off = sitrep.NewOffsets(text)
		}
		s.reset(si, se.Tokens)
		s.off = off
		for _, f := range s.claims(times) {
			sp := sitrep.Span{Start: s.toks[f.a].Start, End: s.toks[f.b-1].End}
			c := sitrep.Claim{
				Kind:      f.kind,
				Min:       f.fig.min,
				Qualifier: f.fig.qual,
				Who:       f.who,
				Span:      sp,
				Sentence:  si,
				Text:      off.Slice(sp),
			}
			if f.fig.hasMax {
				m := f.fig.max
				c.Max = &m
			}
			c.Source = sourceFor(sp, qs)
			c.Place = s.placeFor(sp, se.Span, mentions, c.Source)
			c.Time = timeFor(sp, se.Span, times)
			out = append(out, c)
		}
	}
	return out
}

// hasFigure reports whether a sentence has a token that may start a figure,
// so that most sentences are passed over at once.
func hasFigure(toks []sitrep.Token) bool {
	for _, t := range toks {
		if t.Kind == sitrep.KindNumber {
			return true
		}
		w := t.Text
		if len(w) < 3 || len(w) > 9 {
			continue
		}
		if _, ok := units[lower(w)]; ok {
			return true
		}
		if _, ok := vague[lower(w)]; ok {
			return true
		}
		if _, ok := scales[lower(w)]; ok {
			return true
		}
	}
	return false
}

// slice returns the text of span sp.
func (s *sent) slice(sp sitrep.Span) string { return s.off.Slice(sp) }
