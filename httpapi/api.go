package httpapi

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"sitrep"
)

// params reads query parameters, keeping the first error.
type params struct {
	v   url.Values
	err error
}

func (p *params) str(name string) string { return strings.TrimSpace(p.v.Get(name)) }

func (p *params) date(name string) sitrep.Date {
	s := p.str(name)
	if s == "" || p.err != nil {
		return sitrep.Date{}
	}
	d, err := sitrep.ParseDate(s)
	if err != nil {
		p.err = sitrep.Errorf(sitrep.EINVALID, "%s: invalid date %q: want YYYY-MM-DD", name, s)
	}
	return d
}

func (p *params) int(name string) int {
	s := p.str(name)
	if s == "" || p.err != nil {
		return 0
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		p.err = sitrep.Errorf(sitrep.EINVALID, "%s: want a non-negative integer, got %q", name, s)
	}
	return n
}

func (p *params) id(name string) int64 {
	s := p.str(name)
	if s == "" || p.err != nil {
		return 0
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 {
		p.err = sitrep.Errorf(sitrep.EINVALID, "%s: want a positive integer id, got %q", name, s)
	}
	return n
}

// bbox reads "west,south,east,north" in degrees.
func (p *params) bbox(name string) *sitrep.BBox {
	s := p.str(name)
	if s == "" || p.err != nil {
		return nil
	}
	f := strings.Split(s, ",")
	var v [4]float64
	ok := len(f) == 4
	for i := 0; ok && i < 4; i++ {
		var err error
		v[i], err = strconv.ParseFloat(strings.TrimSpace(f[i]), 64)
		ok = err == nil
	}
	b := &sitrep.BBox{West: v[0], South: v[1], East: v[2], North: v[3]}
	if !ok || b.West < -180 || b.East > 180 || b.South < -90 || b.North > 90 || b.West > b.East || b.South > b.North {
		p.err = sitrep.Errorf(sitrep.EINVALID, "%s: want west,south,east,north in degrees, got %q", name, s)
		return nil
	}
	return b
}

func (p *params) limit() int {
	n := p.int("limit")
	if n > sitrep.MaxLimit && p.err == nil {
		p.err = sitrep.Errorf(sitrep.EINVALID, "limit: at most %d", sitrep.MaxLimit)
	}
	return n
}

// EventsResponse is the body of GET /api/events.
type EventsResponse struct {
	Events []sitrep.EventRecord `json:"events"`
	Next   string               `json:"next,omitempty"`
}

// EventFilter parses the query of GET /api/events.
func EventFilter(v url.Values) (sitrep.EventFilter, error) {
	p := &params{v: v}
	root := p.str("root")
	if root == "" {
		root = p.str("cameo")
		if len(root) > 2 {
			root = root[:2]
		}
	}
	f := sitrep.EventFilter{
		Actor:      p.str("actor"),
		Country:    p.str("country"),
		Root:       root,
		PLOVER:     p.str("plover"),
		From:       p.date("from"),
		To:         p.date("to"),
		BBox:       p.bbox("bbox"),
		Query:      p.str("q"),
		ArticleID:  p.str("article"),
		IncidentID: p.id("incident"),
		Limit:      p.limit(),
		Cursor:     p.str("cursor"),
	}
	return f, p.err
}

// PointColumns names the fields of each point of GET /api/events?view=points.
var PointColumns = []string{"id", "article_id", "index", "date", "lat", "lon", "quad", "root", "country"}

// PointsResponse is the body of GET /api/events?view=points: one array per
// event, its fields in the order of Columns, for maps and timelines.
type PointsResponse struct {
	Columns []string `json:"columns"`
	Points  [][]any  `json:"points"`
	Next    string   `json:"next,omitempty"`
}

func (s *Server) handleEvents(w http.ResponseWriter, r *http.Request) {
	f, err := EventFilter(r.URL.Query())
	if err != nil {
		s.Error(w, r, err)
		return
	}
	switch view := r.URL.Query().Get("view"); view {
	case "", "full":
	case "points":
		s.handlePoints(w, r, f)
		return
	default:
		s.Error(w, r, sitrep.Errorf(sitrep.EINVALID, "view: want full or points, got %q", view))
		return
	}
	events, next, err := s.store.FindEvents(r.Context(), f)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if events == nil {
		events = []sitrep.EventRecord{}
	}
	s.writeJSON(w, r, EventsResponse{Events: events, Next: next})
}

func (s *Server) handlePoints(w http.ResponseWriter, r *http.Request, f sitrep.EventFilter) {
	pts, next, err := s.store.FindEventPoints(r.Context(), f)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	out := PointsResponse{Columns: PointColumns, Points: make([][]any, len(pts)), Next: next}
	for i, p := range pts {
		out.Points[i] = []any{p.ID, p.ArticleID, p.Index, p.Date, p.Lat, p.Lon, p.Quad, p.Root, p.Country}
	}
	s.writeJSON(w, r, out)
}

// IncidentsResponse is the body of GET /api/incidents.
type IncidentsResponse struct {
	Incidents []sitrep.Incident `json:"incidents"`
	Next      string            `json:"next,omitempty"`
}

func (s *Server) handleIncidents(w http.ResponseWriter, r *http.Request) {
	p := &params{v: r.URL.Query()}
	f := sitrep.IncidentFilter{
		Country: p.str("country"),
		Root:    p.str("root"),
		PLOVER:  p.str("plover"),
		From:    p.date("from"),
		To:      p.date("to"),
		Query:   p.str("q"),
		Limit:   p.limit(),
		Cursor:  p.str("cursor"),
	}
	if p.err != nil {
		s.Error(w, r, p.err)
		return
	}
	incs, next, err := s.store.FindIncidents(r.Context(), f)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if incs == nil {
		incs = []sitrep.Incident{}
	}
	s.writeJSON(w, r, IncidentsResponse{Incidents: incs, Next: next})
}

func (s *Server) handleIncident(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		s.Error(w, r, sitrep.Errorf(sitrep.ENOTFOUND, "no incident %q", r.PathValue("id")))
		return
	}
	in, err := s.store.FindIncident(r.Context(), id)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	s.writeJSON(w, r, in)
}

