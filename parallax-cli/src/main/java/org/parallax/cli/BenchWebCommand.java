package org.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.parallax.Parallax;
import org.parallax.web.WebApp;
import org.parallax.web.WebConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code parallax bench-web}: starts the web app on a free port with a temporary store, posts generated
 * articles on one topic through the API (ingest throughput, including re-grouping and the story
 * stages after every request), then times the story page of the resulting story over HTTP.
 */
@Command(name = "bench-web", mixinStandardHelpOptions = true,
        description = "Measure API ingest throughput and the story page's server time for a large story.")
final class BenchWebCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--articles", defaultValue = "50", description = "Articles in the story (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--batch", defaultValue = "10", description = "Articles per POST (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--size", defaultValue = "3000", description = "Characters per article (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--requests", defaultValue = "30", description = "Timed story-page requests (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--corpus", description = "Folder of articles on one topic to draw paragraphs from (default: ../shared/seeds, else examples).")
    Path corpus;

    @Override
    public Integer call() throws Exception {
        Path source = corpus != null ? corpus
                : Files.isDirectory(Path.of("../shared/seeds")) ? Path.of("../shared/seeds") : Path.of("examples");
        List<String> paragraphs = BenchCommand.paragraphs(source);
        if (paragraphs.isEmpty()) {
            System.err.println("parallax: bench-web: no paragraphs found under " + source);
            return 1;
        }
        Path data = Files.createTempDirectory("parallax-bench-web");
        HttpClient http = HttpClient.newHttpClient();
        try (WebApp app = WebApp.start(WebConfig.local(data, 0), Parallax.standard())) {
            String base = "http://127.0.0.1:" + app.port();
            System.out.printf("bench-web: %d articles of ~%d chars from %s, %d per request, %d cores%n",
                    articles, size, source, batch, Runtime.getRuntime().availableProcessors());
            Random random = new Random(7);
            long t0 = System.nanoTime();
            for (int from = 0; from < articles; from += batch) {
                ArrayNode body = JSON.createArrayNode();
                for (int i = from; i < Math.min(articles, from + batch); i++) {
                    body.addObject().put("id", String.format("bench-%04d", i)).put("outlet", "Outlet " + (i % 17))
                            .put("title", "Report " + i).put("text", article(paragraphs, random));
                }
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 201) {
                    System.err.println("parallax: bench-web: POST failed: " + r.statusCode() + " " + r.body());
                    return 1;
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("ingest: %d articles in %.2f s = %.1f articles/s through POST /api/articles"
                    + " (each request stores, re-groups and re-analyses)%n", articles, seconds, articles / seconds);

            JsonNode stories = JSON.readTree(get(http, base + "/api/stories").body()).get("stories");
            JsonNode biggest = null;
            for (JsonNode s : stories) {
                if (biggest == null || s.get("documents").size() > biggest.get("documents").size()) {
                    biggest = s;
                }
            }
            if (biggest == null) {
                System.err.println("parallax: bench-web: no story formed");
                return 1;
            }
            String page = base + "/stories/" + biggest.get("id").asText();
            int bytes = 0;
            for (int i = 0; i < 5; i++) {
                bytes = get(http, page).body().length();
            }
            double[] ms = new double[requests];
            for (int i = 0; i < requests; i++) {
                long s = System.nanoTime();
                get(http, page);
                ms[i] = (System.nanoTime() - s) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf("story page: %d stories, biggest holds %d articles; page %d kB;"
                            + " time over loopback HTTP: median %.1f ms, p95 %.1f ms, max %.1f ms (target <= 200 ms)%n",
                    stories.size(), biggest.get("documents").size(), bytes / 1024, ms[ms.length / 2],
                    ms[(int) Math.min(ms.length - 1, Math.ceil(ms.length * 0.95) - 1)], ms[ms.length - 1]);
            long s = System.nanoTime();
            get(http, base + "/api/search?q=talks");
            System.out.printf("search: %.1f ms%n", (System.nanoTime() - s) / 1e6);
        } finally {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }

    private String article(List<String> paragraphs, Random random) {
        StringBuilder text = new StringBuilder();
        List<String> pool = new ArrayList<>(paragraphs);
        while (text.length() < size && !pool.isEmpty()) {
            text.append(pool.remove(random.nextInt(pool.size()))).append("\n\n");
        }
        return text.toString();
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
