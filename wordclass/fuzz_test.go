package wordclass_test

import (
	"bytes"
	"testing"

	"sitrep/wordclass"
)

// FuzzRead checks that Read never panics and that a table it accepts is
// written and read back unchanged.
func FuzzRead(f *testing.F) {
	f.Add([]byte("# wordclass: path\tword\tcount\n0\tthe\t10\n10\tMozilla\t4\n"))
	f.Add([]byte("110\tFirefox\t3\n\n"))
	f.Add([]byte("0\tthe\n"))
	f.Add([]byte("\t\t\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		tab, err := wordclass.Read(bytes.NewReader(b), "fuzz")
		if err != nil {
			return
		}
		var out bytes.Buffer
		if err := tab.Write(&out); err != nil {
			t.Fatal(err)
		}
		again, err := wordclass.Read(bytes.NewReader(out.Bytes()), "again")
		if err != nil {
			t.Fatalf("written table unreadable: %v\n%q", err, out.String())
		}
		var out2 bytes.Buffer
		if err := again.Write(&out2); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out.Bytes(), out2.Bytes()) {
			t.Fatalf("round trip changed the table:\n%q\n%q", out.String(), out2.String())
		}
	})
}
