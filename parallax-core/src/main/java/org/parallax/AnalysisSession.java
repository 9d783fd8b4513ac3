package org.parallax;

import org.parallax.cluster.Grouping;
import org.parallax.cluster.dedup.CopyFinder;
import org.parallax.cluster.dedup.StoryProvenance;
import org.parallax.model.Article;
import org.parallax.model.Copy;
import org.parallax.model.GivenMetadata;
import org.parallax.model.Provenance;
import org.parallax.model.RawArticle;
import org.parallax.model.Rejected;
import org.parallax.model.Report;
import org.parallax.model.Story;
import org.parallax.model.StoryLink;
import org.parallax.pipeline.StageResult;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The one orchestration of an analysis, for the command line and the server alike: articles in, stories
 * out, incrementally. A session holds the articles it was given (in the order first added) and what it
 * prepared from them; each {@link #run} analyses only what changed since the last:
 * <ol>
 *   <li>each article whose content key (id, text, given metadata, {@link AnalysisVersion}) has no prepared
 *       article yet is taken from the {@link AnalysisCache}, else analysed by the article pipeline, on a
 *       pool of threads, and stored in the cache;</li>
 *   <li>all prepared articles are grouped into stories and copies are found across all of them;</li>
 *   <li>stories are named (positionally for a one-off run, or with {@link StoryIds stable ids} that survive
 *       regrouping), and the story pipeline runs only on stories whose signature (id, articles' keys,
 *       provenance) the cache does not hold, several at a time on the same threads, smallest first.</li>
 * </ol>
 * An article whose analysis runs past the time limit is left out of the pass (listed as waiting) instead of
 * holding it up; when it finishes, its analysis goes to the cache and {@code onLateArticle} is called so the
 * caller can run another pass.
 *
 * <pre>{@code
 * try (AnalysisSession session = new AnalysisSession(Parallax.standard(), AnalysisCache.NONE, Options.oneOff())) {
 *     session.put(batch.articles());
 *     Report report = session.run(AnalysisSession.Listener.NONE).report(batch.rejected());
 * }
 * }</pre>
 *
 * <p>Thread-safe: {@link #put} and {@link #run} are serialised; listeners are called on the thread that
 * called {@code run}.
 */
public final class AnalysisSession implements AutoCloseable {
    /**
     * How a session runs.
     *
     * @param stableIds        stable story ids ({@link StoryIds}) rather than positional ones
     * @param articleTimeLimit how long one article may take before the pass goes on without it; null waits
     * @param threads          threads for the article pipeline
     * @param onLateArticle    called (on the analysing thread) when an article left out of a pass is ready
     */
    public record Options(boolean stableIds, Duration articleTimeLimit, int threads, Runnable onLateArticle) {
        public Options {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
            }
            onLateArticle = onLateArticle == null ? () -> { } : onLateArticle;
        }

        /** A one-off run: positional ids, no time limit, every core. */
        public static Options oneOff() {
            return new Options(false, null, Runtime.getRuntime().availableProcessors(), null);
        }
    }

    /** What a pass tells as it goes; every method has a do-nothing default. */
    public interface Listener {
        Listener NONE = new Listener() { };

        /** The articles this pass analyses (after the cache gave what it had), by id. */
        default void articlesToAnalyse(List<String> ids) {
        }

        /** One article analysed (or failed); {@code done} of {@code total}. */
        default void articleDone(String id, int done, int total) {
        }

        /** The stories this pass analyses, by id, before it starts on them. */
        default void storiesToAnalyse(List<String> ids) {
        }

        /** One story analysed: keep it under its signature now, so a crash does not lose it. */
        default void storyDone(StoryResult story) {
        }
    }

    /**
     * One story of a pass.
     *
     * @param story the analysed story, or null when the cache already holds this signature's analysis
     */
    public record StoryResult(String id, String signature, List<Article> articles, Story story) {
        public StoryResult {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(signature, "signature");
            articles = List.copyOf(articles);
        }

        public List<String> documentIds() {
            return articles.stream().map(Article::id).toList();
        }

        public boolean analysed() {
            return story != null;
        }
    }

    /**
     * A story as a pass left it, to carry into a later session (a restart).
     *
     * @param articles its article ids
     */
    public record StoryState(String id, List<String> articles, String signature) {
        public StoryState {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(signature, "signature");
            articles = List.copyOf(articles);
        }
    }

    /**
     * What a pass gave.
     *
     * @param stories        every story, in the grouper's order
     * @param links          related stories, by id
     * @param redirects      ids this pass retired, each to the story now holding most of its articles
     * @param rejected       articles the article pipeline refused, and stories the story pipeline failed on
     * @param failed         the articles the article pipeline refused, by id, with why
     * @param waiting        ids of articles still being analysed past the time limit, left out of this pass
     * @param analysed       articles analysed in this pass
     * @param loaded         articles whose analysis came from the cache
     * @param storiesAnalysed stories analysed in this pass
     */
    public record Pass(List<StoryResult> stories, List<StoryLink> links, Map<String, String> redirects,
                       List<Rejected> rejected, Map<String, String> failed, List<String> waiting, int analysed, int loaded,
                       int storiesAnalysed) {
        public Pass {
            stories = List.copyOf(stories);
            links = List.copyOf(links);
            redirects = Map.copyOf(redirects);
            rejected = List.copyOf(rejected);
            failed = Map.copyOf(failed);
            waiting = List.copyOf(waiting);
        }

        /**
         * The report of a pass in which every story was analysed (no cache), as {@link Parallax#analyze}
         * gives it; {@code earlier} are problems found before (unreadable inputs).
         */
        public Report report(List<Rejected> earlier) {
            List<Story> all = new ArrayList<>();
            for (StoryResult s : stories) {
                if (s.story() == null) {
                    throw new IllegalStateException("story " + s.id() + " was kept, not analysed: a report needs every story");
                }
                all.add(s.story());
            }
            List<Rejected> problems = new ArrayList<>(earlier);
            problems.addAll(rejected);
            List<Article> documents = all.stream().flatMap(s -> s.articles().stream()).toList();
            return new Report(Report.GENERATOR, documents, all, problems, links);
        }
    }

    private record Prepared(String key, Article article) {
    }

    private final Parallax parallax;
    private final AnalysisCache cache;
    private final Options options;
    private final String version;
    private final ThreadPoolExecutor pool;

    private final LinkedHashMap<String, RawArticle> raws = new LinkedHashMap<>();
    private final Map<String, String> keys = new HashMap<>();
    private final Map<String, Integer> added = new HashMap<>();
    private int nextAdded;
    private final Map<String, Prepared> prepared = new HashMap<>();
    private final Map<String, String> failed = new ConcurrentHashMap<>();
    private final Map<String, Task> lateTasks = new ConcurrentHashMap<>();
    private final Map<String, Article> lateDone = new ConcurrentHashMap<>();
    private Map<String, List<String>> previous = new LinkedHashMap<>();
    private final Set<String> retired = new HashSet<>();

    public AnalysisSession(Parallax parallax, AnalysisCache cache, Options options) {
        this.parallax = Objects.requireNonNull(parallax, "parallax");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.options = Objects.requireNonNull(options, "options");
        this.version = AnalysisVersion.of(parallax.articlePipeline().stepNames(), parallax.storyPipeline().stepNames());
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(options.threads(), options.threads(), 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "parallax-analysis-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** The fingerprint of the code and pipelines that make this session's analyses (part of every key). */
    public String version() {
        return version;
    }

    /** The content key of an article under this session's analysis: equal keys, equal analyses. */
    public String key(RawArticle raw) {
        GivenMetadata g = raw.given();
        StringBuilder b = new StringBuilder(raw.original().length() + 256);
        b.append(version).append('\u0000').append(raw.id()).append('\u0000').append(g.title()).append('\u0000')
                .append(g.outlet()).append('\u0000').append(g.published()).append('\u0000').append(g.author())
                .append('\u0000').append(g.url()).append('\u0000').append(raw.warnings()).append('\u0000')
                .append(raw.original());
        return StoryIds.sha256(b.toString());
    }

    /** Adds articles, or replaces those with an id already held (keeping their place in the order). */
    public synchronized AnalysisSession put(Collection<RawArticle> articles) {
        for (RawArticle a : articles) {
            raws.put(a.id(), a);
            keys.put(a.id(), key(a));
            added.computeIfAbsent(a.id(), id -> nextAdded++);
        }
        return this;
    }

    public synchronized int size() {
        return raws.size();
    }

    /**
     * The stories of an earlier session over the same articles (after a restart), so that ids stay stable
     * and kept analyses are recognised; {@code retired} are ids given out before and never to be reused.
     */
    public synchronized void restore(List<StoryState> stories, Collection<String> retiredIds) {
        previous = new LinkedHashMap<>();
        for (StoryState s : stories) {
            previous.put(s.id(), s.articles());
        }
        retired.addAll(retiredIds);
    }

    /** Whether a pass would analyse anything: articles not prepared yet, or late ones that finished. */
    public synchronized boolean hasWork() {
        if (!lateDone.isEmpty()) {
            return true;
        }
        for (RawArticle raw : raws.values()) {
            String key = keys.get(raw.id());
            Prepared p = prepared.get(raw.id());
            if ((p == null || !p.key().equals(key)) && !failed.containsKey(key) && !lateTasks.containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    /** One pass: prepares what is new, regroups everything, analyses the stories that changed. */
    public synchronized Pass run(Listener listener) {
        Objects.requireNonNull(listener, "listener");
        List<Rejected> rejected = new ArrayList<>();
        Map<String, String> failedIds = new LinkedHashMap<>();
        List<String> waiting = new ArrayList<>();
        List<RawArticle> todo = new ArrayList<>();
        for (RawArticle raw : raws.values()) {
            String key = keys.get(raw.id());
            Prepared p = prepared.get(raw.id());
            if (p != null && p.key().equals(key)) {
                continue;
            }
            Article finishedLate = lateDone.remove(key);
            if (finishedLate != null) {
                prepared.put(raw.id(), new Prepared(key, finishedLate));
            } else if (failed.containsKey(key)) {
                rejected.add(new Rejected(raw.source(), failed.get(key)));
                failedIds.put(raw.id(), failed.get(key));
            } else if (lateTasks.containsKey(key)) {
                waiting.add(raw.id());
            } else {
                todo.add(raw);
            }
        }
        int loaded = 0;
        List<RawArticle> toAnalyse = new ArrayList<>();
        if (!todo.isEmpty()) {
            Map<String, byte[]> stored = cache.analyses(todo.stream().map(r -> keys.get(r.id())).toList());
            for (RawArticle raw : todo) {
                String key = keys.get(raw.id());
                byte[] bytes = stored.get(key);
                Article a = bytes == null ? null : ArticleCodec.decode(bytes, raw).orElse(null);
                if (a != null) {
                    prepared.put(raw.id(), new Prepared(key, a));
                    loaded++;
                } else {
                    toAnalyse.add(raw);
                }
            }
        }
        listener.articlesToAnalyse(toAnalyse.stream().map(RawArticle::id).toList());
        analyse(toAnalyse, listener, rejected, failedIds, waiting);

        List<Article> articles = new ArrayList<>();
        for (RawArticle raw : raws.values()) {
            Prepared p = prepared.get(raw.id());
            if (p != null && p.key().equals(keys.get(raw.id()))) {
                articles.add(p.article());
            }
        }
        Grouping grouping = parallax.groupAndRelate(articles);
        List<List<Article>> groups = grouping.stories();
        // copies over the whole collection: a wire story's copies may sit in other stories
        List<Copy> copies = new CopyFinder().find(articles);
        List<List<String>> members = groups.stream().map(g -> g.stream().map(Article::id).toList()).toList();
        StoryIds.Naming naming = options.stableIds()
                ? StoryIds.stable(members, previous, retired, id -> added.getOrDefault(id, Integer.MAX_VALUE))
                : StoryIds.positional(groups.size());

        List<Provenance> provenances = new ArrayList<>();
        List<String> signatures = new ArrayList<>();
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Provenance provenance = StoryProvenance.of(groups.get(i), copies);
            provenances.add(provenance);
            String signature = signature(naming.ids().get(i), groups.get(i), provenance);
            signatures.add(signature);
            if (!cache.hasStory(signature)) {
                pending.add(i);
            }
        }
        // small stories first: most stories are current sooner
        pending.sort(Comparator.comparingInt(i -> groups.get(i).size()));
        listener.storiesToAnalyse(pending.stream().map(naming.ids()::get).toList());
        Story[] analysed = analyseStories(pending, naming.ids(), groups, provenances, signatures, listener, rejected);
        List<StoryResult> stories = new ArrayList<>();
        List<Story> bare = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            stories.add(new StoryResult(naming.ids().get(i), signatures.get(i), groups.get(i), analysed[i]));
            bare.add(analysed[i] != null ? analysed[i] : Story.of(naming.ids().get(i), null, groups.get(i)));
        }
        List<StoryLink> links = Parallax.links(grouping, bare, naming.ids());

        Map<String, List<String>> now = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            now.put(naming.ids().get(i), members.get(i));
        }
        for (String old : previous.keySet()) {
            if (!now.containsKey(old)) {
                retired.add(old);
            }
        }
        previous = now;
        return new Pass(stories, links, naming.redirects(), rejected, failedIds, waiting, toAnalyse.size() - waiting.size(),
                loaded, pending.size());
    }

    /**
     * Runs the story pipeline on the pending stories on the session's threads (the article threads are
     * idle by now), in the given order; {@code storyDone} is called on this thread as each finishes, and
     * the stories' problems are added to {@code rejected} in the given order.
     */
    private Story[] analyseStories(List<Integer> pending, List<String> ids, List<List<Article>> groups,
                                   List<Provenance> provenances, List<String> signatures, Listener listener,
                                   List<Rejected> rejected) {
        Story[] analysed = new Story[groups.size()];
        Map<Integer, List<Rejected>> problems = new HashMap<>();
        ExecutorCompletionService<Integer> done = new ExecutorCompletionService<>(pool);
        for (int i : pending) {
            List<Rejected> mine = new ArrayList<>();
            problems.put(i, mine);
            done.submit(() -> {
                analysed[i] = parallax.analyzeStory(ids.get(i), groups.get(i), provenances.get(i), mine);
                return i;
            });
        }
        try {
            for (int k = 0; k < pending.size(); k++) {
                int i = done.take().get();
                listener.storyDone(new StoryResult(ids.get(i), signatures.get(i), groups.get(i), analysed[i]));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("analysis interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("story analysis failed: " + e.getCause(), e.getCause());
        }
        for (int i : pending) {
            rejected.addAll(problems.get(i));
        }
        return analysed;
    }

    private String signature(String id, List<Article> articles, Provenance provenance) {
        StringBuilder b = new StringBuilder(128 + 66 * articles.size());
        b.append(version).append('\n').append(id).append('\n');
        for (Article a : articles) {
            b.append(keys.get(a.id())).append('\n');
        }
        b.append(provenance);
        return StoryIds.sha256(b.toString());
    }

    /** Runs the article pipeline on these articles, in parallel, storing each analysis in the cache. */
    private void analyse(List<RawArticle> todo, Listener listener, List<Rejected> rejected, Map<String, String> failedIds,
                         List<String> waiting) {
        if (todo.isEmpty()) {
            return;
        }
        ExecutorCompletionService<Task> done = new ExecutorCompletionService<>(pool);
        List<Task> tasks = new ArrayList<>();
        for (RawArticle raw : todo) {
            Task t = new Task(raw, keys.get(raw.id()));
            tasks.add(t);
            done.submit(t, t);
        }
        int remaining = tasks.size();
        int finished = 0;
        List<AnalysisCache.Analysis> unsaved = new ArrayList<>();
        long lastSave = System.nanoTime();
        try {
            while (remaining > 0) {
                Future<Task> f = done.poll(200, TimeUnit.MILLISECONDS);
                if (f != null) {
                    Task t = f.get();
                    if (t.isLate()) {
                        continue; // counted when it was left behind; it stores itself
                    }
                    remaining--;
                    finished++;
                    StageResult<Article> r = t.result();
                    if (r instanceof StageResult.Ok<Article> ok) {
                        prepared.put(t.raw.id(), new Prepared(t.key, ok.value()));
                        unsaved.add(new AnalysisCache.Analysis(t.key, t.raw.id(), ArticleCodec.encode(ok.value())));
                    } else {
                        failed.put(t.key, r.problem());
                        failedIds.put(t.raw.id(), r.problem());
                        rejected.add(new Rejected(t.raw.source(), r.problem()));
                    }
                    listener.articleDone(t.raw.id(), finished, tasks.size());
                } else if (options.articleTimeLimit() != null) {
                    for (Task t : tasks) {
                        if (t.overdue(options.articleTimeLimit()) && t.leaveBehind()) {
                            remaining--;
                            lateTasks.put(t.key, t);
                            waiting.add(t.raw.id());
                            resize(+1); // another thread takes its place, so the queue moves on
                        }
                    }
                }
                // saved in small batches: a crash loses little work, and few transactions are spent
                if (!unsaved.isEmpty() && (unsaved.size() >= 16 || System.nanoTime() - lastSave > TimeUnit.SECONDS.toNanos(2))) {
                    cache.putAnalyses(unsaved);
                    unsaved = new ArrayList<>();
                    lastSave = System.nanoTime();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("analysis interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("article analysis failed: " + e.getCause(), e.getCause());
        } finally {
            if (!unsaved.isEmpty()) {
                cache.putAnalyses(unsaved);
            }
        }
    }

    private void resize(int by) {
        synchronized (pool) {
            if (by > 0) {
                pool.setMaximumPoolSize(pool.getMaximumPoolSize() + by);
                pool.setCorePoolSize(pool.getCorePoolSize() + by);
            } else {
                pool.setCorePoolSize(pool.getCorePoolSize() + by);
                pool.setMaximumPoolSize(pool.getMaximumPoolSize() + by);
            }
        }
    }

    /** One article's analysis; when the pass has left it behind, it stores its own result on finishing. */
    private final class Task implements Runnable {
        final RawArticle raw;
        final String key;
        private long started;
        private StageResult<Article> result;
        private boolean late;

        Task(RawArticle raw, String key) {
            this.raw = raw;
            this.key = key;
        }

        @Override
        public void run() {
            synchronized (this) {
                started = System.nanoTime();
            }
            StageResult<Article> r = parallax.articlePipeline().apply(raw);
            boolean wasLate;
            synchronized (this) {
                result = r;
                wasLate = late;
            }
            if (wasLate) {
                finishLate(r);
            }
        }

        private void finishLate(StageResult<Article> r) {
            try {
                if (r instanceof StageResult.Ok<Article> ok) {
                    cache.putAnalyses(List.of(new AnalysisCache.Analysis(key, raw.id(), ArticleCodec.encode(ok.value()))));
                    lateDone.put(key, ok.value());
                } else {
                    failed.put(key, r.problem());
                }
            } finally {
                lateTasks.remove(key);
                resize(-1);
                options.onLateArticle().run();
            }
        }

        synchronized boolean overdue(Duration limit) {
            return result == null && !late && started != 0 && System.nanoTime() - started > limit.toNanos();
        }

        /** Marks the task as left behind, unless it has just finished. */
        synchronized boolean leaveBehind() {
            if (result != null) {
                return false;
            }
            late = true;
            return true;
        }

        synchronized boolean isLate() {
            return late;
        }

        synchronized StageResult<Article> result() {
            return result;
        }
    }

    /** Analyses a batch in one pass, reporting each finished article to {@code progress}. */
    static Report analyze(Parallax parallax, List<RawArticle> articles, List<Rejected> earlier, IntConsumer progress) {
        try (AnalysisSession session = new AnalysisSession(parallax, AnalysisCache.NONE, Options.oneOff())) {
            session.put(articles);
            return session.run(new Listener() {
                @Override
                public void articleDone(String id, int done, int total) {
                    progress.accept(done);
                }
            }).report(earlier);
        }
    }

    /** Stops the analysis threads; a late article still running is abandoned. */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
