package org.parallax.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.parallax.Parallax;
import org.parallax.store.TestStores;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** A running app on a free port over a data folder, with small HTTP helpers for tests. */
final class TestServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    final WebApp app;
    final String base;

    /** A server on the database the build tests against ({@link TestStores}): an SQLite folder becomes the test's. */
    TestServer(WebConfig config, Parallax parallax) {
        this(config, () -> parallax);
    }

    TestServer(WebConfig config, Supplier<Parallax> parallax) {
        this.app = WebApp.start(forTests(config), parallax);
        this.base = "http://127.0.0.1:" + app.port();
    }

    static WebConfig forTests(WebConfig config) {
        return config.store().isPostgres() ? config : config.withStore(TestStores.target(config.data()));
    }

    static TestServer on(Path data) {
        return new TestServer(WebConfig.local(data, 0), Parallax::standard);
    }

    /** Grouping only ({@link Parallax#fast()}): for tests of the machinery around the analysis. */
    static TestServer fast(Path data) {
        return new TestServer(WebConfig.local(data, 0), Parallax::fast);
    }

    /**
     * Posts articles and waits until their job is done (the answer of {@code GET /api/jobs/{id}} when done).
     * Fails when the upload is refused or the job is not done within the test's patience.
     */
    JsonNode postAndWait(String json) {
        HttpResponse<String> posted = postJson("/api/articles", json);
        if (posted.statusCode() != 202) {
            throw new AssertionError("POST /api/articles answered " + posted.statusCode() + ": " + posted.body());
        }
        return awaitJob(json(posted).get("job").asText());
    }

    /** Waits for a job to be done; its JSON. */
    JsonNode awaitJob(String job) {
        long until = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < until) {
            JsonNode j = json(get("/api/jobs/" + job + "?wait=30"));
            if (j.path("state").asText().equals("done")) {
                return j;
            }
        }
        throw new AssertionError("job " + job + " not done after " + TIMEOUT);
    }

    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    HttpResponse<String> post(String path, String contentType, byte[] body, String... headers) {
        // no 100-continue: Java 17's client waits forever when the answer to it is a final status (JDK-8286171)
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .timeout(TIMEOUT).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    /**
     * Announces a body with {@code Expect: 100-continue}, as curl does for large uploads, and reads the answer
     * before sending any of it: a server that refuses by the headers alone answers without waiting.
     * Returns the status code and the response body.
     */
    RawResponse announce(String path, String contentType, long contentLength) {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + app.port() + "\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + contentLength + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String status = in.readLine();
            long length = -1;
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                    length = Long.parseLong(line.substring(15).trim());
                }
            }
            char[] body = new char[(int) Math.max(0, Math.min(length, 1 << 20))];
            int read = 0;
            while (read < body.length) {
                int n = in.read(body, read, body.length - read);
                if (n < 0) {
                    break;
                }
                read += n;
            }
            return new RawResponse(Integer.parseInt(status.split(" ")[1]), new String(body, 0, read));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record RawResponse(int status, String body, String head) {
        RawResponse(int status, String body) {
            this(status, body, "");
        }
    }

    /** Sends bytes as they are (requests no HTTP client would send) and reads the whole answer. */
    RawResponse raw(String request) {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            String all = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = all.indexOf("\r\n\r\n");
            String head = split < 0 ? all : all.substring(0, split);
            String body = split < 0 ? "" : all.substring(split + 4);
            return new RawResponse(Integer.parseInt(head.split(" ")[1]), body, head);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> postJson(String path, String json, String... headers) {
        return post(path, "application/json", json.getBytes(StandardCharsets.UTF_8), headers);
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + r.body(), e);
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The repository root (the folder holding {@code examples/}). */
    static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples"))) {
            p = p.getParent();
        }
        return p == null ? Path.of("").toAbsolutePath() : p;
    }

    static Path seeds() {
        return root().resolve("../shared/seeds").normalize();
    }

    static Path fixtures() {
        return root().resolve("parallax-web/src/test/resources/articles/ferry");
    }

    /** The plain-text articles of a folder, sorted, as a JSON array of {"id", "text"}. */
    static String textArticlesAsJson(Path folder) {
        ArrayNode array = JSON.createArrayNode();
        for (Path f : textFiles(folder)) {
            String name = f.getFileName().toString();
            try {
                array.addObject().put("id", name.substring(0, name.lastIndexOf('.'))).put("text", Files.readString(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return array.toString();
    }

    static List<Path> textFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String hostile() {
        try {
            return Files.readString(fixtures().resolve("hostile.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        app.close();
    }
}
