package org.parallax.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.parallax.Parallax;
import org.parallax.cluster.SyntheticCorpus;
import org.parallax.ingest.ArticleReader;
import org.parallax.ingest.Batch;
import org.parallax.model.Article;
import org.parallax.model.RawArticle;
import org.parallax.model.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

/**
 * {@code parallax bench-spark}: clustering + copy finding on Spark over corpora generated from real
 * articles ({@link SyntheticCorpus}, each partition generating its share), with the time ratio of the
 * largest size to the smallest and B-cubed F1 against the generated events; then the full analysis of the
 * dev stories on Spark next to single-process {@code analyze} in the same JVM (models loaded before either
 * is timed).
 */
@Command(name = "bench-spark", mixinStandardHelpOptions = true,
        description = {"Measure clustering + copies on Spark (articles/s, B-cubed F1 against the generated events) on generated",
                "corpora, and the full analysis of the dev stories on Spark next to single-process analyze."})
final class BenchSparkCommand implements Callable<Integer> {
    @Option(names = "--sizes", split = ",", defaultValue = "100000,1000000",
            description = "Generated corpus sizes (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--master", defaultValue = "local[2]", description = "Spark master (default: ${DEFAULT-VALUE}).")
    String master;

    @Option(names = "--corpus", defaultValue = "../shared/data/ecbplus-dev/articles.jsonl",
            description = "Real articles to generate from (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--stories", defaultValue = "../shared/data/stories-dev",
            description = "Articles for the full analysis, on Spark and in one process; none to skip (default: ${DEFAULT-VALUE}).")
    String stories;

    @Option(names = "--block-size", defaultValue = "20000", description = "Most articles in one block (default: ${DEFAULT-VALUE}).")
    int blockSize;

    /** Articles each generating partition makes at most. */
    private static final int PER_PARTITION = 25_000;

    @Override
    public Integer call() {
        int partitions = Sessions.partitions(master);
        SparkSession spark = Sessions.start(master, partitions);
        try {
            JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            List<String> bases = new ArticleReader().readPath(corpus).articles().stream().map(RawArticle::original).toList();
            if (bases.size() < 2) {
                System.err.println("parallax: bench-spark: need at least two articles under " + corpus);
                return 1;
            }
            System.out.printf("bench-spark: master %s, %d cores, max heap %d MB, %d shuffle partitions, blocks of %,d%n",
                    master, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, partitions, blockSize);
            Broadcast<List<String>> base = sc.broadcast(bases);
            ScaleClustering.Options options = new ScaleClustering.Options(blockSize, 5, 7, 0.2, partitions);
            cluster(spark, generated(sc, base, 5000), options); // warm-up: the JIT, Spark's code generation
            Map<Integer, Double> seconds = new LinkedHashMap<>();
            for (int n : sizes) {
                Dataset<ArticleRow> rows = generated(sc, base, n);
                long t0 = System.nanoTime();
                Clustered c = cluster(spark, rows, options);
                double s = (System.nanoTime() - t0) / 1e9;
                seconds.put(n, s);
                System.out.printf("cluster+copies %,d articles: %.1f s = %,.0f articles/s, %,d stories, %,d copies, B3 F1 %.3f against the generated events%n",
                        n, s, n / s, c.stories(), c.copies(), c.f1());
                System.out.println("  " + c.stats());
                rows.unpersist();
            }
            if (seconds.size() > 1) {
                int small = sizes.stream().min(Integer::compare).orElseThrow();
                int large = sizes.stream().max(Integer::compare).orElseThrow();
                System.out.printf("scaling: %,d articles take %.1f times the time of %,d (%.1f times the articles)%n",
                        large, seconds.get(large) / seconds.get(small), small, (double) large / small);
            }
            if (!stories.equals("none")) {
                fullAnalysis(spark, partitions);
            }
            return 0;
        } finally {
            spark.stop();
        }
    }

