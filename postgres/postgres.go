// Package postgres stores sitrep reports in PostgreSQL (pgx v5), the
// shared store that many workers write to at once.
//
// It implements sitrep.Store with the same behaviour as the embedded SQLite
// store (package sqlite); package storetest runs one conformance suite
// against both. Every SaveReports call is one transaction keyed by article
// id, so concurrent workers that save the same article store it once and a
// retried batch adds only what is missing. Full-text search uses generated
// tsvector columns with GIN indexes and the 'simple' configuration (lower
// case, no stemming), close to SQLite FTS5's unicode61 tokenizer.
//
// Open migrates the schema under a transaction-scoped advisory lock, so any
// number of workers starting together migrate it once.
package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"sitrep"
)

// DB is an open sitrep database on a PostgreSQL server.
type DB struct {
	pool *pgxpool.Pool
	name string
}

// Open connects to the database named by the URL dsn
// (postgres://user@host:port/dbname) and brings its schema up to date.
func Open(ctx context.Context, dsn string) (*DB, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, sitrep.Errorf(sitrep.EINVALID, "database URL: %v", err)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	c := cfg.ConnConfig
	d := &DB{pool: pool, name: fmt.Sprintf("postgres://%s:%d/%s", c.Host, c.Port, c.Database)}
	if err := d.migrate(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open %s: %w", d.name, err)
	}
	return d, nil
}

// Close closes every connection.
func (d *DB) Close() error {
	d.pool.Close()
	return nil
}

// Path names the database, without credentials, for messages.
func (d *DB) Path() string { return d.name }

// migrationLock is the advisory lock key held while migrating.
const migrationLock = 0x5369_7472_6570 // "Sitrep"

// migrate applies the migrations not applied yet, in one transaction under
// an advisory lock: a worker that waits for the lock finds the schema done.
func (d *DB) migrate(ctx context.Context) error {
	tx, err := d.pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(migrationLock)); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
		version    integer PRIMARY KEY,
		applied_at timestamptz NOT NULL DEFAULT now())`); err != nil {
		return err
	}
	var version int
	if err := tx.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_version`).Scan(&version); err != nil {
		return err
	}
	if version > len(migrations) {
		return sitrep.Errorf(sitrep.EUNSUPPORTED, "database schema version %d is newer than this sitrep (%d)", version, len(migrations))
	}
	for i := version; i < len(migrations); i++ {
		if _, err := tx.Exec(ctx, migrations[i]); err != nil {
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
		if _, err := tx.Exec(ctx, `INSERT INTO schema_version (version) VALUES ($1)`, i+1); err != nil {
			return err
		}
	}
	return tx.Commit(ctx)
}

// SchemaVersion returns the number of migrations applied.
func (d *DB) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := d.pool.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_version`).Scan(&v)
	return v, err
}

// tsWords turns free text into the words a full-text filter requires, all
// of them, joined by spaces for plainto_tsquery, which takes no operators
// from its input. Text without words is EINVALID, as in package sqlite.
func tsWords(text string) (string, error) {
	words := strings.FieldsFunc(text, func(r rune) bool {
		return !(r == '-' || r == '\'' || r == '’' || unicode.IsLetter(r) || unicode.IsDigit(r))
	})
	out := words[:0]
	for _, w := range words {
		if w = strings.Trim(w, "-'’"); w != "" {
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		return "", sitrep.Errorf(sitrep.EINVALID, "search text %q has no words", text)
	}
	return strings.Join(out, " "), nil
}

// retryable reports whether a transaction failed only because it ran into
// another one (a deadlock or a serialization failure) and may be retried.
func retryable(err error) bool {
	var pg *pgconn.PgError
	return errors.As(err, &pg) && (pg.Code == "40P01" || pg.Code == "40001")
}

// noRows reports whether err says a single-row query found nothing.
func noRows(err error) bool { return errors.Is(err, pgx.ErrNoRows) }
