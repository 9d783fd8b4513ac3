package org.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code parallax bench-load}: drives a server from N concurrent clients on loopback for a bounded time
 * and number of requests, mixing story pages, API reads, searches and uploads, one of them an article of
 * about 2 MB; prints requests/s, p50/p95/p99 per kind of request, and the errors by kind (issue 18).
 * Without {@code --url} it starts a server process on a scratch database and fills it first.
 */
@Command(name = "bench-load", mixinStandardHelpOptions = true,
        description = {"Drive a server from concurrent clients (story pages, API reads, searches, uploads with one",
                "2 MB article) and print requests/s, p50/p95/p99 and errors by kind."})
final class BenchLoadCommand implements Callable<Integer> {
    @Option(names = "--url", description = "A running server to drive (default: start one on a scratch database and fill it).")
    String url;

    @Option(names = "--token", description = "The server's token, when it needs one.")
    String token;

    @Option(names = "--db", paramLabel = "URL", description = "For the server it starts: PostgreSQL instead of SQLite (a scratch schema).")
    String db;

    @Option(names = "--clients", defaultValue = "16", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "60", description = "How long to drive it (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--max-requests", defaultValue = "1000000", description = "Stop after this many requests (default: ${DEFAULT-VALUE}).")
    int maxRequests;

    @Option(names = "--big", defaultValue = "2000000", description = "Characters of the one large article (default: ${DEFAULT-VALUE}; 0 for none).")
    int big;

    @Option(names = "--seed", defaultValue = "50", description = "Articles of one story the server it starts is filled with (default: ${DEFAULT-VALUE}).")
    int seed;

    @Option(names = "--analysis", defaultValue = "full", description = "Analysis of the server it starts: full or fast (default: ${DEFAULT-VALUE}).")
    String analysis;

    /** The kinds of request, with how often each is picked (of 100). */
    enum Kind {
        STORY_PAGE("story page", 35), HOME("home page", 5), API_STORIES("API story list", 15), API_STORY("API story", 10),
        SEARCH("search API", 10), SEARCH_PAGE("search page", 5), STATUS("API status", 5), UPLOAD("upload", 15);

        final String words;
        final int weight;

        Kind(String words, int weight) {
            this.words = words;
            this.weight = weight;
        }
    }

    // a story merged into another answers 301 to where it went: a reader follows it
    private static final java.net.http.HttpClient CLIENT = java.net.http.HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build();
    private final Map<Kind, List<Double>> times = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicLong uploadIds = new AtomicLong();
    private volatile List<String> stories = List.of();
    private volatile List<String> words = List.of("ferry", "strike", "talks");

    @Override
    public Integer call() throws Exception {
        Process server = null;
        BenchServer.Scratch scratch = null;
        try {
            String base = url;
            if (base == null) {
                scratch = db != null ? BenchServer.Scratch.postgres(db) : BenchServer.Scratch.sqlite();
                server = startServer(scratch);
                base = address(server);
                fill(base);
            }
            base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
            refresh(base);
            if (stories.isEmpty()) {
                System.err.println("parallax: bench-load: " + base + " has no stories to read; add articles first");
                return 1;
            }
            JsonNode status = BenchServer.json(get(base + "/api/status"));
            System.out.printf(Locale.ROOT, "bench-load: %d clients for %d s (at most %d requests) on %s: %s, %d articles, %d stories,"
                            + " %d cores here%n", clients, seconds, maxRequests, base, status.path("database").asText(),
                    status.path("articles").asInt(), status.path("stories").asInt(), Runtime.getRuntime().availableProcessors());
            run(base);
            return print() ? 0 : 1;
        } finally {
            if (server != null) {
                server.destroy();
                server.waitFor();
            }
            if (scratch != null) {
                scratch.close();
            }
        }
    }