    private void fullAnalysis(SparkSession spark, int partitions) {
        Batch batch = new ArticleReader().read(List.of(stories), System.in);
        Parallax parallax = Parallax.standard();
        // loads the models (process-wide, shared with local executors) before anything is timed
        parallax.analyze(new Batch(batch.articles().subList(0, Math.min(4, batch.articles().size())), List.of()));
        long t0 = System.nanoTime();
        Report report = parallax.analyze(batch);
        double one = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        SparkAnalysis.Output output = SparkAnalysis.run(spark, List.of(stories),
                new SparkAnalysis.Options(true, ArticleReader.DEFAULT_MAX_BYTES, ScaleClustering.Options.defaults(partitions)));
        long documents = output.documents().count();
        long storyCount = output.stories().count();
        double distributed = (System.nanoTime() - t1) / 1e9;
        int n = batch.articles().size();
        System.out.printf("full analysis of %d articles (%s): analyze %.1f s = %.2f articles/s (%d stories); spark %s %.1f s = %.2f articles/s (%d documents, %d stories)%n",
                n, stories, one, n / one, report.stories().size(), master, distributed, n / distributed, documents, storyCount);
    }

    /** {@code n} generated articles, each partition generating its share with its own seed, indexed 0..n-1. */
    private static Dataset<ArticleRow> generated(JavaSparkContext sc, Broadcast<List<String>> base, int n) {
        int parts = Math.max(1, (n + PER_PARTITION - 1) / PER_PARTITION);
        JavaRDD<ArticleRow> rows = sc.parallelize(IntStream.range(0, parts).boxed().toList(), parts).flatMap(p -> {
            int from = (int) ((long) n * p / parts);
            int to = (int) ((long) n * (p + 1) / parts);
            List<Article> made = new SyntheticCorpus(base.value()).generate(to - from, 42L * 1000 + p);
            List<ArticleRow> out = new ArrayList<>(made.size());
            for (int i = 0; i < made.size(); i++) {
                ArticleRow r = ArticleStage.row(from + i, made.get(i), false);
                r.setId("p" + p + "-" + r.getId()); // events are per partition: the event label is the id up to its last '-'
                out.add(r);
            }
            return out.iterator();
        });
        Dataset<ArticleRow> ds = SparkSession.active().createDataset(rows.rdd(), Encoders.bean(ArticleRow.class))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        ds.count();
        return ds;
    }

    private record Clustered(long stories, long copies, double f1, ScaleClustering.Stats stats) {
    }

    private static Clustered cluster(SparkSession spark, Dataset<ArticleRow> rows, ScaleClustering.Options options) {
        ScaleClustering.Result r = ScaleClustering.run(spark, rows, options);
        long copies = r.copies().count();
        List<scala.Tuple2<Integer, Long>> assigned = r.storyOf().collect();
        List<String> ids = rows.map((org.apache.spark.api.java.function.MapFunction<ArticleRow, String>) a -> a.getIndex() + " " + a.getId(),
                Encoders.STRING()).collectAsList();
        String[] event = new String[ids.size()];
        for (String s : ids) {
            int sp = s.indexOf(' ');
            String id = s.substring(sp + 1);
            event[Integer.parseInt(s.substring(0, sp))] = id.substring(0, id.lastIndexOf('-'));
        }
        long[] story = new long[event.length];
        assigned.forEach(t -> story[t._1()] = t._2());
        return new Clustered(r.stories(), copies, bcubedF1(story, event), r.stats());
    }

    /** B-cubed F1 of a clustering against gold labels. */
    static double bcubedF1(long[] cluster, String[] gold) {
        Map<Long, Integer> clusterSize = new HashMap<>();
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (int i = 0; i < cluster.length; i++) {
            clusterSize.merge(cluster[i], 1, Integer::sum);
            goldSize.merge(gold[i], 1, Integer::sum);
            both.merge(cluster[i] + "\t" + gold[i], 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (int i = 0; i < cluster.length; i++) {
            double shared = both.get(cluster[i] + "\t" + gold[i]);
            p += shared / clusterSize.get(cluster[i]);
            r += shared / goldSize.get(gold[i]);
        }
        p /= cluster.length;
        r /= cluster.length;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
