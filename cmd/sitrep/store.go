package main

import (
	"context"
	"strings"

	"sitrep"
	"sitrep/postgres"
	"sitrep/sqlite"
)

// dbStore is what commands need of a database: the store, a count of
// articles, a name for messages, and Close. Both *sqlite.DB and
// *postgres.DB are one.
type dbStore interface {
	sitrep.Store
	CountArticles(ctx context.Context) (int, error)
	Path() string
	Close() error
}

var (
	_ dbStore = (*sqlite.DB)(nil)
	_ dbStore = (*postgres.DB)(nil)
)

// isPostgresURL reports whether a --db value names a PostgreSQL database
// rather than a SQLite file.
func isPostgresURL(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// openStore opens the database a --db value names: a postgres:// URL is a
// PostgreSQL database (shared by many workers), anything else a SQLite
// file (created if needed).
func openStore(ctx context.Context, dsn string) (dbStore, error) {
	if isPostgresURL(dsn) {
		db, err := postgres.Open(ctx, dsn)
		if err != nil {
			return nil, err
		}
		return db, nil
	}
	db, err := sqlite.Open(ctx, dsn)
	if err != nil {
		return nil, err
	}
	return db, nil
}
