package org.parallax.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema as a list of numbered steps. {@code PRAGMA user_version} records how many have run; each
 * pending step runs in its own transaction, so a crash leaves the database at the last finished step.
 * A database newer than this code is refused rather than guessed at.
 */
final class Migrations {
    /** Step {@code i} brings the schema from version {@code i} to {@code i + 1}. Append only; never edit. */
    static final List<String> STEPS = List.of(
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
            """);

    private Migrations() {
    }

    /** Runs the pending steps; returns the schema version reached. */
    static int migrate(Connection db) throws SQLException {
        int version = version(db);
        if (version > STEPS.size()) {
            throw new IllegalStateException("database schema version " + version
                    + " is newer than this Parallax understands (" + STEPS.size() + "); upgrade Parallax");
        }
        for (int step = version; step < STEPS.size(); step++) {
            boolean auto = db.getAutoCommit();
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                for (String sql : STEPS.get(step).split(";\\s*\n")) {
                    if (!sql.isBlank()) {
                        s.execute(sql);
                    }
                }
                s.execute("PRAGMA user_version = " + (step + 1));
                db.commit();
            } catch (SQLException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(auto);
            }
        }
        return STEPS.size();
    }

    static int version(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }
}
