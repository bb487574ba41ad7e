package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"
	"unicode"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"sitrep"
	"sitrep/conllu"
	"sitrep/eval/nereval"
	"sitrep/ner"
	"sitrep/resolve"
)

// newEvalNERCmd scores the named-entity recognizer against an IOB2 corpus.
func newEvalNERCmd(a *app) *cobra.Command {
	var (
		asJSON, mentions bool
		model, tagger    string
	)
	c := &cobra.Command{
		Use:   "ner FILE.iob2|GUM.conllu|DIR",
		Short: "Score the named-entity recognizer against an IOB2 corpus (UNER, CoNLL) or GUM",
		Long: `ner tags the words of an IOB2 file (Universal NER, CoNLL) with the part-of-speech
tagger, runs the recognizer on them and prints exact-span precision, recall and
F1, overall and per gold type. A CoNLL-U file or directory is read as GUM, its
names taken as ner.Spans takes them for training. sitrep's types are mapped to the corpus's three:
PERSON to PER, ORG to ORG, GPE, LOC and FAC to LOC; NORP and EVENT are not
scored. words/s counts tagging and recognition.

--mentions scores the mentions a report holds instead: the recognizer's names
merged with what the actor dictionary and the gazetteer find. Those include
actor mentions that are no names in a NER corpus's sense ("the regime",
"Syrian forces") and leave out a lone first word the recognizer alone calls a
person, so expect lower figures on web text than the recognizer's.`,
		Args: exactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			path := args[0]
			sents, err := readNERGold(path)
			if err != nil {
				return fmt.Errorf("eval ner: %w", err)
			}
			tg, err := loadTagger(tagger)
			if err != nil {
				return fmt.Errorf("eval ner: %w", err)
			}
			rec, err := loadRecognizer(model)
			if err != nil {
				return fmt.Errorf("eval ner: %w", err)
			}
			find := func(s *nereval.Sentence) []nereval.Span {
				toks := sentenceTokens(s)
				tg.Tag(toks)
				var out []nereval.Span
				for _, e := range rec.Recognize(toks) {
					if t := ner.Coarse(e.Type); t != "" {
						out = append(out, nereval.Span{Start: e.Start, End: e.End, Type: t})
					}
				}
				return out
			}
			if mentions {
				res, err := resolve.Default()
				if err != nil {
					return fmt.Errorf("eval ner: %w", err)
				}
				res = res.WithRecognizer(rec, tg.Tag) // --model and --tagger, as without --mentions
				find = func(s *nereval.Sentence) []nereval.Span {
					body, sent := sentenceText(s)
					tg.Tag(sent.Tokens)
					return mentionSpans(res.FindMentions(body, []sitrep.Sentence{sent}), sent.Tokens)
				}
			}
			r := nereval.Evaluate(sents, find)
			if asJSON {
				return writeJSON(a.stdout, r)
			}
			w := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
			fmt.Fprintf(w, "type\tprecision\trecall\tF1\tgold\t\n")
			fmt.Fprintf(w, "all\t%.4f\t%.4f\t%.4f\t%d\t\n", r.Precision, r.Recall, r.F1, r.Gold)
			types := make([]string, 0, len(r.Types))
			for t := range r.Types {
				types = append(types, t)
			}
			slices.Sort(types)
			for _, t := range types {
				s := r.Types[t]
				fmt.Fprintf(w, "%s\t%.4f\t%.4f\t%.4f\t%d\t\n", t, s.Precision, s.Recall, s.F1, s.Gold)
			}
			fmt.Fprintf(w, "words/s\t%.0f\t\n", r.TokensPerS)
			if err := w.Flush(); err != nil {
				return err
			}
			_, err = fmt.Fprintf(a.stdout, "%s: %d sentences, %d words\n", path, r.Sentences, r.Words)
			return err
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	c.Flags().StringVar(&model, "model", "", "recognizer model file (default: embedded)")
	c.Flags().StringVar(&tagger, "tagger", "", "tagger model file (default: embedded)")
	c.Flags().BoolVar(&mentions, "mentions", false, "score the mentions a report holds (the recognizer merged with the dictionaries and gazetteer), not the recognizer alone")
	return c
}

// sentenceText makes the text of the words of s, spaced as in its text, and
// one sentence of tokens with code-point spans into it.
func sentenceText(s *nereval.Sentence) (string, sitrep.Sentence) {
	toks := sentenceTokens(s)
	var b strings.Builder
	pos := 0
	for i := range toks {
		n := utf8.RuneCountInString(toks[i].Text)
		toks[i].Span = sitrep.Span{Start: pos, End: pos + n}
		toks[i].Kind = tokenKind(toks[i].Text)
		b.WriteString(toks[i].Text)
		pos += n
		if toks[i].SpaceAfter && i < len(toks)-1 {
			b.WriteByte(' ')
			pos++
		}
	}
	return b.String(), sitrep.Sentence{Span: sitrep.Span{Start: 0, End: pos}, Tokens: toks}
}

// tokenKind tells words, numbers and punctuation apart as the segmenter
// does for the tokens it makes.
func tokenKind(w string) sitrep.TokenKind {
	letters, digits := false, false
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			letters = true
		case unicode.IsDigit(r):
			digits = true
		}
	}
	switch {
	case letters:
		return sitrep.KindWord
	case digits:
		return sitrep.KindNumber
	}
	return sitrep.KindPunct
}

