package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const tinyTimeML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>tiny</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2016-12-08" temporalFunction="false" functionInDocument="CREATION_TIME">20161208</TIMEX3></DCT>
<TEXT>
The convoy left <TIMEX3 tid="t1" type="DATE" value="2016-12-07">Wednesday</TIMEX3> and the siege has lasted <TIMEX3 tid="t2" type="DURATION" value="P26D">26 days</TIMEX3>.
</TEXT>
</TimeML>
`

// runEvalTimex runs the command directly: the lead wires it into "eval".
func runEvalTimex(t *testing.T, args ...string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	a := &app{stdout: &stdout, stderr: &stderr}
	c := newEvalTimexCmd(a)
	c.SetArgs(args)
	c.SetOut(&stdout)
	c.SetErr(&stderr)
	if err := c.Execute(); err != nil {
		t.Fatalf("%v, stderr %s", err, stderr.String())
	}
	return stdout.String()
}

func TestEvalTimex(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "corpus", "sub")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "tiny.tml"), []byte(tinyTimeML), 0o644); err != nil {
		t.Fatal(err)
	}
	root := filepath.Dir(dir)
	t.Run("OK", func(t *testing.T) {
		var got map[string]float64
		out := runEvalTimex(t, root, "--json")
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("%v in %q", err, out)
		}
		for _, k := range []string{"strict_f1", "relaxed_f1", "type_acc", "value_f1"} {
			if got[k] != 1 {
				t.Errorf("%s = %v, want 1", k, got[k])
			}
		}
		if got["n"] != 2 || got["files"] != 1 {
			t.Errorf("n %v files %v, want 2 and 1", got["n"], got["files"])
		}
	})
	t.Run("Table", func(t *testing.T) {
		if out := runEvalTimex(t, root); !strings.Contains(out, "relaxed") {
			t.Errorf("no table in %q", out)
		}
	})
	t.Run("ErrArgs", func(t *testing.T) {
		c := newEvalTimexCmd(&app{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}})
		c.SetArgs(nil)
		c.SetOut(&bytes.Buffer{})
		c.SetErr(&bytes.Buffer{})
		err := c.Execute()
		if !errors.As(err, new(*usageError)) {
			t.Errorf("err %v, want a usage error", err)
		}
	})
}
