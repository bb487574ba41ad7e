package events

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"sitrep"
)

// Discards are the phrases of a PETRARCH/TABARI discard dictionary: a
// sentence holding a sentence-level phrase is not coded, and an article
// holding a story-level one (written with a leading "+") yields no events
// at all. They keep sports results, anniversaries and the like out of the
// record.
type Discards struct {
	sentence, story [][]string // upper-case words of each phrase
}

// ReadDiscards reads a discard dictionary: one phrase a line, words
// separated by spaces or "_", "+" first for a story-level phrase, "#" or
// ";" starting a comment. Errors name the line.
func ReadDiscards(r io.Reader) (*Discards, error) {
	d := &Discards{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.IndexAny(line, "#;"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		story := strings.HasPrefix(line, "+")
		line = strings.TrimSpace(strings.TrimPrefix(line, "+"))
		words := strings.Fields(strings.ToUpper(strings.ReplaceAll(line, "_", " ")))
		if len(words) == 0 {
			continue
		}
		if story {
			d.story = append(d.story, words)
		} else {
			d.sentence = append(d.sentence, words)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, sitrep.Errorf(sitrep.EINVALID, "discards line %d: %v", n+1, err)
	}
	if len(d.sentence)+len(d.story) == 0 {
		return nil, sitrep.Errorf(sitrep.EINVALID, "discards: no phrase")
	}
	return d, nil
}

// Len returns the number of phrases.
func (d *Discards) Len() int { return len(d.sentence) + len(d.story) }

// String describes d.
func (d *Discards) String() string {
	return fmt.Sprintf("%d sentence and %d story discards", len(d.sentence), len(d.story))
}

// discardStory reports whether any sentence holds a story-level phrase.
func (d *Discards) discardStory(sentences []sitrep.Sentence) bool {
	if d == nil {
		return false
	}
	for i := range sentences {
		if holds(d.story, sentences[i].Tokens) {
			return true
		}
	}
	return false
}

// discardSentence reports whether toks hold a sentence-level phrase.
func (d *Discards) discardSentence(toks []sitrep.Token) bool {
	return d != nil && holds(d.sentence, toks)
}

// holds reports whether the words of some phrase appear in toks in a row,
// regardless of case.
func holds(phrases [][]string, toks []sitrep.Token) bool {
	for _, p := range phrases {
	next:
		for i := 0; i+len(p) <= len(toks); i++ {
			for j, w := range p {
				if !strings.EqualFold(toks[i+j].Text, w) {
					continue next
				}
			}
			return true
		}
	}
	return false
}
