package wordclass

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// MaxDepth is the longest path a Table keeps, in bits; deeper paths are cut
// to their first MaxDepth bits.
const MaxDepth = 64

// Path is a word's place in the cluster hierarchy: Len bits, the first of
// them the highest bit of Bits (the rest of Bits is zero).
type Path struct {
	Bits uint64
	Len  uint8
}

// Prefix returns the first n bits of p, or p itself when it is shorter.
func (p Path) Prefix(n int) Path {
	if n >= int(p.Len) {
		return p
	}
	if n <= 0 {
		return Path{}
	}
	return Path{Bits: p.Bits &^ (^uint64(0) >> uint(n)), Len: uint8(n)}
}

// String returns p as a string of '0' and '1'.
func (p Path) String() string {
	b := make([]byte, p.Len)
	for i := range b {
		b[i] = '0' + byte(p.Bits>>(63-uint(i))&1)
	}
	return string(b)
}

// ParsePath reads a string of '0' and '1' of at most MaxDepth bits.
func ParsePath(s string) (Path, error) {
	if len(s) > MaxDepth {
		return Path{}, fmt.Errorf("path of %d bits, more than %d", len(s), MaxDepth)
	}
	var p Path
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '1':
			p.Bits |= 1 << (63 - uint(i))
		case '0':
		default:
			return Path{}, fmt.Errorf("path %q: %q is not a bit", s, s[i])
		}
	}
	p.Len = uint8(len(s))
	return p, nil
}

// Entry is one word of a Table.
type Entry struct {
	Word  string
	Path  Path
	Count int // occurrences in the text the clusters were learned from
}

// Table maps words to their cluster paths.
type Table struct {
	entries []Entry // sorted by path (as bit strings), then word
	index   map[string]int32
}

// NewTable returns the table of entries; a word given twice is an error.
func NewTable(entries []Entry) (*Table, error) {
	t := &Table{entries: slices.Clone(entries), index: make(map[string]int32, len(entries))}
	slices.SortFunc(t.entries, func(a, b Entry) int {
		return cmp.Or(cmp.Compare(a.Path.Bits, b.Path.Bits), cmp.Compare(a.Path.Len, b.Path.Len), strings.Compare(a.Word, b.Word))
	})
	for i, e := range t.entries {
		if _, dup := t.index[e.Word]; dup {
			return nil, fmt.Errorf("wordclass: word %q given twice", e.Word)
		}
		t.index[e.Word] = int32(i)
	}
	return t, nil
}

// Len returns the number of words in t.
func (t *Table) Len() int { return len(t.entries) }

// Entries returns the words of t, sorted by path and then by word. The
// caller must not modify the slice.
func (t *Table) Entries() []Entry { return t.entries }

// Lookup returns the path of word, exactly as written.
func (t *Table) Lookup(word string) (Path, bool) {
	i, ok := t.index[word]
	if !ok {
		return Path{}, false
	}
	return t.entries[i].Path, true
}

// LookupBytes is Lookup for a word held in a byte slice; it does not
// allocate.
func (t *Table) LookupBytes(word []byte) (Path, bool) {
	i, ok := t.index[string(word)]
	if !ok {
		return Path{}, false
	}
	return t.entries[i].Path, true
}

// header starts every table file.
const header = "# wordclass: path\tword\tcount\n"

// Write writes t as text, one "path<TAB>word<TAB>count" line per word in
// the order of Entries, after a comment line. The same table gives the same
// bytes.
func (t *Table) Write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(header)
	for _, e := range t.entries {
		bw.WriteString(e.Path.String())
		bw.WriteByte('\t')
		bw.WriteString(e.Word)
		bw.WriteByte('\t')
		bw.WriteString(strconv.Itoa(e.Count))
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// Read reads a table written by Write (lines starting with '#' and empty
// lines are skipped). name is used in error messages.
func Read(r io.Reader, name string) (*Table, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	var entries []Entry
	seen := map[string]bool{}
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || s[0] == '#' {
			continue
		}
		bits, rest, ok1 := strings.Cut(s, "\t")
		word, count, ok2 := strings.Cut(rest, "\t")
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("wordclass: %s:%d: want path, word and count separated by tabs", name, line)
		}
		if word == "" || strings.ContainsAny(word, "\t\n") {
			return nil, fmt.Errorf("wordclass: %s:%d: empty word", name, line)
		}
		p, err := ParsePath(bits)
		if err != nil {
			return nil, fmt.Errorf("wordclass: %s:%d: %v", name, line, err)
		}
		n, err := strconv.Atoi(count)
		if err != nil || n < 0 {
			return nil, fmt.Errorf("wordclass: %s:%d: bad count %q", name, line, count)
		}
		if seen[word] {
			return nil, fmt.Errorf("wordclass: %s:%d: word %q given twice", name, line, word)
		}
		seen[word] = true
		entries = append(entries, Entry{Word: word, Path: p, Count: n})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("wordclass: %s: %w", name, err)
	}
	return NewTable(entries)
}
