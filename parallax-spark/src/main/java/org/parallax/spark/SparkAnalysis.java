package org.parallax.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.parallax.model.StoryLink;
import org.parallax.report.JsonReport;
import scala.Tuple2;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A whole run on Spark, the same analysis as {@code parallax analyze} (or {@code parallax cluster}) on one
 * machine: read ({@link Inputs}), put in input order and give each id once, the article pipeline in
 * {@code mapPartitions} ({@link ArticleStage}), stories and copies at scale ({@link ScaleClustering}), the
 * story pipeline per story ({@code groupByKey} + {@code flatMapGroups}, {@link StoryStage}), then the
 * related-story links. The output rows are report.json's documents and story objects, in report order.
 */
final class SparkAnalysis {
    /**
     * @param full     the whole analysis (as analyze) rather than clustering alone (as cluster)
     * @param maxBytes the largest article read
     * @param blocking how stories are found at scale
     */
    record Options(boolean full, long maxBytes, ScaleClustering.Options blocking) implements Serializable {
        Options {
            Objects.requireNonNull(blocking, "blocking");
        }
    }

    /**
     * The run's output: documents, stories and rejected inputs as report.json objects (JSON text), each in
     * report order, and the clustering figures.
     */
    record Output(Dataset<String> documents, Dataset<String> stories, Dataset<String> rejected,
                  ScaleClustering.Stats stats) {
    }

    /** Input order: the rank of the file, then the position in it. */
    record Order(int file, long position) implements Comparable<Order>, Serializable {
        @Override
        public int compareTo(Order o) {
            return file != o.file ? Integer.compare(file, o.file) : Long.compare(position, o.position);
        }
    }

    private SparkAnalysis() {
    }

    static Output run(SparkSession spark, List<String> paths, Options options) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int partitions = options.blocking().partitions();
        Inputs.Listing listing = Inputs.list(sc.hadoopConfiguration(), paths);
        JavaRDD<RawRow> ordered = Inputs.read(spark, listing, options.maxBytes()).javaRDD()
                .sortBy(r -> new Order(r.getFile(), r.getPosition()), true, partitions)
                .zipWithIndex()
                .map(e -> {
                    e._1().setIndex(e._2());
                    return e._1();
                });
        JavaRDD<RawRow> distinct = distinctIds(sc, ordered);
        Dataset<RawRow> raws = spark.createDataset(distinct.rdd(), Encoders.bean(RawRow.class));
        Dataset<ArticleRow> prepared = raws.mapPartitions(
                (MapPartitionsFunction<RawRow, ArticleRow>) it -> ArticleStage.apply(it, options.full()),
                Encoders.bean(ArticleRow.class)).persist(StorageLevel.MEMORY_AND_DISK_SER());
        // the articles that went through, indexed densely again (rejected inputs held indices too): the
        // clusterer's arrays are by index
        JavaRDD<ArticleRow> passed = prepared.filter((org.apache.spark.api.java.function.FilterFunction<ArticleRow>) r -> r.getProblem() == null)
                .javaRDD().sortBy(ArticleRow::getIndex, true, partitions).zipWithIndex().map(e -> {
                    e._1().setIndex(e._2());
                    return e._1();
                });
        Dataset<ArticleRow> ok = spark.createDataset(passed.rdd(), Encoders.bean(ArticleRow.class)).persist(StorageLevel.MEMORY_AND_DISK_SER());

        ScaleClustering.Result clustered = ScaleClustering.run(spark, ok, options.blocking());

