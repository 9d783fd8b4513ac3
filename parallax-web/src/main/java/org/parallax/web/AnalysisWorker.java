package org.parallax.web;

import org.parallax.AnalysisSession;
import org.parallax.Parallax;
import org.parallax.model.Article;
import org.parallax.model.StoryLink;
import org.parallax.store.Job;
import org.parallax.store.Publication;
import org.parallax.store.Store;
import org.parallax.store.StoryEntry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The server's background analysis: one thread that loads the models (while the server already answers
 * from the store), loads the stored analyses into an {@link AnalysisSession}, and then runs a pass whenever
 * there is work: uploads not yet done, articles left behind by an earlier pass, or what a restart found
 * unfinished. A pass takes every job waiting when it starts, so a burst of uploads costs one regrouping.
 * Each story it analyses is kept at once under its signature; the new index of stories and the finished
 * jobs are published together at the end, in one transaction. A pass that fails (the database went away)
 * is retried with backoff; the server keeps serving what it has. Thread-safe.
 */
final class AnalysisWorker implements Runnable {
    private final Store store;
    private final Supplier<Parallax> parallax;
    private final WebConfig config;
    private final Library library;
    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean stopped;
    private volatile Thread thread;
    private volatile AnalysisSession session;

    private volatile AnalysisProgress.Phase phase = AnalysisProgress.Phase.STARTING;
    private volatile int articles;
    private volatile int articlesDone;
    private volatile int stories;
    private volatile int storiesDone;
    private volatile Instant modelsReady;
    private volatile String error;
    private volatile long lastPassMillis;
    private volatile double rate;
    private final AtomicLong passes = new AtomicLong();
    private final AtomicLong analysed = new AtomicLong();
    private final AtomicLong loaded = new AtomicLong();
    private final AtomicLong analysedStories = new AtomicLong();
    // the jobs of the running pass, and its articles still to analyse, for job progress
    private final Set<String> passJobs = ConcurrentHashMap.newKeySet();
    private final Set<String> pending = ConcurrentHashMap.newKeySet();

    AnalysisWorker(Store store, Supplier<Parallax> parallax, WebConfig config, Library library) {
        this.store = store;
        this.parallax = parallax;
        this.config = config;
        this.library = library;
    }

