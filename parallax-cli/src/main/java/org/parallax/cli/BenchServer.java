package org.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parallax.store.StoreTarget;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What the web benchmarks share: a throw-away database of either kind (a temporary SQLite folder, or a
 * fresh schema in a PostgreSQL database, dropped afterwards), HTTP calls, and percentiles.
 */
final class BenchServer {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private BenchServer() {
    }

    /** A database for one measurement; closing it removes it. */
    record Scratch(StoreTarget target, Path folder, String schema, String adminUrl) implements AutoCloseable {
        static Scratch sqlite() throws IOException {
            Path folder = Files.createTempDirectory("parallax-bench");
            return new Scratch(StoreTarget.sqlite(folder), folder, null, null);
        }

        /** A fresh schema in the database at {@code url}. */
        static Scratch postgres(String url) throws IOException {
            String schema = "px_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            admin(url, "CREATE SCHEMA " + schema);
            Path folder = Files.createTempDirectory("parallax-bench");
            return new Scratch(StoreTarget.postgres(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema),
                    folder, schema, url);
        }

        @Override
        public void close() throws IOException {
            if (schema != null) {
                admin(adminUrl, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }

        private static void admin(String url, String sql) {
            Properties props = new Properties();
            String jdbc = StoreTarget.postgres(url).jdbcUrl(props);
            try (Connection c = DriverManager.getConnection(jdbc, props); Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL at " + StoreTarget.postgres(url).describe() + ": " + e.getMessage(), e);
            }
        }
    }

    static HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5)).build());
    }

    static HttpResponse<String> post(String url, String json) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + r.body(), e);
        }
    }

    /** The value at quantile {@code q} (0..1) of these figures, nearest rank. */
    static double percentile(double[] values, double q) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