        JavaPairRDD<Integer, Iterable<CopyRow>> copiesByMaker = clustered.copies().mapToPair(c -> new Tuple2<>(c.getCopy(), c)).groupByKey();
        JavaRDD<ArticleRow> members = ok.javaRDD().mapToPair(r -> new Tuple2<>((int) r.getIndex(), r))
                .join(clustered.storyOf())
                .leftOuterJoin(copiesByMaker)
                .map(e -> {
                    ArticleRow r = e._2()._1()._1();
                    r.setStory(e._2()._1()._2());
                    List<String> copies = new ArrayList<>();
                    if (e._2()._2().isPresent()) {
                        e._2()._2().get().forEach(c -> copies.add(Codec.write(c)));
                    }
                    r.setCopies(copies.toArray(String[]::new));
                    return r;
                });
        Dataset<OutRow> out = spark.createDataset(members.rdd(), Encoders.bean(ArticleRow.class))
                .groupByKey((MapFunction<ArticleRow, Long>) ArticleRow::getStory, Encoders.LONG())
                .flatMapGroups((FlatMapGroupsFunction<Long, ArticleRow, OutRow>) (rank, it) -> StoryStage.apply(rank, it, options.full()),
                        Encoders.bean(OutRow.class))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());

        Broadcast<Map<Long, String>> related = sc.broadcast(related(out, clustered.links()));
        Dataset<String> stories = out.filter((org.apache.spark.api.java.function.FilterFunction<OutRow>) r -> r.getKind().equals("story"))
                .sort("rank")
                .map((MapFunction<OutRow, String>) r -> withRelated(r.getJson(), related.value().getOrDefault(r.getRank(), "[]")),
                        Encoders.STRING());
        Dataset<String> documents = out.filter((org.apache.spark.api.java.function.FilterFunction<OutRow>) r -> r.getKind().equals("document"))
                .sort("rank", "index")
                .map((MapFunction<OutRow, String>) OutRow::getJson, Encoders.STRING());
        Dataset<OutRow> problems = prepared.filter((org.apache.spark.api.java.function.FilterFunction<ArticleRow>) r -> r.getProblem() != null)
                .map((MapFunction<ArticleRow, OutRow>) r -> StoryStage.row("rejected", -1, r.getIndex(), null,
                        JsonReport.mapper().createObjectNode().put("source", r.getSource()).put("problem", r.getProblem()).toString()),
                        Encoders.bean(OutRow.class));
        Dataset<String> rejected = problems
                .union(out.filter((org.apache.spark.api.java.function.FilterFunction<OutRow>) r -> r.getKind().equals("rejected")))
                .sort("rank", "index")
                .map((MapFunction<OutRow, String>) OutRow::getJson, Encoders.STRING());
        return new Output(documents, stories, rejected, clustered.stats());
    }

    /** Later articles with an id an earlier one holds are rejected, as {@code Batch.distinctIds} does. */
    private static JavaRDD<RawRow> distinctIds(JavaSparkContext sc, JavaRDD<RawRow> ordered) {
        Map<String, Tuple2<Long, String>> taken = new HashMap<>(ordered.filter(r -> r.getProblem() == null)
                .mapToPair(r -> new Tuple2<>(r.getId(), new Tuple2<>(1L, new Tuple2<>(r.getIndex(), r.getSource()))))
                .reduceByKey((a, b) -> new Tuple2<>(a._1() + b._1(), a._2()._1() <= b._2()._1() ? a._2() : b._2()))
                .filter(e -> e._2()._1() > 1)
                .mapValues(Tuple2::_2)
                .collectAsMap());
        if (taken.isEmpty()) {
            return ordered;
        }
        Broadcast<Map<String, Tuple2<Long, String>>> first = sc.broadcast(taken);
        return ordered.map(r -> {
            Tuple2<Long, String> holder = r.getProblem() == null ? first.value().get(r.getId()) : null;
            if (holder == null || holder._1() == r.getIndex()) {
                return r;
            }
            RawRow p = Inputs.problem(r.getFile(), r.getPosition(), r.getSource() + " (" + r.getId() + ")",
                    "id \"" + r.getId() + "\" is already used by " + holder._2() + " in this batch: each article needs its own id");
            p.setIndex(r.getIndex());
            return p;
        });
    }

    /**
     * Each linked story's related array, as report.json writes it: the earlier story is the one first
     * reported earlier when both are dated on different days (as {@code Parallax.links} orders them).
     */
    private static Map<Long, String> related(Dataset<OutRow> out, List<ScaleClustering.Link> links) {
        if (links.isEmpty()) {
            return Map.of();
        }
        Set<Long> linked = new HashSet<>();
        links.forEach(l -> {
            linked.add(l.first());
            linked.add(l.second());
        });
        Map<Long, String> dates = new HashMap<>();
        for (OutRow r : out.filter((org.apache.spark.api.java.function.FilterFunction<OutRow>) r -> r.getKind().equals("story")).collectAsList()) {
            if (linked.contains(r.getRank())) {
                dates.put(r.getRank(), r.getFirstReported());
            }
        }
        List<StoryLink> storyLinks = new ArrayList<>();
        for (ScaleClustering.Link l : links) {
            String da = dates.get(l.first());
            String db = dates.get(l.second());
            boolean dated = da != null && db != null && !da.equals(db);
            boolean swap = dated && LocalDate.parse(db).isBefore(LocalDate.parse(da));
            String a = "s" + (l.first() + 1);
            String b = "s" + (l.second() + 1);
            storyLinks.add(new StoryLink(swap ? b : a, swap ? a : b, dated, l.shared()));
        }
        Map<Long, String> out2 = new HashMap<>();
        StoryLink.byStory(storyLinks).forEach((id, list) ->
                out2.put(Long.parseLong(id.substring(1)) - 1, JsonReport.related(list, id).toString()));
        return out2;
    }

    private static String withRelated(String story, String related) {
        try {
            ObjectNode node = (ObjectNode) JsonReport.mapper().readTree(story);
            node.set("related", JsonReport.mapper().readTree(related));
            return JsonReport.mapper().writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(node);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("a story object cannot be read back", e);
        }
    }

    /** A report.json of the run's output: for runs small enough to collect on the driver. */
    static ObjectNode report(Output output) {
        ObjectNode root = JsonReport.mapper().createObjectNode();
        root.put("generator", org.parallax.model.Report.GENERATOR);
        ArrayNode documents = root.putArray("documents");
        ArrayNode stories = root.putArray("stories");
        ArrayNode rejected = root.putArray("rejected");
        try {
            for (String d : output.documents().collectAsList()) {
                documents.add(JsonReport.mapper().readTree(d));
            }
            for (String s : output.stories().collectAsList()) {
                stories.add(JsonReport.mapper().readTree(s));
            }
            for (String r : output.rejected().collectAsList()) {
                JsonNode node = JsonReport.mapper().readTree(r);
                rejected.add(node);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the output cannot be read back", e);
        }
        return root;
    }
}
