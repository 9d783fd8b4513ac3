package org.parallax.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.Parallax;
import org.parallax.ingest.ArticleReader;
import org.parallax.ingest.Batch;
import org.parallax.report.JsonReport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Spark run against the one-process run it must equal, on real articles, in local[2]. */
class SparkAnalysisTest {
    private static SparkAnalysis.Options options(boolean full, int blockSize) {
        ScaleClustering.Options d = ScaleClustering.Options.defaults(4);
        return new SparkAnalysis.Options(full, ArticleReader.DEFAULT_MAX_BYTES,
                new ScaleClustering.Options(blockSize, d.keysPerArticle(), d.windowDays(), d.borderSimilarity(), 4));
    }

    private static JsonNode tree(String json) throws IOException {
        return JsonReport.mapper().readTree(json);
    }

    @Test
    void seedsGiveTheReportOfAnalyze() throws IOException {
        String seeds = TestSpark.shared().resolve("seeds").toString();
        Batch batch = new ArticleReader().read(List.of(seeds), System.in);
        JsonNode expected = tree(JsonReport.write(Parallax.standard().analyze(batch)));
        ObjectNode actual = SparkAnalysis.report(SparkAnalysis.run(TestSpark.session(), List.of(seeds), options(true, 20_000)));
        assertThat(actual.get("stories")).hasSize(1);
        assertThat(actual.get("stories").get(0).get("quotes")).isNotEmpty();
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void devArticlesGiveTheStoriesOfCluster() throws IOException {
        String dev = TestSpark.shared().resolve("data/ecbplus-dev/articles.jsonl").toString();
        Batch batch = new ArticleReader().read(List.of(dev), System.in);
        JsonNode expected = tree(JsonReport.writeClusters(Parallax.standard().cluster(batch, done -> { })));
        SparkAnalysis.Output output = SparkAnalysis.run(TestSpark.session(), List.of(dev), options(false, 20_000));
        assertThat(output.stats().blocks()).isEqualTo(1);
        assertThat(SparkAnalysis.report(output)).isEqualTo(expected);
    }

    @Test
    void smallBlocksStillFindMostDevStories() throws IOException {
        Path shared = TestSpark.shared();
        SparkAnalysis.Output output = SparkAnalysis.run(TestSpark.session(),
                List.of(shared.resolve("data/ecbplus-dev/articles.jsonl").toString()), options(false, 100));
        assertThat(output.stats().blocks()).isGreaterThan(5);
        assertThat(output.stats().regroupedParts()).isPositive();
        JsonNode gold = tree(Files.readString(shared.resolve("data/ecbplus-dev/gold.json")));
        Map<String, String> event = new HashMap<>();
        gold.get("labels").fields().forEachRemaining(e -> event.put(e.getKey(), e.getValue().asText()));
        List<Long> story = new ArrayList<>();
        List<String> label = new ArrayList<>();
        long rank = 0;
        for (String s : output.stories().collectAsList()) {
            for (JsonNode d : tree(s).get("documents")) {
                story.add(rank);
                label.add(event.get(d.asText()));
            }
            rank++;
        }
        assertThat(story).hasSize(772);
        double f1 = BenchSparkCommand.bcubedF1(story.stream().mapToLong(Long::longValue).toArray(), label.toArray(String[]::new));
        assertThat(f1).isGreaterThan(0.9);
    }

    @Test
    void readsJsonLinesGzipWarcAndParquetAndRejectsWhatOneProcessRejects(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(in.resolve("a.jsonl.gz")))) {
            out.write(("{\"id\": \"wire-1\", \"title\": \"Port strike\", \"text\": \"Dockworkers at Lindmark walked out on Monday.\\n\\nThe union said pay was owed.\"}\n"
                    + "not json\n"
                    + "{\"id\": \"wire-2\", \"text\": \"Cranes stood idle at the port of Lindmark as the strike went on.\"}\n").getBytes(StandardCharsets.UTF_8));
        }
        Files.copy(Path.of("src/test/resources/articles/courier-crawl.warc"), in.resolve("b.warc"));
        StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
                .add("published", DataTypes.StringType);
        List<Row> rows = List.of(RowFactory.create("table-1", "Ships queued outside Lindmark harbour on Tuesday.", "2026-03-11"),
                RowFactory.create("wire-2", "A second article under a taken id.", null));
        TestSpark.session().createDataFrame(rows, schema).coalesce(1).write().mode(SaveMode.Overwrite).parquet(in.resolve("c.parquet").toString());
        Files.writeString(in.resolve("README.md"), "not an article");

        SparkAnalysis.Output output = SparkAnalysis.run(TestSpark.session(), List.of(in.toString()), options(false, 20_000));
        List<String> ids = output.documents().collectAsList().stream().map(d -> {
            try {
                return tree(d).get("id").asText();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).sorted().toList();
        assertThat(ids).contains("wire-1", "wire-2", "table-1").hasSize(4);
        List<String> rejected = output.rejected().collectAsList();
        assertThat(rejected).hasSize(2);
        assertThat(rejected.get(0)).contains("a.jsonl.gz:2").contains("not a JSON object");
        assertThat(rejected.get(1)).contains("wire-2").contains("is already used by");
    }

    @Test
    void writesJsonLinesAndParquet(@TempDir Path dir) throws IOException {
        String seeds = TestSpark.shared().resolve("seeds").toString();
        SparkAnalysis.Output output = SparkAnalysis.run(TestSpark.session(), List.of(seeds), options(false, 20_000));
        Outputs.write(TestSpark.session(), output, dir.toString(), true, false);
        List<String> lines = new ArrayList<>();
        try (var files = Files.list(dir.resolve("stories"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(f));
            }
        }
        assertThat(lines).hasSize(1);
        assertThat(tree(lines.get(0)).get("documents")).hasSize(5);
        long parquetDocuments = TestSpark.session().read().parquet(dir.resolve("parquet/documents").toString())
                .select("id").as(Encoders.STRING()).count();
        assertThat(parquetDocuments).isEqualTo(5);
        assertThat(TestSpark.session().read().parquet(dir.resolve("parquet/stories").toString()).columns())
                .contains("id", "headline", "documents", "provenance", "related");
    }
}
