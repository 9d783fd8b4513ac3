package org.parallax.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parallax.model.GivenMetadata;
import org.parallax.model.RawArticle;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The embedded database: one SQLite file ({@code parallax.db}) in a data folder, holding the articles as
 * they were given (the source of truth), the stories last computed from them with their report JSON,
 * and a full-text index.
 *
 * <p>Durability: write-ahead logging, and every write is one transaction, so a crash or {@code kill -9}
 * at any moment leaves every committed batch and nothing of an unfinished one. Readers never see a
 * half-written batch. The schema is versioned and migrated on open ({@link Migrations}).
 *
 * <p>Thread-safe: one connection, used under this object's lock (SQLite has one writer anyway).
 */
public final class Store implements AutoCloseable {
    public static final String FILE_NAME = "parallax.db";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    /** Held while the store is open, so a second process on the same folder refuses to start (issue 18). */
    public static final String LOCK_NAME = "parallax.lock";

    private final Connection db;
    private final Path file;
    // holds the folder's lock until close
    private final FileChannel lockChannel;

    private Store(Connection db, Path file, FileChannel lockChannel) {
        this.db = db;
        this.file = file;
        this.lockChannel = lockChannel;
    }

    /**
     * Opens (creating when needed) the store in a data folder. The folder comes from the operator's
     * command line, never from a request.
     *
     * Only one store may have a folder open at a time: two servers writing one SQLite file would each
     * serve its own view of it. The second is refused with a clear message.
     *
     * @throws IllegalStateException when the folder cannot be created, another process (or another store
     *                               in this one) has it open, or the database cannot be opened
     */
    public static Store open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create data folder " + dataDir + ": " + e.getMessage(), e);
        }
        Path lockFile = dataDir.resolve(LOCK_NAME);
        FileChannel channel;
        FileLock lock;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create lock file " + lockFile + ": " + e.getMessage(), e);
        }
        try {
            lock = channel.tryLock();
        } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new IllegalStateException("data folder " + dataDir.toAbsolutePath() + " is in use by another"
                    + " Parallax process (it holds " + LOCK_NAME + "): stop that one, or give this one another --data folder");
        }
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                // NORMAL in WAL mode never loses a commit to a process crash (only to power loss)
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("PRAGMA foreign_keys = ON");
                s.execute("PRAGMA busy_timeout = 5000");
            }
            Migrations.migrate(db);
            return new Store(db, file, channel);
        } catch (SQLException e) {
            closeQuietly(channel);
            throw new IllegalStateException("cannot open database " + file + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close(); // also releases its lock
        } catch (IOException e) {
            // nothing was written through it; the process ending frees it anyway
        }
    }

    public Path file() {
        return file;
    }

    public synchronized int schemaVersion() {
        try {
            return Migrations.version(db);
        } catch (SQLException e) {
            throw failure("read schema version", e);
        }
    }

    /**
     * Adds or replaces articles (by id) and indexes them, all in one transaction.
     *
     * @return the ids written, in input order
     */
    public synchronized List<String> putArticles(List<RawArticle> articles) {
        String now = Instant.now().toString();
        return inTransaction(() -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement del = db.prepareStatement("DELETE FROM articles WHERE id = ?");
                 PreparedStatement delFts = db.prepareStatement("DELETE FROM articles_fts WHERE article_id = ?");
                 PreparedStatement ins = db.prepareStatement("""
                         INSERT INTO articles (id, source, original, title, outlet, published, author, url, warnings, added_at)
                         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                 PreparedStatement fts = db.prepareStatement(
                         "INSERT INTO articles_fts (article_id, title, outlet, body) VALUES (?, ?, ?, ?)")) {
                for (RawArticle a : articles) {
                    GivenMetadata g = a.given();
                    del.setString(1, a.id());
                    del.executeUpdate();
                    delFts.setString(1, a.id());
                    delFts.executeUpdate();
                    ins.setString(1, a.id());
                    ins.setString(2, a.source());
                    ins.setString(3, a.original());
                    ins.setString(4, g.title());
                    ins.setString(5, g.outlet());
                    ins.setString(6, g.published());
                    ins.setString(7, g.author());
                    ins.setString(8, g.url());
                    ins.setString(9, json(a.warnings()));
                    ins.setString(10, now);
                    ins.executeUpdate();
                    fts.setString(1, a.id());
                    fts.setString(2, g.title());
                    fts.setString(3, g.outlet());
                    fts.setString(4, a.original());
                    fts.executeUpdate();
                    ids.add(a.id());
                }
            }
            return ids;
        });
    }

    /** Every article, in the order first added. */
    public synchronized List<RawArticle> articles() {
        List<RawArticle> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT id, source, original, title, outlet, published, author, url, warnings FROM articles ORDER BY seq")) {
            while (r.next()) {
                out.add(new RawArticle(r.getString(1), r.getString(2), r.getString(3),
                        new GivenMetadata(r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8)),
                        JSON.readValue(r.getString(9), STRINGS)));
            }
            return out;
        } catch (SQLException | JsonProcessingException e) {
            throw failure("read articles", e);
        }
    }

    public synchronized int articleCount() {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM articles")) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw failure("count articles", e);
        }
    }

    /** Replaces every stored story with these, in one transaction. */
    public synchronized void replaceStories(List<StoredStory> stories) {
        inTransaction(() -> {
            try (Statement clear = db.createStatement();
                 PreparedStatement ins = db.prepareStatement(
                         "INSERT INTO stories (id, position, headline, documents, json) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement doc = db.prepareStatement(
                         "INSERT OR IGNORE INTO story_documents (story_id, document_id) VALUES (?, ?)")) {
                clear.execute("DELETE FROM story_documents");
                clear.execute("DELETE FROM stories");
                for (int i = 0; i < stories.size(); i++) {
                    StoredStory s = stories.get(i);
                    ins.setString(1, s.id());
                    ins.setInt(2, i);
                    ins.setString(3, s.headline());
                    ins.setString(4, json(s.documents()));
                    ins.setString(5, s.json());
                    ins.executeUpdate();
                    for (String d : s.documents()) {
                        doc.setString(1, s.id());
                        doc.setString(2, d);
                        doc.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    /** The stored stories, in the order they were computed. */
    public synchronized List<StoredStory> stories() {
        List<StoredStory> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT id, headline, documents, json FROM stories ORDER BY position")) {
            while (r.next()) {
                out.add(new StoredStory(r.getString(1), r.getString(2), JSON.readValue(r.getString(3), STRINGS),
                        r.getString(4)));
            }
            return out;
        } catch (SQLException | JsonProcessingException e) {
            throw failure("read stories", e);
        }
    }

    public synchronized Optional<StoredStory> story(String id) {
        try (PreparedStatement s = db.prepareStatement("SELECT id, headline, documents, json FROM stories WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredStory(r.getString(1), r.getString(2),
                        JSON.readValue(r.getString(3), STRINGS), r.getString(4)));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw failure("read story " + id, e);
        }
    }

    /**
     * Full-text search over titles, outlets and texts, best match first. Any input is safe: it is read
     * as plain words (see {@link SearchQuery}); input without words finds nothing.
     */
    public synchronized List<SearchHit> search(String input, int limit) {
        Optional<String> query = SearchQuery.of(input);
        if (query.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<SearchHit> out = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("""
                SELECT f.article_id, f.title, f.outlet,
                       snippet(articles_fts, 3, char(2), char(3), '…', 16),
                       (SELECT story_id FROM story_documents d WHERE d.document_id = f.article_id LIMIT 1)
                FROM articles_fts f WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?""")) {
            s.setString(1, query.get());
            s.setInt(2, limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new SearchHit(r.getString(1), r.getString(2), r.getString(3),
                            r.getString(4) == null ? "" : r.getString(4), r.getString(5)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("search", e);
        }
    }

    /** {@code PRAGMA integrity_check}: "ok" when the file is sound. */
    public synchronized String integrityCheck() {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            return r.next() ? r.getString(1) : "no answer";
        } catch (SQLException e) {
            throw failure("check integrity", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw failure("close", e);
        } finally {
            closeQuietly(lockChannel);
        }
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        try {
            db.setAutoCommit(false);
            try {
                T result = work.run();
                db.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    private static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // a failing database is an environment failure, not bad input: it surfaces as an exception
    private IllegalStateException failure(String what, Exception e) {
        return new IllegalStateException("store " + file + ": cannot " + what + ": " + e.getMessage(), e);
    }
}
