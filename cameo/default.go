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
