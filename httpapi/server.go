// Package httpapi serves a sitrep store over HTTP: a read-only JSON API
// (docs/api.md) and a web UI — a world map of events, a timeline, filters,
// an event table, an article view that highlights what was found in the
// text, and an incident view with every source and figure side by side.
//
// Everything the UI needs is embedded: Go html/template pages, one
// hand-written script and style sheet, and the world map built from the
// Natural Earth shapes by sitrep/worldmap (go generate).
package httpapi

//go:generate go run ../cmd/sitrep build worldmap --src ../../shared/data/gazetteer/boundaries --out ui/world.svg

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"sitrep"
)

// Limits of the server. Requests are read-only GETs, so bodies are capped
// tightly; queries time out well before the write deadline.
const (
	MaxBodyBytes      = 1 << 10
	MaxHeaderBytes    = 16 << 10
	RequestTimeout    = 10 * time.Second
	ReadHeaderTimeout = 5 * time.Second
	WriteTimeout      = 30 * time.Second
	IdleTimeout       = 60 * time.Second
)

var _ http.Handler = (*Server)(nil)

// Server serves the API and the UI of one store.
type Server struct {
	store sitrep.Store
	log   *slog.Logger
	mux   *http.ServeMux
}

// NewServer returns a server of store that logs failures to log (nil: the
// default logger).
func NewServer(store sitrep.Store, log *slog.Logger) *Server {
	if log == nil {
		log = slog.Default()
	}
	s := &Server{store: store, log: log, mux: http.NewServeMux()}
	s.routes()
	return s
}

func (s *Server) routes() {
	m := s.mux
	m.HandleFunc("GET /api/events", s.handleEvents)
	m.HandleFunc("GET /api/incidents", s.handleIncidents)
	m.HandleFunc("GET /api/incidents/{id}", s.handleIncident)
	m.HandleFunc("GET /api/claims", s.handleClaims)
	m.HandleFunc("GET /api/quotes", s.handleQuotes)
	m.HandleFunc("GET /api/articles", s.handleArticles)
	m.HandleFunc("GET /api/articles/{id}", s.handleArticle)
	m.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		s.Error(w, r, sitrep.Errorf(sitrep.ENOTFOUND, "no API endpoint %s %s", r.Method, r.URL.Path))
	})
	m.HandleFunc("GET /{$}", s.handleIndex)
	m.HandleFunc("GET /articles/{id}", s.handleArticlePage)
	m.HandleFunc("GET /incidents/{id}", s.handleIncidentPage)
	m.Handle("GET /static/", staticHandler())
}

// ServeHTTP implements http.Handler: it caps the request body, sets a
// deadline on the request's context, adds security headers and turns a
// panic into a logged 500.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.Error(w, r, fmt.Errorf("panic: %v", v))
		}
	}()
	r.Body = http.MaxBytesReader(w, r.Body, MaxBodyBytes)
	ctx, cancel := context.WithTimeout(r.Context(), RequestTimeout)
	defer cancel()
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
	s.mux.ServeHTTP(w, r.WithContext(ctx))
}

// HTTPServer returns an http.Server for s listening on addr with the
// package's timeouts and limits.
func (s *Server) HTTPServer(addr string) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           s,
		ReadHeaderTimeout: ReadHeaderTimeout,
		ReadTimeout:       ReadHeaderTimeout + 5*time.Second,
		WriteTimeout:      WriteTimeout,
		IdleTimeout:       IdleTimeout,
		MaxHeaderBytes:    MaxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
}

// ListenAndServe serves on addr until ctx is done, then shuts down
// gracefully. ready, when not nil, is called with the bound address (useful
// with port 0).
func (s *Server) ListenAndServe(ctx context.Context, addr string, ready func(net.Addr)) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	hs := s.HTTPServer(addr)
	if ready != nil {
		ready(ln.Addr())
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := hs.Shutdown(shut); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