// ClaimsResponse is the body of GET /api/claims.
type ClaimsResponse struct {
	Claims []sitrep.ClaimRecord `json:"claims"`
	Next   string               `json:"next,omitempty"`
}

func (s *Server) handleClaims(w http.ResponseWriter, r *http.Request) {
	p := &params{v: r.URL.Query()}
	f := sitrep.ClaimFilter{
		Kind:       p.str("kind"),
		Country:    p.str("country"),
		ArticleID:  p.str("article"),
		IncidentID: p.id("incident"),
		Query:      p.str("q"),
		Limit:      p.limit(),
		Cursor:     p.str("cursor"),
	}
	if p.err != nil {
		s.Error(w, r, p.err)
		return
	}
	claims, next, err := s.store.FindClaims(r.Context(), f)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if claims == nil {
		claims = []sitrep.ClaimRecord{}
	}
	s.writeJSON(w, r, ClaimsResponse{Claims: claims, Next: next})
}

// QuotesResponse is the body of GET /api/quotes.
type QuotesResponse struct {
	Quotes []sitrep.QuoteRecord `json:"quotes"`
	Next   string               `json:"next,omitempty"`
}

func (s *Server) handleQuotes(w http.ResponseWriter, r *http.Request) {
	p := &params{v: r.URL.Query()}
	f := sitrep.QuoteFilter{
		Speaker:   p.str("speaker"),
		Query:     p.str("q"),
		ArticleID: p.str("article"),
		Limit:     p.limit(),
		Cursor:    p.str("cursor"),
	}
	if p.err != nil {
		s.Error(w, r, p.err)
		return
	}
	quotes, next, err := s.store.FindQuotes(r.Context(), f)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if quotes == nil {
		quotes = []sitrep.QuoteRecord{}
	}
	s.writeJSON(w, r, QuotesResponse{Quotes: quotes, Next: next})
}

// ArticlesResponse is the body of GET /api/articles: matching articles
// without their bodies, newest first, and the number of all matches.
type ArticlesResponse struct {
	Articles []sitrep.Article `json:"articles"`
	Total    int              `json:"total"`
}

func (s *Server) handleArticles(w http.ResponseWriter, r *http.Request) {
	p := &params{v: r.URL.Query()}
	f := sitrep.ArticleFilter{From: p.date("from"), To: p.date("to"), Query: p.str("q"), Limit: p.limit()}
	if p.err != nil {
		s.Error(w, r, p.err)
		return
	}
	arts, total, err := s.store.FindArticles(r.Context(), f)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if arts == nil {
		arts = []sitrep.Article{}
	}
	for i := range arts {
		arts[i].Body = ""
	}
	s.writeJSON(w, r, ArticlesResponse{Articles: arts, Total: total})
}

func (s *Server) handleArticle(w http.ResponseWriter, r *http.Request) {
	rep, err := s.store.FindReport(r.Context(), r.PathValue("id"))
	if err != nil {
		s.Error(w, r, err)
		return
	}
	s.writeJSON(w, r, rep)
}
