package org.parallax.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import org.parallax.AnalysisCache;
import org.parallax.model.GivenMetadata;
import org.parallax.model.RawArticle;
import org.parallax.model.Rejected;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The database of a Parallax server: the articles as they were given (the source of truth), each
 * article's analysis by content key, each story's analysis by signature, the index of stories with their
 * articles, redirects of retired story ids, upload jobs, followed feeds, and a full-text index.
 *
 * <p>Two kinds, one schema ({@link Migrations}): an SQLite file in a data folder (the default; write-ahead
 * logging; a lock file keeps a second process out), or a PostgreSQL database for a shared server (an
 * advisory lock keeps a second server out). Connections come from a HikariCP pool.
 *
 * <p>Durability: every write is one transaction, so a crash or {@code kill -9} at any moment leaves every
 * committed write and nothing of an unfinished one; readers never see half of one.
 *
 * <p>Thread-safe. Readers run in parallel; on SQLite writers take turns in this process (SQLite has one
 * writer anyway), so they never meet a busy database.
 */
public final class Store implements AutoCloseable, AnalysisCache {
    public static final String FILE_NAME = "parallax.db";
    /** Held while the store is open, so a second process on the same folder refuses to start (issue 18). */
    public static final String LOCK_NAME = "parallax.lock";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<Map<String, String>>> OBJECTS = new TypeReference<>() { };
    private static final int CHUNK = 500;
    private static final java.time.Duration LOCK_WAIT = java.time.Duration.ofSeconds(5);

    private final StoreTarget target;
    private final Dialect dialect;
    private final HikariDataSource pool;
    private final ReentrantLock writes = new ReentrantLock();
    // what keeps a second process out: the SQLite folder's lock file, or PostgreSQL's advisory lock's session
    private final AutoCloseable guard;

    private Store(StoreTarget target, Dialect dialect, HikariDataSource pool, AutoCloseable guard) {
        this.target = target;
        this.dialect = dialect;
        this.pool = pool;
        this.guard = guard;
    }

    /** Opens (creating when needed) the SQLite store in a data folder. See {@link #open(StoreTarget)}. */
    public static Store open(Path dataDir) {
        return open(StoreTarget.sqlite(dataDir));
    }

    /**
     * Opens the store, creating and migrating its schema when needed. The target comes from the operator's
     * command line, never from a request. Only one store may have a database open at a time: two servers
     * writing one database would each serve its own view of it. The second is refused with a clear message.
     *
     * @throws IllegalStateException when the folder cannot be created, another process has the database
     *                               open, or the database cannot be reached or opened
     */
    public static Store open(StoreTarget target) {
        return target.isPostgres() ? openPostgres(target) : openSqlite(target);
    }

