package main

import (
	"fmt"
	"log/slog"
	"net"
	"strings"

	"github.com/spf13/cobra"

	"sitrep/httpapi"
)

// defaultAddr binds the server to the loopback interface only.
const defaultAddr = "127.0.0.1:8080"

func newServeCmd(a *app) *cobra.Command {
	var db, addr string
	c := &cobra.Command{
		Use:   "serve",
		Short: "Serve the JSON API and the web UI of a database",
		Long: `serve answers the read-only JSON API (docs/api.md) and the web UI — a map
and timeline of events, an article view that highlights what was found in
the text, incidents with their sources and figures side by side — for the
database --db (else $SITREP_DB, else ./sitrep.db).

It listens on 127.0.0.1:8080 unless --addr says otherwise; binding to
another interface exposes the data to the network. Stop it with Ctrl-C.`,
		Example: `  sitrep serve --db news.db
  sitrep serve --addr 127.0.0.1:0   # any free port`,
		Args: exactArgs(0),
		RunE: func(c *cobra.Command, args []string) error {
			store, err := openStore(c.Context(), dbPath(db))
			if err != nil {
				return err
			}
			defer store.Close()
			return serve(c, a, store, addr)
		},
	}
	c.Flags().StringVar(&db, "db", "", "SQLite file or postgres:// URL (default $SITREP_DB or ./sitrep.db)")
	c.Flags().StringVar(&addr, "addr", defaultAddr, "address to listen on")
	return c
}

// serve runs the HTTP server on store until the command's context ends.
func serve(c *cobra.Command, a *app, store dbStore, addr string) error {
	log := slog.New(slog.NewTextHandler(a.stderr, nil))
	srv := httpapi.NewServer(store, log)
	return srv.ListenAndServe(c.Context(), addr, func(ln net.Addr) {
		host := ln.String()
		if strings.HasPrefix(host, "0.0.0.0:") || strings.HasPrefix(host, "[::]:") {
			fmt.Fprintf(a.stderr, "warning: listening on all interfaces\n")
		}
		fmt.Fprintf(a.stderr, "serving %s on http://%s/ (Ctrl-C to stop)\n", store.Path(), host)
	})
}
