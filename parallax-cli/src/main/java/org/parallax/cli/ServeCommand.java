package org.parallax.cli;

import org.parallax.Parallax;
import org.parallax.web.WebApp;
import org.parallax.web.WebConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code parallax serve}: the web app on this computer. Binds 127.0.0.1 unless told otherwise; any other
 * address needs {@code --token}, which every request must then carry.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the web app: add articles, read stories, search (http://127.0.0.1:7878/).")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "7878", description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data", defaultValue = "parallax-data", description = "Folder of the database (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--host", defaultValue = WebConfig.DEFAULT_HOST,
            description = "Address to bind (default: ${DEFAULT-VALUE}); any other address requires --token.")
    String host;

    @Option(names = "--token", description = "Secret every request must carry (Authorization: Bearer TOKEN, or open a page once with ?token=TOKEN). Also read from PARALLAX_TOKEN.")
    String token;

    @Option(names = "--max-request", defaultValue = "16777216", description = "Largest request body in bytes (default: ${DEFAULT-VALUE}).")
    long maxRequest;

    @Override
    public Integer call() throws InterruptedException {
        String secret = token != null ? token : System.getenv("PARALLAX_TOKEN");
        WebConfig config;
        try {
            config = new WebConfig(host, port, data, secret, maxRequest, WebConfig.DEFAULT_MAX_ARTICLE);
        } catch (IllegalArgumentException e) {
            System.err.println("parallax: serve: " + e.getMessage());
            return 2;
        }
        System.err.println("parallax: opening " + data.toAbsolutePath() + " ...");
        WebApp app = WebApp.start(config, Parallax.standard());
        String shown = host.contains(":") ? "[" + host + "]" : host;
        System.out.println("parallax: serving http://" + shown + ":" + app.port() + "/  ("
                + app.library().snapshot().articles() + " articles, " + app.library().snapshot().stories().size()
                + " stories; Ctrl-C stops)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "parallax-stop"));
        stopped.await();
        return 0;
    }
}
