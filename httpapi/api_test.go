package httpapi_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"sitrep"
	"sitrep/httpapi"
)

// get runs one request through the handler and decodes its JSON body.
func get(t *testing.T, h http.Handler, path string, wantStatus int, v any) *httptest.ResponseRecorder {
	t.Helper()
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("GET", path, nil))
	if w.Code != wantStatus {
		t.Fatalf("GET %s: status %d, want %d: %s", path, w.Code, wantStatus, w.Body)
	}
	if v != nil {
		if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			t.Fatalf("GET %s: content type %q", path, ct)
		}
		if err := json.Unmarshal(w.Body.Bytes(), v); err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
	}
	return w
}

func TestEvents(t *testing.T) {
	fx := MustFixture(t)
	h := httpapi.NewServer(fx.DB, nil)
	for _, tt := range []struct {
		query string
		want  int
	}{
		{"", 3},
		{"country=UKR", 2},
		{"country=SYR&cameo=195", 1},
		{"actor=RUS", 2},
		{"plover=ASSAULT&from=2022-01-01&to=2022-12-31", 2},
		{"bbox=30,40,40,50", 2},
		{"q=aircraft", 1},
		{"root=04", 0},
		{"limit=1", 1},
	} {
		t.Run(tt.query, func(t *testing.T) {
			var body httpapi.EventsResponse
			get(t, h, "/api/events?"+tt.query, http.StatusOK, &body)
			if len(body.Events) != tt.want {
				t.Fatalf("%d events, want %d", len(body.Events), tt.want)
			}
			if tt.query == "limit=1" && body.Next == "" {
				t.Fatal("no next cursor on a partial page")
			}
		})
	}
	t.Run("Points", func(t *testing.T) {
		var body httpapi.PointsResponse
		get(t, h, "/api/events?view=points&country=UKR", http.StatusOK, &body)
		if len(body.Points) != 2 || len(body.Points[0]) != len(body.Columns) || body.Points[0][7] != "19" {
			t.Fatalf("points %v", body.Points)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		for _, q := range []string{"view=map", "from=yesterday", "limit=x", "limit=100000", "bbox=1,2,3", "cursor=%25%25", "incident=-1"} {
			var body httpapi.ErrorResponse
			get(t, h, "/api/events?"+q, http.StatusBadRequest, &body)
			if body.Error.Code != sitrep.EINVALID || body.Error.Message == "" {
				t.Errorf("%s: error %+v", q, body.Error)
			}
		}
	})
}

func TestIncidents(t *testing.T) {
	fx := MustFixture(t)
	h := httpapi.NewServer(fx.DB, nil)
	var list httpapi.IncidentsResponse
	get(t, h, "/api/incidents?country=UKR", http.StatusOK, &list)
	if len(list.Incidents) != 1 {
		t.Fatalf("%d UKR incidents, want 1", len(list.Incidents))
	}
	var in sitrep.Incident
	get(t, h, "/api/incidents/"+itoa(list.Incidents[0].ID), http.StatusOK, &in)
	if len(in.Sources) != 2 || len(in.Claims) != 2 || in.Claims[0].Min == in.Claims[1].Min {
		t.Fatalf("incident: %d sources, claims %+v", len(in.Sources), in.Claims)
	}
	var e httpapi.ErrorResponse
	get(t, h, "/api/incidents/999", http.StatusNotFound, &e)
	get(t, h, "/api/incidents/x", http.StatusNotFound, &e)
}

func TestClaimsQuotesArticles(t *testing.T) {
	fx := MustFixture(t)
	h := httpapi.NewServer(fx.DB, nil)
	var cs httpapi.ClaimsResponse
	get(t, h, "/api/claims?kind=killed", http.StatusOK, &cs)
	if len(cs.Claims) != 2 || cs.Claims[0].Outlet == "" {
		t.Fatalf("claims %+v", cs.Claims)
	}
	var qs httpapi.QuotesResponse
	get(t, h, "/api/quotes?speaker=olena&q=rocket", http.StatusOK, &qs)
	if len(qs.Quotes) != 2 || qs.Quotes[0].Text != QuoteText {
		t.Fatalf("quotes %+v", qs.Quotes)
	}
	var as httpapi.ArticlesResponse
	get(t, h, "/api/articles?q=Kramatorsk", http.StatusOK, &as)
	if as.Total != 2 || as.Articles[0].Body != "" {
		t.Fatalf("articles %+v", as)
	}
	var r sitrep.Report
	id := fx.Reports[0].Article.ID
	get(t, h, "/api/articles/"+id, http.StatusOK, &r)
	if r.Article.Body != fx.Reports[0].Article.Body || len(r.Quotes) != 1 {
		t.Fatalf("report %+v", r)
	}
	// Offsets are code points: the quote's span gives its text.
	q := r.Quotes[0]
	if got := string([]rune(r.Article.Body)[q.Start:q.End]); got != QuoteText {
		t.Fatalf("quote span gives %q", got)
	}
	var e httpapi.ErrorResponse
	get(t, h, "/api/articles/nope", http.StatusNotFound, &e)
	if e.Error.Code != sitrep.ENOTFOUND {
		t.Fatalf("error %+v", e)
	}
	get(t, h, "/api/nothing", http.StatusNotFound, &e)
}

func TestReadOnly(t *testing.T) {
	fx := MustFixture(t)
	h := httpapi.NewServer(fx.DB, nil)
	for _, m := range []string{"POST", "PUT", "DELETE"} {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(m, "/api/events", strings.NewReader(url.Values{"a": {"b"}}.Encode())))
		if w.Code != http.StatusMethodNotAllowed && w.Code != http.StatusNotFound {
			t.Errorf("%s /api/events: status %d", m, w.Code)
		}
	}
}

func TestPages(t *testing.T) {
	fx := MustFixture(t)
	h := httpapi.NewServer(fx.DB, nil)
	w := get(t, h, "/", http.StatusOK, nil)
	if !strings.Contains(w.Body.String(), `data-iso="UKR"`) {
		t.Fatal("index page has no world map")
	}
	w = get(t, h, "/articles/"+fx.Reports[0].Article.ID, http.StatusOK, nil)
	if !strings.Contains(w.Body.String(), `class="hl-quote" data-r="q0">`+QuoteText+`</span>`) {
		t.Fatalf("article page does not highlight the quote:\n%s", w.Body)
	}
	var list httpapi.IncidentsResponse
	get(t, h, "/api/incidents?country=UKR", http.StatusOK, &list)
	w = get(t, h, "/incidents/"+itoa(list.Incidents[0].ID), http.StatusOK, nil)
	for _, want := range []string{"at least 50", ">52<", "Harbor Post", "Northern Ledger"} {
		if !strings.Contains(w.Body.String(), want) {
			t.Errorf("incident page lacks %q", want)
		}
	}
	get(t, h, "/articles/nope", http.StatusNotFound, nil)
	get(t, h, "/static/sitrep.js", http.StatusOK, nil)
}

func itoa(n int64) string {
	b, _ := json.Marshal(n)
	return string(b)
}
