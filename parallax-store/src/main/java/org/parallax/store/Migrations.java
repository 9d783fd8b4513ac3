package org.parallax.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema as a list of numbered steps per database. The database records how many have run (SQLite in
 * {@code PRAGMA user_version}, PostgreSQL in the table {@code parallax_schema}); each pending step runs in its
 * own transaction, so a crash leaves the database at the last finished step. A database newer than this
 * code is refused rather than guessed at. Append only; never edit a step that has shipped.
 */
final class Migrations {
    /** SQLite: step {@code i} brings the schema from version {@code i} to {@code i + 1}. */
    static final List<String> SQLITE = List.of(
            """
            CREATE TABLE articles (
              seq       INTEGER PRIMARY KEY AUTOINCREMENT,
              id        TEXT NOT NULL UNIQUE,
              source    TEXT NOT NULL,
              original  TEXT NOT NULL,
              title     TEXT,
              outlet    TEXT,
              published TEXT,
              author    TEXT,
              url       TEXT,
              warnings  TEXT NOT NULL DEFAULT '[]',
              added_at  TEXT NOT NULL
            );
            CREATE TABLE stories (
              id        TEXT PRIMARY KEY,
              position  INTEGER NOT NULL,
              headline  TEXT,
              documents TEXT NOT NULL,
              json      TEXT NOT NULL
            );
            CREATE TABLE story_documents (
              story_id    TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
              document_id TEXT NOT NULL,
              PRIMARY KEY (story_id, document_id)
            );
            CREATE INDEX story_documents_by_document ON story_documents(document_id);
            CREATE VIRTUAL TABLE articles_fts USING fts5(
              article_id UNINDEXED, title, outlet, body, tokenize = 'unicode61 remove_diacritics 2'
            );
            """,
            // issue 17: analyses kept by content key, story analyses by signature, background jobs, stable
            // ids with redirects, followed feeds. Stories computed before keep their JSON until re-analysed.
            """
            CREATE TABLE analyses (
              key        TEXT PRIMARY KEY,
              article_id TEXT NOT NULL,
              data       BLOB NOT NULL
            );
            CREATE INDEX analyses_by_article ON analyses(article_id);
            CREATE TABLE story_results (
              signature TEXT PRIMARY KEY,
              headline  TEXT,
              json      TEXT NOT NULL,
              page      TEXT NOT NULL,
              card      TEXT NOT NULL
            );
            INSERT INTO story_results (signature, headline, json, page, card) SELECT 'legacy-' || id, headline, json, '', '{}' FROM stories;
            ALTER TABLE stories ADD COLUMN signature TEXT NOT NULL DEFAULT '';
            UPDATE stories SET signature = 'legacy-' || id;
            ALTER TABLE stories ADD COLUMN related TEXT NOT NULL DEFAULT '[]';
            ALTER TABLE stories DROP COLUMN json;
            ALTER TABLE story_documents ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE story_documents ADD COLUMN title TEXT;
            ALTER TABLE story_documents ADD COLUMN outlet TEXT;
            CREATE TABLE story_redirects (
              old_id TEXT PRIMARY KEY,
              new_id TEXT NOT NULL
            );
            CREATE TABLE jobs (
              id          TEXT PRIMARY KEY,
              origin      TEXT NOT NULL,
              state       TEXT NOT NULL,
              articles    TEXT NOT NULL,
              rejected    TEXT NOT NULL,
              stories     TEXT NOT NULL DEFAULT '[]',
              created_at  TEXT NOT NULL,
              finished_at TEXT
            );
            CREATE INDEX jobs_by_state ON jobs(state);
            CREATE TABLE feeds (
              id            TEXT PRIMARY KEY,
              url           TEXT NOT NULL UNIQUE,
              title         TEXT,
              interval_s    INTEGER NOT NULL,
              etag          TEXT,
              last_modified TEXT,
              next_poll     TEXT NOT NULL,
              last_poll     TEXT,
              last_ok       TEXT,
              failures      INTEGER NOT NULL DEFAULT 0,
              last_error    TEXT,
              last_status   TEXT,
              added_at      TEXT NOT NULL,
              items         INTEGER NOT NULL DEFAULT 0
            );
            """,
            // the text indexed in two columns: the lead (first 20,000 characters), from which search snippets
            // are cut, so a snippet never reads a whole book-length article (FTS5's snippet reads its column),
            // and the rest up to 200,000 characters, as PostgreSQL indexes; an index row's rowid is its
            // article's seq, so replacing an article's row is a lookup, not a scan of the index
            """
            DROP TABLE articles_fts;
            CREATE VIRTUAL TABLE articles_fts USING fts5(
              article_id UNINDEXED, title, outlet, lead, rest, tokenize = 'unicode61 remove_diacritics 2'
            );
            INSERT INTO articles_fts (rowid, article_id, title, outlet, lead, rest)
              SELECT seq, id, title, outlet, substr(original, 1, 20000), substr(original, 20001, 180000) FROM articles;
            """);

