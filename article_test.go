package sitrep_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"sitrep"
)

func TestArticleJSON(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		a := sitrep.Article{ID: "x", Title: "T", Body: "B", Published: sitrep.NewDate(2016, 12, 8)}
		b, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		want := `{"id":"x","title":"T","body":"B","url":"","source":"","published":"2016-12-08","published_inferred":false}`
		if got := string(b); got != want {
			t.Fatalf("got %s, want %s", got, want)
		}
		var back sitrep.Article
		if err := json.Unmarshal(b, &back); err != nil || back != a {
			t.Fatalf("round trip: %+v (%v)", back, err)
		}
	})
	t.Run("NoDate", func(t *testing.T) {
		b, _ := json.Marshal(sitrep.Article{ID: "x"})
		if strings.Contains(string(b), "published\":") {
			t.Fatalf("unknown date must be absent: %s", b)
		}
	})
	t.Run("ErrBadDate", func(t *testing.T) {
		var a sitrep.Article
		err := json.Unmarshal([]byte(`{"published":"8/12/2016"}`), &a)
		if err == nil {
			t.Fatal("want an error")
		}
	})
}

func TestArticleID(t *testing.T) {
	if got := sitrep.ArticleID("body"); len(got) != 16 || got != sitrep.ArticleID("body") || got == sitrep.ArticleID("body.") {
		t.Fatalf("ArticleID = %q", got)
	}
}

func TestReportJSON_EmptyLists(t *testing.T) {
	b, err := json.Marshal(sitrep.NewReport(sitrep.Article{ID: "x"}))
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"sentences", "mentions", "times", "quotes", "claims", "events"} {
		if !strings.Contains(string(b), `"`+key+`":[]`) {
			t.Errorf("%s is not an empty array in %s", key, b)
		}
	}
	if strings.Contains(string(b), "diagnostics") {
		t.Errorf("no diagnostics must mean no field: %s", b)
	}
}

func TestClaimJSON_MaxNull(t *testing.T) {
	b, _ := json.Marshal(sitrep.Claim{Kind: "killed", Min: 800, Qualifier: "more than"})
	if !strings.Contains(string(b), `"min":800,"max":null`) {
		t.Fatalf("single figure must have max null: %s", b)
	}
}

func TestError(t *testing.T) {
	err := fmt.Errorf("read a.txt: %w", sitrep.Errorf(sitrep.EINVALID, "empty file"))
	if got := sitrep.ErrorCode(err); got != sitrep.EINVALID {
		t.Errorf("ErrorCode = %q", got)
	}
	if got := sitrep.ErrorMessage(err); got != "empty file" {
		t.Errorf("ErrorMessage = %q", got)
	}
	if got := sitrep.ErrorCode(errors.New("boom")); got != sitrep.EINTERNAL {
		t.Errorf("ErrorCode(plain) = %q", got)
	}
	if sitrep.ErrorCode(nil) != "" || sitrep.ErrorMessage(nil) != "" {
		t.Error("nil error must have no code")
	}
}

func TestDiagnostics(t *testing.T) {
	var d sitrep.Diagnostics
	if d.Err() != nil {
		t.Fatal("empty list must give nil")
	}
	d.Add(sitrep.Span{Start: 1, End: 2}, "read", "replaced %d invalid bytes", 3)
	if d.Err() == nil || d.Err().Error() != "read: replaced 3 invalid bytes" {
		t.Fatalf("Err() = %v", d.Err())
	}
}
