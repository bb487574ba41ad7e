package cameo_test

import (
	"bytes"
	"strings"
	"testing"

	"sitrep/cameo"
)

const markers = `&NEG_
+DID N'T
+WILL NOT
--- FREE [080] ---
FREE
- + * FROM $ [066]
- RECENTLY_* [025]
- * REALLY_PLEASANT [024]
- &NEG_EVER * [905]
- * IFTAR IN ^ + [045]
- + HOSTING * MAY_DAY $ [046]
- * FOR_ASYLUM [174]
- * ASYLUM [175]
--- APPREHEND [171] ---
ARREST [173]
SEIZE
- SOLDIERS * [192] # SEIZE
`

func TestPatternMarkers(t *testing.T) {
	blocks, err := cameo.ReadPetrarch(strings.NewReader(markers))
	if err != nil {
		t.Fatal(err)
	}
	l := cameo.New(blocks, nil)
	tests := []struct {
		verb, lemma, before, after, want string
	}{
		{"freed", "free", "the militia was", "from mordor", "066"},
		{"freed", "free", "they recently", "them", "025"},
		{"free", "free", "they recently did", "them", "080"}, // joined to '*': next to the verb
		{"freed", "free", "they", "a really pleasant place", "024"},
		{"freed", "free", "they", "a really very pleasant place", "080"}, // joined words stand together
		{"free", "free", "they did n't ever", "them", "905"},
		{"free", "free", "they did really n't ever", "them", "080"},
		{"freed", "free", "they", "for asylum", "174"}, // more words named win
		{"arrested", "arrest", "soldiers", "them", "173"},
		{"seized", "seize", "soldiers", "the town", "192"}, // # SEIZE: for seize only
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
	m, _ := l.CodeVerb(cameo.Word{Text: "freed", Lemma: "free"}, words("the militia was"), words("from mordor"))
	if !m.Passive || !m.SourceAfter.Matches(words("from"), 0) {
		t.Errorf("FREE + * FROM $: %+v, want the subject as target and the source after from", m)
	}
	m, _ = l.CodeVerb(cameo.Word{Text: "freed", Lemma: "free"}, words("they"), words("iftar in bree with elves"))
	if m.Code != "045" || m.Skip != 1 || !m.TargetAfter.Matches(words("in"), 0) {
		t.Errorf("IFTAR IN ^ +: %+v, want the target one phrase after in", m)
	}
	m, _ = l.CodeVerb(cameo.Word{Text: "free", Lemma: "free"}, words("mordor will be hosting osgiliath to"), words("may day with eriador"))
	if m.Code != "046" || !m.TargetBefore.Matches(words("hosting"), 0) || !m.SourceAfter.Matches(words("may day"), 1) {
		t.Errorf("+ HOSTING * MAY_DAY $: %+v, want the host as target, the source after May Day", m)
	}
	// The compact format keeps what the markers say.
	var a bytes.Buffer
	if err := cameo.WriteTSV(&a, nil, blocks); err != nil {
		t.Fatal(err)
	}
	back, _, err := cameo.ReadTSV(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := cameo.WriteTSV(&b, nil, back); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Errorf("round trip changed the file:\n%s\n---\n%s", a.String(), b.String())
	}
	for _, flag := range []string{"passive", "source=1", "prenext", "target=2", "skip=1", "targetpre=1", "for=seize"} {
		if !strings.Contains(a.String(), flag) {
			t.Errorf("compact form lacks %q:\n%s", flag, a.String())
		}
	}
}

func TestLookupFallsBackToRoot(t *testing.T) {
	info, ok := cameo.Lookup("176")
	if !ok || info.PLOVER != "COERCE" || info.Root != "17" {
		t.Errorf("176: %+v %v, want COERCE from 170", info, ok)
	}
}

func TestOwnPatternWinsTie(t *testing.T) {
	const dict = `--- GRANT [060] ---
GRANT
GIVE
- * ASYLUM [075] # GRANT
- * ARMY [150] # GIVE
`
	blocks, err := cameo.ReadPetrarch(strings.NewReader(dict))
	if err != nil {
		t.Fatal(err)
	}
	l := cameo.New(blocks, nil)
	for _, tt := range []struct{ verb, want string }{{"grant", "075"}, {"give", "150"}} {
		m, ok := l.CodeVerb(cameo.Word{Text: tt.verb, Lemma: tt.verb}, nil, words("asylum to army officers"))
		if !ok || m.Code != tt.want {
			t.Errorf("%s asylum to army officers: got %q, want %s", tt.verb, m.Code, tt.want)
		}
	}
}

func TestNewsPhrases(t *testing.T) {
	l, err := cameo.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ verb, lemma, after, want string }{
		{"sent", "send", "arms to the rebels", "072"},
		{"holding", "hold", "thousands of refugees as human shields", "184"},
		{"sworn", "swear", "to fight until they gain control", "138"},
		{"issued", "issue", "a statement", "010"},
	} {
		m, ok := l.CodeVerb(cameo.Word{Text: tt.verb, Lemma: tt.lemma}, words("the army"), words(tt.after))
		if !ok || m.Code != tt.want {
			t.Errorf("%s %s: got %q, want %s", tt.verb, tt.after, m.Code, tt.want)
		}
	}
	if lemma, ok := l.VerbLemma("demolished"); !ok || lemma != "demolish" {
		t.Errorf("VerbLemma(demolished) = %q, %v", lemma, ok)
	}
}