    void start() {
        Thread t = new Thread(this, "parallax-worker");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    /** Something to do: an upload was stored, or a late article finished. */
    void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    AnalysisProgress progress() {
        return new AnalysisProgress(phase, articles, articlesDone, stories, storiesDone, passes.get(), analysed.get(), loaded.get(),
                analysedStories.get(), lastPassMillis, rate, modelsReady, error);
    }

    /** Whether this job is in the pass running now. */
    boolean working(String jobId) {
        return passJobs.contains(jobId);
    }

    /** How many of these articles still wait for their analysis in the running pass. */
    int stillPending(List<String> articleIds) {
        int n = 0;
        for (String id : articleIds) {
            if (pending.contains(id)) {
                n++;
            }
        }
        return n;
    }

    @Override
    public void run() {
        try {
            phase = AnalysisProgress.Phase.LOADING_MODELS;
            Parallax p = Objects.requireNonNull(parallax.get(), "parallax");
            modelsReady = Instant.now();
            session = new AnalysisSession(p, store, new AnalysisSession.Options(true, config.articleTimeLimit(),
                    config.analysisThreads(), this::wake));
        } catch (RuntimeException e) {
            error = "the analysis cannot start: " + e.getMessage();
            phase = AnalysisProgress.Phase.STOPPED;
            return;
        }
        long backoff = 1000;
        boolean restored = false;
        while (!stopped) {
            try {
                if (!restored) {
                    phase = AnalysisProgress.Phase.LOADING;
                    restore();
                    restored = true;
                    pass(store.unfinishedJobs());
                } else {
                    List<Job> jobs = store.unfinishedJobs();
                    if (jobs.isEmpty() && !session.hasWork()) {
                        phase = AnalysisProgress.Phase.IDLE;
                        await(Duration.ofSeconds(60));
                        continue;
                    }
                    pass(jobs);
                }
                error = null;
                backoff = 1000;
            } catch (RuntimeException e) {
                if (stopped) {
                    break;
                }
                error = "analysis pass failed (retrying in " + backoff / 1000 + " s): " + e.getMessage();
                phase = AnalysisProgress.Phase.IDLE;
                pause(backoff);
                backoff = Math.min(60_000, backoff * 2);
            }
        }
        phase = AnalysisProgress.Phase.STOPPED;
    }

    /** The stored articles and stories into the session, so the first pass loads rather than recomputes. */
    private void restore() {
        session.put(store.articles());
        List<AnalysisSession.StoryState> states = new ArrayList<>();
        for (StoryEntry e : store.storyIndex()) {
            states.add(new AnalysisSession.StoryState(e.id(), e.documents(), e.signature()));
        }
        session.restore(states, store.redirects().keySet());
        store.forgetJobs(Instant.now().minus(Duration.ofDays(7)));
    }

    private void pass(List<Job> jobs) {
        long started = System.nanoTime();
        passJobs.clear();
        jobs.forEach(j -> passJobs.add(j.id()));
        Set<String> ids = new LinkedHashSet<>();
        jobs.forEach(j -> ids.addAll(j.articles()));
        if (!ids.isEmpty()) {
            session.put(store.articles(ids));
        }
        // stories holding replaced articles change for sure; the rest are known once grouped
        Set<String> touched = new HashSet<>();
        for (Catalog.Entry e : library.catalog().stories()) {
            if (!Collections.disjoint(e.story().documents(), ids)) {
                touched.add(e.id());
            }
        }
        library.markUpdating(touched);
        articles = 0;
        articlesDone = 0;
        stories = 0;
        storiesDone = 0;
        AnalysisSession.Pass pass;
        try {
            pass = session.run(new Listener());
        } finally {
            pending.clear();
        }
        phase = AnalysisProgress.Phase.PUBLISHING;
        Set<String> finished = publish(pass, jobs);
        passes.incrementAndGet();
        analysed.addAndGet(pass.analysed());
        loaded.addAndGet(pass.loaded());
        analysedStories.addAndGet(pass.storiesAnalysed());
        lastPassMillis = (System.nanoTime() - started) / 1_000_000;
        if (pass.analysed() > 0) {
            double now = pass.analysed() / Math.max(0.001, lastPassMillis / 1000.0);
            rate = rate == 0 ? now : 0.7 * rate + 0.3 * now;
        }
        passJobs.clear();
        library.reload(pass.rejected(), pass.failed(), finished);
    }

    /** Stores the pass's stories and marks its jobs done, but for those still waiting for an article; their ids. */
    private Set<String> publish(AnalysisSession.Pass pass, List<Job> jobs) {
        Map<String, String> headlines = new HashMap<>();
        List<String> kept = new ArrayList<>();
        for (AnalysisSession.StoryResult r : pass.stories()) {
            if (r.analysed()) {
                headlines.put(r.id(), r.story().headline());
            } else {
                kept.add(r.signature());
            }
        }
        Map<String, String> bySignature = store.headlines(kept);
        Map<String, String> storyOf = new HashMap<>();
        for (AnalysisSession.StoryResult r : pass.stories()) {
            if (!r.analysed()) {
                headlines.put(r.id(), bySignature.get(r.signature()));
            }
            r.documentIds().forEach(d -> storyOf.put(d, r.id()));
        }
        Map<String, List<StoryLink>> links = StoryLink.byStory(pass.links());
        List<Publication.Story> stories = new ArrayList<>();
        for (AnalysisSession.StoryResult r : pass.stories()) {
            List<Publication.Document> documents = new ArrayList<>();
            for (Article a : r.articles()) {
                documents.add(new Publication.Document(a.id(), a.title(), a.outlet()));
            }
            stories.add(new Publication.Story(r.id(), r.analysed() ? r.story().headline() : null, r.signature(), documents,
                    StoryOutputs.related(r.id(), links.getOrDefault(r.id(), List.of()), headlines)));
        }
        Set<String> waiting = new HashSet<>(pass.waiting());
        Map<String, List<String>> finished = new HashMap<>();
        for (Job j : jobs) {
            if (Collections.disjoint(j.articles(), waiting)) {
                finished.put(j.id(), new ArrayList<>(new LinkedHashSet<>(j.articles().stream()
                        .map(storyOf::get).filter(Objects::nonNull).toList())));
            }
        }
        store.publish(new Publication(stories, pass.redirects(), finished));
        return finished.keySet();
    }

    private final class Listener implements AnalysisSession.Listener {
        @Override
        public void articlesToAnalyse(List<String> ids) {
            pending.addAll(ids);
            articles = ids.size();
            phase = AnalysisProgress.Phase.ARTICLES;
        }

        @Override
        public void articleDone(String id, int done, int total) {
            pending.remove(id);
            articlesDone = done;
        }

        @Override
        public void storiesToAnalyse(List<String> ids) {
            stories = ids.size();
            phase = AnalysisProgress.Phase.STORIES;
            Set<String> updating = new HashSet<>(library.catalog().updating());
            updating.addAll(ids);
            library.markUpdating(updating);
        }

        @Override
        public void storyDone(AnalysisSession.StoryResult story) {
            store.putStoryOutput(StoryOutputs.render(story.id(), story.signature(), story.story()));
            storiesDone++;
        }
    }

    private void await(Duration most) {
        synchronized (signal) {
            if (!woken && !stopped) {
                try {
                    signal.wait(most.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stopped = true;
                }
            }
            woken = false;
        }
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }

    /** Stops after the current step; the analysis threads are let go (unfinished work resumes on the next start). */
    void stop() {
        stopped = true;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        AnalysisSession s = session;
        if (s != null) {
            s.close();
        }
    }
}
