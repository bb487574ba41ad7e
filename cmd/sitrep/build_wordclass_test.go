package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/wordclass"
)

func TestBuildWordclass(t *testing.T) {
	dir := t.TempDir()
	var conll, csv, xml strings.Builder
	csv.WriteString("unit_id,article_content\n")
	xml.WriteString("<articles>\n")
	for i, noun := range []string{"dog", "cat", "cow", "horse"} {
		for j, verb := range []string{"sees", "likes", "feeds"} {
			conll.WriteString("1\tthe\t_\t_\t_\t_\t0\t_\t_\t_\n2\t" + noun + "\t_\t_\t_\t_\t0\t_\t_\t_\n3\t" + verb + "\t_\t_\t_\t_\t0\t_\t_\t_\n4\t.\t_\t_\t_\t_\t0\t_\t_\t_\n\n")
			csv.WriteString(string(rune('1'+i)) + string(rune('a'+j)) + ",\"A " + noun + " " + verb + " the cat.\"\n")
			xml.WriteString("<article><text><![CDATA[The " + noun + " " + verb + " a cow.]]></text></article>\n")
		}
	}
	xml.WriteString("</articles>\n")
	files := map[string]string{"a.conllu": conll.String(), "b.csv": csv.String(), "c.xml": xml.String()}
	args := []string{"wordclass", "--clusters", "4", "--min-count", "2"}
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, "--src", p)
	}
	var built [][]byte
	for k, workers := range []string{"1", "2"} {
		out := filepath.Join(dir, "clusters"+workers+".tsv.gz")
		got := runDataCmd(t, newBuildCmd, append(args, "--workers", workers, "--out", out)...)
		if !strings.Contains(got, "wrote "+out) {
			t.Errorf("output %q", got)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		built = append(built, b)
		if k > 0 && !bytes.Equal(b, built[0]) {
			t.Errorf("--workers %s built other bytes", workers)
		}
	}
	zr, err := gzip.NewReader(bytes.NewReader(built[0]))
	if err != nil {
		t.Fatal(err)
	}
	tab, err := wordclass.Read(zr, "built")
	if err != nil {
		t.Fatal(err)
	}
	dog, ok1 := tab.Lookup("dog")
	horse, ok2 := tab.Lookup("horse")
	sees, ok3 := tab.Lookup("sees")
	if !ok1 || !ok2 || !ok3 {
		t.Fatalf("dog, horse or sees missing from %d words", tab.Len())
	}
	if dog != horse || dog == sees {
		t.Errorf("dog %s, horse %s, sees %s: want the nouns together, apart from the verb", dog, horse, sees)
	}
}
