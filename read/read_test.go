package read_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"sitrep"
	"sitrep/read"
)

// MustWrite writes a file under dir and returns its path.
func MustWrite(tb testing.TB, dir, name string, data []byte) string {
	tb.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		tb.Fatal(err)
	}
	return p
}

// MustItems reads one input with r and returns its items.
func MustItems(tb testing.TB, r *read.Reader, name string) []read.Item {
	tb.Helper()
	ins, err := r.Expand([]string{name})
	if err != nil {
		tb.Fatal(err)
	}
	if len(ins) != 1 {
		tb.Fatalf("Expand(%q) = %d inputs, want 1", name, len(ins))
	}
	items, err := r.All(context.Background(), ins[0])
	if err != nil {
		tb.Fatal(err)
	}
	return items
}

// MustArticle reads a single-article input and fails on any error.
func MustArticle(tb testing.TB, r *read.Reader, name string) read.Item {
	tb.Helper()
	items := MustItems(tb, r, name)
	if len(items) != 1 {
		tb.Fatalf("%s: %d items, want 1", name, len(items))
	}
	if items[0].Err != nil {
		tb.Fatalf("%s: %v", name, items[0].Err)
	}
	return items[0]
}

// MustError reads a single-item input and returns its error message,
// checking its code.
func MustError(tb testing.TB, r *read.Reader, name, code string) string {
	tb.Helper()
	items := MustItems(tb, r, name)
	if len(items) != 1 {
		tb.Fatalf("%s: %d items, want 1", name, len(items))
	}
	err := items[0].Err
	if err == nil {
		tb.Fatalf("%s: no error, want %s; article %+v", name, code, items[0].Article)
	}
	if got := sitrep.ErrorCode(err); got != code {
		tb.Fatalf("%s: code %q (%v), want %q", name, got, err, code)
	}
	if !strings.HasPrefix(err.Error(), name+": ") {
		tb.Errorf("error %q does not start with the input's name", err)
	}
	return sitrep.ErrorMessage(err)
}

func TestText(t *testing.T) {
	aug := sitrep.NewDate(2020, 8, 4)
	tests := []struct {
		name      string
		opt       read.Options
		in        string
		title     string
		body      string
		published sitrep.Date
		inferred  bool
	}{
		{name: "Headline", in: "Blast hits Beirut port\n\nA huge explosion tore through the port of Beirut on Tuesday.\n",
			title: "Blast hits Beirut port", body: "A huge explosion tore through the port of Beirut on Tuesday.\n"},
		{name: "HeadlineCRLF", in: "\ufeffBlast hits Beirut port\r\n\r\n  A huge explosion.\r\nMore.\r\n",
			title: "Blast hits Beirut port", body: "  A huge explosion.\nMore.\n"},
		{name: "FirstLineIsSentence", in: "A huge explosion tore through the port.\nMore than 100 people died.\n",
			body: "A huge explosion tore through the port.\nMore than 100 people died.\n"},
		{name: "QuotedQuestion", in: "“Who is to blame?”\nOfficials traded accusations.\n",
			body: "“Who is to blame?”\nOfficials traded accusations.\n"},
		{name: "OneLine", in: "Blast hits Beirut port", body: "Blast hits Beirut port"},
		{name: "HeadlineOnlyThenBlank", in: "Blast hits Beirut port\n\n\n", body: "Blast hits Beirut port\n\n\n"},
		{name: "TooLong", in: strings.Repeat("word ", 50) + "\nStory.\n", body: strings.Repeat("word ", 50) + "\nStory.\n"},
		{name: "OptionsDate", opt: read.Options{Published: aug, Source: "wire"}, in: "Story on 12 March 2019.\n",
			body: "Story on 12 March 2019.\n", published: aug},
		{name: "InferredLatest", in: "Talks began on Dec. 8, 2016 and ended December 10, 2016; see 2016-11-30 and 8 June 2015.\n",
			body:      "Talks began on Dec. 8, 2016 and ended December 10, 2016; see 2016-11-30 and 8 June 2015.\n",
			published: sitrep.NewDate(2016, 12, 10), inferred: true},
		{name: "NoDate", in: "Talks began on 31 November 2016.\n", body: "Talks began on 31 November 2016.\n"},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := MustWrite(t, dir, tt.name+".txt", []byte(tt.in))
			it := MustArticle(t, read.New(tt.opt), p)
			a := it.Article
			if got, want := a.Title, tt.title; got != want {
				t.Errorf("title = %q, want %q", got, want)
			}
			if got, want := a.Body, tt.body; got != want {
				t.Errorf("body = %q, want %q", got, want)
			}
			if got, want := a.ID, sitrep.ArticleID(tt.body); got != want {
				t.Errorf("id = %q, want %q", got, want)
			}
			if got, want := a.Published, tt.published; got != want {
				t.Errorf("published = %v, want %v", got, want)
			}
			if got, want := a.PublishedInferred, tt.inferred; got != want {
				t.Errorf("inferred = %v, want %v", got, want)
			}
			if got, want := a.Source, tt.opt.Source; got != want {
				t.Errorf("source = %q, want %q", got, want)
			}
			if got, want := it.Where, p; got != want {
				t.Errorf("where = %q, want %q", got, want)
			}
		})
	}
}

