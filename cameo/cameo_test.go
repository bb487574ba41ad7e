package cameo_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"strings"
	"testing"

	"sitrep/cameo"
)

func mustDefault(tb testing.TB) *cameo.Lexicon {
	tb.Helper()
	l, err := cameo.Default()
	if err != nil {
		tb.Fatal(err)
	}
	return l
}

// words turns "a rebel proposal" into lexicon words, lemma = text.
func words(s string) []cameo.Word {
	var out []cameo.Word
	for _, f := range strings.Fields(s) {
		out = append(out, cameo.Word{Text: f, Lemma: f})
	}
	return out
}

func TestCodeVerb(t *testing.T) {
	l := mustDefault(t)
	tests := []struct {
		verb, lemma, before, after string
		want                       string // "" for no event
	}{
		{"condemned", "condemn", "the united states", "russia", "111"},
		{"called", "call", "they", "wednesday for an immediate cease fire in aleppo", "0256"},
		{"met", "meet", "kerry and lavrov", "earlier in germany", "040"},
		{"ignored", "ignore", "the government", "a rebel cease fire proposal", "1246"},
		{"rejected", "reject", "the government", "the united nations proposal", "120"},
		{"captured", "capture", "its forces", "new neighbourhoods", "192"},
		{"shelled", "shell", "the army", "the town", "194"},
		{"coming", "come", "districts were", "under heavy bombardment", "194"},
		{"said", "say", "he", "", "010"},
		{"walked", "walk", "they", "home", ""},
		{"recognize", "recognize", "the usa and russia", "nusrah as a terror group", ""},
		{"recognized", "recognize", "france", "the new government", "051"},
	}
	for _, tt := range tests {
		m, ok := l.CodeVerb(cameo.Word{Text: tt.verb, Lemma: tt.lemma}, words(tt.before), words(tt.after))
		got := ""
		if ok {
			got = m.Code
		}
		if got != tt.want {
			t.Errorf("%s %s %s: got %q, want %q", tt.before, tt.verb, tt.after, got, tt.want)
		}
	}
}

func TestPassivePattern(t *testing.T) {
	l := mustDefault(t)
	m, ok := l.CodeVerb(cameo.Word{Text: "came", Lemma: "come"}, words("the town"), words("under fire"))
	if !ok || !m.Passive || !m.Pattern {
		t.Errorf("come under fire: %+v %v, want a passive pattern", m, ok)
	}
}

func TestCodeNoun(t *testing.T) {
	l := mustDefault(t)
	if c, ok := l.CodeNoun(cameo.Word{Text: "talks", Lemma: "talk"}); !ok || c != "040" {
		t.Errorf("talks: %q %v", c, ok)
	}
	if c, ok := l.CodeNoun(cameo.Word{Text: "bombardment", Lemma: "bombardment"}); !ok || c[:2] != "19" {
		t.Errorf("bombardment: %q %v", c, ok)
	}
}

const petrarch = `# test
&TIES_
+DIPLOMATIC_TIES
+RELATIONS

--- RESTORE [---] ---
RESTORE
WIRE_+TAP {WIRE_+TAPPED}  [1711]
- * &TIES_ [064]
- * (WITH TRADE) [061]
- * &UNDEFINED [999]
- INSURGENTS * POWER [---]

~ a (a b ATTACK) SAY = a b 015
`

func TestReadPetrarch(t *testing.T) {
	blocks, err := cameo.ReadPetrarch(strings.NewReader(petrarch))
	if err != nil {
		t.Fatal(err)
	}
	if len(blocks) != 1 || len(blocks[0].Verbs) != 2 || len(blocks[0].Patterns) != 3 {
		t.Fatalf("got %+v", blocks)
	}
	l := cameo.New(blocks, nil)
	tests := []struct {
		verb, before, after, want string
	}{
		{"restored", "arnor", "full diplomatic ties with gondor", "064"},
		{"restored", "arnor", "relations", "064"},
		{"restored", "arnor", "diplomatic and trade ties", ""}, // set phrases stand together
		{"restores", "arnor", "ties with trade", "061"},
		{"restored", "insurgents", "power", ""},
		{"restored", "arnor", "order", ""},
		{"wire", "soldiers", "tapped links", ""},
	}
	for _, tt := range tests {
		m, ok := l.CodeVerb(cameo.Word{Text: tt.verb}, words(tt.before), words(tt.after))
		got := ""
		if ok {
			got = m.Code
		}
		if got != tt.want {
			t.Errorf("%s %s %s: got %q, want %q", tt.before, tt.verb, tt.after, got, tt.want)
		}
	}
	m, ok := l.CodeVerb(cameo.Word{Text: "tapped"}, words("soldiers wire"), words("links"))
	if !ok || m.Code != "1711" {
		t.Errorf("wire tapped: %+v %v", m, ok)
	}
}

