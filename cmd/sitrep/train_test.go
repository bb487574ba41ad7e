package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestTrainParserSeeds trains a two-member parser ensemble on the parser's
// small test treebank and checks that both members and the report set are
// scored and that the model written loads and parses.
func TestTrainParserSeeds(t *testing.T) {
	mini := "../../parse/testdata/mini.conllu"
	out := filepath.Join(t.TempDir(), "parser.bin")
	code, _, errs := runCLI(t, "", "train", "parser", "--train", mini, "--dev", mini, "--report", mini,
		"--jackknife", "0", "--epochs", "2", "--seeds", "2", "--out", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"member 2 of 2, seed 2", "ensemble of 2: " + mini + " (report) uas"} {
		if !strings.Contains(errs, want) {
			t.Errorf("log lacks %q:\n%s", want, errs)
		}
	}
	p, err := loadParser(out)
	if err != nil {
		t.Fatal(err)
	}
	if nf, _ := p.Size(); nf == 0 {
		t.Error("empty model")
	}
	code, _, errs = runCLI(t, "", "train", "parser", "--train", mini, "--report", mini, "--out", out)
	if code != exitUsage || !strings.Contains(errs, "--report needs --dev") {
		t.Errorf("--report without --dev: exit %d, %q", code, errs)
	}
}
