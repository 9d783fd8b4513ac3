package org.parallax.cli;

import org.parallax.AnalysisCache;
import org.parallax.AnalysisSession;
import org.parallax.Parallax;
import org.parallax.cluster.EventGrouper;
import org.parallax.cluster.SyntheticCorpus;
import org.parallax.ingest.ArticleReader;
import org.parallax.ingest.Batch;
import org.parallax.model.Article;
import org.parallax.model.RawArticle;
import org.parallax.model.Report;
import org.parallax.model.Story;
import org.parallax.pipeline.StageResult;
import org.parallax.pipeline.StageTimes;
import org.parallax.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code parallax bench-analyze}: the whole analysis, as {@code analyze} runs it (one {@link AnalysisSession}
 * pass per input, reports written), on the development sets, printing in one run: full-report articles/s,
 * milliseconds per article of every article and story stage, grouping and report writing, model load time
 * and time to the first analysed article, peak heap, the story stages of one 300-article story, and
 * CoreNLP's quote pipeline (tokenize … depparse, coref, quote) on an even sample of the same articles, on
 * the same number of threads, with the ratio; then the same pipeline with CoreNLP's defaults on one thread,
 * as its command line runs it (the figure the speed goal was first set against), with that ratio.
 * {@code --generated N} also analyses N generated articles and prints their peak heap (the 10,000-article
 * memory budget).
 */
@Command(name = "bench-analyze", mixinStandardHelpOptions = true,
        description = {"Measure the whole analysis on the dev sets: articles/s, ms/article per stage, model loading,",
                "peak heap, a 300-article story, and CoreNLP's quote pipeline on a sample of the same articles."})
final class BenchAnalyzeCommand implements Callable<Integer> {
    @Option(names = "--inputs", split = ",", defaultValue = "../shared/data/stories-dev/articles.jsonl,"
            + "../shared/data/meantime-dev/articles.jsonl,../shared/data/ecbplus-dev/articles.jsonl",
            description = "Inputs, each analysed as one batch (default: ${DEFAULT-VALUE}).")
    List<Path> inputs;

    @Option(names = "--corenlp-sample", defaultValue = "24",
            description = "Articles (spread evenly over all inputs) for CoreNLP's quote pipeline, 0 to skip (default: ${DEFAULT-VALUE}).")
    int coreNlpSample;

    @Option(names = "--story-size", defaultValue = "300",
            description = "Articles in the one large story whose story stages are timed, 0 to skip (default: ${DEFAULT-VALUE}).")
    int storySize;

    @Option(names = "--generated", defaultValue = "0",
            description = "Also analyse this many generated articles (SyntheticCorpus) and print their peak heap (default: ${DEFAULT-VALUE}).")
    int generated;

