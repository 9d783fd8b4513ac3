package org.parallax.cli;

import org.parallax.Parallax;
import org.parallax.cluster.EventGrouper;
import org.parallax.cluster.SyntheticCorpus;
import org.parallax.cluster.dedup.CopyFinder;
import org.parallax.ingest.ArticleReader;
import org.parallax.ingest.Batch;
import org.parallax.model.Article;
import org.parallax.model.Copy;
import org.parallax.model.RawArticle;
import org.parallax.model.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code parallax bench-cluster}: prints clustering + copy-finding throughput, peak heap and story count
 * on corpora generated from real articles ({@link SyntheticCorpus}), and the end-to-end throughput
 * (read, clean, cluster, find copies) on a smaller one.
 */
@Command(name = "bench-cluster", mixinStandardHelpOptions = true,
        description = {"Measure clustering + copy finding (articles/s, peak heap, stories) on generated corpora,",
                "and read+clean+cluster end to end. Run with PARALLAX_JAVA_OPTS=-Xmx2g to check the 2 GB budget."})
final class BenchClusterCommand implements Callable<Integer> {
    @Option(names = "--sizes", split = ",", defaultValue = "10000,100000",
            description = "Corpus sizes to cluster (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--end-to-end", defaultValue = "2000",
            description = "Articles for the end-to-end run, 0 for none (default: ${DEFAULT-VALUE}).")
    int endToEnd;

    @Option(names = "--corpus", defaultValue = "../shared/data/ecbplus-dev/articles.jsonl",
            description = "Real articles to generate from (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Override
    public Integer call() {
        Batch base = new ArticleReader().readPath(corpus);
        if (base.articles().size() < 2) {
            System.err.println("parallax: bench-cluster: need at least two articles under " + corpus);
            return 1;
        }
        SyntheticCorpus generator = new SyntheticCorpus(base.articles().stream().map(RawArticle::original).toList());
        System.out.printf("bench-cluster: generated from %d articles of %s, %d cores, max heap %d MB%n",
                base.articles().size(), corpus, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        // warm-up: the JIT compiles the hot loops before anything is measured
        clusterOnly(generator.generate(5000, 7));
        java.util.Map<Integer, Double> timeOf = new java.util.LinkedHashMap<>();
        for (int n : sizes) {
            List<Article> articles = generator.generate(n, 42);
            // a run of a few seconds varies by 10-20 % on a shared machine: short sizes are run again, median kept
            List<Result> runs = new ArrayList<>();
            long peak = 0;
            double spent = 0;
            while (runs.isEmpty() || (spent < MIN_SECONDS && runs.size() < MAX_ROUNDS)) {
                System.gc();
                resetPeaks();
                Result r = clusterOnly(articles);
                runs.add(r);
                spent += r.seconds();
                peak = Math.max(peak, peakHeap());
            }
            runs.sort(java.util.Comparator.comparingDouble(Result::seconds));
            Result r = median(runs);
            timeOf.put(n, r.seconds());
            System.out.printf("cluster+copies %,d articles: %.2f s = %,.0f articles/s (grouping %.2f s, copies %.2f s), "
                            + "peak heap %d MB, %,d stories, %,d copies%s%n", n, r.seconds(), n / r.seconds(), r.grouping,
                    r.copying, peak >> 20, r.stories, r.copies,
                    runs.size() > 1 ? String.format(" (median of %d runs)", runs.size()) : "");
            articles = null;
        }
        if (timeOf.size() > 1) {
            int small = sizes.stream().min(Integer::compare).orElseThrow();
            int large = sizes.stream().max(Integer::compare).orElseThrow();
            System.out.printf("scaling: %,d articles take %.1f times the time of %,d (%.1f times the articles)%n",
                    large, timeOf.get(large) / timeOf.get(small), small, (double) large / small);
        }
        if (endToEnd > 0) {
            List<RawArticle> raws = new ArrayList<>();
            for (Article a : generator.generate(endToEnd, 9)) {
                raws.add(new RawArticle(a.id(), a.source(), a.original()));
            }
            Parallax parallax = Parallax.standard();
            // warm-up: the tokenizer's huge method is compiled before the measured run
            parallax.cluster(new Batch(raws, List.of()), done -> { });
            long t0 = System.nanoTime();
            Report report = parallax.cluster(new Batch(raws, List.of()), done -> { });
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("end to end (clean + cluster + copies) %,d articles: %.2f s = %,.0f articles/s, %,d stories%n",
                    endToEnd, seconds, endToEnd / seconds, report.stories().size());
        }
        return 0;
    }

    private record Result(double grouping, double copying, int stories, int copies) {
        double seconds() {
            return grouping + copying;
        }
    }

    /** The middle run of an odd count; of an even count, the two middle runs averaged. */
    private static Result median(List<Result> sorted) {
        Result high = sorted.get(sorted.size() / 2);
        if (sorted.size() % 2 == 1) {
            return high;
        }
        Result low = sorted.get(sorted.size() / 2 - 1);
        return new Result((low.grouping + high.grouping) / 2, (low.copying + high.copying) / 2, high.stories, high.copies);
    }

    /** Sizes whose runs add up to less than this are run again (up to {@link #MAX_ROUNDS} times). */
    private static final double MIN_SECONDS = 10;
    private static final int MAX_ROUNDS = 5;

    private static Result clusterOnly(List<Article> articles) {
        long t0 = System.nanoTime();
        int stories = EventGrouper.tuned().group(articles).size();
        long t1 = System.nanoTime();
        List<Copy> copies = new CopyFinder().find(articles);
        long t2 = System.nanoTime();
        return new Result((t1 - t0) / 1e9, (t2 - t1) / 1e9, stories, copies.size());
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
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
}
