package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestEvalAttribution(t *testing.T) {
	var stdout, stderr bytes.Buffer
	c := newEvalAttributionCmd(&app{stdout: &stdout, stderr: &stderr})
	c.SetArgs([]string{"../../eval/attreval/testdata", "--json"})
	c.SetOut(&stdout)
	c.SetErr(&stderr)
	if err := c.Execute(); err != nil {
		t.Fatalf("%v, stderr %s", err, stderr.String())
	}
	var got map[string]float64
	if err := json.Unmarshal(stdout.Bytes(), &got); err != nil {
		t.Fatalf("%v in %s", err, stdout.String())
	}
	if got["n"] != 17 || got["content_f1"] < 0.9 || got["source_acc"] < 0.8 {
		t.Errorf("got %v", got)
	}
}

func TestEvalAttributionText(t *testing.T) {
	var stdout bytes.Buffer
	c := newEvalAttributionCmd(&app{stdout: &stdout, stderr: &stdout})
	c.SetArgs([]string{"../../eval/attreval/testdata"})
	if err := c.Execute(); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stdout.String(), "source accuracy") {
		t.Errorf("got %s", stdout.String())
	}
}

func TestEvalAttributionErrMissing(t *testing.T) {
	var out bytes.Buffer
	c := newEvalAttributionCmd(&app{stdout: &out, stderr: &out})
	c.SetArgs([]string{t.TempDir()})
	c.SetOut(&out)
	c.SetErr(&out)
	if err := c.Execute(); err == nil {
		t.Error("no error for a directory without .ann files")
	}
}