func TestTSVRoundTrip(t *testing.T) {
	blocks, err := cameo.ReadPetrarch(strings.NewReader(petrarch))
	if err != nil {
		t.Fatal(err)
	}
	var a bytes.Buffer
	if err := cameo.WriteTSV(&a, []string{"header"}, blocks); err != nil {
		t.Fatal(err)
	}
	back, _, err := cameo.ReadTSV(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := cameo.WriteTSV(&b, []string{"header"}, back); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Errorf("round trip changed the file:\n%s\n---\n%s", a.String(), b.String())
	}
}

func TestReadTSVErrors(t *testing.T) {
	for _, in := range []string{"V\t+go\n", "X\tfoo\n", "P\t\tx\n"} {
		if _, _, err := cameo.ReadTSV(strings.NewReader(in)); err == nil {
			t.Errorf("%q: no error", in)
		}
	}
}

// TestBuild checks that the embedded verbs file is what the converter
// makes of the PETRARCH dictionary, license notice included.
func TestBuild(t *testing.T) {
	src, err := os.ReadFile("../../shared/data/petrarch2/dictionaries/CAMEO.2.0.txt")
	if err != nil {
		t.Skipf("PETRARCH dictionary absent: %v", err)
	}
	var buf bytes.Buffer
	if err := cameo.Build(src, &buf); err != nil {
		t.Fatal(err)
	}
	got := gunzip(t, buf.Bytes())
	if !strings.Contains(got, "# The MIT License (MIT)") || !strings.Contains(got, "Open Event Data Alliance") {
		t.Error("license notice missing from the header")
	}
	embedded, err := os.ReadFile("data/verbs.tsv.gz")
	if err != nil {
		t.Fatal(err)
	}
	if gunzip(t, embedded) != got {
		t.Error("data/verbs.tsv.gz is stale: run sitrep build cameo")
	}
}

func gunzip(tb testing.TB, b []byte) string {
	tb.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		tb.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		tb.Fatal(err)
	}
	return string(out)
}

func TestLookup(t *testing.T) {
	tests := []struct {
		code   string
		root   string
		quad   int
		gold   float64
		plover string
		acled  string
	}{
		{"0256", "02", 1, -0.3, "REQUEST", ""},
		{"111", "11", 3, -2.0, "ACCUSE", ""},
		{"040", "04", 1, 1.0, "CONSULT", ""},
		{"120", "12", 3, -4.0, "REJECT", ""},
		{"192", "19", 4, -9.5, "COERCE", cameo.ACLEDBattles},
		{"194", "19", 4, -10, "ASSAULT", cameo.ACLEDExplosions},
		{"145", "14", 4, -7.5, "PROTEST", cameo.ACLEDRiots},
		{"141", "14", 4, -6.5, "PROTEST", cameo.ACLEDProtests},
		{"173", "17", 4, -5, "COERCE", cameo.ACLEDStrategic},
		{"186", "18", 4, -10, "ASSAULT", cameo.ACLEDCivilians},
		{"0871", "08", 2, 9, "RETREAT", ""},
	}
	for _, tt := range tests {
		got, ok := cameo.Lookup(tt.code)
		if !ok || got.Root != tt.root || got.Quad != tt.quad || got.Goldstein != tt.gold || got.PLOVER != tt.plover || got.ACLED != tt.acled {
			t.Errorf("Lookup(%s) = %+v, %v", tt.code, got, ok)
		}
	}
	if _, ok := cameo.Lookup("999"); ok {
		t.Error("Lookup(999) ok")
	}
}

func TestMatchBlock(t *testing.T) {
	l := mustDefault(t)
	tests := []struct {
		verb, lemma, after, block string
		pattern                   bool
	}{
		{"departed", "depart", "the capital", "GO_SOMEWHERE", false}, // the block's default
		{"came", "come", "under fire", "COME UNDER", true},           // a pattern of our own block
	}
	for _, tt := range tests {
		m, ok := l.CodeVerb(cameo.Word{Text: tt.verb, Lemma: tt.lemma}, nil, words(tt.after))
		if !ok || m.Block != tt.block || m.Pattern != tt.pattern {
			t.Errorf("%s %s: %+v %v, want block %s, pattern %v", tt.verb, tt.after, m, ok, tt.block, tt.pattern)
		}
	}
}
