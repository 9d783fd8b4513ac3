package org.parallax.web;

import org.parallax.store.StoreTarget;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the server runs.
 *
 * @param host              address to bind; anything but a loopback address requires a token
 * @param port              TCP port, 0 for any free one
 * @param store             the database (from the operator's command line, never from a request)
 * @param token             the secret every request must carry, or null on loopback
 * @param maxRequestBytes   largest request body accepted
 * @param maxArticleBytes   largest single article accepted
 * @param maxQueued         most articles waiting for analysis; an upload past it is answered 429
 * @param analysisThreads   threads analysing articles in the background
 * @param articleTimeLimit  how long one article may take before a pass goes on without it
 * @param allowPrivateFeeds whether followed feeds may be on loopback or private addresses
 * @param minFeedInterval   the shortest polling interval a feed may ask for
 */
public record WebConfig(String host, int port, StoreTarget store, String token, long maxRequestBytes, long maxArticleBytes,
                        int maxQueued, int analysisThreads, Duration articleTimeLimit, boolean allowPrivateFeeds,
                        Duration minFeedInterval) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7878;
    public static final long DEFAULT_MAX_REQUEST = 16L * 1024 * 1024;
    public static final long DEFAULT_MAX_ARTICLE = 2L * 1024 * 1024;
    public static final int DEFAULT_MAX_QUEUED = 10_000;
    public static final Duration DEFAULT_ARTICLE_TIME_LIMIT = Duration.ofSeconds(120);
    public static final Duration DEFAULT_MIN_FEED_INTERVAL = Duration.ofMinutes(1);

    public WebConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(articleTimeLimit, "articleTimeLimit");
        Objects.requireNonNull(minFeedInterval, "minFeedInterval");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        if (token != null && token.isBlank()) {
            token = null;
        }
        if (token != null && token.length() < 16) {
            throw new IllegalArgumentException("--token must be at least 16 characters");
        }
        if (!isLoopback(host) && token == null) {
            throw new IllegalArgumentException("binding to " + host
                    + " exposes the app beyond this computer: give --token (at least 16 characters)");
        }
        if (maxRequestBytes <= 0 || maxArticleBytes <= 0) {
            throw new IllegalArgumentException("size limits must be positive");
        }
        if (maxQueued < 1) {
            throw new IllegalArgumentException("--queue must be at least 1 article");
        }
        if (analysisThreads < 1) {
            throw new IllegalArgumentException("--analysis-threads must be at least 1");
        }
    }

    /** An SQLite server in a data folder, with the default limits. */
    public WebConfig(String host, int port, Path data, String token, long maxRequestBytes, long maxArticleBytes) {
        this(host, port, StoreTarget.sqlite(data), token, maxRequestBytes, maxArticleBytes, DEFAULT_MAX_QUEUED,
                defaultThreads(), DEFAULT_ARTICLE_TIME_LIMIT, false, DEFAULT_MIN_FEED_INTERVAL);
    }

    public static WebConfig local(Path data, int port) {
        return new WebConfig(DEFAULT_HOST, port, data, null, DEFAULT_MAX_REQUEST, DEFAULT_MAX_ARTICLE);
    }

    /** One core is left to answer requests while the others analyse. */
    public static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    public WebConfig withStore(StoreTarget value) {
        return new WebConfig(host, port, value, token, maxRequestBytes, maxArticleBytes, maxQueued, analysisThreads,
                articleTimeLimit, allowPrivateFeeds, minFeedInterval);
    }

    public WebConfig withQueue(int value) {
        return new WebConfig(host, port, store, token, maxRequestBytes, maxArticleBytes, value, analysisThreads,
                articleTimeLimit, allowPrivateFeeds, minFeedInterval);
    }

    public WebConfig withAnalysis(int threads, Duration timeLimit) {
        return new WebConfig(host, port, store, token, maxRequestBytes, maxArticleBytes, maxQueued, threads, timeLimit,
                allowPrivateFeeds, minFeedInterval);
    }

    public WebConfig withFeeds(boolean allowPrivate, Duration minInterval) {
        return new WebConfig(host, port, store, token, maxRequestBytes, maxArticleBytes, maxQueued, analysisThreads,
                articleTimeLimit, allowPrivate, minInterval);
    }

    /** The SQLite data folder, or null on PostgreSQL. */
    public Path data() {
        return store.folder();
    }

    public boolean loopback() {
        return isLoopback(host);
    }

    static boolean isLoopback(String host) {
        if (host.equals("localhost")) {
            return true;
        }
        try {
            // only literal addresses: a name is not resolved here, so it counts as non-loopback
            if (!host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+]?")) {
                return false;
            }
            return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
