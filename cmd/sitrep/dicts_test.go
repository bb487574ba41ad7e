package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExtractUserDictionaries checks that --dict reads a PETRARCH verb and
// actor file and --actors a sitrep TSV file, and that their entries code an
// event the embedded dictionaries cannot.
func TestExtractUserDictionaries(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	dicts := filepath.Join(dir, "dicts")
	if err := os.Mkdir(dicts, 0o755); err != nil {
		t.Fatal(err)
	}
	write("dicts/mine.verbs.txt", "--- FLOOBLE  [111] ---\nFLOOBLE\nFLOOBLED\nFLOOBLES\n")
	write("dicts/mine.actors.txt", "RURITANIA_ [RUR]\n")
	write("dicts/mine.discards.txt", "WORLD_CUP\n")
	write("dicts/mine.issues.txt", "SOMETHING_\n")
	tsv := write("people.tsv", "id\tkind\tname\tcountry\tsector\tcode\trole\tfrom\tto\taliases\n"+
		"freedonia\tcountry\tFreedonia\tFRE\t\tFRE\t\t\t\t\n")
	art := write("article.txt", "Ruritania floobled Freedonia on Monday over the border dispute, officials said.\n")

	cup := write("cup.txt", "Ruritania floobled Freedonia after the World Cup final, officials said.\n")
	run := func(extra ...string) (events []map[string]any, stderr string) {
		var out, errb bytes.Buffer
		c := newExtractCmd(&app{stdin: strings.NewReader(""), stdout: &out, stderr: &errb})
		c.SetArgs(append([]string{"--json", "--published", "2020-01-08"}, extra...))
		c.SetOut(&out)
		c.SetErr(&errb)
		if err := c.Execute(); err != nil {
			t.Fatalf("%v, stderr %s", err, errb.String())
		}
		var r struct {
			Events []map[string]any `json:"events"`
		}
		if err := json.Unmarshal(out.Bytes(), &r); err != nil {
			t.Fatalf("%v: %s", err, out.String())
		}
		return r.Events, errb.String()
	}

	if evs, _ := run(art); len(evs) != 0 {
		t.Fatalf("without the user's dictionaries: %d events, want none", len(evs))
	}
	evs, stderr := run(art, "--dict", dicts, "--actors", tsv)
	if len(evs) != 1 || evs[0]["cameo"] != "111" {
		t.Fatalf("events %v, want one 111", evs)
	}
	country := func(ref any) any {
		m, _ := ref.(map[string]any)
		a, _ := m["actor"].(map[string]any)
		return a["country"]
	}
	if s, g := country(evs[0]["source"]), country(evs[0]["target"]); s != "RUR" || g != "FRE" {
		t.Errorf("source %v target %v, want RUR and FRE", s, g)
	}
	if evs, _ := run(cup, "--dict", dicts, "--actors", tsv); len(evs) != 0 {
		t.Errorf("a sentence with a discard phrase gave %v", evs)
	}
	if !strings.Contains(stderr, "mine.issues.txt: not used") {
		t.Errorf("stderr %q does not name the unused file", stderr)
	}
}

// TestExtractBadDictionary checks that a --dict directory with nothing to
// read is an error naming it.
func TestExtractBadDictionary(t *testing.T) {
	dir := t.TempDir()
	var out, errb bytes.Buffer
	art := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(art, []byte("Officials met on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c := newExtractCmd(&app{stdin: strings.NewReader(""), stdout: &out, stderr: &errb})
	c.SetArgs([]string{"--dict", dir, art})
	c.SetOut(&out)
	c.SetErr(&errb)
	err := c.Execute()
	if err == nil || !strings.Contains(err.Error(), dir) {
		t.Fatalf("error %v, want one naming %s", err, dir)
	}
}
