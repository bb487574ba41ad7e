package wordclass_test

import (
	"bytes"
	"strings"
	"testing"

	"sitrep/wordclass"
)

func MustParsePath(tb testing.TB, s string) wordclass.Path {
	tb.Helper()
	p, err := wordclass.ParsePath(s)
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

func TestPath(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		p := MustParsePath(t, "0110100")
		if got, want := p.String(), "0110100"; got != want {
			t.Errorf("String: got %s, want %s", got, want)
		}
		for n, want := range map[int]string{0: "", 1: "0", 4: "0110", 6: "011010", 7: "0110100", 20: "0110100"} {
			if got := p.Prefix(n).String(); got != want {
				t.Errorf("Prefix(%d): got %q, want %q", n, got, want)
			}
		}
		if a, b := MustParsePath(t, "01"), MustParsePath(t, "010"); a == b {
			t.Error("01 and 010 are the same Path")
		}
		long := strings.Repeat("1", wordclass.MaxDepth)
		if got := MustParsePath(t, long).String(); got != long {
			t.Errorf("got %s, want %s", got, long)
		}
	})
	t.Run("ErrBit", func(t *testing.T) {
		if _, err := wordclass.ParsePath("0120"); err == nil {
			t.Error("no error for a 2")
		}
	})
	t.Run("ErrLong", func(t *testing.T) {
		if _, err := wordclass.ParsePath(strings.Repeat("0", wordclass.MaxDepth+1)); err == nil {
			t.Error("no error for a path too long")
		}
	})
}

func TestTable(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		in := "# comment\n110\tFirefox\t3\n0\tthe\t10\n\n10\tMozilla\t4\n110\tChrome\t2\n"
		tab, err := wordclass.Read(strings.NewReader(in), "in.tsv")
		if err != nil {
			t.Fatal(err)
		}
		if got, want := tab.Len(), 4; got != want {
			t.Fatalf("Len: got %d, want %d", got, want)
		}
		if got, want := MustPath(t, tab, "Firefox").String(), "110"; got != want {
			t.Errorf("Firefox: got %s, want %s", got, want)
		}
		if got, ok := tab.LookupBytes([]byte("Mozilla")); !ok || got.String() != "10" {
			t.Errorf("LookupBytes(Mozilla): got %s, %v", got, ok)
		}
		if _, ok := tab.Lookup("firefox"); ok {
			t.Error("firefox found; lookups keep case")
		}
		var buf bytes.Buffer
		if err := tab.Write(&buf); err != nil {
			t.Fatal(err)
		}
		want := "# wordclass: path\tword\tcount\n0\tthe\t10\n10\tMozilla\t4\n110\tChrome\t2\n110\tFirefox\t3\n"
		if got := buf.String(); got != want {
			t.Errorf("Write: got\n%s\nwant\n%s", got, want)
		}
	})
	for name, in := range map[string]string{
		"ErrFields": "0\tthe\n",
		"ErrPath":   "0x\tthe\t1\n",
		"ErrCount":  "0\tthe\tmany\n",
		"ErrWord":   "0\t\t1\n",
		"ErrTwice":  "0\tthe\t1\n1\tthe\t2\n",
	} {
		t.Run(name, func(t *testing.T) {
			_, err := wordclass.Read(strings.NewReader(in), "bad.tsv")
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), "bad.tsv:") {
				t.Errorf("error %q does not name the file and line", err)
			}
		})
	}
}

func TestDefault(t *testing.T) {
	tab, err := wordclass.Default()
	if err != nil {
		t.Fatal(err)
	}
	if tab.Len() == 0 {
		t.Skip("no embedded table")
	}
	// function words of one kind share their upper branches
	the, a := MustPath(t, tab, "the"), MustPath(t, tab, "a")
	if the.Prefix(4) != a.Prefix(4) {
		t.Errorf("the %s and a %s differ in their first 4 bits", the, a)
	}
}
