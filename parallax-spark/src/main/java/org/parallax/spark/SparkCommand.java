package org.parallax.spark;

import org.apache.spark.sql.SparkSession;
import org.parallax.ingest.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code parallax spark PATH... [--out DIR] [--master local[*]]}: the analysis of {@code parallax analyze}
 * (or, with {@code --cluster-only}, of {@code parallax cluster}) run on Apache Spark, on a laptop or, under
 * {@code spark-submit}, on a cluster.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = {"Analyse articles on Apache Spark: JSON Lines (and .gz), WARC, Parquet and every other input kind of",
                "analyze, from any Hadoop path (folders read recursively). Writes DIR/documents/, DIR/stories/ and",
                "DIR/rejected/ (JSON Lines) and DIR/parquet/{documents,stories}/; with --report also DIR/report.json.",
                "Exit code 0 when at least one article was analysed, 1 when none was."})
final class SparkCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders, local or any Hadoop path (hdfs://, s3a:// ...).")
    List<String> paths;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "parallax-report",
            description = "Output folder, local or any Hadoop path (default: ${DEFAULT-VALUE}).")
    String out;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[*] or local[2] (default: local[*], or spark-submit's master when run by it).")
    String master;

    @Option(names = "--cluster-only", description = "Only group into stories and find copies, as parallax cluster.")
    boolean clusterOnly;

    @Option(names = "--report", description = "Also collect a single DIR/report.json on the driver (local output folders; small runs).")
    boolean report;

    @Option(names = "--no-parquet", description = "Write JSON Lines only.")
    boolean noParquet;

    @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "" + ArticleReader.DEFAULT_MAX_BYTES,
            description = "Largest article to read (default: ${DEFAULT-VALUE}).")
    long maxSize;

    @Option(names = "--block-size", paramLabel = "N", defaultValue = "20000",
            description = "Most articles clustered together in one block (default: ${DEFAULT-VALUE}).")
    int blockSize;

    @Option(names = "--border-similarity", paramLabel = "S", defaultValue = "" + ScaleClustering.BORDER_SIMILARITY,
            description = "Least similarity of two stories of different blocks for them to merge (default: ${DEFAULT-VALUE}).")
    double borderSimilarity;

    @Option(names = "--partitions", paramLabel = "N", description = "Partitions of the shuffles (default: 4 per local core, 200 on a cluster).")
    Integer partitions;

    @Option(names = {"-q", "--quiet"}, description = "No figures on standard error.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        String m = master != null ? master : System.getProperty("spark.master") == null ? "local[*]" : null;
        int p = partitions != null ? partitions : Sessions.partitions(m);
        ScaleClustering.Options defaults = ScaleClustering.Options.defaults(p);
        ScaleClustering.Options blocking = new ScaleClustering.Options(blockSize, defaults.keysPerArticle(),
                defaults.windowDays(), borderSimilarity, p);
        SparkSession spark = Sessions.start(m, p);
        try {
            long t0 = System.nanoTime();
            SparkAnalysis.Output output = SparkAnalysis.run(spark, paths, new SparkAnalysis.Options(!clusterOnly, maxSize, blocking));
            Outputs.write(spark, output, out, !noParquet, report);
            long documents = output.documents().count();
            long stories = output.stories().count();
            long rejected = output.rejected().count();
            for (String r : output.rejected().collectAsList()) {
                var node = org.parallax.report.JsonReport.mapper().readTree(r);
                System.err.println("parallax: " + node.get("source").asText() + ": " + node.get("problem").asText());
            }
            if (!quiet) {
                System.err.printf("parallax: %s; %.1f s%n", output.stats(), (System.nanoTime() - t0) / 1e9);
            }
            System.out.printf("%d articles, %d stories, %d rejected -> %s%n", documents, stories, rejected, out);
            return documents == 0 ? 1 : 0;
        } finally {
            spark.stop();
        }
    }
}
