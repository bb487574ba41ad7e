package events

import (
	"testing"

	"sitrep"
	"sitrep/cameo"
)

// FuzzRepair feeds arbitrary trees to repair: it must not panic, must
// leave its input alone and must keep every head in range.
func FuzzRepair(f *testing.F) {
	f.Add([]byte{3, 2, 0, 1, 5, 3})
	f.Add([]byte{0, 0, 9, 9, 1, 2, 3, 4})
	lex, err := cameo.Default()
	if err != nil {
		f.Fatal(err)
	}
	words := []string{"Gondor", "demolished", "homes", "welcome", "to", "question", "rights", "activists", "said", "sexually"}
	upos := []string{"NOUN", "PROPN", "VERB", "ADJ", "INTJ", "PART", "ADV", "PRON"}
	rels := []string{"nsubj", "obj", "amod", "ccomp", "mark", "root", "nmod", "case", "conj", "discourse", "advmod", "obl"}
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) > 64 {
			b = b[:64]
		}
		toks := make([]sitrep.Token, len(b)/2)
		for i := range toks {
			x, y := int(b[2*i]), int(b[2*i+1])
			toks[i] = sitrep.Token{Text: words[x%len(words)], UPOS: upos[(x/10)%len(upos)], Head: int32(y%(len(toks)+2)) - 1, Deprel: rels[(y/7)%len(rels)]}
		}
		orig := append([]sitrep.Token(nil), toks...)
		out := repair(lex, toks)
		for i := range toks {
			if toks[i] != orig[i] {
				t.Fatalf("input token %d changed", i)
			}
		}
		for i, tok := range out {
			if tok.Head < -1 || int(tok.Head) > len(out) {
				t.Fatalf("token %d: head %d out of range", i, tok.Head)
			}
		}
	})
}
