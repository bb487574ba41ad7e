package wordclass

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"sync"
)

//go:embed data/clusters.tsv.gz
var embedded []byte

var (
	defaultOnce  sync.Once
	defaultTable *Table
	defaultErr   error
)

// Default returns the embedded table, reading it on first use.
func Default() (*Table, error) {
	defaultOnce.Do(func() {
		zr, err := gzip.NewReader(bytes.NewReader(embedded))
		if err != nil {
			defaultErr = fmt.Errorf("wordclass: embedded table: %w", err)
			return
		}
		defaultTable, defaultErr = Read(zr, "data/clusters.tsv.gz")
	})
	return defaultTable, defaultErr
}