    /**
     * PostgreSQL: the same tables in one step; full-text search is a generated {@code tsvector} column with a
     * GIN index ({@code simple} configuration: no stemming, any language, as SQLite's unicode61 tokenizer).
     * Only the first 200,000 characters of an article are indexed: a tsvector holds at most 1 MB.
     */
    static final List<String> POSTGRES = List.of(
            """
            CREATE TABLE articles (
              seq       BIGSERIAL PRIMARY KEY,
              id        TEXT NOT NULL UNIQUE,
              source    TEXT NOT NULL,
              original  TEXT NOT NULL,
              title     TEXT,
              outlet    TEXT,
              published TEXT,
              author    TEXT,
              url       TEXT,
              warnings  TEXT NOT NULL DEFAULT '[]',
              added_at  TEXT NOT NULL,
              search    tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('simple', coalesce(title, '')), 'A')
                || setweight(to_tsvector('simple', coalesce(outlet, '')), 'B')
                || to_tsvector('simple', left(original, 200000))) STORED
            );
            CREATE INDEX articles_search ON articles USING GIN (search);
            CREATE TABLE stories (
              id        TEXT PRIMARY KEY,
              position  INTEGER NOT NULL,
              headline  TEXT,
              documents TEXT NOT NULL,
              signature TEXT NOT NULL DEFAULT '',
              related   TEXT NOT NULL DEFAULT '[]'
            );
            CREATE TABLE story_documents (
              story_id    TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
              document_id TEXT NOT NULL,
              position    INTEGER NOT NULL DEFAULT 0,
              title       TEXT,
              outlet      TEXT,
              PRIMARY KEY (story_id, document_id)
            );
            CREATE INDEX story_documents_by_document ON story_documents(document_id);
            CREATE TABLE analyses (
              key        TEXT PRIMARY KEY,
              article_id TEXT NOT NULL,
              data       BYTEA NOT NULL
            );
            CREATE INDEX analyses_by_article ON analyses(article_id);
            CREATE TABLE story_results (
              signature TEXT PRIMARY KEY,
              headline  TEXT,
              json      TEXT NOT NULL,
              page      TEXT NOT NULL,
              card      TEXT NOT NULL
            );
            CREATE TABLE story_redirects (
              old_id TEXT PRIMARY KEY,
              new_id TEXT NOT NULL
            );
            CREATE TABLE jobs (
              id          TEXT PRIMARY KEY,
              origin      TEXT NOT NULL,
              state       TEXT NOT NULL,
              articles    TEXT NOT NULL,
              rejected    TEXT NOT NULL,
              stories     TEXT NOT NULL DEFAULT '[]',
              created_at  TEXT NOT NULL,
              finished_at TEXT
            );
            CREATE INDEX jobs_by_state ON jobs(state);
            CREATE TABLE feeds (
              id            TEXT PRIMARY KEY,
              url           TEXT NOT NULL UNIQUE,
              title         TEXT,
              interval_s    BIGINT NOT NULL,
              etag          TEXT,
              last_modified TEXT,
              next_poll     TEXT NOT NULL,
              last_poll     TEXT,
              last_ok       TEXT,
              failures      INTEGER NOT NULL DEFAULT 0,
              last_error    TEXT,
              last_status   TEXT,
              added_at      TEXT NOT NULL,
              items         BIGINT NOT NULL DEFAULT 0
            );
            """);

    private Migrations() {
    }

    /** Runs the pending steps; returns the schema version reached. */
    static int migrate(Connection db, Dialect dialect) throws SQLException {
        List<String> steps = dialect.migrations();
        int version = dialect.version(db);
        if (version > steps.size()) {
            throw new IllegalStateException("database schema version " + version
                    + " is newer than this Parallax understands (" + steps.size() + "); upgrade Parallax");
        }
        for (int step = version; step < steps.size(); step++) {
            boolean auto = db.getAutoCommit();
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                for (String sql : steps.get(step).split(";\\s*\n")) {
                    if (!sql.isBlank()) {
                        s.execute(sql);
                    }
                }
                dialect.setVersion(s, step + 1);
                db.commit();
            } catch (SQLException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(auto);
            }
        }
        return steps.size();
    }
}
