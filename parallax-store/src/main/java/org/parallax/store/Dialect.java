package org.parallax.store;

import org.parallax.model.RawArticle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What differs between the two databases: the schema steps and where their version is kept, full-text
 * indexing and search, and the integrity check. Everything else the {@link Store} writes is SQL both
 * understand. Stateless; thread-safe.
 */
abstract sealed class Dialect permits Dialect.Sqlite, Dialect.Postgres {
    static final Dialect SQLITE = new Sqlite();
    static final Dialect POSTGRES = new Postgres();

    abstract String name();

    abstract List<String> migrations();

    abstract int version(Connection db) throws SQLException;

    abstract void setVersion(Statement s, int version) throws SQLException;

    /** Brings the full-text index up to date with an article just written (in the same transaction). */
    abstract void index(Connection db, RawArticle a) throws SQLException;

    /** Full-text hits: article id, title, outlet, marked snippet, story id. */
    abstract List<SearchHit> search(Connection db, String input, int limit) throws SQLException;

    /** "ok", or what is wrong with the database. */
    abstract String integrity(Connection db) throws SQLException;

    /** Text as this database can hold it (PostgreSQL holds no NUL character). Same length: offsets hold. */
    String text(String s) {
        return s;
    }

    /** Rows of story_documents whose article is gone, and stories whose analysis is missing: should be none. */
    static String consistency(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("""
                     SELECT (SELECT count(*) FROM story_documents d WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = d.document_id)),
                            (SELECT count(*) FROM story_documents d WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = d.story_id))""")) {
            r.next();
            if (r.getLong(1) > 0 || r.getLong(2) > 0) {
                return r.getLong(1) + " story articles that are not stored, " + r.getLong(2) + " for stories that are gone";
            }
            return "ok";
        }
    }

    static final class Sqlite extends Dialect {
        /** Characters of an article's text in the FTS column snippets are cut from. */
        static final int LEAD = 20_000;
        /** Characters of an article's text that are indexed at all (as on PostgreSQL). */
        static final int INDEXED = 200_000;

        @Override
        String name() {
            return "SQLite";
        }

        @Override
        List<String> migrations() {
            return Migrations.SQLITE;
        }

        @Override
        int version(Connection db) throws SQLException {
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
                return r.next() ? r.getInt(1) : 0;
            }
        }

        @Override
        void setVersion(Statement s, int version) throws SQLException {
            s.execute("PRAGMA user_version = " + version);
        }

        @Override
        void index(Connection db, RawArticle a) throws SQLException {
            // the index row is keyed by the article's row number: deleting by article_id (an unindexed
            // column) would read the whole index for every article stored
            long seq;
            try (PreparedStatement q = db.prepareStatement("SELECT seq FROM articles WHERE id = ?")) {
                q.setString(1, a.id());
                try (ResultSet r = q.executeQuery()) {
                    if (!r.next()) {
                        throw new SQLException("article " + a.id() + " is not stored: nothing to index");
                    }
                    seq = r.getLong(1);
                }
            }
            try (PreparedStatement del = db.prepareStatement("DELETE FROM articles_fts WHERE rowid = ?");
                 PreparedStatement fts = db.prepareStatement(
                         "INSERT INTO articles_fts (rowid, article_id, title, outlet, lead, rest) VALUES (?, ?, ?, ?, ?, ?)")) {
                del.setLong(1, seq);
                del.executeUpdate();
                String text = a.original();
                fts.setLong(1, seq);
                fts.setString(2, a.id());
                fts.setString(3, a.given().title());
                fts.setString(4, a.given().outlet());
                fts.setString(5, text.substring(0, Math.min(text.length(), LEAD)));
                fts.setString(6, text.length() <= LEAD ? "" : text.substring(LEAD, Math.min(text.length(), INDEXED)));
                fts.executeUpdate();
            }
        }

        @Override
        List<SearchHit> search(Connection db, String input, int limit) throws SQLException {
            Optional<String> query = SearchQuery.of(input);
            List<SearchHit> out = new ArrayList<>();
            if (query.isEmpty()) {
                return out;
            }
            try (PreparedStatement s = db.prepareStatement("""
                    SELECT f.article_id, f.title, f.outlet,
                           snippet(articles_fts, 3, char(2), char(3), '…', 16),
                           d.story_id, d.position, d.title, d.outlet
                    FROM articles_fts f LEFT JOIN story_documents d ON d.document_id = f.article_id
                    WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?""")) {
                s.setString(1, query.get());
                s.setInt(2, limit);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(Store.hit(r));
                    }
                }
            }
            return out;
        }

        @Override
        String integrity(Connection db) throws SQLException {
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                String result = r.next() ? r.getString(1) : "no answer";
                if (!result.equals("ok")) {
                    return result;
                }
            }
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("PRAGMA foreign_key_check")) {
                if (r.next()) {
                    return "foreign key broken in " + r.getString(1);
                }
            }
            return consistency(db);
        }
    }

    static final class Postgres extends Dialect {
        @Override
        String name() {
            return "PostgreSQL";
        }

        @Override
        List<String> migrations() {
            return Migrations.POSTGRES;
        }

        @Override
        int version(Connection db) throws SQLException {
            try (Statement s = db.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS parallax_schema (version INTEGER NOT NULL)");
                try (ResultSet r = s.executeQuery("SELECT max(version) FROM parallax_schema")) {
                    return r.next() ? r.getInt(1) : 0;
                }
            }
        }

        @Override
        void setVersion(Statement s, int version) throws SQLException {
            s.execute("DELETE FROM parallax_schema");
            s.execute("INSERT INTO parallax_schema (version) VALUES (" + version + ")");
        }

        @Override
        void index(Connection db, RawArticle a) {
            // the tsvector is a generated column of articles
        }

        @Override
        List<SearchHit> search(Connection db, String input, int limit) throws SQLException {
            Optional<String> query = SearchQuery.tsquery(input);
            List<SearchHit> out = new ArrayList<>();
            if (query.isEmpty()) {
                return out;
            }
            // ts_headline reads the whole text: only for the hits kept, and only their first 20,000 characters
            try (PreparedStatement s = db.prepareStatement("""
                    SELECT h.id, h.title, h.outlet,
                           ts_headline('simple', left(h.original, 20000), to_tsquery('simple', ?), ?),
                           d.story_id, d.position, d.title, d.outlet
                    FROM (SELECT a.id, a.title, a.outlet, a.original, ts_rank(a.search, q) AS rank
                          FROM articles a, to_tsquery('simple', ?) q WHERE a.search @@ q
                          ORDER BY rank DESC, a.seq LIMIT ?) h
                    LEFT JOIN story_documents d ON d.document_id = h.id
                    ORDER BY h.rank DESC""")) {
                s.setString(1, query.get());
                s.setString(2, "StartSel=" + SearchHit.MARK_START + ", StopSel=" + SearchHit.MARK_END
                        + ", MaxWords=24, MinWords=10, ShortWord=2, MaxFragments=1, FragmentDelimiter=…");
                s.setString(3, query.get());
                s.setInt(4, limit);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(Store.hit(r));
                    }
                }
            }
            return out;
        }

        @Override
        String integrity(Connection db) throws SQLException {
            // PostgreSQL keeps its own pages consistent; what can go wrong is ours
            return consistency(db);
        }

        @Override
        String text(String s) {
            return s == null || s.indexOf('\u0000') < 0 ? s : s.replace('\u0000', '\uFFFD');
        }
    }
}
