package org.parallax.cli;

import org.parallax.Parallax;
import org.parallax.store.StoreTarget;
import org.parallax.web.Library;
import org.parallax.web.WebApp;
import org.parallax.web.WebConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * {@code parallax serve}: the web app. Binds 127.0.0.1 unless told otherwise; any other address needs
 * {@code --token}, which every request must then carry. Answers from the store at once; the analysis
 * models load in the background, and what a restart found unfinished is analysed then.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the web app: add articles, read stories, search, follow feeds (http://127.0.0.1:7878/).",
                "Uploads are stored at once and analysed in the background; the server answers from its store while",
                "the models load."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "7878", description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data", defaultValue = "parallax-data", description = "Folder of the SQLite database (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--db", paramLabel = "URL", description = {"A PostgreSQL database instead of SQLite, for a shared server:",
            "postgresql://[user[:password]@]host[:port]/database (password also from PGPASSWORD). Also read from PARALLAX_DB."})
    String db;

    @Option(names = "--host", defaultValue = WebConfig.DEFAULT_HOST,
            description = "Address to bind (default: ${DEFAULT-VALUE}); any other address requires --token.")
    String host;

    @Option(names = "--token", description = "Secret every request must carry (Authorization: Bearer TOKEN, or open a page once with ?token=TOKEN). Also read from PARALLAX_TOKEN.")
    String token;

    @Option(names = "--max-request", defaultValue = "16777216", description = "Largest request body in bytes (default: ${DEFAULT-VALUE}).")
    long maxRequest;

    @Option(names = "--queue", defaultValue = "" + WebConfig.DEFAULT_MAX_QUEUED,
            description = "Most articles waiting for analysis; uploads past it get 429 with Retry-After (default: ${DEFAULT-VALUE}).")
    int queue;

    @Option(names = "--analysis", defaultValue = "full", paramLabel = "full|fast",
            description = "full: every analysis stage; fast: stories and copies only, no quotes, claims or summaries (default: ${DEFAULT-VALUE}).")
    String analysis;

    @Option(names = "--analysis-threads", description = "Threads analysing articles (default: one less than the cores, at least one).")
    Integer threads;

    @Option(names = "--article-time-limit", defaultValue = "120", paramLabel = "SECONDS",
            description = "How long one article may take before the analysis goes on without it (default: ${DEFAULT-VALUE}).")
    long articleTimeLimit;

    @Option(names = "--allow-private-addresses",
            description = "Followed feeds may be on loopback, private and link-local addresses (refused by default).")
    boolean allowPrivate;

    @Override
    public Integer call() throws InterruptedException {
        String secret = token != null ? token : System.getenv("PARALLAX_TOKEN");
        String database = db != null ? db : System.getenv("PARALLAX_DB");
        Supplier<Parallax> parallax;
        if (analysis.equals("full")) {
            parallax = Parallax::standard;
        } else if (analysis.equals("fast")) {
            parallax = Parallax::fast;
        } else {
            System.err.println("parallax: serve: --analysis is full or fast, not " + analysis);
            return 2;
        }
        WebConfig config;
        try {
            config = new WebConfig(host, port, data, secret, maxRequest, WebConfig.DEFAULT_MAX_ARTICLE)
                    .withStore(StoreTarget.of(database, data)).withQueue(queue)
                    .withAnalysis(threads != null ? threads : WebConfig.defaultThreads(), Duration.ofSeconds(Math.max(1, articleTimeLimit)))
                    .withFeeds(allowPrivate, WebConfig.DEFAULT_MIN_FEED_INTERVAL);
        } catch (IllegalArgumentException e) {
            System.err.println("parallax: serve: " + e.getMessage());
            return 2;
        }
        System.err.println("parallax: opening " + config.store().describe() + " ...");
        WebApp app = WebApp.start(config, parallax);
        String shown = host.contains(":") ? "[" + host + "]" : host;
        Library.Status status = app.library().status();
        System.out.println("parallax: serving http://" + shown + ":" + app.port() + "/  (" + status.articles() + " articles, "
                + status.stories() + " stories in " + status.database() + "; analysis starting in the background; Ctrl-C stops)");
        System.out.flush();
        Thread reporter = new Thread(() -> report(app), "parallax-report");
        reporter.setDaemon(true);
        reporter.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "parallax-stop"));
        stopped.await();
        return 0;
    }

    /** One line on the console whenever the analysis finishes loading or a pass, so a restart is not silent. */
    private static void report(WebApp app) {
        long started = System.nanoTime();
        boolean ready = false;
        long passes = 0;
        String error = null;
        while (true) {
            Library.Status s = app.library().status();
            var a = s.analysis();
            if (!ready && a.modelsReady() != null) {
                ready = true;
                System.err.printf("parallax: analysis models ready after %.1f s%n", (System.nanoTime() - started) / 1e9);
            }
            if (a.passes() > passes) {
                passes = a.passes();
                System.err.printf("parallax: stories current: %d articles, %d stories (%d articles analysed, %d loaded,"
                        + " %d stories analysed so far; last pass %.1f s)%n", s.articles(), s.stories(), a.analysedArticles(),
                        a.loadedArticles(), a.analysedStories(), a.lastPassMillis() / 1000.0);
            }
            if (a.error() != null && !a.error().equals(error)) {
                System.err.println("parallax: " + a.error());
            }
            error = a.error();
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
