package org.parallax.web;

import org.parallax.ingest.ArticleReader;
import org.parallax.ingest.Batch;
import org.parallax.ingest.UrlFetcher;
import org.parallax.model.RawArticle;
import org.parallax.store.Feed;
import org.parallax.store.Store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Follows the feeds added in the page or the API: polls each on its own schedule with a conditional GET
 * (ETag, If-Modified-Since), reads the items with the command line's feed readers, and hands the items
 * that are new or changed to the {@link Library} as one upload. An unchanged feed (304, or the same items)
 * costs no upload and no analysis. A failing feed is tried again later and later (backoff: the interval
 * doubles with each failure in a row, up to six hours), and what went wrong is shown with the feed.
 * Polls one feed at a time on one thread. Thread-safe.
 */
final class FeedFollower {
    static final Duration MAX_BACKOFF = Duration.ofHours(6);
    private static final Duration TICK = Duration.ofSeconds(1);

    private final Store store;
    private final Library library;
    private final UrlFetcher fetcher;
    private final ArticleReader reader;
    private final ArticleInput input;
    private ScheduledExecutorService timer;

    FeedFollower(Store store, Library library, WebConfig config) {
        this.store = store;
        this.library = library;
        this.fetcher = UrlFetcher.standard(config.maxRequestBytes(), config.allowPrivateFeeds());
        this.reader = new ArticleReader(config.maxArticleBytes() * 8, fetcher);
        this.input = new ArticleInput(config.maxArticleBytes());
    }

    void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "parallax-feeds");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::pollDue, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** Polls every feed that is due. */
    private void pollDue() {
        try {
            Instant now = Instant.now();
            for (Feed f : store.feeds()) {
                if (!f.nextPoll().isAfter(now)) {
                    poll(f);
                }
            }
        } catch (RuntimeException e) {
            // the store is unreachable for now: the next tick tries again
        }
    }

    /** One poll of one feed; its outcome is written to the feed. */
    Feed poll(Feed f) {
        Instant now = Instant.now();
        UrlFetcher.Conditional got = fetcher.fetchIfChanged(f.url(), f.etag(), f.lastModified());
        Feed next;
        if (got.notModified()) {
            next = ok(f, now, f.title(), keep(got.etag(), f.etag()), keep(got.lastModified(), f.lastModified()),
                    "not modified", 0);
        } else if (!got.fetched().ok()) {
            next = failed(f, now, got.fetched().problem());
        } else {
            next = read(f, now, got);
        }
        store.updateFeed(next);
        return next;
    }

    private Feed read(Feed f, Instant now, UrlFetcher.Conditional got) {
        String type = got.fetched().contentType() == null ? "" : got.fetched().contentType().toLowerCase(Locale.ROOT);
        String ext = type.contains("json") ? "json" : "rss";
        Batch batch = reader.readBytes(f.url(), f.id(), ext, got.fetched().body());
        if (batch.articles().isEmpty()) {
            String why = batch.rejected().isEmpty() ? "no items" : batch.rejected().get(0).problem();
            return failed(f, now, "not a feed Parallax can read: " + why);
        }
        List<RawArticle> items = new ArrayList<>();
        String title = f.title();
        for (RawArticle a : batch.articles()) {
            items.add(new RawArticle(itemId(f, a), a.source(), a.original(), a.given(), a.warnings()));
            if (title == null) {
                title = a.given().outlet();
            }
        }
        Batch checked = input.checked(new Batch(items, List.of()));
        Map<String, RawArticle> stored = new HashMap<>();
        store.articles(checked.articles().stream().map(RawArticle::id).toList()).forEach(a -> stored.put(a.id(), a));
        List<RawArticle> fresh = checked.articles().stream().filter(a -> !sameContent(a, stored.get(a.id()))).toList();
        if (fresh.isEmpty()) {
            return ok(f, now, title, got.etag(), got.lastModified(), "no new articles", 0);
        }
        try {
            library.submit(new Batch(fresh, List.of()), "feed " + f.id());
        } catch (WebError e) {
            // the queue is full: the validators are not kept, so the next poll reads the items again
            return failed(f, now, e.getMessage());
        }
        return ok(f, now, title, got.etag(), got.lastModified(),
                fresh.size() + (fresh.size() == 1 ? " new or changed article" : " new or changed articles"), fresh.size());
    }

    /** An item's id: the feed's, and the item's link (else its title and date), so a re-poll finds it again. */
    static String itemId(Feed f, RawArticle a) {
        String what = a.given().url() != null ? a.given().url() : a.given().title() + "|" + a.given().published() + "|"
                + (a.original().length() > 200 ? a.original().substring(0, 200) : a.original());
        return f.id() + "-" + ArticleInput.sha256(what).substring(0, 12);
    }

    // the source of an item without a link names its place in the feed, which moves as items arrive
    private static boolean sameContent(RawArticle a, RawArticle b) {
        return b != null && a.original().equals(b.original()) && a.given().equals(b.given()) && a.warnings().equals(b.warnings());
    }

    private static String keep(String fresh, String old) {
        return fresh != null ? fresh : old;
    }

    private static Feed ok(Feed f, Instant now, String title, String etag, String lastModified, String status, int items) {
        return new Feed(f.id(), f.url(), title, f.interval(), etag, lastModified, now.plusSeconds(f.interval()), now, now,
                0, null, status, f.added(), f.items() + items);
    }

    private static Feed failed(Feed f, Instant now, String problem) {
        int failures = f.failures() + 1;
        long wait = Math.min(MAX_BACKOFF.toSeconds(), f.interval() << Math.min(20, failures));
        return new Feed(f.id(), f.url(), f.title(), f.interval(), f.etag(), f.lastModified(), now.plusSeconds(wait), now,
                f.lastOk(), failures, problem, "failed; next try in " + wait + " s", f.added(), f.items());
    }
}
