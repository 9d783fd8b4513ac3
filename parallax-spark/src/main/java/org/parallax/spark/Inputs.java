package org.parallax.spark;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.parallax.ingest.ArticleReader;
import org.parallax.ingest.Batch;
import org.parallax.model.RawArticle;
import org.parallax.model.Rejected;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads articles from any Hadoop path (local files, HDFS, S3 ...) into rows, with the core readers: every
 * file but Parquet is read by one task with {@link ArticleReader#readBytes} (JSON Lines and JSON arrays,
 * WARC, gzip of any of them, text, HTML, feeds), so a file gives the same articles and problems as
 * {@code parallax analyze} gives for it; Parquet rows ({@code id, text | html, url, outlet, title,
 * published, author}) are read as JSON Lines objects are. Folders are read recursively in name order,
 * skipping hidden files, Spark's {@code _SUCCESS} markers and project files (README, LICENSE ...), as the
 * core reader does. Each row keeps the rank of its file in name order and its position in the file, so a
 * run has one input order whatever the partitioning. A file is read whole by one task: split big inputs
 * into many files (Common Crawl's WARC files, about 1 GB each, fit in a task's memory).
 */
final class Inputs {
    // as ArticleReader skips them: a folder of articles often carries its licence and notes
    private static final Pattern PROJECT_FILE =
            Pattern.compile("(?i)^(readme|license|licence|copying|notice|changelog)([._-].*)?$");

    private Inputs() {
    }

    /** One input file: its rank in name order, its Hadoop path, and its name as the user wrote it. */
    record InputFile(int rank, String path, String shown, boolean parquet) implements java.io.Serializable {
    }

    /** The files under the given paths, in name order, and the paths that name nothing. */
    record Listing(List<InputFile> files, List<Rejected> missing) {
    }

