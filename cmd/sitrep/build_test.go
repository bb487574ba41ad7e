package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// runDataCmd runs one command directly: the lead wires it into the root.
func runDataCmd(t *testing.T, newCmd func(*app) *cobra.Command, args ...string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	c := newCmd(&app{stdout: &stdout, stderr: &stderr})
	c.SetArgs(args)
	c.SetOut(&stdout)
	c.SetErr(&stderr)
	if err := c.Execute(); err != nil {
		t.Fatalf("%v, stderr %s", err, stderr.String())
	}
	return stdout.String()
}

const tinyLGL = `<?xml version="1.0" encoding="utf-8"?>
<articles><article docid="1"><text><![CDATA[Fire in Aleppo, Syria, and in Hamburg.]]></text><toponyms>
<toponym><start>8</start><end>14</end><phrase>Aleppo</phrase><gaztag geonameid="170063"><lat>36.20124</lat><lon>37.16117</lon></gaztag></toponym>
<toponym><start>16</start><end>21</end><phrase>Syria</phrase><gaztag geonameid="163843"><lat>35</lat><lon>38</lon></gaztag></toponym>
<toponym><start>30</start><end>37</end><phrase>Hamburg</phrase><gaztag geonameid="2911298"><lat>53.55073</lat><lon>9.99302</lon></gaztag></toponym>
</toponyms></article></articles>`

func TestEvalGeo(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tiny.xml")
	if err := os.WriteFile(path, []byte(tinyLGL), 0o644); err != nil {
		t.Fatal(err)
	}
	var got map[string]float64
	if err := json.Unmarshal([]byte(runDataCmd(t, newEvalGeoCmd, path, "--json")), &got); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"acc161", "exact", "mean_km", "n", "e2e_precision", "e2e_recall", "e2e_acc161"} {
		if _, ok := got[k]; !ok {
			t.Errorf("no key %q in %v", k, got)
		}
	}
	if got["n"] != 3 || got["acc161"] != 1 || got["exact"] != 1 {
		t.Errorf("got %v", got)
	}
	if out := runDataCmd(t, newEvalGeoCmd, path); !strings.Contains(out, "acc@161km 1.000") {
		t.Errorf("text output %q", out)
	}
}

func TestBuildGazetteer(t *testing.T) {
	src := "../../../shared/data/gazetteer"
	if _, err := os.Stat(src); err != nil {
		t.Skipf("sources absent: %v", err)
	}
	dir := t.TempDir()
	out, minorOut := filepath.Join(dir, "g.tsv.gz"), filepath.Join(dir, "m.tsv.gz")
	corpora := "../../../shared/data/geoparsing/"
	args := []string{"gazetteer", "--src", src, "--out", out, "--points", corpora + "lgl.xml", "--points", corpora + "GWN.xml"}
	// The minor places and the counties come from files outside the
	// shared sources (.ci/run fetches them and names them here).
	minor, counties := os.Getenv("SITREP_MINOR_PLACES"), os.Getenv("SITREP_COUNTIES")
	_, err1 := os.Stat(minor)
	_, err2 := os.Stat(counties)
	if minor != "" && counties != "" && err1 == nil && err2 == nil {
		args = append(args, "--minor", minor, "--counties", counties, "--minor-out", minorOut)
	} else {
		t.Logf("SITREP_MINOR_PLACES or SITREP_COUNTIES unset or absent (%q, %q): the minor places are not rebuilt", minor, counties)
		minor = ""
	}
	if got := runDataCmd(t, newBuildCmd, args...); !strings.Contains(got, "wrote "+out) {
		t.Errorf("output %q", got)
	}
	for built, embedded := range map[string]string{out: "../../gazetteer/data/gazetteer.tsv.gz", minorOut: "../../gazetteer/data/minor.tsv.gz"} {
		if built == minorOut && minor == "" {
			continue
		}
		want, err := os.ReadFile(embedded)
		if err != nil {
			t.Fatal(err)
		}
		if b, _ := os.ReadFile(built); !bytes.Equal(b, want) {
			t.Errorf("built %s differs from the embedded one", filepath.Base(embedded))
		}
	}
}
