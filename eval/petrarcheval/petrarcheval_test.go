package petrarcheval_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep"
	"sitrep/cameo"
	"sitrep/eval/petrarcheval"
)

const suiteXML = `<Validation>
<Environment>
    <Verbfile>verbs.txt</Verbfile>
    <Actorfile>actors.txt</Actorfile>
    <Agentfile>agents.txt</Agentfile>
    <Discardfile>discards.txt</Discardfile>
</Environment>
<Sentences>
<Sentence date="19950101" id="T-01" category="DEMO">
<EventCoding sourcecode="GONGOV" targetcode="MOR" eventcode="111"/>
<Text>Gondor government condemned Mordor</Text>
</Sentence>
<Sentence date="19950101" id="T-03" category="DEMO">
<EventCoding sourcecode="FRO" targetcode="MOR" eventcode="111"/>
<EventCoding sourcecode="BIL" targetcode="MOR" eventcode="111"/>
<Text>The Shire condemned Mordor</Text>
</Sentence>
<Sentence date="19950101" id="T-02" category="DEMO">
<EventCoding error="sentencediscard"/>
<Text>Gondor condemned the baseball final</Text>
</Sentence>
</Sentences>
</Validation>
`

// parsed holds hand-made parses of the suite's sentences.
var parsed = map[string][]sitrep.Token{
	"The Shire condemned Mordor": {
		{Text: "The", UPOS: "DET", Head: 2, Deprel: "det"},
		{Text: "Shire", UPOS: "PROPN", Head: 3, Deprel: "nsubj"},
		{Text: "condemned", UPOS: "VERB", Lemma: "condemn", Head: 0, Deprel: "root"},
		{Text: "Mordor", UPOS: "PROPN", Head: 3, Deprel: "obj"},
	},
	"Gondor government condemned Mordor": {
		{Text: "Gondor", UPOS: "PROPN", Head: 2, Deprel: "compound"},
		{Text: "government", UPOS: "NOUN", Head: 3, Deprel: "nsubj"},
		{Text: "condemned", UPOS: "VERB", Lemma: "condemn", Head: 0, Deprel: "root"},
		{Text: "Mordor", UPOS: "PROPN", Head: 3, Deprel: "obj"},
	},
}

func analyze(text string) []sitrep.Sentence {
	toks := append([]sitrep.Token(nil), parsed[text]...)
	at := 0
	for i := range toks {
		toks[i].Start = at
		toks[i].End = at + len(toks[i].Text)
		toks[i].SpaceAfter = true
		at = toks[i].End + 1
	}
	return []sitrep.Sentence{{Span: sitrep.Span{End: len(text)}, Tokens: toks}}
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"verbs.txt":    "--- CONDEMN [111] ---\nCONDEMN\n",
		"actors.txt":   "GONDOR [GON]\n+MINAS_TIRITH\nMORDOR\n\t[MOR]\nTHE_SHIRE [FRO/BIL]\n",
		"agents.txt":   "GOVERNMENT [~GOV]\n",
		"discards.txt": "BASEBALL\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	suite, err := petrarcheval.Read(strings.NewReader(suiteXML))
	if err != nil {
		t.Fatal(err)
	}
	if len(suite.Records) != 3 || suite.Verbs != "verbs.txt" || len(suite.Records[0].Want) != 1 || len(suite.Records[2].Want) != 0 {
		t.Fatalf("got %+v", suite)
	}
	dicts, err := petrarcheval.ReadDicts(dir, suite)
	if err != nil {
		t.Fatal(err)
	}
	verbs, err := os.ReadFile(filepath.Join(dir, suite.Verbs))
	if err != nil {
		t.Fatal(err)
	}
	blocks, err := cameo.ReadPetrarch(strings.NewReader(string(verbs)))
	if err != nil {
		t.Fatal(err)
	}
	r := petrarcheval.Evaluator{Analyze: analyze, Lexicon: cameo.New(blocks, nil), Dicts: dicts}.Run(suite)
	if r.N != 3 || r.Exact != 3 || r.ExactShare() != 1 {
		for _, o := range r.Outcomes {
			t.Logf("%s want %v got %v", o.ID, o.Want, o.Got)
		}
		t.Errorf("exact %d of %d, want 3 of 3", r.Exact, r.N)
	}
}

func TestConfigOptions(t *testing.T) {
	const x = `<Validation><Environment><Verbfile>v.txt</Verbfile></Environment>
<Sentences>
<Sentence id="A" date="19950101"><Text>one</Text></Sentence>
<Config option="require_dyad" value="FALSE"></Config>
<Sentence id="B" date="19950101"><Text>two</Text></Sentence>
<Config option="comma_max" value="6"></Config>
<Config option="require_dyad" value="True"></Config>
<Sentence id="C" date="19950101"><Text>three</Text></Sentence>
</Sentences></Validation>`
	s, err := petrarcheval.Read(strings.NewReader(x))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Records) != 3 {
		t.Fatalf("got %d records, want 3", len(s.Records))
	}
	a, b, c := s.Records[0], s.Records[1], s.Records[2]
	if !a.RequireDyad() || b.RequireDyad() || !c.RequireDyad() {
		t.Errorf("require_dyad: got %v %v %v, want true false true", a.RequireDyad(), b.RequireDyad(), c.RequireDyad())
	}
	if b.Config["comma_max"] != "" || c.Config["comma_max"] != "6" {
		t.Errorf("comma_max: got %q then %q, want none then 6", b.Config["comma_max"], c.Config["comma_max"])
	}
}
