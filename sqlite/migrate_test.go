package sqlite_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"path/filepath"
	"testing"
	"time"

	"sitrep"
	"sitrep/sqlite"
)

// schema1 is the released schema version 1, to test the upgrade from it.
const schema1 = `CREATE TABLE articles (id TEXT PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL,
	url TEXT NOT NULL, source TEXT NOT NULL, published TEXT, published_inferred INTEGER NOT NULL,
	ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')));
CREATE INDEX articles_published ON articles(published);
CREATE TABLE reports (article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, report TEXT NOT NULL);
CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='rowid',
	tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
	INSERT INTO articles_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
END;
PRAGMA user_version = 1;`

func TestOpen_MigrateFrom1(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v1.db")
	old, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	r := eventReport("Aleppo", "SYR", 36.2, 37.16, 2)
	js, _ := json.Marshal(r)
	a := r.Article
	if _, err := old.Exec(schema1); err != nil {
		t.Fatal(err)
	}
	if _, err := old.Exec(`INSERT INTO articles (id, title, body, url, source, published, published_inferred)
		VALUES (?, ?, ?, '', '', ?, 0)`, a.ID, a.Title, a.Body, a.Published.String()); err != nil {
		t.Fatal(err)
	}
	if _, err := old.Exec(`INSERT INTO reports VALUES (?, ?)`, a.ID, js); err != nil {
		t.Fatal(err)
	}
	old.Close()

	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	evs, _, err := db.FindEvents(ctx, sitrep.EventFilter{Query: "shelling", Country: "SYR"})
	if err != nil || len(evs) != 2 {
		t.Fatalf("events after upgrade: %d, %v", len(evs), err)
	}
	// New articles are still found by words, without the dropped trigger.
	if _, err := db.SaveReports(ctx, []*sitrep.Report{eventReport("Mosul", "IRQ", 36.34, 43.13, 1)}); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"Aleppo", "Mosul"} {
		arts, _, err := db.FindArticles(ctx, sitrep.ArticleFilter{Query: q})
		if err != nil || len(arts) != 1 {
			t.Fatalf("articles with %q: %d, %v", q, len(arts), err)
		}
	}
}

// TestOpen_WhileWriting opens a current database while another connection
// holds the write lock, as a query or a progress check does during an
// ingest: opening must not wait for the writer.
func TestOpen_WhileWriting(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "busy.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()

	writer, err := sql.Open("sqlite", "file:"+path+"?_pragma=journal_mode(WAL)")
	if err != nil {
		t.Fatal(err)
	}
	defer writer.Close()
	conn, err := writer.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `BEGIN IMMEDIATE`); err != nil {
		t.Fatal(err)
	}

	start := time.Now()
	reader, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatalf("open while another connection writes: %v", err)
	}
	if n, err := reader.CountArticles(ctx); err != nil || n != 0 {
		t.Errorf("count = %d, %v; want 0, nil", n, err)
	}
	reader.Close()
	if d := time.Since(start); d > time.Second {
		t.Errorf("open, count and close took %v behind a writer; readers must not wait", d)
	}
	conn.ExecContext(ctx, `ROLLBACK`)
}
