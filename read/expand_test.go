package read_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"sitrep"
	"sitrep/read"
)

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "sub/b.HTML", "sub/deep/c.jsonl", "notes.md", ".hidden/x.txt", "sub/.y.txt", "feed.rss"} {
		MustWrite(t, dir, name, []byte("Some text\nand more.\n"))
	}
	j := func(p string) string { return filepath.Join(dir, p) }
	r := read.New(read.Options{})
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"Dir", []string{dir}, []string{j("a.txt"), j("feed.rss"), j("sub/b.HTML"), j("sub/deep/c.jsonl")}},
		{"Dedup", []string{j("a.txt"), dir + "/", j("a.txt")}, []string{j("a.txt"), j("feed.rss"), j("sub/b.HTML"), j("sub/deep/c.jsonl")}},
		{"Glob", []string{j("*.txt"), j("s*")}, []string{j("a.txt"), j("sub/b.HTML"), j("sub/deep/c.jsonl")}},
		{"ExplicitUnknown", []string{j("notes.md")}, []string{j("notes.md")}},
		{"StdinAndURL", []string{"https://example.com/a", "-"}, []string{"-", "https://example.com/a"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ins, err := r.Expand(tt.args)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, in := range ins {
				got = append(got, in.Name)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
	errTests := []struct {
		name, arg, code string
	}{
		{"ErrMissing", j("nope.txt"), sitrep.ENOTFOUND},
		{"ErrNoMatch", j("*.pdf"), sitrep.ENOTFOUND},
		{"ErrBadPattern", j("[.txt"), sitrep.EINVALID},
		{"ErrScheme", "file:///etc/passwd", sitrep.EUNSUPPORTED},
		{"ErrEmpty", "", sitrep.EINVALID},
	}
	for _, tt := range errTests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := r.Expand([]string{j("a.txt"), tt.arg})
			if got, want := sitrep.ErrorCode(err), tt.code; got != want {
				t.Fatalf("code = %q (%v), want %q", got, err, want)
			}
			if tt.arg != "" && !strings.Contains(err.Error(), tt.arg) {
				t.Errorf("error %q does not name %q", err, tt.arg)
			}
		})
	}
}

func TestExpandFormats(t *testing.T) {
	r := read.New(read.Options{})
	ins, err := r.Expand([]string{"testdata/html/suez.html", "https://example.com/"})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := ins[0].Kind, read.KindURL; got != want {
		t.Errorf("kind = %v, want %v", got, want)
	}
	if got, want := ins[1].Format, read.FormatHTML; got != want {
		t.Errorf("format = %q, want %q", got, want)
	}
}
