// Package conllu reads treebanks in the CoNLL-U format of Universal
// Dependencies: documents, sentences with their raw text and comments,
// surface tokens (including multiword tokens such as "don't") and the
// syntactic words with their tags, lemmas and dependencies.
//
// It is a format adapter for training and evaluation; the pipeline itself
// never reads CoNLL-U.
package conllu

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Word is one syntactic word (a line whose ID is a single integer).
type Word struct {
	ID     int // 1-based index in the sentence
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int // 0 is the root
	Deprel string
	Deps   string
	Misc   string
}

// SpaceAfter reports whether MISC does not say SpaceAfter=No.
func (w Word) SpaceAfter() bool { return !hasMisc(w.Misc, "SpaceAfter=No") }

// Token is one surface token: a single word, or a multiword token (ID range
// "n-m") spanning several words.
type Token struct {
	Form       string
	First      int // ID of its first word
	Last       int // ID of its last word; equal to First for a single word
	SpaceAfter bool
}

// Sentence is one sentence of a treebank.
type Sentence struct {
	ID       string
	Text     string // the "# text =" comment
	NewDoc   string // the "# newdoc id =" value, or "" when absent
	NewDocOK bool   // a "# newdoc" comment is present
	NewPar   bool   // a "# newpar" comment is present
	Comments []string
	Words    []Word
	Tokens   []Token
}

// Document is a run of sentences between "# newdoc" comments; a treebank
// without them is one document.
type Document struct {
	ID        string
	Sentences []Sentence
}

// Error is a problem at a line of a CoNLL-U file.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// ReadFile reads a CoNLL-U file.
func ReadFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f, path)
}

// ReadPath reads a CoNLL-U file, or every *.conllu file under a directory in
// name order.
func ReadPath(path string) ([]Sentence, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return ReadFile(path)
	}
	var files []string
	err = filepath.WalkDir(path, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".conllu") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no .conllu files", path)
	}
	var all []Sentence
	for _, f := range files {
		s, err := ReadFile(f)
		if err != nil {
			return nil, err
		}
		// Each file is a document of its own even without a newdoc comment.
		if len(s) > 0 && !s[0].NewDocOK {
			s[0].NewDocOK = true
			s[0].NewDoc = strings.TrimSuffix(filepath.Base(f), ".conllu")
		}
		all = append(all, s...)
	}
	return all, nil
}

// Read parses CoNLL-U from r; name is used in error messages.
func Read(r io.Reader, name string) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	var (
		out  []Sentence
		cur  Sentence
		open bool
		line int
		// multiword token being read: words up to mwLast belong to it
		mwLast int
	)
	flush := func() error {
		if !open {
			return nil
		}
		if len(cur.Words) == 0 {
			return &Error{name, line, "sentence without words"}
		}
		out = append(out, cur)
		cur = Sentence{}
		open = false
		mwLast = 0
		return nil
	}
	for sc.Scan() {
		line++
		t := strings.TrimRight(sc.Text(), "\r")
		if t == "" {
			if err := flush(); err != nil {
				return nil, err
			}
			continue
		}
		open = true
		if t[0] == '#' {
			c := strings.TrimSpace(t[1:])
			cur.Comments = append(cur.Comments, c)
			switch {
			case strings.HasPrefix(c, "text ="):
				cur.Text = strings.TrimSpace(strings.TrimPrefix(c, "text ="))
			case strings.HasPrefix(c, "sent_id ="):
				cur.ID = strings.TrimSpace(strings.TrimPrefix(c, "sent_id ="))
			case strings.HasPrefix(c, "newdoc"):
				cur.NewDocOK = true
				cur.NewPar = true
				if i := strings.Index(c, "="); i >= 0 {
					cur.NewDoc = strings.TrimSpace(c[i+1:])
				}
			case strings.HasPrefix(c, "newpar"):
				cur.NewPar = true
			}
			continue
		}
		cols := strings.Split(t, "\t")
		if len(cols) != 10 {
			return nil, &Error{name, line, fmt.Sprintf("want 10 tab-separated columns, got %d", len(cols))}
		}
		id := cols[0]
		if strings.Contains(id, ".") {
			continue // empty node of the enhanced graph
		}
		if i := strings.IndexByte(id, '-'); i > 0 {
			first, err1 := strconv.Atoi(id[:i])
			last, err2 := strconv.Atoi(id[i+1:])
			if err1 != nil || err2 != nil || last < first {
				return nil, &Error{name, line, fmt.Sprintf("bad multiword token id %q", id)}
			}
			cur.Tokens = append(cur.Tokens, Token{Form: cols[1], First: first, Last: last, SpaceAfter: !hasMisc(cols[9], "SpaceAfter=No")})
			mwLast = last
			continue
		}
		n, err := strconv.Atoi(id)
		if err != nil {
			return nil, &Error{name, line, fmt.Sprintf("bad word id %q", id)}
		}
		head := 0
		if cols[6] != "_" {
			if head, err = strconv.Atoi(cols[6]); err != nil {
				return nil, &Error{name, line, fmt.Sprintf("bad head %q", cols[6])}
			}
		}
		w := Word{ID: n, Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4], Feats: cols[5], Head: head, Deprel: cols[7], Deps: cols[8], Misc: cols[9]}
		cur.Words = append(cur.Words, w)
		if n > mwLast {
			cur.Tokens = append(cur.Tokens, Token{Form: w.Form, First: n, Last: n, SpaceAfter: w.SpaceAfter()})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}

// Documents groups sentences into documents at "# newdoc" comments.
func Documents(sents []Sentence) []Document {
	var docs []Document
	for i, s := range sents {
		if i == 0 || s.NewDocOK {
			docs = append(docs, Document{ID: s.NewDoc})
		}
		d := &docs[len(docs)-1]
		d.Sentences = append(d.Sentences, s)
	}
	return docs
}

func hasMisc(misc, item string) bool {
	if misc == "_" || misc == "" {
		return false
	}
	for _, f := range strings.Split(misc, "|") {
		if f == item {
			return true
		}
	}
	return false
}
