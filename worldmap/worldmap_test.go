package worldmap_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/worldmap"
)

func TestBuild(t *testing.T) {
	src := filepath.Join(t.TempDir(), "tiny.geojson")
	geo := `{"type":"FeatureCollection","features":[
	  {"type":"Feature","properties":{"ISO_A3":"-99","ADM0_A3":"XKX","NAME":"Kosovo"},
	   "geometry":{"type":"Polygon","coordinates":[[[20,42],[21,42],[21,43],[20,42]]]}},
	  {"type":"Feature","properties":{"ISO_A3":"AAA","NAME":"A & B"},
	   "geometry":{"type":"MultiPolygon","coordinates":[[[[-180,90],[0,0],[0,0.001],[180,-90],[-180,90]]]]}}]}`
	if err := os.WriteFile(src, []byte(geo), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := worldmap.Build(src, &out); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		// Sorted by code; names escaped; points rounding onto the previous dropped.
		`<path data-iso="AAA" data-name="A &amp; B" d="M0 0l500 250 500 250-1000-500z"/>`,
		`<path data-iso="XKX" data-name="Kosovo" d="M555.6 133.3l2.7 0 0-2.7-2.7 2.7z"/>`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %s\n%s", want, got)
		}
	}
	if strings.Index(got, "AAA") > strings.Index(got, "XKX") {
		t.Error("countries not sorted by code")
	}
}

// TestEmbedded checks that the map the UI embeds is what Build makes of
// the Natural Earth file, when the source data is at hand.
func TestEmbedded(t *testing.T) {
	src := filepath.Join("..", "..", "shared", "data", "gazetteer", "boundaries")
	if _, err := os.Stat(filepath.Join(src, worldmap.Source)); err != nil {
		t.Skipf("source data not found: %v", err)
	}
	var out bytes.Buffer
	if err := worldmap.Build(src, &out); err != nil {
		t.Fatal(err)
	}
	embedded, err := os.ReadFile(filepath.Join("..", "httpapi", "ui", "world.svg"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), embedded) {
		t.Fatal("httpapi/ui/world.svg is stale: run go generate ./httpapi")
	}
}
