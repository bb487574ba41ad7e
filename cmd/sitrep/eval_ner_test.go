package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/spf13/cobra"
)

const tinyIOB2 = `# sent_id = t-1
# text = John Kerry met Sergei Lavrov in Hamburg.
1	John	B-PER	-	x
2	Kerry	I-PER	-	x
3	met	O	-	-
4	Sergei	B-PER	-	x
5	Lavrov	I-PER	-	x
6	in	O	-	-
7	Hamburg	B-LOC	-	x
8	.	O	-	-
`

// runNERCmd runs one of the NER commands directly.
func runNERCmd(t *testing.T, c func(*app) *cobra.Command, args ...string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cmd := c(&app{stdout: &stdout, stderr: &stderr})
	cmd.SetArgs(args)
	if err := cmd.Execute(); err != nil {
		t.Fatalf("%v, stderr %s", err, stderr.String())
	}
	return stdout.String()
}

func TestEvalNER(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tiny.iob2")
	if err := os.WriteFile(path, []byte(tinyIOB2), 0o644); err != nil {
		t.Fatal(err)
	}
	out := runNERCmd(t, newEvalNERCmd, path, "--json")
	var got struct {
		Precision, Recall, F1 float64
		Gold                  int
		Types                 map[string]struct{ F1 float64 }
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v in %q", err, out)
	}
	if got.Gold != 3 || got.F1 < 0.99 || got.Types["PER"].F1 < 0.99 || got.Types["LOC"].F1 < 0.99 {
		t.Errorf("got %s", out)
	}
}

// TestEvalNERMentions scores the report's mentions: the names the
// dictionaries and the recognizer find together, on word bounds.
func TestEvalNERMentions(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tiny.iob2")
	if err := os.WriteFile(path, []byte(tinyIOB2), 0o644); err != nil {
		t.Fatal(err)
	}
	out := runNERCmd(t, newEvalNERCmd, path, "--json", "--mentions")
	var got struct {
		F1   float64
		Gold int
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v in %q", err, out)
	}
	if got.Gold != 3 || got.F1 < 0.99 {
		t.Errorf("got %s", out)
	}
}

func TestTrainNER(t *testing.T) {
	dir := t.TempDir()
	gum := filepath.Join(dir, "gum.conllu")
	data := `# sent_id = s-1
# text = Maria Ortiz visited Lima.
1	Maria	Maria	PROPN	NNP	_	2	compound	_	Entity=(1-person-new-cf1-2-coref
2	Ortiz	Ortiz	PROPN	NNP	_	3	nsubj	_	Entity=1)
3	visited	visit	VERB	VBD	_	0	root	_	_
4	Lima	Lima	PROPN	NNP	_	3	obj	_	Entity=(2-place-new-cf2-1-sgl)|SpaceAfter=No
5	.	.	PUNCT	.	_	3	punct	_	_

`
	if err := os.WriteFile(gum, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	var models [2][]byte
	for i := range models {
		out := filepath.Join(dir, "m.bin")
		runNERCmd(t, newTrainNERCmd, "--train", gum, "--dev", gum, "--epochs", "2", "--out", out)
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		models[i] = b
	}
	if !bytes.Equal(models[0], models[1]) {
		t.Error("two runs give different models")
	}
}
