package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"sitrep/cameo"
)

// runCmd runs a command directly: the lead wires these into the tree.
func runCmd(t *testing.T, c *cobra.Command, stdout *bytes.Buffer, args ...string) string {
	t.Helper()
	var stderr bytes.Buffer
	c.SetArgs(args)
	c.SetOut(stdout)
	c.SetErr(&stderr)
	if err := c.Execute(); err != nil {
		t.Fatalf("%v, stderr %s", err, stderr.String())
	}
	return stdout.String()
}

const tinyValidation = `<Validation>
<Environment>
    <Verbfile>verbs.txt</Verbfile>
    <Actorfile>actors.txt</Actorfile>
    <Agentfile>agents.txt</Agentfile>
    <Discardfile>discards.txt</Discardfile>
</Environment>
<Sentences>
<Sentence date="19950101" id="T-01" category="DEMO">
<EventCoding sourcecode="GONGOV" targetcode="MOR" eventcode="111"/>
<Text>The Gondor government condemned Mordor.</Text>
</Sentence>
<Sentence date="19950101" id="T-02" category="DEMO">
<EventCoding noevents="True"/>
<Text>Gondor won the baseball final.</Text>
</Sentence>
</Sentences>
</Validation>
`

func TestEvalPetrarch(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"v.xml":                     tinyValidation,
		"dictionaries/verbs.txt":    "--- CONDEMN [111] ---\nCONDEMN\n- * VICTORY [---]\n",
		"dictionaries/actors.txt":   "GONDOR [GON]\nMORDOR [MOR]\n",
		"dictionaries/agents.txt":   "GOVERNMENT [~GOV]\n",
		"dictionaries/discards.txt": "BASEBALL\n",
	}
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var stdout bytes.Buffer
	out := runCmd(t, newEvalPetrarchCmd(&app{stdout: &stdout}), &stdout, filepath.Join(dir, "v.xml"), "--json")
	var got map[string]float64
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v in %q", err, out)
	}
	if got["exact"] != 1 || got["n"] != 2 {
		t.Errorf("got %v, want exact 1 of 2", got)
	}
}

func TestEvalPlover(t *testing.T) {
	p := filepath.Join(t.TempDir(), "gsr.jsonl")
	rec := `{"id": "T-1", "date": "2016-12-08", "source": [{"actorText": "Russia", "code": "RUS"}], "target": [{"actorText": "Turkey", "code": "TUR"}], "event": "DISAPPROVE", "text": "Russia condemned Turkey on Wednesday."}` + "\n"
	if err := os.WriteFile(p, []byte(rec), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout bytes.Buffer
	out := runCmd(t, newEvalPloverCmd(&app{stdout: &stdout}), &stdout, p, "--json")
	var got map[string]float64
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v in %q", err, out)
	}
	for _, k := range []string{"event_acc", "source_acc", "target_acc"} {
		if got[k] != 1 {
			t.Errorf("%s = %v, want 1", k, got[k])
		}
	}
	if got["n"] != 1 {
		t.Errorf("n = %v, want 1", got["n"])
	}
}

func TestBuildCameo(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "verbs.txt")
	text := "# The MIT License (MIT)\n# Copyright (c) 2015 Somebody\n# CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.\n\n--- CONDEMN [111] ---\nCONDEMN\n- * ATTACK [1112]\n"
	if err := os.WriteFile(src, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out", "verbs.tsv.gz")
	var stdout bytes.Buffer
	runCmd(t, newBuildCameoCmd(&app{stdout: &stdout}), &stdout, "--src", src, "--out", out)
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	var plain bytes.Buffer
	if _, err := plain.ReadFrom(zr); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(plain.String(), "# Copyright (c) 2015 Somebody") {
		t.Errorf("license lost:\n%s", plain.String())
	}
	blocks, _, err := cameo.ReadTSV(&plain)
	if err != nil || len(blocks) != 1 || len(blocks[0].Patterns) != 1 {
		t.Errorf("got %+v, %v", blocks, err)
	}
}