    @Option(names = "--threads", description = "Analysis threads (default: every core).")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() throws IOException, Exception {
        int cores = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        List<Batch> batches = new ArrayList<>();
        List<RawArticle> all = new ArrayList<>();
        for (Path p : inputs) {
            Batch b = new ArticleReader().readPath(p).distinctIds();
            batches.add(b);
            all.addAll(b.articles());
        }
        if (all.isEmpty()) {
            System.err.println("parallax: bench-analyze: no articles under " + inputs);
            return 1;
        }
        long chars = all.stream().mapToLong(r -> r.original().length()).sum();
        System.out.printf("bench-analyze: %,d articles (%,d characters, %,d a article) from %d inputs, %d threads, max heap %,d MB%n",
                all.size(), chars, chars / all.size(), inputs.size(), cores, Runtime.getRuntime().maxMemory() >> 20);

        StageTimes articleTimes = new StageTimes();
        StageTimes storyTimes = new StageTimes();
        // loading: building the pipelines (the tagger loads there) and every model the analysis uses, by
        // analysing one article as a story
        long l0 = System.nanoTime();
        Parallax plain = Parallax.standard();
        Parallax parallax = new Parallax(plain.articlePipeline().timed(articleTimes), EventGrouper.tuned(),
                plain.storyPipeline().timed(storyTimes));

        RawArticle first = all.get(0);
        runSession(parallax, List.of(first), cores, null, null);
        double load = (System.nanoTime() - l0) / 1e9;
        System.out.printf("model load + first article: %.1f s (first article analysed %.1f s after the JVM started)%n",
                load, ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
        articleTimes.reset();
        storyTimes.reset();

        System.gc();
        resetPeaks();
        Path out = Files.createTempDirectory("parallax-bench-analyze");
        double articlesSec = 0;
        double groupingSec = 0;
        double storiesSec = 0;
        double writingSec = 0;
        int stories = 0;
        List<Article> prepared = new ArrayList<>();
        long t0 = System.nanoTime();
        try (Progress progress = new Progress("bench-analyze", all.size(), quiet)) {
            AtomicLong before = new AtomicLong();
            for (int i = 0; i < batches.size(); i++) {
                Batch b = batches.get(i);
                final int offset = (int) before.get();
                Timing timing = new Timing();
                AnalysisSession.Pass pass = runSession(parallax, b.articles(), cores, new AnalysisSession.Listener() {
                    @Override
                    public void articleDone(String id, int done, int total) {
                        progress.accept(offset + done);
                        timing.articlesDone = System.nanoTime();
                    }

                    @Override
                    public void storiesToAnalyse(List<String> ids) {
                        timing.storiesStart = System.nanoTime();
                    }
                }, timing);
                Report report = pass.report(b.rejected());
                long w0 = System.nanoTime();
                ReportWriter.writeAll(report, out.resolve("set" + i));
                writingSec += (System.nanoTime() - w0) / 1e9;
                articlesSec += (timing.articlesDone - timing.start) / 1e9;
                groupingSec += (timing.storiesStart - timing.articlesDone) / 1e9;
                storiesSec += (timing.end - timing.storiesStart) / 1e9;
                stories += pass.stories().size();
                before.addAndGet(b.articles().size());
                if (i == batches.size() - 1) {
                    pass.stories().forEach(s -> prepared.addAll(s.articles()));
                }
            }
        }
        double total = (System.nanoTime() - t0) / 1e9;
        String peak = peaks();
        int n = all.size();
        double rate = n / total;
        System.out.printf("full report: %,d articles, %,d stories in %.1f s = %.2f articles/s (%.0f ms/article wall)%n",
                n, stories, total, rate, 1e3 * total / n);
        System.out.printf("  phases: articles %.1f s, grouping + copies %.1f s, stories %.1f s, writing reports %.1f s%n",
                articlesSec, groupingSec, storiesSec, writingSec);
        System.out.printf("  article stages (ms/article, summed over %d threads):%s%n", cores, perArticle(articleTimes, n));
        System.out.printf("  story stages (ms/article, summed over the threads):%s%n", perArticle(storyTimes, n));
        System.out.printf("  %s%n", peak);
        deleteTree(out);

        if (storySize > 0 && prepared.size() >= 2) {
            List<Article> big = prepared.subList(0, Math.min(storySize, prepared.size()));
            storyTimes.reset();
            // cold: the full run embedded these articles' sentences already
            org.parallax.internal.Embeddings.forget();
            long s0 = System.nanoTime();
            parallax.analyzeStory("big", big, new ArrayList<>());
            double sec = (System.nanoTime() - s0) / 1e9;
            System.out.printf("one %d-article story (the last input's articles): story stages %.1f s:%s%n",
                    big.size(), sec, seconds(storyTimes));
            // again, as the server re-analyses a story an article joined: its sentences' embeddings held
            storyTimes.reset();
            long w0 = System.nanoTime();
            parallax.analyzeStory("big", big, new ArrayList<>());
            System.out.printf("  the same story again (embeddings held, as when the server re-analyses it): %.1f s:%s%n",
                    (System.nanoTime() - w0) / 1e9, seconds(storyTimes));
        }
        prepared.clear();

        if (generated > 0) {
            benchGenerated(plain, cores);
        }

        if (coreNlpSample > 0) {
            coreNlp(all, cores, rate);
        }
        return 0;
    }

    /** Timestamps of one pass. */
    private static final class Timing {
        volatile long start;
        volatile long articlesDone;
        volatile long storiesStart;
        volatile long end;
    }

    private static AnalysisSession.Pass runSession(Parallax parallax, List<RawArticle> raws, int threads,
                                                   AnalysisSession.Listener listener, Timing timing) {
        try (AnalysisSession session = new AnalysisSession(parallax, AnalysisCache.NONE,
                new AnalysisSession.Options(false, null, threads, null))) {
            session.put(raws);
            if (timing != null) {
                timing.start = System.nanoTime();
                timing.articlesDone = timing.start;
            }
            AnalysisSession.Pass pass = session.run(listener == null ? AnalysisSession.Listener.NONE : listener);
            if (timing != null) {
                timing.end = System.nanoTime();
                if (timing.storiesStart == 0) {
                    timing.storiesStart = timing.end;
                }
            }
            return pass;
        }
    }

    private static AnalysisSession.Pass runSession(Parallax parallax, List<RawArticle> raws, int threads, Timing timing) {
        return runSession(parallax, raws, threads, null, timing);
    }

    private void benchGenerated(Parallax plain, int cores) {
        Batch base = new ArticleReader().readPath(inputs.get(inputs.size() - 1));
        SyntheticCorpus generator = new SyntheticCorpus(base.articles().stream().map(RawArticle::original).toList());
        List<RawArticle> raws = new ArrayList<>();
        for (Article a : generator.generate(generated, 11)) {
            raws.add(new RawArticle(a.id(), a.source(), a.original()));
        }
        System.gc();
        resetPeaks();
        long g0 = System.nanoTime();
        Report report;
        try (Progress progress = new Progress("generated", raws.size(), quiet)) {
            report = plain.analyze(new Batch(raws, List.of()), progress);
        }
        double sec = (System.nanoTime() - g0) / 1e9;
        System.out.printf("%,d generated articles: %.0f s = %.2f articles/s, %,d stories, %s%n",
                raws.size(), sec, raws.size() / sec, report.stories().size(), peaks());
    }

    private void coreNlp(List<RawArticle> all, int cores, double parallaxRate) throws Exception {
        int k = Math.min(coreNlpSample, all.size());
        List<String> texts = new ArrayList<>();
        org.parallax.ingest.ArticleCleaner cleaner = new org.parallax.ingest.ArticleCleaner(new org.parallax.text.SentenceSplitter());
        for (int i = 0; i < k; i++) {
            RawArticle raw = all.get((int) ((long) i * all.size() / k));
            StageResult<Article> r = cleaner.apply(raw);
            texts.add(r.result().map(Article::text).orElse(raw.original()));
        }
        // in a JVM of its own: CoreNLP as its users run it, without the settings this process gives it
        CoreNlpQuotePipeline.Timing timing;
        try {
            timing = CoreNlpQuotePipeline.time(texts, cores);
        } catch (IOException e) {
            System.out.printf("corenlp quote pipeline: %s%n", e.getMessage());
            return;
        }
        double coreLoad = timing.load();
        double first = timing.first();
        double sec = timing.second();
        double coreRate = k / sec;
        long sampleChars = texts.stream().mapToLong(String::length).sum();
        System.out.printf("corenlp quote pipeline (tokenize,ssplit,pos,lemma,ner,depparse,coref,quote) on %d of the articles"
                        + " (%,d characters a article), %d threads, in its own JVM with CoreNLP's settings: load %.1f s;"
                        + " first pass %.1f s (its code still compiling), second pass %.1f s = %.3f articles/s%n",
                k, sampleChars / k, cores, coreLoad, first, sec, coreRate);
        System.out.printf("ratio: parallax's full report is %.1fx CoreNLP's quote pipeline at full speed (second pass);"
                + " %.1fx its first pass%n", parallaxRate / coreRate, parallaxRate / (k / first));
        // CoreNLP as its command line runs these annotators: its defaults, one thread
        try {
            timing = CoreNlpQuotePipeline.time(texts, 1, true);
        } catch (IOException e) {
            System.out.printf("corenlp quote pipeline, CoreNLP's defaults: %s%n", e.getMessage());
            return;
        }
        System.out.printf("corenlp quote pipeline with CoreNLP's defaults (fine-grained NER), one thread, as its command line"
                        + " runs it: load %.1f s; first pass %.3f s/article, second pass %.3f s/article%n",
                timing.load(), timing.first() / k, timing.second() / k);
        System.out.printf("ratio on that yardstick: parallax's full report is %.1fx it at full speed (second pass);"
                + " %.1fx its first pass%n", parallaxRate / (k / timing.second()), parallaxRate / (k / timing.first()));
    }

    private static String perArticle(StageTimes times, int articles) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Double> e : times.millis().entrySet()) {
            b.append(String.format(" %s %.1f", e.getKey(), e.getValue() / articles));
        }
        return b.toString();
    }

    private static String seconds(StageTimes times) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Double> e : times.millis().entrySet()) {
            b.append(String.format(" %s %.2f", e.getKey(), e.getValue() / 1e3));
        }
        return b.toString();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        SAMPLED_PEAK.set(0);
    }

    /** The whole heap's use, read every 20 ms on a daemon thread: its peak since {@link #resetPeaks()}. */
    private static final java.util.concurrent.atomic.AtomicLong SAMPLED_PEAK = new java.util.concurrent.atomic.AtomicLong();

    static {
        Thread sampler = new Thread(() -> {
            while (true) {
                SAMPLED_PEAK.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "parallax-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** "peak heap N MB": the sampled whole heap, and the sum of the pools' own peaks (reached at different times). */
    private static String peaks() {
        return String.format("peak heap %,d MB (the whole heap sampled every 20 ms; the heap pools' own peaks sum to %,d MB)",
                SAMPLED_PEAK.get() >> 20, peakHeap() >> 20);
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