// mentionSpans turns mentions into spans of word indices, mapped to the
// corpus's types; a mention that does not start and end on word bounds is
// left out.
func mentionSpans(ms []sitrep.Mention, toks []sitrep.Token) []nereval.Span {
	var out []nereval.Span
	for _, m := range ms {
		t := ner.Coarse(m.Type)
		if t == "" {
			continue
		}
		start, end := -1, -1
		for i, tok := range toks {
			if tok.Start == m.Start {
				start = i
			}
			if tok.End == m.End {
				end = i + 1
			}
		}
		if start >= 0 && end > start {
			out = append(out, nereval.Span{Start: start, End: end, Type: t})
		}
	}
	return out
}

// sentenceTokens makes tokens of the words of s, spaced as in its text.
func sentenceTokens(s *nereval.Sentence) []sitrep.Token {
	space := s.SpaceAfter()
	toks := make([]sitrep.Token, len(s.Words))
	for i, w := range s.Words {
		toks[i] = sitrep.Token{Text: w, SpaceAfter: space[i]}
	}
	return toks
}

// readNERGold reads an IOB2 file, or GUM CoNLL-U files whose names are
// mapped to PER, ORG and LOC.
func readNERGold(path string) ([]nereval.Sentence, error) {
	if strings.EqualFold(filepath.Ext(path), ".iob2") {
		return nereval.ReadFile(path)
	}
	treebank, err := conllu.ReadPath(path)
	if err != nil {
		return nil, err
	}
	lex, err := ner.DefaultLexicon()
	if err != nil {
		return nil, err
	}
	var out []nereval.Sentence
	for _, ex := range ner.FromCoNLLU(treebank, lex) {
		s := nereval.Sentence{Text: ""}
		for _, t := range ex.Tokens {
			s.Words = append(s.Words, t.Text)
			if t.SpaceAfter {
				s.Text += t.Text + " "
			} else {
				s.Text += t.Text
			}
		}
		for _, e := range ex.Entities {
			if t := ner.Coarse(e.Type); t != "" {
				s.Spans = append(s.Spans, nereval.Span{Start: e.Start, End: e.End, Type: t})
			}
		}
		out = append(out, s)
	}
	return out, nil
}

// loadRecognizer loads a recognizer file with the embedded lexicon, or the
// embedded recognizer when path is "".
func loadRecognizer(path string) (*ner.Recognizer, error) {
	if path == "" {
		return ner.Default()
	}
	lex, err := ner.DefaultLexicon()
	if err != nil {
		return nil, err
	}
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	r, err := ner.Load(fh)
	if err != nil {
		return nil, err
	}
	return r.WithLexicon(lex), nil
}
