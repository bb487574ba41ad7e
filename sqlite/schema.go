package sqlite

// schema2 is migration 2. Every record table keeps the record itself as
// JSON (the Report's element, OUTPUT.md) beside the columns that queries
// filter and sort on, so reading a record back needs no reassembly.
//
// Full-text indexes are filled by SaveReports with one INSERT ... SELECT
// per batch rather than by per-row triggers: FTS5 flushes its pending terms
// at every statement boundary inside a transaction, which made per-row
// triggers the bulk of ingest time. For the same reason migration 2 drops
// migration 1's insert trigger on articles.
//
// Events sort by (date, id) descending; date is the event's own date, else
// its article's publication date, else "" (last). Each filterable column
// has an index that starts with it and ends with (date, id), so a filtered
// page is an index walk that stops after LIMIT rows. Actor filters go
// through event_actors, places in a rectangle through an R*Tree, words
// through FTS5.
const schema2 = `
DROP TRIGGER articles_ai;
CREATE TABLE incidents (
	id            INTEGER PRIMARY KEY,
	title         TEXT NOT NULL,
	root          TEXT NOT NULL,
	plover        TEXT NOT NULL,
	acled         TEXT NOT NULL,
	place         TEXT,              -- Place as JSON
	country       TEXT NOT NULL,
	lat           REAL,
	lon           REAL,
	date_from     TEXT NOT NULL,
	date_to       TEXT NOT NULL,
	actors        TEXT NOT NULL,     -- JSON array of actor keys
	event_count   INTEGER NOT NULL,
	article_count INTEGER NOT NULL
);
CREATE INDEX incidents_to ON incidents(date_to DESC, id DESC);
CREATE INDEX incidents_country ON incidents(country, date_to DESC, id DESC);

CREATE TABLE events (
	id             INTEGER PRIMARY KEY,
	article_id     TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	idx            INTEGER NOT NULL,
	date           TEXT NOT NULL,
	root           TEXT NOT NULL,
	plover         TEXT NOT NULL,
	quad           INTEGER NOT NULL,
	country        TEXT NOT NULL,
	lat            REAL,
	lon            REAL,
	incident_id    INTEGER REFERENCES incidents(id) ON DELETE SET NULL,
	text           TEXT NOT NULL,
	record         TEXT NOT NULL     -- the Event as JSON
);
CREATE UNIQUE INDEX events_article ON events(article_id, idx);
CREATE INDEX events_date ON events(date DESC, id DESC);
CREATE INDEX events_country ON events(country, date DESC, id DESC);
CREATE INDEX events_root ON events(root, date DESC, id DESC);
CREATE INDEX events_plover ON events(plover, date DESC, id DESC);
CREATE INDEX events_incident ON events(incident_id) WHERE incident_id IS NOT NULL;
CREATE TABLE event_actors (
	key      TEXT NOT NULL,          -- lower-case actor id, name or country
	event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
	PRIMARY KEY (key, event_id)
) WITHOUT ROWID;
CREATE INDEX event_actors_event ON event_actors(event_id);
CREATE VIRTUAL TABLE events_geo USING rtree(id, west, east, south, north);
CREATE VIRTUAL TABLE events_fts USING fts5(
	text, content='events', content_rowid='id',
	tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER events_ad AFTER DELETE ON events BEGIN
	INSERT INTO events_fts(events_fts, rowid, text) VALUES ('delete', old.id, old.text);
	DELETE FROM events_geo WHERE id = old.id;
END;

CREATE TABLE claims (
	id          INTEGER PRIMARY KEY,
	article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	idx         INTEGER NOT NULL,
	published   TEXT NOT NULL,
	kind        TEXT NOT NULL,
	country     TEXT NOT NULL,
	incident_id INTEGER REFERENCES incidents(id) ON DELETE SET NULL,
	text        TEXT NOT NULL,
	record      TEXT NOT NULL        -- the Claim as JSON
);
CREATE UNIQUE INDEX claims_article ON claims(article_id, idx);
CREATE INDEX claims_published ON claims(published DESC, id DESC);
CREATE INDEX claims_kind ON claims(kind, published DESC, id DESC);
CREATE INDEX claims_incident ON claims(incident_id) WHERE incident_id IS NOT NULL;
CREATE VIRTUAL TABLE claims_fts USING fts5(
	text, content='claims', content_rowid='id',
	tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER claims_ad AFTER DELETE ON claims BEGIN
	INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TABLE quotes (
	id            INTEGER PRIMARY KEY,
	article_id    TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	idx           INTEGER NOT NULL,
	published     TEXT NOT NULL,
	speaker       TEXT NOT NULL,     -- speaker text and actor name
	speaker_actor TEXT NOT NULL,     -- actor id, "" when unresolved
	text          TEXT NOT NULL,
	record        TEXT NOT NULL      -- the Quote as JSON
);
CREATE UNIQUE INDEX quotes_article ON quotes(article_id, idx);
CREATE INDEX quotes_published ON quotes(published DESC, id DESC);
CREATE INDEX quotes_actor ON quotes(speaker_actor, published DESC, id DESC);
CREATE VIRTUAL TABLE quotes_fts USING fts5(
	text, speaker, content='quotes', content_rowid='id',
	tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
	INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
END;

CREATE TABLE mentions (
	id         INTEGER PRIMARY KEY,
	article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	idx        INTEGER NOT NULL,
	type       TEXT NOT NULL,
	actor_id   TEXT NOT NULL,        -- "" when unresolved
	geonameid  INTEGER,
	record     TEXT NOT NULL         -- the Mention as JSON
);
CREATE UNIQUE INDEX mentions_article ON mentions(article_id, idx);
CREATE INDEX mentions_actor ON mentions(actor_id) WHERE actor_id != '';
CREATE INDEX mentions_place ON mentions(geonameid) WHERE geonameid IS NOT NULL;

-- An article is reconciled once it has a signature; copy_of links a
-- near-duplicate to its original.
CREATE TABLE signatures (
	article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
	minhash    BLOB NOT NULL,
	copy_of    TEXT REFERENCES articles(id),
	similarity REAL
);
CREATE INDEX signatures_copy_of ON signatures(copy_of) WHERE copy_of IS NOT NULL;
`
