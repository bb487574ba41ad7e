package wordclass

import (
	"encoding/csv"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"sitrep/conllu"
	"sitrep/segment"
)

// ReadCorpus returns the sentences, as words, of a file or directory of
// unlabeled text:
//
//   - a CoNLL-U treebank, or a directory of them (.conllu): the word forms;
//   - a CSV file (.csv) with a column named article_content, body or text:
//     that column, split into sentences and words by package segment;
//   - an XML file (.xml): the content of every <text> element (as in the
//     LGL and GeoWebNews corpora), split the same way.
func ReadCorpus(path string) ([][]string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("wordclass: %w", err)
	}
	switch ext := strings.ToLower(filepath.Ext(path)); {
	case st.IsDir() || ext == ".conllu":
		sents, err := conllu.ReadPath(path)
		if err != nil {
			return nil, fmt.Errorf("wordclass: %w", err)
		}
		out := make([][]string, len(sents))
		for i, s := range sents {
			words := make([]string, len(s.Words))
			for j, w := range s.Words {
				words[j] = w.Form
			}
			out[i] = words
		}
		return out, nil
	case ext == ".csv":
		texts, err := csvTexts(path)
		if err != nil {
			return nil, err
		}
		return split(texts), nil
	case ext == ".xml":
		texts, err := xmlTexts(path)
		if err != nil {
			return nil, err
		}
		return split(texts), nil
	default:
		return nil, fmt.Errorf("wordclass: %s: not a .conllu, .csv or .xml file", path)
	}
}

// split tokenizes texts into sentences of words.
func split(texts []string) [][]string {
	var out [][]string
	for _, t := range texts {
		for _, s := range segment.Split(t) {
			words := make([]string, len(s.Tokens))
			for j, tok := range s.Tokens {
				words[j] = tok.Text
			}
			out = append(out, words)
		}
	}
	return out
}

// csvTexts returns the article column of a CSV file.
func csvTexts(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("wordclass: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("wordclass: %s: %w", path, err)
	}
	col := -1
	for i, h := range header {
		switch strings.ToLower(strings.TrimSpace(h)) {
		case "article_content", "body", "text":
			col = i
		}
	}
	if col < 0 {
		return nil, fmt.Errorf("wordclass: %s: no article_content, body or text column", path)
	}
	var texts []string
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("wordclass: %s: %w", path, err)
		}
		if col < len(rec) {
			texts = append(texts, rec[col])
		}
	}
	return texts, nil
}

// xmlTexts returns the content of the <text> elements of an XML file.
func xmlTexts(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("wordclass: %w", err)
	}
	defer f.Close()
	dec := xml.NewDecoder(f)
	var texts []string
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("wordclass: %s: %w", path, err)
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "text" {
			var s string
			if err := dec.DecodeElement(&s, &se); err != nil {
				return nil, fmt.Errorf("wordclass: %s: %w", path, err)
			}
			texts = append(texts, s)
		}
	}
	return texts, nil
}
