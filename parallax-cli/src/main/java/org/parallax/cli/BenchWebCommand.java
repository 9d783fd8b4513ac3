package org.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.parallax.Parallax;
import org.parallax.cluster.SyntheticCorpus;
import org.parallax.ingest.ArticleReader;
import org.parallax.model.Article;
import org.parallax.model.RawArticle;
import org.parallax.web.WebApp;
import org.parallax.web.WebConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code parallax bench-web}: the server's figures, for SQLite and PostgreSQL side by side (issue 17): how
 * fast the API accepts articles, how fast the background analysis keeps up while one story grows to 200
 * articles and how long from a POST until its story is current, how long a restart takes to serve with
 * 10,000 stored articles, and the story page's time for the 200-article story. Every measurement runs on a
 * scratch database (a temporary folder, or a fresh schema dropped afterwards).
 */
@Command(name = "bench-web", mixinStandardHelpOptions = true,
        description = {"Measure the server on SQLite and PostgreSQL: API acceptance, analysis while a story grows,",
                "POST-to-current latency, restart with stored articles, story page time."})
final class BenchWebCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "URL", description = {"PostgreSQL to measure (a scratch schema is made and dropped);",
            "default: PARALLAX_BENCH_POSTGRES or PARALLAX_TEST_POSTGRES; without one only SQLite is measured."})
    String db;

    @Option(names = "--stores", defaultValue = "sqlite,postgresql", split = ",", description = "Stores to measure (default: ${DEFAULT-VALUE}).")
    List<String> stores;

    @Option(names = "--accept", defaultValue = "2000", description = "Articles posted to measure acceptance (default: ${DEFAULT-VALUE}).")
    int accept;

    @Option(names = "--story", defaultValue = "200", description = "Articles of the growing story (default: ${DEFAULT-VALUE}).")
    int story;

    @Option(names = "--batch", defaultValue = "10", description = "Articles per POST while the story grows (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--every", defaultValue = "2", description = "Seconds between POSTs while the story grows (default: ${DEFAULT-VALUE}).")
    double every;

    @Option(names = "--stored", defaultValue = "10000", description = "Stored articles for the restart (default: ${DEFAULT-VALUE}).")
    int stored;

    @Option(names = "--requests", defaultValue = "30", description = "Timed story-page requests (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--size", defaultValue = "3000", description = "Characters per article of the growing story (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--corpus", description = "Articles on one topic for the growing story (default: ../shared/seeds, else examples).")
    Path corpus;

    @Option(names = "--base", defaultValue = "../shared/data/ecbplus-dev/articles.jsonl",
            description = "Real articles the stored articles are generated from (default: ${DEFAULT-VALUE}; else the story's corpus).")
    Path base;

    /** One store's figures, in the order printed. */
    private final Map<String, Map<String, String>> figures = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        String postgres = db != null ? db : System.getenv("PARALLAX_BENCH_POSTGRES") != null
                ? System.getenv("PARALLAX_BENCH_POSTGRES") : System.getenv("PARALLAX_TEST_POSTGRES");
        Path source = corpus != null ? corpus
                : Files.isDirectory(Path.of("../shared/seeds")) ? Path.of("../shared/seeds") : Path.of("examples");
        List<String> paragraphs = BenchCommand.paragraphs(source);
        if (paragraphs.isEmpty()) {
            System.err.println("parallax: bench-web: no paragraphs found under " + source);
            return 1;
        }
        System.out.printf(Locale.ROOT, "bench-web: %d cores, max heap %d MB; story of %d articles of ~%d chars from %s, %d per POST"
                        + " every %.1f s; %d articles accepted; %d stored for the restart%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, story, size, source, batch, every, accept, stored);
        // measure by measure, each on every store in turn, so the quick figures of both come first; every
        // figure is printed as soon as it is known, and the table at the end puts them side by side
        List<String> measured = new ArrayList<>();
        for (String kind : stores) {
            boolean pg = kind.strip().equalsIgnoreCase("postgresql");
            String name = pg ? "PostgreSQL" : "SQLite";
            figures.put(name, new Printed(name));
            if (pg && (postgres == null || postgres.isBlank())) {
                System.out.println("bench-web: PostgreSQL skipped: give --db postgresql://... (or PARALLAX_BENCH_POSTGRES)");
            } else {
                measured.add(name);
            }
        }
        for (String name : measured) {
            System.out.println("bench-web: " + name + ": API acceptance ...");
            acceptance(name.equals("PostgreSQL"), postgres, paragraphs, figures.get(name));
        }
        for (String name : measured) {
            System.out.println("bench-web: " + name + ": restart with " + stored + " stored articles ...");
            restart(name.equals("PostgreSQL"), postgres, paragraphs, figures.get(name));
        }
        for (String name : measured) {
            System.out.println("bench-web: " + name + ": a " + story + "-article story grows ...");
            growth(name.equals("PostgreSQL"), postgres, paragraphs, figures.get(name));
        }
        print();
        return 0;
    }

    /** One store's figures, each printed as it is put. */
    private static final class Printed extends LinkedHashMap<String, String> {
        private final String store;

        Printed(String store) {
            this.store = store;
        }

        @Override
        public String put(String key, String value) {
            System.out.println("bench-web: " + store + ": " + key.strip() + ": " + value);
            System.out.flush();
            return super.put(key, value);
        }
    }

    private BenchServer.Scratch scratch(boolean pg, String url) throws IOException {
        return pg ? BenchServer.Scratch.postgres(url) : BenchServer.Scratch.sqlite();
    }

    private static WebApp start(BenchServer.Scratch s, Supplier<Parallax> parallax) {
        return WebApp.start(WebConfig.local(s.folder(), 0).withStore(s.target()).withQueue(Math.max(WebConfig.DEFAULT_MAX_QUEUED, 20_000)),
                parallax);
    }

    private static String base(WebApp app) {
        return "http://127.0.0.1:" + app.port();
    }

    private static void awaitModels(String base) {
        while (BenchServer.json(BenchServer.get(base + "/api/status")).path("analysis").path("models_ready").isNull()) {
            BenchServer.sleep(200);
        }
    }

    /** API acceptance: articles posted 100 a request, while the (full) analysis runs behind. */
    private void acceptance(boolean pg, String url, List<String> paragraphs, Map<String, String> out) throws IOException {
        try (BenchServer.Scratch s = scratch(pg, url); WebApp app = start(s, Parallax::standard)) {
            String base = base(app);
            awaitModels(base);
            Random random = new Random(11);
            List<String> bodies = new ArrayList<>();
            for (int from = 0; from < accept; from += 100) {
                ArrayNode body = BenchServer.JSON.createArrayNode();
                for (int i = from; i < Math.min(accept, from + 100); i++) {
                    body.addObject().put("id", String.format("accept-%05d", i)).put("outlet", "Outlet " + (i % 23))
                            .put("title", "Report " + i).put("text", article(paragraphs, random));
                }
                bodies.add(body.toString());
            }
            long t0 = System.nanoTime();
            for (String body : bodies) {
                HttpResponse<String> r = BenchServer.post(base + "/api/articles", body);
                if (r.statusCode() != 202) {
                    throw new IllegalStateException("POST answered " + r.statusCode() + ": " + r.body());
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            out.put("API acceptance (articles/s, goal >= 500)", fmt(accept / seconds, 0));
        }
    }

    /** A story grows by {@code batch} articles every {@code every} seconds; the analysis keeps up as it can. */
    private void growth(boolean pg, String url, List<String> paragraphs, Map<String, String> out) throws IOException {
        try (BenchServer.Scratch s = scratch(pg, url); WebApp app = start(s, Parallax::standard)) {
            String base = base(app);
            awaitModels(base);
            Random random = new Random(7);
            List<String> jobs = new ArrayList<>();
            List<Long> posted = new ArrayList<>();
            Map<String, Long> done = new LinkedHashMap<>();
            long t0 = System.nanoTime();
            long nextPost = t0;
            int sent = 0;
            while (done.size() < Math.ceil(story / (double) batch)) {
                long now = System.nanoTime();
                if (sent < story && now >= nextPost) {
                    ArrayNode body = BenchServer.JSON.createArrayNode();
                    for (int i = sent; i < Math.min(story, sent + batch); i++) {
                        body.addObject().put("id", String.format("story-%04d", i)).put("outlet", "Outlet " + (i % 17))
                                .put("title", "Report " + i).put("text", article(paragraphs, random));
                    }
                    HttpResponse<String> r = BenchServer.post(base + "/api/articles", body.toString());
                    if (r.statusCode() != 202) {
                        throw new IllegalStateException("POST answered " + r.statusCode() + ": " + r.body());
                    }
                    jobs.add(BenchServer.json(r).get("job").asText());
                    posted.add(System.nanoTime());
                    sent += batch;
                    nextPost += (long) (every * 1e9);
                }
                for (int j = 0; j < jobs.size(); j++) {
                    String job = jobs.get(j);
                    if (!done.containsKey(job) && BenchServer.json(BenchServer.get(base + "/api/jobs/" + job)).get("state").asText().equals("done")) {
                        done.put(job, System.nanoTime());
                    }
                }
                BenchServer.sleep(100);
            }
            double seconds = (done.values().stream().mapToLong(Long::longValue).max().orElse(t0) - t0) / 1e9;
            double[] latency = new double[jobs.size()];
            for (int j = 0; j < jobs.size(); j++) {
                latency[j] = (done.get(jobs.get(j)) - posted.get(j)) / 1e9;
            }
            JsonNode status = BenchServer.json(BenchServer.get(base + "/api/status")).get("analysis");
            out.put("analysis while a " + story + "-article story grows (articles/s)", fmt(story / seconds, 2));
            out.put("  passes; story analyses", status.get("passes").asText() + "; " + status.get("analysed_stories").asText());
            out.put("POST to story current, p50 (s)", fmt(BenchServer.percentile(latency, 0.5), 1));
            out.put("POST to story current, p95 (s)", fmt(BenchServer.percentile(latency, 0.95), 1));

            JsonNode biggest = null;
            for (JsonNode st : BenchServer.json(BenchServer.get(base + "/api/stories")).get("stories")) {
                if (biggest == null || st.get("documents").size() > biggest.get("documents").size()) {
                    biggest = st;
                }
            }
            String page = base + "/stories/" + biggest.get("id").asText();
            int bytes = 0;
            for (int i = 0; i < 3; i++) {
                bytes = BenchServer.get(page).body().length();
            }
            double[] ms = new double[requests];
            for (int i = 0; i < requests; i++) {
                long t = System.nanoTime();
                BenchServer.get(page);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            out.put("story page p95, " + biggest.get("documents").size() + " articles, " + bytes / 1024 + " kB (ms, goal <= 200)",
                    fmt(BenchServer.percentile(ms, 0.95), 1));
        }
    }

    /** {@code stored} articles analysed (fast analysis) and stored, then a new server process timed to serving. */
    private void restart(boolean pg, String url, List<String> paragraphs, Map<String, String> out) throws Exception {
        List<String> texts = new ArrayList<>();
        if (Files.exists(base)) {
            texts = new ArrayList<>(new ArticleReader().readPath(base).articles().stream().map(RawArticle::original).toList());
        }
        if (texts.size() < 2) {
            texts = new ArrayList<>();
            Random random = new Random(3);
            for (int i = 0; i < 50; i++) {
                texts.add(article(paragraphs, random).replace("\n\n\n", "\n\n"));
            }
        }
        List<Article> generated = new SyntheticCorpus(texts).generate(stored, 42);
        try (BenchServer.Scratch s = scratch(pg, url)) {
            try (WebApp app = start(s, Parallax::fast)) {
                String base = base(app);
                String last = null;
                for (int from = 0; from < generated.size(); from += 100) {
                    ArrayNode body = BenchServer.JSON.createArrayNode();
                    for (Article a : generated.subList(from, Math.min(generated.size(), from + 100))) {
                        body.addObject().put("id", a.id()).put("text", a.original())
                                .put("published", a.published() == null ? null : a.published().date());
                    }
                    last = BenchServer.json(BenchServer.post(base + "/api/articles", body.toString())).get("job").asText();
                }
                while (!BenchServer.json(BenchServer.get(base + "/api/jobs/" + last + "?wait=60")).get("state").asText().equals("done")) {
                    BenchServer.sleep(100);
                }
            }
            List<String> command = ChildJvm.command(2048, Main.class, "serve", "--port", "0", "--analysis", "fast",
                    "--data", s.folder().toString());
            if (s.target().isPostgres()) {
                command.addAll(List.of("--db", s.target().postgresUrl()));
            }
            long t0 = System.nanoTime();
            Process server = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try {
                BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
                String line = lines.readLine();
                if (line == null || !line.contains("http://")) {
                    throw new IllegalStateException("the server did not start: " + line);
                }
                String base = line.substring(line.indexOf("http://"), line.indexOf('/', line.indexOf("http://") + 7));
                JsonNode stories = null;
                while (stories == null) {
                    HttpResponse<String> r = BenchServer.get(base + "/api/stories");
                    stories = r.statusCode() == 200 ? BenchServer.json(r).get("stories") : null;
                }
                String first = stories.get(0).get("id").asText();
                if (BenchServer.get(base + "/stories/" + first).statusCode() != 200) {
                    throw new IllegalStateException("story page not served after restart");
                }
                double serving = (System.nanoTime() - t0) / 1e9;
                JsonNode status;
                do {
                    BenchServer.sleep(50);
                    status = BenchServer.json(BenchServer.get(base + "/api/status"));
                } while (status.get("analysis").get("passes").asInt() < 1);
                double current = (System.nanoTime() - t0) / 1e9;
                out.put("restart to serving, " + stored + " articles, " + stories.size() + " stories (s, goal <= 5)", fmt(serving, 2));
                out.put("restart to current (analyses loaded: " + status.get("analysis").get("loaded_articles").asText()
                        + ", analysed: " + status.get("analysis").get("analysed_articles").asText() + ") (s)", fmt(current, 2));
            } finally {
                server.destroy();
                server.waitFor();
            }
        }
    }

    private void print() {
        List<String> rows = new ArrayList<>();
        figures.values().forEach(m -> m.keySet().forEach(k -> {
            if (!rows.contains(k)) {
                rows.add(k);
            }
        }));
        int width = rows.stream().mapToInt(String::length).max().orElse(10);
        StringBuilder head = new StringBuilder(String.format("%-" + width + "s", ""));
        figures.keySet().forEach(k -> head.append(String.format(" | %12s", k)));
        System.out.println(head);
        for (String row : rows) {
            StringBuilder line = new StringBuilder(String.format("%-" + width + "s", row));
            figures.values().forEach(m -> line.append(String.format(" | %12s", m.getOrDefault(row, "-"))));
            System.out.println(line);
        }
    }

    private static String fmt(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private String article(List<String> paragraphs, Random random) {
        StringBuilder text = new StringBuilder();
        List<String> pool = new ArrayList<>(paragraphs);
        while (text.length() < size && !pool.isEmpty()) {
            text.append(pool.remove(random.nextInt(pool.size()))).append("\n\n");
        }
        return text.toString();
    }
}
