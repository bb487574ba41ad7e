package attreval_test

import (
	"errors"
	"math"
	"testing"

	"sitrep"
	"sitrep/eval/attreval"
	"sitrep/quotes"
	"sitrep/segment"
)

func find(text string) []sitrep.Quote {
	return quotes.Find(text, segment.Split(text), nil)
}

func TestParse(t *testing.T) {
	text := "“Calm, ready,” Ana said. Ben said so, Cy added."
	tests := []struct {
		name string
		ann  string
		want []attreval.Attribution
	}{
		{"OK", "T1\tContent 1 12\tCalm, ready\nT2\tSource 14 17\tAna\nT3\tCue 18 22\tsaid\nR1\tAttribution Arg1:T3 Arg2:T1\nR2\tSource Arg1:T3 Arg2:T2\n",
			[]attreval.Attribution{{Content: spans(1, 12), Source: spans(14, 17), Cue: spans(18, 22)}}},
		{"Discontinuous", "T1\tQuote 1 5;7 12\tCalm ready\nT2\tSpeaker 14 17\tAna\nR1\tX Arg1:T2 Arg2:T1\n",
			[]attreval.Attribution{{Content: spans(1, 5, 7, 12), Source: spans(14, 17)}}},
		{"Event", "T1\tcontent 1 12\tx\nT2\tSOURCE 14 17\tAna\nT3\tCue 18 22\tsaid\nE1\tCue:T3 Source:T2 Content:T1\nA1\tNegated E1\n",
			[]attreval.Attribution{{Content: spans(1, 12), Source: spans(14, 17), Cue: spans(18, 22)}}},
		{"SharedSource", "T1\tContent 1 5\tx\nT2\tContent 7 12\ty\nT3\tSource 14 17\tAna\nR1\tS Arg1:T1 Arg2:T3\nR2\tS Arg1:T2 Arg2:T3\n",
			[]attreval.Attribution{{Content: spans(1, 5), Source: spans(14, 17)}, {Content: spans(7, 12), Source: spans(14, 17)}}},
		{"Unattributed", "T1\tContent 24 35\tx\nT2\tEntity 0 3\ty\n\n",
			[]attreval.Attribution{{Content: spans(24, 35)}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := attreval.Parse(text, []byte(tt.ann))
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %+v, want %+v", got, tt.want)
			}
			for i := range got {
				if !same(got[i].Content, tt.want[i].Content) || !same(got[i].Source, tt.want[i].Source) || !same(got[i].Cue, tt.want[i].Cue) {
					t.Errorf("got %+v, want %+v", got[i], tt.want[i])
				}
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	text := "short text"
	for name, ann := range map[string]string{
		"ErrOutside":  "T1\tContent 0 99\tx\n",
		"ErrBackward": "T1\tContent 5 2\tx\n",
		"ErrOffset":   "T1\tContent a b\tx\n",
		"ErrNoOffset": "T1\tContent\tx\n",
		"ErrFragment": "T1\tContent 0 2;3\tx\n",
		"ErrDup":      "T1\tContent 0 2\tx\nT1\tContent 0 2\tx\n",
		"ErrArg":      "T1\tContent 0 2\tx\nR1\tA Arg1:T1 T2\n",
		"ErrNoID":     "\tContent 0 2\tx\n",
	} {
		t.Run(name, func(t *testing.T) {
			_, err := attreval.Parse(text, []byte(ann))
			var e *sitrep.Error
			if !errors.As(err, &e) || e.Code != sitrep.EINVALID {
				t.Errorf("got %v, want an invalid-input error", err)
			}
		})
	}
}

func TestScore(t *testing.T) {
	docs, err := attreval.ReadDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 4 {
		t.Fatalf("read %d documents, want 4", len(docs))
	}
	r := attreval.Score(docs, find)
	t.Logf("\n%s", r)
	if r.N != 17 {
		t.Errorf("n = %d, want 17", r.N)
	}
	// The figures of the committed files; a change in quotes moves them.
	if r.ContentF1 < 0.9 || r.SourceAcc < 0.8 {
		t.Errorf("content F1 %.3f, source accuracy %.3f: below the committed level", r.ContentF1, r.SourceAcc)
	}
}

func TestScorePerfect(t *testing.T) {
	text := "“Calm, ready,” Ana said."
	docs := []attreval.Doc{{Text: text, Gold: []attreval.Attribution{{Content: spans(1, 13), Source: spans(15, 18)}}}}
	r := attreval.Score(docs, find)
	if r.ContentF1 != 1 || r.ExactF1 != 1 || r.SourceAcc != 1 || r.N != 1 {
		t.Errorf("got %+v", r)
	}
	r = attreval.Score(docs, func(string) []sitrep.Quote { return nil })
	if r.ContentF1 != 0 || math.IsNaN(r.SourceAcc) {
		t.Errorf("empty system: %+v", r)
	}
}

func TestReadDirMissing(t *testing.T) {
	if _, err := attreval.ReadDir(t.TempDir()); sitrep.ErrorCode(err) != sitrep.ENOTFOUND {
		t.Errorf("got %v", err)
	}
}

func spans(offs ...int) []sitrep.Span {
	var out []sitrep.Span
	for i := 0; i+1 < len(offs); i += 2 {
		out = append(out, sitrep.Span{Start: offs[i], End: offs[i+1]})
	}
	return out
}

func same(a, b []sitrep.Span) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestReadDirPolNeAR(t *testing.T) {
	docs, err := attreval.ReadDir("testdata/polnear")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || len(docs[0].Gold) != 2 || len(docs[0].Gold[0].Content) != 2 {
		t.Fatalf("got %+v", docs)
	}
	r := attreval.Score(docs, find)
	// The quote split by "the mayor said" is two system quotes for one gold
	// content: the second half counts neither way.
	if r.N != 2 || r.Matched != 2 || r.Absorbed != 1 || r.ContentPrecision != 1 || r.SourceAcc != 1 {
		t.Errorf("got %+v", r)
	}
}
