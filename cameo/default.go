package cameo

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"
)

//go:embed data/verbs.tsv.gz
var verbsGz []byte

//go:embed data/extra.tsv
var extraTSV []byte

var (
	defOnce sync.Once
	defLex  *Lexicon
	defErr  error
)

// Default returns the embedded lexicon: the converted CAMEO verb
// dictionary merged with our own nouns and phrases. It is loaded once.
func Default() (*Lexicon, error) {
	defOnce.Do(func() {
		zr, err := gzip.NewReader(bytes.NewReader(verbsGz))
		if err != nil {
			defErr = fmt.Errorf("cameo: verbs: %w", err)
			return
		}
		blocks, nouns, err := ReadTSV(zr)
		if err != nil {
			defErr = fmt.Errorf("cameo: verbs: %w", err)
			return
		}
		xb, xn, err := ReadTSV(bytes.NewReader(extraTSV))
		if err != nil {
			defErr = fmt.Errorf("cameo: extra: %w", err)
			return
		}
		defLex = New(blocks, nouns).Merge(New(xb, xn))
	})
	return defLex, defErr
}

// Build converts a PETRARCH verb dictionary into the compact format,
// gzipped, keeping the license lines of its header.
func Build(src []byte, w io.Writer) error {
	blocks, err := ReadPetrarch(bytes.NewReader(src))
	if err != nil {
		return err
	}
	dropPlurals(blocks)
	header := []string{
		"sitrep CAMEO verb lexicon, converted by `sitrep build cameo` from the",
		"PETRARCH 2 CAMEO verb dictionary (CAMEO.2.0.txt), https://github.com/openeventdata/petrarch2.",
		"Format: see package cameo. Do not edit; add to extra.tsv instead.",
		"",
	}
	header = append(header, licenseLines(src)...)
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	if err := WriteTSV(zw, header, blocks); err != nil {
		return err
	}
	return zw.Close()
}

// licenseLines returns the MIT license paragraph of a dictionary header:
// the comment lines from "The MIT License" to the end of the warranty.
func licenseLines(src []byte) []string {
	var out []string
	in := false
	for _, line := range bytes.Split(src, []byte("\n")) {
		s := string(bytes.TrimRight(line, "\r"))
		if len(s) == 0 || s[0] != '#' {
			if in {
				break
			}
			continue
		}
		body := strings.TrimSpace(strings.TrimPrefix(s, "#"))
		if strings.HasPrefix(body, "The MIT License") {
			in = true
		}
		if in {
			out = append(out, body)
			if strings.HasPrefix(body, "CONNECTION WITH THE SOFTWARE") {
				break
			}
		}
	}
	return out
}

// dropPlurals removes from the slots of blocks' patterns the phrases that
// are a regular plural of another phrase of the same slot: the default
// lexicon matches plurals by itself, and fewer phrases match faster.
func dropPlurals(blocks []Block) {
	for bi := range blocks {
		for pi := range blocks[bi].Patterns {
			p := &blocks[bi].Patterns[pi]
			for _, ss := range [][]Slot{p.Pre, p.Post} {
				for si, sl := range ss {
					have := make(map[string]bool, len(sl))
					for _, a := range sl {
						have[a] = true
					}
					out := sl[:0:0]
					for _, a := range sl {
						k := strings.LastIndexByte(a, '_') + 1
						if st := a[:k] + stem(a[k:]); st != a && have[st] {
							continue
						}
						out = append(out, a)
					}
					ss[si] = out
				}
			}
		}
	}
}