    private Process startServer(BenchServer.Scratch s) throws IOException {
        List<String> command = ChildJvm.command(3072, Main.class, "serve", "--port", "0", "--analysis", analysis,
                "--data", s.folder().toString());
        if (s.target().isPostgres()) {
            command.addAll(List.of("--db", s.target().postgresUrl()));
        }
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static String address(Process server) throws IOException {
        String line = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8)).readLine();
        if (line == null || !line.contains("http://")) {
            throw new IllegalStateException("the server did not start: " + line);
        }
        int at = line.indexOf("http://");
        return line.substring(at, line.indexOf('/', at + 7));
    }

    /** The server it started: a story of {@code seed} articles and the example stories, analysed. */
    private void fill(String base) throws IOException {
        Path corpus = Files.isDirectory(Path.of("../shared/seeds")) ? Path.of("../shared/seeds") : Path.of("examples");
        List<String> paragraphs = BenchCommand.paragraphs(corpus);
        Random random = new Random(5);
        ArrayNode body = BenchServer.JSON.createArrayNode();
        for (int i = 0; i < seed; i++) {
            StringBuilder text = new StringBuilder();
            List<String> pool = new ArrayList<>(paragraphs);
            while (text.length() < 3000 && !pool.isEmpty()) {
                text.append(pool.remove(random.nextInt(pool.size()))).append("\n\n");
            }
            body.addObject().put("id", String.format("seed-%03d", i)).put("outlet", "Outlet " + (i % 13)).put("text", text.toString());
        }
        for (String[] a : new String[][]{
                {"ferry-1", "Coast Daily", "A passenger ferry ran aground off Kestrel Bay on Tuesday; all 40 passengers were rescued, the coastguard said."},
                {"ferry-2", "Harbour News", "The coastguard rescued all 40 passengers of a ferry that ran aground in fog off Kestrel Bay on Tuesday."},
                {"strike-1", "Port Wire", "Dockworkers at Lindmark port walked out on Monday over unpaid wages, union leaders said."},
                {"strike-2", "Lindmark Courier", "Cranes stood still at Lindmark port on Monday as dockworkers went on strike over pay."}}) {
            body.addObject().put("id", a[0]).put("outlet", a[1]).put("text", a[2] + " Officials said talks would resume on Thursday.");
        }
        HttpResponse<String> r = BenchServer.post(base + "/api/articles", body.toString());
        String job = BenchServer.json(r).get("job").asText();
        System.out.printf("bench-load: filling the server with %d articles (analysis: %s) ...%n", seed + 4, analysis);
        while (!BenchServer.json(get(base + "/api/jobs/" + job + "?wait=60")).get("state").asText().equals("done")) {
            BenchServer.sleep(100);
        }
    }

    private void refresh(String base) {
        List<String> ids = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (JsonNode s : BenchServer.json(get(base + "/api/stories")).get("stories")) {
            ids.add(s.get("id").asText());
            for (String w : s.path("headline").asText("").split("\\W+")) {
                if (w.length() > 4) {
                    found.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        stories = ids;
        if (!found.isEmpty()) {
            words = found;
        }
    }

    private void run(String base) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                try {
                    Random random = new Random(1000 + client);
                    if (client == 0 && big > 0) {
                        request(base, Kind.UPLOAD, bigArticle());
                    }
                    long refreshed = System.nanoTime();
                    while (System.nanoTime() < until && sent.get() < maxRequests) {
                        if (client == 1 && System.nanoTime() - refreshed > 2_000_000_000L) {
                            refresh(base); // new stories from the uploads
                            refreshed = System.nanoTime();
                        }
                        Kind kind = pick(random);
                        request(base, kind, kind == Kind.UPLOAD ? smallUpload(random) : null);
                    }
                } finally {
                    done.countDown();
                }
            }, "bench-load-" + c);
            t.setDaemon(true);
            t.start();
        }
        done.await();
        elapsed = (System.nanoTime() - t0) / 1e9;
    }

    private double elapsed;

    private static Kind pick(Random random) {
        int r = random.nextInt(100);
        for (Kind k : Kind.values()) {
            r -= k.weight;
            if (r < 0) {
                return k;
            }
        }
        return Kind.STORY_PAGE;
    }

    private void request(String base, Kind kind, String upload) {
        Random random = new Random(sent.incrementAndGet());
        List<String> ids = stories;
        String story = ids.get(random.nextInt(ids.size()));
        String word = URLEncoder.encode(words.get(random.nextInt(words.size())), StandardCharsets.UTF_8);
        String path = switch (kind) {
            case STORY_PAGE -> "/stories/" + story;
            case HOME -> "/";
            case API_STORIES -> "/api/stories";
            case API_STORY -> "/api/stories/" + story;
            case SEARCH -> "/api/search?q=" + word;
            case SEARCH_PAGE -> "/search?q=" + word;
            case STATUS -> "/api/status";
            case UPLOAD -> "/api/articles";
        };
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (upload != null) {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(upload));
        }
        long t = System.nanoTime();
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - t) / 1e6;
            int expected = kind == Kind.UPLOAD ? 202 : 200;
            if (r.statusCode() != expected) {
                errors.computeIfAbsent(kind.words + ": HTTP " + r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
            } else {
                times.computeIfAbsent(kind, k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(ms);
            }
        } catch (HttpTimeoutException e) {
            errors.computeIfAbsent(kind.words + ": timed out", k -> new AtomicInteger()).incrementAndGet();
        } catch (IOException e) {
            errors.computeIfAbsent(kind.words + ": " + e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A short article of its own small event (a town's new library), so uploads do not reshuffle the stories read. */
    private String smallUpload(Random random) {
        long n = uploadIds.incrementAndGet();
        String town = "Varn" + Long.toString(n * 7919 + 1000, 36);
        String text = "The town of " + town + " opened its new public library on Monday, the mayor said. About "
                + (100 + random.nextInt(900)) + " residents came to the opening in " + town + ", where the old library had"
                + " closed in " + (1990 + random.nextInt(30)) + ". The library holds " + (10 + random.nextInt(90))
                + " thousand books, officials in " + town + " said.";
        return BenchServer.JSON.createObjectNode().put("id", "load-" + ProcessHandle.current().pid() + "-" + n)
                .put("outlet", "Load Wire").put("text", text).toString();
    }

    private String bigArticle() {
        StringBuilder text = new StringBuilder(big + 200);
        String paragraph = "The harbour council met again on Monday to discuss the ferry terminal, the strike at the port and"
                + " the budget for the coming year; officials said the talks would continue through the week.\n\n";
        for (int i = 0; text.length() < big; i++) {
            text.append("Part ").append(i).append(". ").append(paragraph);
        }
        return BenchServer.JSON.createObjectNode().put("id", "load-big-" + ProcessHandle.current().pid())
                .put("outlet", "Load Wire").put("text", text.substring(0, big)).toString();
    }

    private static HttpResponse<String> get(String url) {
        return BenchServer.get(url);
    }

    /** Prints the figures; true when no request failed. */
    private boolean print() {
        int total = times.values().stream().mapToInt(List::size).sum();
        int failed = errors.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.printf(Locale.ROOT, "%-16s %9s %9s %9s %9s%n", "kind", "requests", "p50 ms", "p95 ms", "p99 ms");
        List<Double> all = new ArrayList<>();
        for (Kind k : Kind.values()) {
            List<Double> list = times.getOrDefault(k, List.of());
            double[] v = list.stream().mapToDouble(Double::doubleValue).toArray();
            all.addAll(list);
            System.out.printf(Locale.ROOT, "%-16s %9d %9.1f %9.1f %9.1f%n", k.words, v.length, BenchServer.percentile(v, 0.5),
                    BenchServer.percentile(v, 0.95), BenchServer.percentile(v, 0.99));
        }
        double[] v = all.stream().mapToDouble(Double::doubleValue).toArray();
        System.out.printf(Locale.ROOT, "%-16s %9d %9.1f %9.1f %9.1f%n", "all", v.length, BenchServer.percentile(v, 0.5),
                BenchServer.percentile(v, 0.95), BenchServer.percentile(v, 0.99));
        System.out.printf(Locale.ROOT, "requests: %d in %.1f s = %.1f requests/s; errors: %s%n", total + failed, elapsed,
                (total + failed) / elapsed, failed == 0 ? "none" : failed);
        Map<String, Integer> sorted = new LinkedHashMap<>();
        errors.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> sorted.put(e.getKey(), e.getValue().get()));
        sorted.forEach((k, n) -> System.out.printf("  %s: %d%n", k, n));
        double[] pages = times.getOrDefault(Kind.STORY_PAGE, List.of()).stream().mapToDouble(Double::doubleValue).toArray();
        System.out.printf(Locale.ROOT, "story page p95: %.1f ms (goal <= 300 ms with 16 clients for 60 s and no errors)%n",
                BenchServer.percentile(pages, 0.95));
        return failed == 0;
    }
}
