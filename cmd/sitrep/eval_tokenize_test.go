package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const tinyTreebank = `# newdoc id = d1
# newpar
# text = It rained. Rivers rose.
1	It	it	PRON	PRP	_	2	nsubj	_	_
2	rained	rain	VERB	VBD	_	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_
4	Rivers	river	NOUN	NNS	_	5	nsubj	_	_
5	rose	rise	VERB	VBD	_	2	parataxis	_	SpaceAfter=No
6	.	.	PUNCT	.	_	2	punct	_	_

`

func TestEvalTokenize(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tiny.conllu")
	if err := os.WriteFile(path, []byte(tinyTreebank), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Run("OK", func(t *testing.T) {
		var stdout, stderr bytes.Buffer
		if code := run(context.Background(), []string{"eval", "tokenize", path, "--json"}, nil, &stdout, &stderr); code != exitOK {
			t.Fatalf("exit %d, stderr %s", code, stderr.String())
		}
		var got map[string]float64
		if err := json.Unmarshal(stdout.Bytes(), &got); err != nil {
			t.Fatalf("%v in %q", err, stdout.String())
		}
		// The gold sentence holds two of ours, so sentence F1 is 0.
		if got["token_f1"] != 1 || got["sentence_f1"] != 0 || got["tokens"] != 6 || got["sentences"] != 1 {
			t.Errorf("got %v", got)
		}
	})
	t.Run("Table", func(t *testing.T) {
		var stdout, stderr bytes.Buffer
		if code := run(context.Background(), []string{"eval", "tokenize", path}, nil, &stdout, &stderr); code != exitOK {
			t.Fatalf("exit %d, stderr %s", code, stderr.String())
		}
		if !strings.Contains(stdout.String(), "sentences") {
			t.Errorf("no table in %q", stdout.String())
		}
	})
	t.Run("ErrMissingFile", func(t *testing.T) {
		var stdout, stderr bytes.Buffer
		missing := filepath.Join(t.TempDir(), "missing.conllu")
		if code := run(context.Background(), []string{"eval", "tokenize", missing}, nil, &stdout, &stderr); code != exitFailure {
			t.Errorf("exit %d, want %d", code, exitFailure)
		}
		if !strings.Contains(stderr.String(), "missing.conllu") {
			t.Errorf("stderr %q does not name the file", stderr.String())
		}
	})
	t.Run("ErrUsage", func(t *testing.T) {
		var stdout, stderr bytes.Buffer
		if code := run(context.Background(), []string{"eval", "tokenize"}, nil, &stdout, &stderr); code != exitUsage {
			t.Errorf("exit %d, want %d", code, exitUsage)
		}
	})
}
