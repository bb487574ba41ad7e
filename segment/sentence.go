package segment

import (
	"strings"
	"unicode/utf8"

	"sitrep"
)

// sentences groups toks into sentences. Each sentence's Tokens is a
// subslice of toks.
func sentences(toks []sitrep.Token, breaks lineBreaks) []sitrep.Sentence {
	sents := make([]sitrep.Sentence, 0, len(toks)/6+1)
	begin := 0
	nb := 0 // the next line break in breaks
	for i := 0; i < len(toks); i++ {
		for nb < len(breaks) && int(breaks[nb]) < i {
			nb++
		}
		if i > begin && nb < len(breaks) && int(breaks[nb]) == i {
			sents = appendSentence(sents, toks, begin, i)
			begin = i
		}
		end, ok := boundary(toks, breaks, i)
		if !ok && (stamp(toks, i) || startsStamp(toks, i)) && !breaks.has(i+1) {
			end, ok = i+1, true
		}
		if ok && end < len(toks) && !listMarker(toks[begin:i+1]) {
			sents = appendSentence(sents, toks, begin, end)
			begin = end
			i = end - 1
		}
	}
	if begin < len(toks) {
		sents = appendSentence(sents, toks, begin, len(toks))
	}
	return sents
}

func appendSentence(sents []sitrep.Sentence, toks []sitrep.Token, a, b int) []sitrep.Sentence {
	return append(sents, sitrep.Sentence{
		Span:   sitrep.Span{Start: toks[a].Start, End: toks[b-1].End},
		Tokens: toks[a:b:b],
	})
}

// boundary reports whether a sentence ends after toks[i] (with the closing
// quotes and brackets attached to it), and where the next one starts.
func boundary(toks []sitrep.Token, breaks lineBreaks, i int) (int, bool) {
	tok := toks[i]
	if c := tok.Text[len(tok.Text)-1]; c < utf8.RuneSelf && c != '.' && c != '!' && c != '?' {
		return 0, false
	}
	last, _ := utf8.DecodeLastRuneInString(tok.Text)
	if !isTerminal(last) {
		return 0, false
	}
	abbr := len(tok.Text) > 1 && last == '.' && tok.Kind != sitrep.KindPunct
	if abbr && tok.Kind != sitrep.KindWord {
		return 0, false // a URL or e-mail address ending in "." is not a stop
	}
	j := i + 1
	for j < len(toks) && !breaks.has(j) && closes(toks[j-1], toks[j]) {
		j++
	}
	if j == len(toks) || breaks.has(j) {
		return j, true
	}
	next := toks[j]
	first, _ := utf8.DecodeRuneInString(next.Text)
	if abbr {
		w := tok.Text[:len(tok.Text)-1]
		switch abbrevs[w] {
		case abbrTitle, abbrInner:
			return 0, false
		}
		return j, starters[next.Text]
	}
	spaced := toks[j-1].SpaceAfter
	ellipsis := tok.Kind == sitrep.KindPunct && (len(tok.Text) > 1 && tok.Text[0] == '.' || last == '…')
	switch {
	case ellipsis && !spaced:
		return 0, false // "dead...Long live"
	case isLower(first) || isDigit(first):
		// Web text often starts sentences in lower case; an ellipsis or a
		// period without a space after it ("alt.animals") does not end one.
		// After a closing quote a lower-case word is a speech tag: `?" she said`.
		quoted := j > i+1 && isQuote(toks[j-1].Text)
		return j, !quoted && spaced && !ellipsis
	case next.Kind == sitrep.KindPunct && isTerminal(first):
		return j, spaced && len(next.Text) > 1 // ". ...a drop in"
	case next.Kind == sitrep.KindPunct && (first == ',' || first == ';' || first == ':' ||
		first == ')' || first == ']' || first == '}' || first == '%' || first == '*'):
		return 0, false
	}
	return j, true
}

// stamp reports whether toks[i] ends a date and time stamp that heads a
// message, "01/19/2001 09:14 AM", followed by a capitalized word.
func stamp(toks []sitrep.Token, i int) bool {
	if i < 2 || i+1 >= len(toks) || toks[i].Text != "AM" && toks[i].Text != "PM" {
		return false
	}
	date, clock := toks[i-2], toks[i-1]
	first, _ := utf8.DecodeRuneInString(toks[i+1].Text)
	return date.Kind == sitrep.KindNumber && strings.Count(date.Text, "/") == 2 &&
		clock.Kind == sitrep.KindNumber && strings.IndexByte(clock.Text, ':') > 0 && isUpper(first)
}

// startsStamp reports whether a stamp follows toks[i], a word that is not
// lower case: "Kay Mann 03/15/2001 04:03 PM".
func startsStamp(toks []sitrep.Token, i int) bool {
	if i+3 >= len(toks) || toks[i+1].Kind != sitrep.KindNumber || !stamp(toks, i+3) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(toks[i].Text)
	return toks[i].Kind == sitrep.KindWord && !isLower(first)
}

// listMarker reports whether toks, the start of a sentence up to a period,
// is a list item number such as "1." or "*2.".
func listMarker(toks []sitrep.Token) bool {
	if len(toks) < 2 || len(toks) > 3 || toks[len(toks)-1].Text != "." {
		return false
	}
	n := toks[len(toks)-2]
	return n.Kind == sitrep.KindNumber && len(n.Text) <= 2 && (len(toks) == 2 || toks[0].Kind == sitrep.KindPunct)
}

// isQuote reports a closing quotation mark.
func isQuote(s string) bool {
	switch s {
	case "\"", "'", "”", "’", "»", "''", "’’":
		return true
	}
	return false
}

// closes reports whether tok, right after a sentence end prev, closes a quote
// or bracket, or is an emoji, and so stays in the sentence: `."`, `?”`,
// `.)`, `! :)`.
func closes(prev, tok sitrep.Token) bool {
	if tok.Kind == sitrep.KindEmoji || tok.Text == "''" || tok.Text == "’’" {
		return true // "Great! :)", `loose. ''`
	}
	r, size := utf8.DecodeRuneInString(tok.Text)
	if size != len(tok.Text) || !isCloser(r) {
		return false
	}
	if !prev.SpaceAfter {
		return true
	}
	return r == '”' || r == '»' // never an opening mark in English
}
