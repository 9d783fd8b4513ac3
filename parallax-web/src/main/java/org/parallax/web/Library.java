package org.parallax.web;

import org.parallax.Parallax;
import org.parallax.ingest.Batch;
import org.parallax.model.RawArticle;
import org.parallax.model.Rejected;
import org.parallax.store.Feed;
import org.parallax.store.Job;
import org.parallax.store.SearchHit;
import org.parallax.store.Store;
import org.parallax.store.StoryView;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The web app's service: what the pages and API handlers call. Uploads are stored at once, as a job, and
 * analysed in the background by the {@link AnalysisWorker}; reads are answered from the store and from an
 * immutable {@link Catalog} of the stories, so the server answers from the moment it starts, while the
 * models load and whatever a restart found unfinished is analysed. Followed feeds are polled by the
 * {@link FeedFollower}.
 *
 * <p>Back-pressure: at most {@link WebConfig#maxQueued()} articles wait for analysis; an upload past that is
 * refused with 429 and the seconds to wait, estimated from how fast articles are being analysed.
 *
 * <p>Thread-safe.
 */
public final class Library implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Store store;
    private final WebConfig config;
    private final AnalysisWorker worker;
    private final FeedFollower feeds;
    private final Object queue = new Object();
    // articles waiting for analysis, by job: added before the job is stored, removed when the analysis marks
    // the job done, so an upload during a pass's bookkeeping is never lost from the count
    private final Map<String, Integer> waitingJobs = new java.util.LinkedHashMap<>();
    private int queued;
    private final Object catalogLock = new Object();
    private volatile Catalog catalog = Catalog.EMPTY;

    /** What an upload did: the job analysing it, the ids stored, and the inputs refused with why. */
    public record Receipt(String job, List<String> ids, List<Rejected> rejected) {
        public Receipt {
            ids = List.copyOf(ids);
            rejected = List.copyOf(rejected);
        }
    }

    /**
     * A job as a client sees it.
     *
     * @param state    {@code queued}, {@code analysing} or {@code done}
     * @param analysed how many of its articles have their analysis
     * @param failed   its articles the analysis could not use, with why
     */
    public record JobStatus(Job job, String state, int analysed, List<Rejected> failed) {
        public JobStatus {
            failed = List.copyOf(failed);
        }
    }

    /** The server at a glance. */
    public record Status(int articles, int stories, int queued, AnalysisProgress analysis, String database) {
    }

    private Library(Store store, WebConfig config, Supplier<Parallax> parallax) {
        this.store = store;
        this.config = config;
        this.worker = new AnalysisWorker(store, parallax, config, this);
        this.feeds = new FeedFollower(store, this, config);
    }

    /**
     * Opens the store and loads the index of stories (quick: nothing is analysed), then starts the
     * background analysis, which builds {@code parallax} (loading its models) on its own thread.
     */
    public static Library open(WebConfig config, Supplier<Parallax> parallax) {
        Objects.requireNonNull(parallax, "parallax");
        Store store = Store.open(config.store());
        try {
            Library library = new Library(store, config, parallax);
            library.reload(List.of(), Map.of(), Set.of());
            synchronized (library.queue) {
                store.unfinishedJobs().forEach(j -> library.waitingJobs.put(j.id(), j.articles().size()));
                library.queued = library.waitingJobs.values().stream().mapToInt(Integer::intValue).sum();
            }
            library.worker.start();
            library.feeds.start();
            return library;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    Catalog catalog() {
        return catalog;
    }

    /**
     * Reads the index again after a pass; {@code rejected} and {@code failed} (by article id) are the pass's
     * articles it could not analyse, {@code finishedJobs} the jobs it marked done.
     */
    void reload(List<Rejected> rejected, Map<String, String> failed, Set<String> finishedJobs) {
        synchronized (queue) {
            finishedJobs.forEach(waitingJobs::remove);
            queued = waitingJobs.values().stream().mapToInt(Integer::intValue).sum();
        }
        Catalog fresh = Catalog.of(store.storyIndex(), store.redirects(), store.articleCount(), rejected, failed, Set.of());
        synchronized (catalogLock) {
            catalog = fresh;
        }
    }

    void markUpdating(Set<String> ids) {
        synchronized (catalogLock) {
            catalog = catalog.withUpdating(ids);
        }
    }

    /**
     * Stores a batch's articles and a job to analyse them, in one transaction, and wakes the analysis. An
     * article with an id already stored replaces it (keeping its place). Returns at once.
     *
     * @param origin what sent it: "api", "form", "feed ID"
     * @throws WebError 429 when the queue of articles waiting for analysis is full
     */
    public Receipt submit(Batch batch, String origin) {
        if (batch.articles().isEmpty()) {
            return new Receipt(null, List.of(), batch.rejected());
        }
        int n = batch.articles().size();
        List<String> ids = batch.articles().stream().map(RawArticle::id).toList();
        Job job = new Job("j-" + HexFormat.of().formatHex(bytes(8)),
                origin, Job.State.QUEUED, ids, batch.rejected(), List.of(), Instant.now(), null);
        synchronized (queue) {
            if (n > config.maxQueued()) {
                throw new WebError(413, "the upload holds " + n + " articles and at most " + config.maxQueued()
                        + " may wait for analysis: send fewer at a time");
            }
            if (queued + n > config.maxQueued()) {
                throw new WebError(429, queued + " articles are waiting for analysis (at most " + config.maxQueued()
                        + "): try again later", retryAfter());
            }
            waitingJobs.put(job.id(), n);
            queued += n;
        }
        try {
            store.accept(batch.articles(), job);
        } catch (RuntimeException e) {
            synchronized (queue) {
                waitingJobs.remove(job.id());
                queued -= n;
            }
            throw e;
        }
        int count = store.articleCount();
        synchronized (catalogLock) {
            catalog = catalog.withArticles(count);
        }
        worker.wake();
        return new Receipt(job.id(), ids, batch.rejected());
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    /** Seconds until the queue has room, from the recent analysis rate; 5 to 600. */
    private long retryAfter() {
        double rate = worker.progress().articlesPerSecond();
        long seconds = rate <= 0 ? 60 : (long) Math.ceil(Math.max(1, queued - config.maxQueued() / 2.0) / rate);
        return Math.max(5, Math.min(600, seconds));
    }

    /** A job and how far it is. */
    public Optional<JobStatus> job(String id) {
        return store.job(id).map(j -> {
            if (j.state() == Job.State.DONE) {
                Catalog c = catalog;
                List<Rejected> failed = j.articles().stream().filter(c.failed()::containsKey)
                        .map(a -> new Rejected(a, c.failed().get(a))).toList();
                return new JobStatus(j, "done", j.articles().size() - failed.size(), failed);
            }
            if (worker.working(j.id())) {
                return new JobStatus(j, "analysing", j.articles().size() - worker.stillPending(j.articles()), List.of());
            }
            return new JobStatus(j, "queued", 0, List.of());
        });
    }

    /** Waits up to {@code most} for a job to be done (long polling), then gives it as it is. */
    public Optional<JobStatus> awaitJob(String id, Duration most) {
        long until = System.nanoTime() + most.toNanos();
        Optional<JobStatus> now = job(id);
        while (now.isPresent() && !now.get().state().equals("done") && System.nanoTime() < until) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            now = job(id);
        }
        return now;
    }

    /** A story with its analysis. */
    public Optional<StoryView> story(String id) {
        return store.story(id);
    }

    /** A story with its page only (no report JSON read). */
    public Optional<StoryView> storyPage(String id) {
        return store.story(id, false, true);
    }

    /** A story with its report JSON only (no page read). */
    public Optional<StoryView> storyData(String id) {
        return store.story(id, true, false);
    }

    /** Where a retired story id points now (the store is asked when the catalog is older than its last pass). */
    public Optional<String> redirect(String id) {
        Optional<String> known = catalog.redirect(id);
        return known.isPresent() ? known : store.redirect(id);
    }

    public boolean updating(String storyId) {
        return catalog.updating().contains(storyId);
    }

    /** Full-text hits. */
    public List<SearchHit> search(String query, int limit) {
        return store.search(query, limit);
    }

    /** Every stored article, in the order first added. */
    public List<RawArticle> articles() {
        return store.articles();
    }

    public Status status() {
        Catalog c = catalog;
        int waiting;
        synchronized (queue) {
            waiting = queued;
        }
        return new Status(c.articles(), c.stories().size(), waiting, worker.progress(), store.kind());
    }

    // ---- feeds

    public List<Feed> feeds() {
        return store.feeds();
    }

    /**
     * Starts following a feed, polled first at once, then every {@code interval} (at least the configured
     * minimum); a URL already followed gives that feed.
     *
     * @throws WebError 400 for a URL that is not http(s)
     */
    public Feed follow(String url, Duration interval) {
        String u = url == null ? "" : url.strip();
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            throw WebError.badRequest("not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw WebError.badRequest("a feed is an http or https URL with a host");
        }
        if (u.length() > 2000) {
            throw WebError.badRequest("a feed URL is at most 2000 characters");
        }
        long seconds = Math.max(config.minFeedInterval().toSeconds(), interval.toSeconds());
        Instant now = Instant.now();
        return store.addFeed(new Feed("f-" + ArticleInput.sha256(u).substring(0, 10), u, null, seconds, null, null, now,
                null, null, 0, null, null, now, 0));
    }

    public boolean unfollow(String id) {
        return store.deleteFeed(id);
    }

    /** Polls a feed now, whatever its schedule; gives it after the poll. */
    public Optional<Feed> pollNow(String id) {
        return store.feed(id).map(feeds::poll);
    }

    @Override
    public void close() {
        feeds.stop();
        worker.stop();
        store.close();
    }
}
