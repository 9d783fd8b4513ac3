package org.parallax.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Which database a {@link Store} opens: an SQLite file in a data folder (the default, no setup), or a
 * PostgreSQL database for a server a newsroom shares ({@code postgresql://user@host:5432/db}, libpq's URI
 * form; {@code jdbc:postgresql://...} is taken as it is). A password may be in the URI, or in the
 * {@code PGPASSWORD} environment variable, which keeps it out of the process list.
 *
 * @param folder      the SQLite data folder, or null for PostgreSQL
 * @param postgresUrl the PostgreSQL URI as given, or null for SQLite
 */
public record StoreTarget(Path folder, String postgresUrl) {
    public StoreTarget {
        if ((folder == null) == (postgresUrl == null)) {
            throw new IllegalArgumentException("a store is either an SQLite folder or a PostgreSQL URL");
        }
    }

    public static StoreTarget sqlite(Path folder) {
        return new StoreTarget(Objects.requireNonNull(folder, "folder"), null);
    }

    /** @throws IllegalArgumentException when the URL is not a PostgreSQL URL */
    public static StoreTarget postgres(String url) {
        Objects.requireNonNull(url, "url");
        jdbc(url, new Properties());
        return new StoreTarget(null, url);
    }

    /** PostgreSQL when a URL is given, else SQLite in the folder: the command line's {@code --db} and {@code --data}. */
    public static StoreTarget of(String postgresUrl, Path folder) {
        return postgresUrl == null || postgresUrl.isBlank() ? sqlite(folder) : postgres(postgresUrl);
    }

    public boolean isPostgres() {
        return postgresUrl != null;
    }

    /** Where the data is, for messages: the folder, or the URL without its password. */
    public String describe() {
        if (folder != null) {
            return folder.toAbsolutePath().toString();
        }
        return postgresUrl.replaceAll("(//[^:/@]+):[^@/]*@", "$1:***@").replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    /**
     * The JDBC URL of this PostgreSQL database; the user and password found in the URL or the environment go
     * to {@code props}. For tools that need their own connection (benchmarks creating a scratch schema).
     *
     * @throws IllegalStateException for an SQLite target
     */
    public String jdbcUrl(Properties props) {
        if (postgresUrl == null) {
            throw new IllegalStateException("an SQLite store has no PostgreSQL URL");
        }
        return jdbc(postgresUrl, props);
    }

    /**
     * The JDBC URL for a PostgreSQL URI; user and password found in it go to {@code props}.
     *
     * @throws IllegalArgumentException when it is not a PostgreSQL URI
     */
    static String jdbc(String url, Properties props) {
        String u = url.strip();
        if (u.startsWith("jdbc:postgresql:")) {
            return u;
        }
        if (!u.startsWith("postgresql://") && !u.startsWith("postgres://")) {
            throw new IllegalArgumentException("not a PostgreSQL URL (postgresql://[user[:password]@]host[:port]/database): " + url);
        }
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid PostgreSQL URL: " + e.getReason());
        }
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
            throw new IllegalArgumentException("a PostgreSQL URL names a host and a database: postgresql://host[:port]/database");
        }
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            props.setProperty("user", decode(parts[0]));
            if (parts.length == 2) {
                props.setProperty("password", decode(parts[1]));
            }
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String p : uri.getRawQuery().split("&")) {
                String[] kv = p.split("=", 2);
                params.put(decode(kv[0]), kv.length == 2 ? decode(kv[1]) : "");
            }
        }
        // libpq's names for pgjdbc's
        if (params.containsKey("sslmode")) {
            props.setProperty("sslmode", params.remove("sslmode"));
        }
        if (params.containsKey("user")) {
            props.setProperty("user", params.remove("user"));
        }
        if (params.containsKey("password")) {
            props.setProperty("password", params.remove("password"));
        }
        params.forEach(props::setProperty);
        if (!props.containsKey("password") && System.getenv("PGPASSWORD") != null) {
            props.setProperty("password", System.getenv("PGPASSWORD"));
        }
        if (!props.containsKey("user") && System.getenv("PGUSER") != null) {
            props.setProperty("user", System.getenv("PGUSER"));
        }
        return "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + uri.getRawPath();
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
