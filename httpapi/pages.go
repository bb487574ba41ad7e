package httpapi

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"strconv"
	"time"

	"sitrep"
)

//go:embed ui
var uiFS embed.FS

var (
	templates = template.Must(template.New("").Funcs(template.FuncMap{
		"figure":   figure,
		"rootName": func(r string) string { return cameoRoots[r] },
	}).ParseFS(uiFS, "ui/*.html"))
	worldMap = mustRead("ui/world.svg")
	// started stamps static URLs so a new binary's assets bypass caches.
	started = strconv.FormatInt(time.Now().Unix(), 36)
)

func mustRead(name string) template.HTML {
	b, err := uiFS.ReadFile(name)
	if err != nil {
		panic(err)
	}
	return template.HTML(b)
}

func staticHandler() http.Handler {
	sub, err := fs.Sub(uiFS, "ui/static")
	if err != nil {
		panic(err)
	}
	files := http.StripPrefix("/static/", http.FileServerFS(sub))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		files.ServeHTTP(w, r)
	})
}

// cameoRoots names the twenty CAMEO root codes.
var cameoRoots = map[string]string{
	"01": "Make public statement", "02": "Appeal", "03": "Express intent to cooperate",
	"04": "Consult", "05": "Engage in diplomatic cooperation", "06": "Engage in material cooperation",
	"07": "Provide aid", "08": "Yield", "09": "Investigate", "10": "Demand",
	"11": "Disapprove", "12": "Reject", "13": "Threaten", "14": "Protest",
	"15": "Exhibit force posture", "16": "Reduce relations", "17": "Coerce",
	"18": "Assault", "19": "Fight", "20": "Use unconventional mass violence",
}

// plover lists the PLOVER event categories.
var plover = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
	"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

// figure formats a claim's numbers: "50", "3,000–3,500", with qualifier.
func figure(c sitrep.Claim) string {
	s := groupDigits(c.Min)
	if c.Max != nil && *c.Max != c.Min {
		s += "–" + groupDigits(*c.Max)
	}
	if c.Qualifier != "" {
		s = c.Qualifier + " " + s
	}
	return s
}

func groupDigits(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := n < 0
	if neg {
		s = s[1:]
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	if neg {
		s = "-" + s
	}
	return s
}

// render executes a page template into a buffer first, so a failure gives
// a clean error page rather than half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, name string, data any) {
	var buf bytes.Buffer
	if err := templates.ExecuteTemplate(&buf, name, data); err != nil {
		s.pageError(w, r, fmt.Errorf("render %s: %w", name, err))
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(buf.Bytes())
}

// pageError shows err as an HTML page with the status of its code.
func (s *Server) pageError(w http.ResponseWriter, r *http.Request, err error) {
	code := sitrep.ErrorCode(err)
	if code == sitrep.EINTERNAL {
		s.log.Error("page failed", "path", r.URL.Path, "err", err)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(ErrorStatus(code))
	templates.ExecuteTemplate(w, "error.html", map[string]any{
		"Status": ErrorStatus(code), "Message": sitrep.ErrorMessage(err), "V": started,
	})
}

func (s *Server) handleIndex(w http.ResponseWriter, r *http.Request) {
	type root struct{ Code, Name string }
	var roots []root
	for i := 1; i <= 20; i++ {
		c := fmt.Sprintf("%02d", i)
		roots = append(roots, root{c, cameoRoots[c]})
	}
	s.render(w, r, "index.html", map[string]any{
		"Map": worldMap, "Roots": roots, "PLOVER": plover, "V": started,
	})
}

func (s *Server) handleArticlePage(w http.ResponseWriter, r *http.Request) {
	rep, err := s.store.FindReport(r.Context(), r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	// The stored events say which incident each joined and whether the
	// article is a copy of another.
	evs, _, err := s.store.FindEvents(r.Context(), sitrep.EventFilter{ArticleID: rep.Article.ID, Limit: sitrep.MaxLimit})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	incidents := make(map[int]int64, len(evs))
	copyOf := ""
	for _, e := range evs {
		if e.IncidentID != 0 {
			incidents[e.Index] = e.IncidentID
		}
		copyOf = e.CopyOf
	}
	s.render(w, r, "article.html", map[string]any{
		"R": rep, "Segments": Segments(rep), "Incidents": incidents, "CopyOf": copyOf, "V": started,
	})
}

func (s *Server) handleIncidentPage(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		s.pageError(w, r, sitrep.Errorf(sitrep.ENOTFOUND, "no incident %q", r.PathValue("id")))
		return
	}
	in, err := s.store.FindIncident(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	outlets := map[string]string{}
	for _, src := range in.Sources {
		outlets[src.ArticleID] = src.Outlet
	}
	s.render(w, r, "incident.html", map[string]any{"I": in, "Outlets": outlets, "V": started})
}
