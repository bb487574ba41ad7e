package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep"
)

const seedPath = "../../../shared/seed/000_f90468803bcaac1f.txt"

// runCLI runs sitrep with args and returns its exit status and output.
func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestExtract_Seed(t *testing.T) {
	if _, err := os.Stat(seedPath); err != nil {
		t.Skipf("seed article not present at %s: %v", seedPath, err)
	}
	code, out, errs := runCLI(t, "", "extract", "--json", "--published", "2016-12-08", seedPath)
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if n := strings.Count(strings.TrimSpace(out), "\n"); n != 0 {
		t.Fatalf("want one JSON line, got %d lines", n+1)
	}
	var r sitrep.Report
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(seedPath)
	headline, _, _ := strings.Cut(string(raw), "\n")
	if got, want := r.Article.Title, headline; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
	if got, want := r.Article.Published.String(), "2016-12-08"; got != want {
		t.Errorf("published %q, want %q", got, want)
	}
	body := []rune(r.Article.Body)
	if len(r.Sentences) < 20 {
		t.Fatalf("only %d sentences", len(r.Sentences))
	}
	// Sentences lie in the body, in order, and cover all of its text.
	prev := 0
	for i, s := range r.Sentences {
		if s.Start < prev || s.End > len(body) || s.Start >= s.End {
			t.Fatalf("sentence %d span %v out of order or bounds", i, s.Span)
		}
		for _, c := range body[prev:s.Start] {
			if !strings.ContainsRune(" \t\r\n", c) {
				t.Fatalf("text %q before sentence %d is in no sentence", string(body[prev:s.Start]), i)
			}
		}
		prev = s.End
	}
	// Kerry's quote with its closing mark after a comma is one sentence.
	found := false
	for _, s := range r.Sentences {
		text := string(body[s.Start:s.End])
		if strings.Contains(text, "Kerry told reporters Thursday morning") {
			found = strings.Contains(text, "We’ll see where we are, ”")
			break
		}
	}
	if !found {
		t.Error(`"We’ll see where we are, ” Kerry told reporters Thursday morning…" is not one sentence`)
	}
	if !strings.Contains(out, `"quotes":[`) || !strings.Contains(out, `"events":[`) {
		t.Error("extraction lists must be JSON arrays")
	}
	if strings.Contains(out, `"tokens"`) {
		t.Error("tokens are printed only with --tokens")
	}
}

func TestExtract_Text(t *testing.T) {
	in := "Convoy reaches besieged town\nAid trucks reached Madaya on Monday, the ICRC said.\n"
	code, out, errs := runCLI(t, in, "extract", "-")
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	for _, want := range []string{"Convoy reaches besieged town", "1 sentence", "Quotes", "Claims", "Times", "Mentions", "Events"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestExtract_Tokens(t *testing.T) {
	code, out, errs := runCLI(t, "Headline here\nThey don't know.\n", "extract", "--json", "--tokens", "-")
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var r sitrep.Report
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range r.Sentences {
		for _, tok := range s.Tokens {
			got = append(got, tok.Text)
		}
	}
	if want := "They do n't know ."; strings.Join(got, " ") != want {
		t.Fatalf("tokens %q, want %q", strings.Join(got, " "), want)
	}
}

func TestExtract_ErrBadInput(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(good, []byte("Talks resume\nEnvoys met in Geneva.\n"), 0o644)
	os.WriteFile(empty, nil, 0o644)
	code, out, errs := runCLI(t, "", "extract", "--json", empty, good)
	if code != exitFailure {
		t.Fatalf("exit %d, want %d", code, exitFailure)
	}
	lines := strings.Split(strings.TrimSpace(errs), "\n")
	if len(lines) != 1 || !strings.HasPrefix(lines[0], empty+":") {
		t.Fatalf("stderr %q: want one line naming %s", errs, empty)
	}
	if !strings.Contains(out, "Envoys met in Geneva.") {
		t.Fatalf("the good input was not extracted: %q", out)
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"NoInput", []string{"extract"}},
		{"UnknownFlag", []string{"extract", "--nope", "x"}},
		{"BadDate", []string{"extract", "--published", "yesterday", "x"}},
		{"QueryArgs", []string{"query", "articles", "extra"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := runCLI(t, "", tt.args...)
			if code != exitUsage {
				t.Fatalf("exit %d, want %d (stderr %q)", code, exitUsage, errs)
			}
			if errs == "" {
				t.Fatal("no message on stderr")
			}
		})
	}
}

func TestIngestQuery(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	in := filepath.Join(dir, "in")
	os.Mkdir(in, 0o755)
	os.WriteFile(filepath.Join(in, "a.txt"), []byte("Truce talks resume in Geneva\nEnvoys met in Geneva on Monday, Dec. 5, 2016, to discuss a cease-fire.\n"), 0o644)
	os.WriteFile(filepath.Join(in, "b.txt"), []byte("Convoy reaches Madaya\nAid trucks arrived in Madaya on Jan. 11, 2016.\n"), 0o644)

	code, _, errs := runCLI(t, "", "ingest", "--db", db, in)
	if code != exitOK || !strings.Contains(errs, "2 added") {
		t.Fatalf("first ingest: exit %d, stderr %q", code, errs)
	}
	code, _, errs = runCLI(t, "", "ingest", "--db", db, in)
	if code != exitOK || !strings.Contains(errs, "0 added, 2 already stored") {
		t.Fatalf("second ingest: exit %d, stderr %q", code, errs)
	}
	code, out, errs := runCLI(t, "", "query", "articles", "--db", db, "--q", "cease-fire", "--json")
	if code != exitOK {
		t.Fatalf("query: exit %d, stderr %q", code, errs)
	}
	var a sitrep.Article
	if err := json.Unmarshal([]byte(out), &a); err != nil || a.Title != "Truce talks resume in Geneva" {
		t.Fatalf("query --q: %q (%v)", out, err)
	}
	code, out, _ = runCLI(t, "", "query", "articles", "--db", db, "--from", "2016-06-01")
	if code != exitOK || !strings.Contains(out, "Truce talks") || strings.Contains(out, "Convoy") {
		t.Fatalf("query --from: %q", out)
	}
	code, _, errs = runCLI(t, "", "query", "articles", "--db", filepath.Join(dir, "missing.db"))
	if code != exitFailure || !strings.Contains(errs, "no database") {
		t.Fatalf("missing db: exit %d, stderr %q", code, errs)
	}
}

func TestHelpEverywhere(t *testing.T) {
	for _, args := range [][]string{
		{"--help"}, {"extract", "--help"}, {"ingest", "--help"}, {"query", "articles", "--help"},
		{"eval", "--help"}, {"eval", "tokenize", "--help"}, {"demo", "--help"},
	} {
		code, out, _ := runCLI(t, "", args...)
		if code != exitOK || !strings.Contains(out, "Usage:") {
			t.Errorf("%v: exit %d, output %q", args, code, out)
		}
	}
}