    private static Store openSqlite(StoreTarget target) {
        Path dataDir = target.folder();
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
        } catch (IOException | OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new IllegalStateException("data folder " + dataDir.toAbsolutePath() + " is in use by another"
                    + " Parallax process (it holds " + LOCK_NAME + "): stop that one, or give this one another --data folder");
        }
        Path file = dataDir.resolve(FILE_NAME);
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // NORMAL in WAL mode never loses a commit to a process crash (only to power loss)
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        HikariConfig hikari = new HikariConfig();
        hikari.setDataSource(source);
        hikari.setPoolName("parallax-sqlite");
        hikari.setMaximumPoolSize(8);
        hikari.setMinimumIdle(1);
        try {
            HikariDataSource pool = new HikariDataSource(hikari);
            try (Connection db = pool.getConnection()) {
                Migrations.migrate(db, Dialect.SQLITE);
            } catch (SQLException | RuntimeException e) {
                pool.close();
                throw e;
            }
            return new Store(target, Dialect.SQLITE, pool, channel);
        } catch (SQLException | HikariPool.PoolInitializationException e) {
            closeQuietly(channel);
            throw new IllegalStateException("cannot open database " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static Store openPostgres(StoreTarget target) {
        Properties props = new Properties();
        String url = StoreTarget.jdbc(target.postgresUrl(), props);
        props.putIfAbsent("connectTimeout", "10");
        props.putIfAbsent("ApplicationName", "parallax");
        Connection lock;
        try {
            lock = DriverManager.getConnection(url, props);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to PostgreSQL at " + target.describe() + ": " + e.getMessage(), e);
        }
        try (Statement s = lock.createStatement()) {
            // a server killed a moment ago holds the lock until PostgreSQL notices its connection is gone
            long until = System.nanoTime() + LOCK_WAIT.toNanos();
            while (true) {
                try (ResultSet r = s.executeQuery(
                        "SELECT pg_try_advisory_lock(hashtext('parallax ' || current_schema())), current_schema()")) {
                    r.next();
                    if (r.getBoolean(1)) {
                        break;
                    }
                    if (System.nanoTime() > until) {
                        throw new IllegalStateException("database " + target.describe() + " (schema " + r.getString(2)
                                + ") is in use by another Parallax server: stop that one, or give this one another database");
                    }
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(lock);
            throw new IllegalStateException("interrupted while waiting for PostgreSQL's lock", e);
        } catch (SQLException e) {
            closeQuietly(lock);
            throw new IllegalStateException("cannot lock PostgreSQL database " + target.describe() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(lock);
            throw e;
        }
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(url);
        hikari.setDataSourceProperties(props);
        hikari.setPoolName("parallax-postgresql");
        hikari.setMaximumPoolSize(10);
        hikari.setMinimumIdle(1);
        try {
            HikariDataSource pool = new HikariDataSource(hikari);
            try (Connection db = pool.getConnection()) {
                Migrations.migrate(db, Dialect.POSTGRES);
            } catch (SQLException | RuntimeException e) {
                pool.close();
                throw e;
            }
            return new Store(target, Dialect.POSTGRES, pool, lock);
        } catch (SQLException | HikariPool.PoolInitializationException e) {
            closeQuietly(lock);
            throw new IllegalStateException("cannot open PostgreSQL database " + target.describe() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(lock);
            throw e;
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close(); // a lock file's channel also releases its lock
        } catch (Exception e) {
            // nothing was written through it; the process ending frees it anyway
        }
    }

    public StoreTarget target() {
        return target;
    }

    /** "SQLite" or "PostgreSQL". */
    public String kind() {
        return dialect.name();
    }

    /** The SQLite file (null for PostgreSQL). */
    public Path file() {
        return target.folder() == null ? null : target.folder().resolve(FILE_NAME);
    }

    public int schemaVersion() {
        return read(dialect::version, "read schema version");
    }

    // ---- articles

    /**
     * Adds or replaces articles (by id; a replaced article keeps its place in the order) and indexes them,
     * all in one transaction.
     *
     * @return the ids written, in input order
     */
    public List<String> putArticles(List<RawArticle> articles) {
        return write(db -> insertArticles(db, articles), "store articles");
    }

    /** Stores an upload's articles and its job in one transaction: once this returns, neither can be lost. */
    public void accept(List<RawArticle> articles, Job job) {
        write(db -> {
            insertArticles(db, articles);
            try (PreparedStatement s = db.prepareStatement("""
                    INSERT INTO jobs (id, origin, state, articles, rejected, stories, created_at, finished_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                s.setString(1, job.id());
                s.setString(2, job.origin());
                s.setString(3, job.state().column());
                s.setString(4, json(job.articles()));
                s.setString(5, rejectedJson(job.rejected()));
                s.setString(6, json(job.stories()));
                s.setString(7, job.created().toString());
                s.setString(8, job.finished() == null ? null : job.finished().toString());
                s.executeUpdate();
            }
            return null;
        }, "store an upload");
    }

    private List<String> insertArticles(Connection db, List<RawArticle> articles) throws SQLException {
        String now = Instant.now().toString();
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ins = db.prepareStatement("""
                INSERT INTO articles (id, source, original, title, outlet, published, author, url, warnings, added_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET source = excluded.source, original = excluded.original,
                  title = excluded.title, outlet = excluded.outlet, published = excluded.published,
                  author = excluded.author, url = excluded.url, warnings = excluded.warnings, added_at = excluded.added_at""")) {
            for (RawArticle raw : articles) {
                RawArticle a = storable(raw);
                GivenMetadata g = a.given();
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
                dialect.index(db, a);
                ids.add(a.id());
            }
        }
        return ids;
    }

    /** The article as this database can hold its text (see {@link Dialect#text}). */
    private RawArticle storable(RawArticle a) {
        GivenMetadata g = a.given();
        return new RawArticle(dialect.text(a.id()), dialect.text(a.source()), dialect.text(a.original()),
                new GivenMetadata(dialect.text(g.title()), dialect.text(g.outlet()), dialect.text(g.published()),
                        dialect.text(g.author()), dialect.text(g.url())),
                a.warnings().stream().map(dialect::text).toList());
    }

    /** Every article, in the order first added. */
    public List<RawArticle> articles() {
        return read(db -> {
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT id, source, original, title, outlet, published, author, url, warnings FROM articles ORDER BY seq")) {
                return rawArticles(r);
            }
        }, "read articles");
    }

    /** The articles with these ids that are stored, in the order first added. */
    public List<RawArticle> articles(Collection<String> ids) {
        List<String> all = List.copyOf(new HashSet<>(ids));
        List<RawArticle> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            out.addAll(read(db -> {
                try (PreparedStatement s = db.prepareStatement("SELECT id, source, original, title, outlet, published, author,"
                        + " url, warnings, seq FROM articles WHERE id IN (" + marks(chunk.size()) + ") ORDER BY seq")) {
                    bind(s, chunk, 1);
                    try (ResultSet r = s.executeQuery()) {
                        return rawArticles(r);
                    }
                }
            }, "read articles"));
        }
        if (all.size() > CHUNK) {
            Map<String, Integer> order = read(db -> {
                Map<String, Integer> seqs = new HashMap<>();
                try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT id, seq FROM articles")) {
                    while (r.next()) {
                        seqs.put(r.getString(1), r.getInt(2));
                    }
                }
                return seqs;
            }, "read article order");
            out.sort((a, b) -> Integer.compare(order.getOrDefault(a.id(), 0), order.getOrDefault(b.id(), 0)));
        }
        return out;
    }

    private static List<RawArticle> rawArticles(ResultSet r) throws SQLException {
        List<RawArticle> out = new ArrayList<>();
        while (r.next()) {
            out.add(new RawArticle(r.getString(1), r.getString(2), r.getString(3),
                    new GivenMetadata(r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8)),
                    strings(r.getString(9))));
        }
        return out;
    }

    public int articleCount() {
        return read(db -> {
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM articles")) {
                r.next();
                return r.getInt(1);
            }
        }, "count articles");
    }

    // ---- analyses (the session's cache)

    @Override
    public Map<String, byte[]> analyses(Collection<String> keys) {
        List<String> all = List.copyOf(new HashSet<>(keys));
        Map<String, byte[]> out = new HashMap<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            read(db -> {
                try (PreparedStatement s = db.prepareStatement("SELECT key, data FROM analyses WHERE key IN (" + marks(chunk.size()) + ")")) {
                    bind(s, chunk, 1);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            out.put(r.getString(1), r.getBytes(2));
                        }
                    }
                }
                return null;
            }, "read analyses");
        }
        return out;
    }

    /** Keeps analyses; an article's analyses under other keys (an older text or version) go. */
    @Override
    public void putAnalyses(List<Analysis> analyses) {
        if (analyses.isEmpty()) {
            return;
        }
        write(db -> {
            try (PreparedStatement del = db.prepareStatement("DELETE FROM analyses WHERE article_id = ? AND key <> ?");
                 PreparedStatement ins = db.prepareStatement("""
                         INSERT INTO analyses (key, article_id, data) VALUES (?, ?, ?)
                         ON CONFLICT (key) DO UPDATE SET article_id = excluded.article_id, data = excluded.data""")) {
                for (Analysis a : analyses) {
                    del.setString(1, dialect.text(a.article()));
                    del.setString(2, a.key());
                    del.executeUpdate();
                    ins.setString(1, a.key());
                    ins.setString(2, dialect.text(a.article()));
                    ins.setBytes(3, a.data());
                    ins.executeUpdate();
                }
            }
            return null;
        }, "store analyses");
    }

    /** How many article analyses are kept. */
    public int analysisCount() {
        return read(db -> {
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM analyses")) {
                r.next();
                return r.getInt(1);
            }
        }, "count analyses");
    }

    @Override
    public boolean hasStory(String signature) {
        return read(db -> {
            try (PreparedStatement s = db.prepareStatement("SELECT 1 FROM story_results WHERE signature = ?")) {
                s.setString(1, signature);
                try (ResultSet r = s.executeQuery()) {
                    return r.next();
                }
            }
        }, "read a story's analysis");
    }

    /** Keeps one story's analysis under its signature (before the pass that made it publishes). */
    public void putStoryOutput(StoryOutput output) {
        write(db -> {
            try (PreparedStatement s = db.prepareStatement("""
                    INSERT INTO story_results (signature, headline, json, page, card) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (signature) DO UPDATE SET headline = excluded.headline, json = excluded.json,
                      page = excluded.page, card = excluded.card""")) {
                s.setString(1, output.signature());
                s.setString(2, dialect.text(output.headline()));
                s.setString(3, dialect.text(output.json()));
                s.setString(4, dialect.text(output.page()));
                s.setString(5, dialect.text(output.card()));
                s.executeUpdate();
            }
            return null;
        }, "store a story's analysis");
    }

    // ---- the index of stories

    /**
     * Replaces the index of stories with a pass's, in one transaction: stories whose signature is unchanged
     * only move and get their related stories; the others get their articles anew; stories gone are
     * removed, retired ids redirect, finished jobs are marked, and analyses no story shows are dropped.
     */
    public void publish(Publication p) {
        write(db -> {
            Map<String, String> before = new HashMap<>();
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT id, signature FROM stories")) {
                while (r.next()) {
                    before.put(r.getString(1), r.getString(2));
                }
            }
            Set<String> live = new HashSet<>();
            try (PreparedStatement move = db.prepareStatement("UPDATE stories SET position = ?, headline = coalesce(?, headline), related = ? WHERE id = ?");
                 PreparedStatement put = db.prepareStatement("""
                         INSERT INTO stories (id, position, headline, documents, signature, related) VALUES (?, ?, ?, ?, ?, ?)
                         ON CONFLICT (id) DO UPDATE SET position = excluded.position, headline = excluded.headline,
                           documents = excluded.documents, signature = excluded.signature, related = excluded.related""");
                 PreparedStatement clear = db.prepareStatement("DELETE FROM story_documents WHERE story_id = ?");
                 PreparedStatement doc = db.prepareStatement("""
                         INSERT INTO story_documents (story_id, document_id, position, title, outlet) VALUES (?, ?, ?, ?, ?)
                         ON CONFLICT (story_id, document_id) DO NOTHING""")) {
                for (int i = 0; i < p.stories().size(); i++) {
                    Publication.Story s = p.stories().get(i);
                    live.add(s.id());
                    if (s.signature().equals(before.get(s.id()))) {
                        move.setInt(1, i);
                        move.setString(2, dialect.text(s.headline()));
                        move.setString(3, dialect.text(s.related()));
                        move.setString(4, s.id());
                        move.executeUpdate();
                        continue;
                    }
                    put.setString(1, s.id());
                    put.setInt(2, i);
                    put.setString(3, dialect.text(s.headline()));
                    put.setString(4, json(s.documents().stream().map(Publication.Document::id).toList()));
                    put.setString(5, s.signature());
                    put.setString(6, dialect.text(s.related()));
                    put.executeUpdate();
                    clear.setString(1, s.id());
                    clear.executeUpdate();
                    for (int d = 0; d < s.documents().size(); d++) {
                        Publication.Document document = s.documents().get(d);
                        doc.setString(1, s.id());
                        doc.setString(2, document.id());
                        doc.setInt(3, d + 1);
                        doc.setString(4, dialect.text(document.title()));
                        doc.setString(5, dialect.text(document.outlet()));
                        doc.executeUpdate();
                    }
                }
            }
            try (PreparedStatement gone = db.prepareStatement("DELETE FROM stories WHERE id = ?")) {
                for (String id : before.keySet()) {
                    if (!live.contains(id)) {
                        gone.setString(1, id);
                        gone.executeUpdate();
                    }
                }
            }
            try (PreparedStatement r = db.prepareStatement("""
                    INSERT INTO story_redirects (old_id, new_id) VALUES (?, ?)
                    ON CONFLICT (old_id) DO UPDATE SET new_id = excluded.new_id""")) {
                for (Map.Entry<String, String> e : p.redirects().entrySet()) {
                    r.setString(1, e.getKey());
                    r.setString(2, e.getValue());
                    r.executeUpdate();
                }
            }
            String now = Instant.now().toString();
            try (PreparedStatement j = db.prepareStatement("UPDATE jobs SET state = 'done', stories = ?, finished_at = ? WHERE id = ?")) {
                for (Map.Entry<String, List<String>> e : p.finishedJobs().entrySet()) {
                    j.setString(1, json(e.getValue()));
                    j.setString(2, now);
                    j.setString(3, e.getKey());
                    j.executeUpdate();
                }
            }
            try (Statement s = db.createStatement()) {
                s.executeUpdate("DELETE FROM story_results WHERE signature NOT IN (SELECT signature FROM stories)");
            }
            return null;
        }, "publish stories");
    }

    /** Every story in the index, in order, with its card. */
    public List<StoryEntry> storyIndex() {
        return read(db -> {
            List<StoryEntry> out = new ArrayList<>();
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("""
                    SELECT s.id, s.position, coalesce(r.headline, s.headline), s.documents, s.signature, s.related, r.card
                    FROM stories s LEFT JOIN story_results r ON r.signature = s.signature ORDER BY s.position""")) {
                while (r.next()) {
                    out.add(entry(r));
                }
            }
            return out;
        }, "read stories");
    }

    private static StoryEntry entry(ResultSet r) throws SQLException {
        return new StoryEntry(r.getString(1), r.getInt(2), r.getString(3), strings(r.getString(4)), r.getString(5),
                r.getString(6), r.getString(7));
    }

    /** One story with its analysis. */
    public Optional<StoryView> story(String id) {
        return story(id, true, true);
    }

    /**
     * A story with the parts of its analysis asked for: its report JSON, its page, or both (a part not
     * asked for is null in the view; a story's JSON and page run to megabytes, and a page view reads only
     * the page).
     */
    public Optional<StoryView> story(String id, boolean json, boolean page) {
        return read(db -> {
            try (PreparedStatement s = db.prepareStatement(
                    "SELECT s.id, s.position, coalesce(r.headline, s.headline), s.documents, s.signature, s.related, r.card, "
                            + (json ? "r.json" : "NULL") + ", " + (page ? "r.page" : "NULL")
                            + " FROM stories s LEFT JOIN story_results r ON r.signature = s.signature WHERE s.id = ?")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.<StoryView>empty();
                    }
                    String html = r.getString(9);
                    return Optional.of(new StoryView(entry(r), r.getString(8), html == null || html.isEmpty() ? null : html));
                }
            }
        }, "read story " + id);
    }

    /** The headlines of these stories' analyses, by signature (a story without a headline is left out). */
    public Map<String, String> headlines(Collection<String> signatures) {
        List<String> all = List.copyOf(new HashSet<>(signatures));
        Map<String, String> out = new HashMap<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            read(db -> {
                try (PreparedStatement s = db.prepareStatement("SELECT signature, headline FROM story_results WHERE signature IN ("
                        + marks(chunk.size()) + ") AND headline IS NOT NULL")) {
                    bind(s, chunk, 1);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            out.put(r.getString(1), r.getString(2));
                        }
                    }
                }
                return null;
            }, "read headlines");
        }
        return out;
    }

    /**
     * Where a retired story id points now: its redirect, followed through stories merged again, to a story
     * that exists; empty when the id is not retired or leads nowhere.
     */
    public Optional<String> redirect(String id) {
        return read(db -> {
            try (PreparedStatement next = db.prepareStatement("SELECT new_id FROM story_redirects WHERE old_id = ?");
                 PreparedStatement live = db.prepareStatement("SELECT 1 FROM stories WHERE id = ?")) {
                String at = id;
                for (int hops = 0; hops < 64; hops++) {
                    next.setString(1, at);
                    try (ResultSet r = next.executeQuery()) {
                        if (!r.next()) {
                            return Optional.<String>empty();
                        }
                        at = r.getString(1);
                    }
                    live.setString(1, at);
                    try (ResultSet r = live.executeQuery()) {
                        if (r.next()) {
                            return Optional.of(at);
                        }
                    }
                }
                return Optional.<String>empty();
            }
        }, "read a redirect");
    }

    /** Every retired story id, to the id it redirected to when it was retired (which may be retired since). */
    public Map<String, String> redirects() {
        return read(db -> {
            Map<String, String> out = new LinkedHashMap<>();
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT old_id, new_id FROM story_redirects")) {
                while (r.next()) {
                    out.put(r.getString(1), r.getString(2));
                }
            }
            return out;
        }, "read redirects");
    }

    // ---- jobs

    public Optional<Job> job(String id) {
        return read(db -> {
            try (PreparedStatement s = db.prepareStatement(
                    "SELECT id, origin, state, articles, rejected, stories, created_at, finished_at FROM jobs WHERE id = ?")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(job(r)) : Optional.<Job>empty();
                }
            }
        }, "read job " + id);
    }

    /** Jobs not done yet, oldest first: what a restart resumes. */
    public List<Job> unfinishedJobs() {
        return read(db -> {
            List<Job> out = new ArrayList<>();
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT id, origin, state, articles, rejected, stories, created_at, finished_at FROM jobs"
                            + " WHERE state <> 'done' ORDER BY created_at")) {
                while (r.next()) {
                    out.add(job(r));
                }
            }
            return out;
        }, "read jobs");
    }

    /** Forgets jobs finished before this instant. */
    public int forgetJobs(Instant finishedBefore) {
        return write(db -> {
            try (PreparedStatement s = db.prepareStatement("DELETE FROM jobs WHERE state = 'done' AND finished_at < ?")) {
                s.setString(1, finishedBefore.toString());
                return s.executeUpdate();
            }
        }, "forget jobs");
    }

    private static Job job(ResultSet r) throws SQLException {
        List<Rejected> rejected = new ArrayList<>();
        try {
            for (Map<String, String> o : JSON.readValue(r.getString(5), OBJECTS)) {
                rejected.add(new Rejected(o.getOrDefault("source", "?"), o.getOrDefault("problem", "?")));
            }
        } catch (JsonProcessingException e) {
            throw new SQLException("damaged job row " + r.getString(1), e);
        }
        String finished = r.getString(8);
        return new Job(r.getString(1), r.getString(2), Job.State.of(r.getString(3)), strings(r.getString(4)), rejected,
                strings(r.getString(6)), Instant.parse(r.getString(7)), finished == null ? null : Instant.parse(finished));
    }

    // ---- feeds

    public List<Feed> feeds() {
        return read(db -> {
            List<Feed> out = new ArrayList<>();
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(FEED_COLUMNS + " ORDER BY added_at, id")) {
                while (r.next()) {
                    out.add(feed(r));
                }
            }
            return out;
        }, "read feeds");
    }

    public Optional<Feed> feed(String id) {
        return read(db -> {
            try (PreparedStatement s = db.prepareStatement(FEED_COLUMNS + " WHERE id = ?")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(feed(r)) : Optional.<Feed>empty();
                }
            }
        }, "read feed " + id);
    }

    /** Adds a feed, or gives the one already following this URL. */
    public Feed addFeed(Feed feed) {
        return write(db -> {
            try (PreparedStatement s = db.prepareStatement(FEED_COLUMNS + " WHERE url = ?")) {
                s.setString(1, feed.url());
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        return feed(r);
                    }
                }
            }
            try (PreparedStatement s = db.prepareStatement("""
                    INSERT INTO feeds (id, url, title, interval_s, etag, last_modified, next_poll, last_poll, last_ok,
                      failures, last_error, last_status, added_at, items) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                bindFeed(s, feed);
                s.executeUpdate();
            }
            return feed;
        }, "add feed");
    }

    /** Writes a feed's state after a poll. */
    public void updateFeed(Feed feed) {
        write(db -> {
            try (PreparedStatement s = db.prepareStatement("""
                    UPDATE feeds SET id = ?, url = ?, title = ?, interval_s = ?, etag = ?, last_modified = ?, next_poll = ?,
                      last_poll = ?, last_ok = ?, failures = ?, last_error = ?, last_status = ?, added_at = ?, items = ?
                    WHERE id = ?""")) {
                bindFeed(s, feed);
                s.setString(15, feed.id());
                s.executeUpdate();
            }
            return null;
        }, "update feed");
    }

    public boolean deleteFeed(String id) {
        return write(db -> {
            try (PreparedStatement s = db.prepareStatement("DELETE FROM feeds WHERE id = ?")) {
                s.setString(1, id);
                return s.executeUpdate() > 0;
            }
        }, "delete feed");
    }

    private static final String FEED_COLUMNS = "SELECT id, url, title, interval_s, etag, last_modified, next_poll, last_poll,"
            + " last_ok, failures, last_error, last_status, added_at, items FROM feeds";

    private void bindFeed(PreparedStatement s, Feed f) throws SQLException {
        s.setString(1, f.id());
        s.setString(2, dialect.text(f.url()));
        s.setString(3, dialect.text(f.title()));
        s.setLong(4, f.interval());
        s.setString(5, dialect.text(f.etag()));
        s.setString(6, dialect.text(f.lastModified()));
        s.setString(7, f.nextPoll().toString());
        s.setString(8, f.lastPoll() == null ? null : f.lastPoll().toString());
        s.setString(9, f.lastOk() == null ? null : f.lastOk().toString());
        s.setInt(10, f.failures());
        s.setString(11, dialect.text(f.lastError()));
        s.setString(12, dialect.text(f.lastStatus()));
        s.setString(13, f.added().toString());
        s.setLong(14, f.items());
    }

    private static Feed feed(ResultSet r) throws SQLException {
        return new Feed(r.getString(1), r.getString(2), r.getString(3), r.getLong(4), r.getString(5), r.getString(6),
                Instant.parse(r.getString(7)), instant(r.getString(8)), instant(r.getString(9)), r.getInt(10),
                r.getString(11), r.getString(12), Instant.parse(r.getString(13)), r.getLong(14));
    }

    private static Instant instant(String s) {
        return s == null ? null : Instant.parse(s);
    }

    // ---- search, integrity

    /**
     * Full-text search over titles, outlets and texts, best match first. Any input is safe: it is read
     * as plain words (see {@link SearchQuery}); input without words finds nothing.
     */
    public List<SearchHit> search(String input, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return read(db -> dialect.search(db, input, limit), "search");
    }

    static SearchHit hit(ResultSet r) throws SQLException {
        String title = r.getString(2) != null ? r.getString(2) : r.getString(7);
        String outlet = r.getString(3) != null ? r.getString(3) : r.getString(8);
        return new SearchHit(r.getString(1), title, outlet, r.getString(4) == null ? "" : r.getString(4),
                r.getString(5), r.getInt(6));
    }

    /** "ok" when the database is sound: SQLite's integrity and foreign key checks, and our own consistency. */
    public String integrityCheck() {
        return read(dialect::integrity, "check integrity");
    }

    @Override
    public void close() {
        try {
            pool.close();
        } finally {
            closeQuietly(guard);
        }
    }

    // ---- plumbing

    private interface Work<T> {
        T run(Connection db) throws SQLException;
    }

    private <T> T read(Work<T> work, String what) {
        try (Connection db = pool.getConnection()) {
            return work.run(db);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private <T> T write(Work<T> work, String what) {
        boolean local = dialect == Dialect.SQLITE;
        if (local) {
            writes.lock();
        }
        try (Connection db = pool.getConnection()) {
            db.setAutoCommit(false);
            try {
                T result = work.run(db);
                db.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(what, e);
        } finally {
            if (local) {
                writes.unlock();
            }
        }
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static void bind(PreparedStatement s, List<String> values, int from) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            s.setString(from + i, values.get(i));
        }
    }

    private static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String rejectedJson(List<Rejected> rejected) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Rejected r : rejected) {
            out.add(Map.of("source", dialect.text(r.source()), "problem", dialect.text(r.problem())));
        }
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(String json) throws SQLException {
        try {
            return JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new SQLException("damaged list in the database: " + e.getOriginalMessage(), e);
        }
    }

    // a failing database is an environment failure, not bad input: it surfaces as an exception
    private IllegalStateException failure(String what, Exception e) {
        return new IllegalStateException("store " + target.describe() + ": cannot " + what + ": " + e.getMessage(), e);
    }
}
