package wordclass

import (
	"compress/gzip"
	"fmt"
	"io"
	"strings"
)

// BuildOptions control Build.
type BuildOptions struct {
	Options
	// Lower lower-cases every word before clustering.
	Lower bool
}

// Build learns the clusters of the corpora at paths (see ReadCorpus) and
// writes the table, gzipped, to w. The same corpora and options give the
// same bytes.
func Build(paths []string, opt BuildOptions, w io.Writer) (*Table, error) {
	var sents [][]string
	for _, p := range paths {
		s, err := ReadCorpus(p)
		if err != nil {
			return nil, err
		}
		sents = append(sents, s...)
	}
	if opt.Lower {
		for _, s := range sents {
			for i, word := range s {
				s[i] = strings.ToLower(word)
			}
		}
	}
	t, err := Learn(sents, opt.Options)
	if err != nil {
		return nil, err
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if err := t.Write(zw); err != nil {
		return nil, fmt.Errorf("wordclass: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("wordclass: %w", err)
	}
	return t, nil
}
