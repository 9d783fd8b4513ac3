package org.parallax.store;

import org.junit.jupiter.api.Assumptions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The database tests run against: SQLite by default, PostgreSQL when the system property
 * {@code parallax.test.db} is {@code postgresql} (the build's second test run). PostgreSQL is found at the URL in
 * {@code PARALLAX_TEST_POSTGRES} ({@code .ci/run} starts one and sets it); without one, or when it does not
 * answer, the tests that need it are skipped. Each test folder gets its own schema, dropped when the JVM ends.
 */
public final class TestStores {
    public static final String PROPERTY = "parallax.test.db";
    public static final String ENV = "PARALLAX_TEST_POSTGRES";
    private static final Set<String> SCHEMAS = ConcurrentHashMap.newKeySet();
    private static volatile String reachable;

    private TestStores() {
    }

    public static boolean postgres() {
        return "postgresql".equalsIgnoreCase(System.getProperty(PROPERTY, "sqlite"));
    }

    /** "SQLite" or "PostgreSQL": for test names and messages. */
    public static String kind() {
        return postgres() ? "PostgreSQL" : "SQLite";
    }

    /**
     * The store for a test folder: the folder itself on SQLite; on PostgreSQL a schema named after the folder
     * (the same folder gives the same schema, so a test can reopen it). Skips the test when PostgreSQL is
     * asked for and not reachable.
     */
    public static StoreTarget target(Path folder) {
        if (!postgres()) {
            return StoreTarget.sqlite(folder);
        }
        String base = base();
        String schema = "px_" + sha(folder.toAbsolutePath().toString()).substring(0, 16);
        if (SCHEMAS.add(schema)) {
            admin(base, "CREATE SCHEMA IF NOT EXISTS " + schema);
        }
        return StoreTarget.postgres(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    public static Store open(Path folder) {
        return Store.open(target(folder));
    }

    /**
     * The arguments a child process gets to open the same store: the folder, and the PostgreSQL URL when
     * there is one.
     */
    public static List<String> arguments(Path folder) {
        StoreTarget t = target(folder);
        return t.isPostgres() ? List.of(folder.toString(), t.postgresUrl()) : List.of(folder.toString());
    }

    /** A child process's store from {@link #arguments}, starting at {@code args[from]}. */
    public static StoreTarget fromArguments(String[] args, int from) {
        return args.length > from + 1 ? StoreTarget.postgres(args[from + 1]) : StoreTarget.sqlite(Path.of(args[from]));
    }

    private static String base() {
        String url = System.getenv(ENV);
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                "PostgreSQL tests need a server: set " + ENV + "=postgresql://user@host:port/database (.ci/run does)");
        if (!url.equals(reachable)) {
            try (Connection c = connect(url)) {
                reachable = url;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> SCHEMAS.forEach(s -> {
                    try {
                        admin(url, "DROP SCHEMA IF EXISTS " + s + " CASCADE");
                    } catch (RuntimeException e) {
                        // the database went first; a CI database is thrown away anyway
                    }
                })));
            } catch (SQLException e) {
                Assumptions.abort("PostgreSQL at " + url + " does not answer: " + e.getMessage());
            }
        }
        return url;
    }

    private static Connection connect(String url) throws SQLException {
        Properties props = new Properties();
        String jdbc = StoreTarget.jdbc(url, props);
        props.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(jdbc, props);
    }

    private static void admin(String url, String sql) {
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static String sha(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