    static Listing list(Configuration conf, List<String> paths) {
        List<InputFile> files = new ArrayList<>();
        List<Rejected> missing = new ArrayList<>();
        try {
            for (String given : paths) {
                Path p = new Path(given);
                FileSystem fs = p.getFileSystem(conf);
                if (!fs.exists(p)) {
                    missing.add(new Rejected(given, "no such file or folder"));
                    continue;
                }
                FileStatus status = fs.getFileStatus(p);
                List<String[]> found = new ArrayList<>(); // {qualified path, shown name}
                if (status.isDirectory()) {
                    String root = status.getPath().toString();
                    String shownRoot = given.endsWith("/") ? given.substring(0, given.length() - 1) : given;
                    RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
                    while (it.hasNext()) {
                        LocatedFileStatus f = it.next();
                        String q = f.getPath().toString();
                        String relative = q.substring(root.length());
                        if (f.isFile() && readable(relative)) {
                            found.add(new String[]{q, shownRoot + relative});
                        }
                    }
                    found.sort((a, b) -> a[0].compareTo(b[0]));
                } else {
                    found.add(new String[]{status.getPath().toString(), given});
                }
                for (String[] f : found) {
                    files.add(new InputFile(files.size(), f[0], f[1], f[0].toLowerCase(Locale.ROOT).endsWith(".parquet")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the input paths: " + e.getMessage(), e);
        }
        return new Listing(files, missing);
    }

    /** Neither hidden, nor a Spark marker, nor a project file, at any level below the given folder. */
    private static boolean readable(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".") || part.startsWith("_")) {
                return false;
            }
        }
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        return !PROJECT_FILE.matcher(name).matches();
    }

    /** Every article and every problem of the listed files, as rows in no particular order. */
    static Dataset<RawRow> read(SparkSession spark, Listing listing, long maxBytes) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Map<String, InputFile> byPath = new HashMap<>();
        listing.files().forEach(f -> byPath.put(key(f.path()), f));
        Broadcast<Map<String, InputFile>> files = sc.broadcast(byPath);
        List<RawRow> missing = new ArrayList<>();
        for (Rejected r : listing.missing()) {
            missing.add(problem(-1, missing.size(), r.source(), r.problem()));
        }
        JavaRDD<RawRow> rows = sc.parallelize(missing, 1);
        List<String> plain = listing.files().stream().filter(f -> !f.parquet()).map(InputFile::path).toList();
        if (!plain.isEmpty()) {
            int partitions = Math.max(1, Math.min(plain.size(), sc.defaultParallelism() * 4));
            rows = rows.union(sc.binaryFiles(String.join(",", plain), partitions).flatMap(file -> {
                InputFile f = files.value().get(key(file._1()));
                String name = f.shown().substring(f.shown().lastIndexOf('/') + 1);
                String inner = name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
                int dot = inner.lastIndexOf('.');
                Batch batch = new ArticleReader(maxBytes).readBytes(f.shown(), dot > 0 ? inner.substring(0, dot) : inner,
                        dot > 0 ? inner.substring(dot + 1).toLowerCase(Locale.ROOT) : "", file._2().toArray());
                return rows(f.rank(), batch).iterator();
            }));
        }
        List<String> parquet = listing.files().stream().filter(InputFile::parquet).map(InputFile::path).toList();
        if (!parquet.isEmpty()) {
            Dataset<Row> table = spark.read().parquet(parquet.toArray(String[]::new))
                    .withColumn("_file", functions.input_file_name())
                    .withColumn("_position", functions.monotonically_increasing_id());
            List<String> columns = Arrays.asList(table.columns());
            rows = rows.union(table.javaRDD().flatMap(row -> {
                InputFile f = files.value().get(key(row.<String>getAs("_file")));
                ObjectNode node = JsonNodeFactory.instance.objectNode();
                for (String c : List.of("id", "text", "html", "url", "outlet", "title", "published", "author")) {
                    Object v = columns.contains(c) ? row.getAs(c) : null;
                    if (v != null) {
                        node.put(c, v.toString());
                    }
                }
                long position = row.<Long>getAs("_position");
                List<RawRow> out = rows(f == null ? -1 : f.rank(), new ArticleReader(maxBytes).readObject(node,
                        (f == null ? row.<String>getAs("_file") : f.shown())));
                out.forEach(r -> r.setPosition(position));
                return out.iterator();
            }));
        }
        return spark.createDataset(rows.rdd(), Encoders.bean(RawRow.class));
    }

    /** A file's path without scheme and authority: Spark writes {@code file:///a} where Hadoop lists {@code file:/a}. */
    private static String key(String path) {
        return new Path(path).toUri().getPath();
    }

    /** A batch read from one file as rows, numbered in its order. */
    static List<RawRow> rows(int file, Batch batch) {
        List<RawRow> out = new ArrayList<>();
        for (RawArticle a : batch.articles()) {
            RawRow r = new RawRow();
            r.setFile(file);
            r.setPosition(out.size());
            r.setId(a.id());
            r.setSource(a.source());
            r.setOriginal(a.original());
            r.setTitle(a.given().title());
            r.setOutlet(a.given().outlet());
            r.setPublished(a.given().published());
            r.setAuthor(a.given().author());
            r.setUrl(a.given().url());
            r.setWarnings(a.warnings().toArray(String[]::new));
            out.add(r);
        }
        // problems after the file's articles, as a batch lists them
        for (Rejected rejected : batch.rejected()) {
            out.add(problem(file, out.size(), rejected.source(), rejected.problem()));
        }
        return out;
    }

    static RawRow problem(int file, long position, String source, String problem) {
        RawRow r = new RawRow();
        r.setFile(file);
        r.setPosition(position);
        r.setId("");
        r.setSource(source);
        r.setProblem(problem);
        r.setWarnings(new String[0]);
        return r;
    }

    static RawArticle article(RawRow r) {
        return new RawArticle(r.getId(), r.getSource(), r.getOriginal(),
                new org.parallax.model.GivenMetadata(r.getTitle(), r.getOutlet(), r.getPublished(), r.getAuthor(), r.getUrl()),
                r.getWarnings() == null ? List.of() : Arrays.asList(r.getWarnings()));
    }
}
