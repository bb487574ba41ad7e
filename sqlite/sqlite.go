// Package sqlite stores sitrep reports in an embedded SQLite database
// (modernc.org/sqlite, pure Go), the default store that needs no server.
//
// The database runs in WAL mode so readers never block the writer; every
// SaveReports call is one transaction, so a process killed at any moment
// leaves either the whole batch or none of it, and a rerun adds what is
// missing. Articles are keyed by id, which makes ingest idempotent.
package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode"

	"sitrep"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// DB is an open sitrep database.
type DB struct {
	db   *sql.DB
	path string
}

// Open opens (creating if needed) the database at path and brings its schema
// up to date. path ":memory:" gives a private in-memory database.
func Open(ctx context.Context, path string) (*DB, error) {
	if path == "" {
		return nil, sitrep.Errorf(sitrep.EINVALID, "database path is empty")
	}
	q := url.Values{}
	// A 64 MiB page cache per connection keeps the indexes of a database of
	// millions of events in memory.
	for _, p := range []string{"busy_timeout(10000)", "foreign_keys(1)", "synchronous(NORMAL)", "cache_size(-65536)"} {
		q.Add("_pragma", p)
	}
	memory := path == ":memory:"
	if !memory {
		q.Add("_pragma", "journal_mode(WAL)")
	}
	q.Set("_txlock", "immediate")
	dsn := "file:" + path + "?" + q.Encode()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if memory {
		// Each connection to :memory: is a database of its own.
		db.SetMaxOpenConns(1)
	}
	d := &DB{db: db, path: path}
	if err := d.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return d, nil
}

// Close closes the database, first letting SQLite refresh the statistics
// its query planner uses (PRAGMA optimize, cheap when nothing changed). The
// refresh is skipped rather than waited for when another process is
// writing: a reader closing during an ingest must not stall for the busy
// timeout.
func (d *DB) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	if conn, err := d.db.Conn(ctx); err == nil {
		if _, err := conn.ExecContext(ctx, `PRAGMA busy_timeout = 50`); err == nil {
			conn.ExecContext(ctx, `PRAGMA optimize`)
		}
		conn.Close()
	}
	return d.db.Close()
}

// Path returns the file the database lives in.
func (d *DB) Path() string { return d.path }

// migrations bring the schema from version i to i+1. Append only: a released
// migration never changes.
var migrations = []string{
	// 1: articles, their reports, and full-text search over articles.
	`CREATE TABLE articles (
		id                 TEXT PRIMARY KEY,
		title              TEXT NOT NULL,
		body               TEXT NOT NULL,
		url                TEXT NOT NULL,
		source             TEXT NOT NULL,
		published          TEXT,             -- YYYY-MM-DD or NULL when unknown
		published_inferred INTEGER NOT NULL,
		ingested_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
	);
	CREATE INDEX articles_published ON articles(published);
	CREATE TABLE reports (
		article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
		report     TEXT NOT NULL             -- the Report as JSON (OUTPUT.md)
	);
	CREATE VIRTUAL TABLE articles_fts USING fts5(
		title, body, content='articles', content_rowid='rowid',
		tokenize='unicode61 remove_diacritics 2'
	);
	CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
		INSERT INTO articles_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
	END;
	CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
		INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
	END;`,
	// 2: records beside the report JSON (mentions, quotes, claims, events),
	// incidents, and the signatures that mark an article as reconciled.
	schema2,
	// 3: indexes for the commonest pairs of event filters, so a country
	// with a CAMEO root or a PLOVER category is an index walk too.
	`CREATE INDEX events_country_root ON events(country, root, date DESC, id DESC);
	CREATE INDEX events_country_plover ON events(country, plover, date DESC, id DESC);`,
}

func (d *DB) migrate(ctx context.Context) error {
	// A plain read first: opening a database that is already current must
	// not take the write lock, or every reader (a query, the server, a
	// progress check) would stall a running ingest.
	var current int
	if err := d.db.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&current); err != nil {
		return err
	}
	if current == len(migrations) {
		return nil
	}
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var version int
	if err := tx.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&version); err != nil {
		return err
	}
	if version > len(migrations) {
		return sitrep.Errorf(sitrep.EUNSUPPORTED, "database schema version %d is newer than this sitrep (%d)", version, len(migrations))
	}
	for i := version; i < len(migrations); i++ {
		if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
		if i+1 == 2 && version == 1 {
			// Reports stored before records had tables of their own.
			if err := backfill(ctx, tx); err != nil {
				return fmt.Errorf("migration 2: %w", err)
			}
		}
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA user_version = %d`, len(migrations))); err != nil {
		return err
	}
	return tx.Commit()
}

// ftsQuery turns free text into an FTS5 query that matches documents holding
// every word, each quoted so that user input cannot inject FTS syntax.
func ftsQuery(text string) (string, error) {
	words := strings.FieldsFunc(text, func(r rune) bool {
		return !(r == '-' || r == '\'' || r == '’' || isWordRune(r))
	})
	var b strings.Builder
	for _, w := range words {
		w = strings.Trim(w, "-'’")
		if w == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte('"')
		b.WriteString(strings.ReplaceAll(w, `"`, `""`))
		b.WriteByte('"')
	}
	if b.Len() == 0 {
		return "", sitrep.Errorf(sitrep.EINVALID, "search text %q has no words", text)
	}
	return b.String(), nil
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