func TestStdin(t *testing.T) {
	r := read.New(read.Options{Stdin: strings.NewReader("Quake strikes Nepal\nThousands are feared dead.\n")})
	ins, err := r.Expand([]string{"-"})
	if err != nil {
		t.Fatal(err)
	}
	items, err := r.All(context.Background(), ins[0])
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(items), 1; got != want {
		t.Fatalf("items = %d, want %d", got, want)
	}
	if got, want := items[0].Article.Title, "Quake strikes Nepal"; got != want {
		t.Errorf("title = %q, want %q", got, want)
	}
}

// TestSeed reads the reference article of the project, which starts with
// its headline.
func TestSeed(t *testing.T) {
	const path = "../../shared/seed/000_f90468803bcaac1f.txt"
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("seed article not available: %v", err)
	}
	a := MustArticle(t, read.New(read.Options{}), path).Article
	headline, _, _ := strings.Cut(string(raw), "\n")
	if got, want := a.Title, headline; got != want {
		t.Errorf("title = %q, want %q", got, want)
	}
	if strings.Contains(a.Body, a.Title) {
		t.Errorf("body holds the headline")
	}
	if !strings.HasSuffix(string(raw), a.Body) {
		t.Errorf("body is not the text after the headline")
	}
	if got, want := a.ID, sitrep.ArticleID(a.Body); got != want {
		t.Errorf("id = %q, want %q", got, want)
	}
}

func TestMalformed(t *testing.T) {
	dir := t.TempDir()
	r := read.New(read.Options{})

	t.Run("ErrEmpty", func(t *testing.T) {
		p := MustWrite(t, dir, "empty.txt", nil)
		if got, want := MustError(t, r, p, sitrep.EINVALID), "empty file"; got != want {
			t.Errorf("message = %q, want %q", got, want)
		}
	})
	t.Run("ErrBlank", func(t *testing.T) {
		p := MustWrite(t, dir, "blank.txt", []byte(" \n\t\n"))
		MustError(t, r, p, sitrep.EINVALID)
	})
	t.Run("ErrBinary", func(t *testing.T) {
		p := MustWrite(t, dir, "image.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
		if got, want := MustError(t, r, p, sitrep.EINVALID), "binary file, not text"; got != want {
			t.Errorf("message = %q, want %q", got, want)
		}
	})
	t.Run("ErrControl", func(t *testing.T) {
		p := MustWrite(t, dir, "noise.txt", bytes.Repeat([]byte{0x01, 0x02, 'a', 0x03}, 100))
		MustError(t, r, p, sitrep.EINVALID)
	})
	t.Run("InvalidUTF8", func(t *testing.T) {
		p := MustWrite(t, dir, "latin1.txt", []byte("Caf\xe9 owners in S\xe3o Paulo protest.\nThey marched on Friday.\n"))
		it := MustArticle(t, r, p)
		if got, want := it.Article.Body, "Caf\ufffd owners in S\ufffdo Paulo protest.\nThey marched on Friday.\n"; got != want {
			t.Errorf("body = %q, want %q", got, want)
		}
		if got, want := len(it.Diagnostics), 1; got != want {
			t.Fatalf("diagnostics = %v, want %d", it.Diagnostics, want)
		}
		if got := it.Diagnostics[0].Message; !strings.Contains(got, "2 invalid UTF-8 bytes") {
			t.Errorf("diagnostic = %q, want it to count 2 bytes", got)
		}
	})
	t.Run("UTF16", func(t *testing.T) {
		var b []byte
		b = append(b, 0xff, 0xfe)
		for _, r := range "Café closes\r\nIt shut on Monday.\r\n" {
			b = append(b, byte(r), byte(r>>8))
		}
		p := MustWrite(t, dir, "utf16.txt", b)
		a := MustArticle(t, r, p).Article
		if got, want := a.Title, "Café closes"; got != want {
			t.Errorf("title = %q, want %q", got, want)
		}
		if got, want := a.Body, "It shut on Monday.\n"; got != want {
			t.Errorf("body = %q, want %q", got, want)
		}
	})
	t.Run("ErrTooLarge", func(t *testing.T) {
		p := filepath.Join(dir, "huge.txt")
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		line := []byte(strings.Repeat("All work and no play makes a long file. ", 25) + "\n")
		for n := 0; n < 50<<20; n += len(line) {
			if _, err := f.Write(line); err != nil {
				t.Fatal(err)
			}
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		msg := MustError(t, r, p, sitrep.EINVALID)
		if !strings.Contains(msg, "50.0 MB") || !strings.Contains(msg, "10 MB") {
			t.Errorf("message = %q, want the size and the limit", msg)
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		_, err := r.Expand([]string{filepath.Join(dir, "missing.txt")})
		if got, want := sitrep.ErrorCode(err), sitrep.ENOTFOUND; got != want {
			t.Errorf("code = %q (%v), want %q", got, err, want)
		}
		if err == nil || !strings.Contains(err.Error(), "missing.txt") {
			t.Errorf("error %v does not name the file", err)
		}
	})
}

// TestValidUTF8 checks that every body from the test pages is valid UTF-8.
func TestValidUTF8(t *testing.T) {
	r := read.New(read.Options{})
	ins, err := r.Expand([]string{"testdata"})
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range ins {
		items, err := r.All(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range items {
			if it.Err == nil && !utf8.ValidString(it.Article.Body) {
				t.Errorf("%s: body is not valid UTF-8", it.Where)
			}
		}
	}
}
