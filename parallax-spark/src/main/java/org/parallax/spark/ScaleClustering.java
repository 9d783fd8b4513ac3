package org.parallax.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.parallax.cluster.ArticleFeatures;
import org.parallax.cluster.ClusterSettings;
import org.parallax.cluster.EventGrouper;
import org.parallax.cluster.FeatureExtractor;
import org.parallax.cluster.Grouping;
import org.parallax.cluster.StoryProfile;
import org.parallax.cluster.dedup.CopyFinder;
import org.parallax.model.Article;
import org.parallax.model.Copy;
import scala.Tuple2;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stories and copies at scale: articles are blocked ({@link Blocking}) by their salient terms (heaviest
 * under corpus-wide document frequencies) and publication week, each block is clustered by the existing
 * {@link EventGrouper} in input order, stories that a block border cut apart are merged when their
 * profiles ({@link StoryProfile}, the clusterer's story-to-story similarity under corpus-wide
 * frequencies) are similar enough, and copies are found by {@link CopyFinder}'s rules over the whole
 * corpus: candidates from sampled shingles (first {@link CopyFinder#MAX_POSTINGS} articles of a sample,
 * {@link CopyFinder#MIN_SHARED_SAMPLES} shared, the {@link CopyFinder#MAX_SOURCES} earlier articles sharing
 * most), checked inside the block when both articles are in it and by a join when not. So the copies are
 * exactly those of one process, and a corpus that fits one block gets exactly the stories of one process.
 */
final class ScaleClustering {
    /** Part lists longer than this for one key are cut when pairing parts across blocks. */
    private static final int MAX_PARTS_PER_KEY = 50;
    /** Heavy terms of a story by which parts of other blocks are found to compare it with. */
    static final int KEYS_PER_STORY = 10;
    private static final long STAR = 0x9E3779B97F4A7C15L;
    /**
     * Least profile similarity of two stories of different blocks for them to be clustered again together:
     * the clusterer's own merge threshold (on the dev articles in blocks of 100, 0.12 gives B-cubed F1
     * 0.915, 0.2 gives 0.898; see docs/scale.md).
     */
    static final double BORDER_SIMILARITY = 0.12;

    /**
     * @param blockSize       most articles in a block
     * @param keysPerArticle  salient terms each article is blocked by
     * @param windowDays      width of the publication windows
     * @param borderSimilarity least profile similarity of two stories of different blocks for them to merge
     * @param partitions      partitions of the shuffles
     */
    record Options(int blockSize, int keysPerArticle, int windowDays, double borderSimilarity, int partitions)
            implements Serializable {
        Options {
            if (blockSize < 1 || keysPerArticle < 1 || windowDays < 1 || partitions < 1 || borderSimilarity <= 0) {
                throw new IllegalArgumentException("bad blocking options");
            }
        }

        static Options defaults(int partitions) {
            return new Options(20_000, 5, 7, BORDER_SIMILARITY, partitions);
        }
    }

    /**
     * What clustering gives: each article's story (as the rank of the story's first article), the copies,
     * links between related stories as {rank, rank, shared names}, and figures of the run.
     */
    record Result(JavaPairRDD<Integer, Long> storyOf, JavaRDD<CopyRow> copies, List<Link> links, long stories,
                  Stats stats) {
    }

    record Link(long first, long second, List<String> shared) implements Serializable {
    }

    record Stats(long articles, int blocks, int largestBlock, long refused, long parts, long borderPairs,
                 long similarPairs, int borderGroups, int regroupedParts, long crossBlockCopyPairs, String timings) {
        @Override
        public String toString() {
            return String.format("%,d articles in %,d blocks (largest %,d; %,d joins refused at the cap), %,d block "
                            + "stories; %,d pairs compared across borders, %,d similar: %,d stories in %,d groups clustered "
                            + "again; %,d copy candidates across blocks; seconds: %s", articles, blocks, largestBlock, refused,
                    parts, borderPairs, similarPairs, regroupedParts, borderGroups, crossBlockCopyPairs, timings);
        }
    }

    private ScaleClustering() {
    }

    /** Seconds of each phase on the driver (each ends with an action, so a phase's time is its own work). */
    private static final class Timer {
        private final StringBuilder laps = new StringBuilder();
        private long last = System.nanoTime();

        void lap(String phase) {
            long now = System.nanoTime();
            laps.append(laps.length() == 0 ? "" : ", ").append(phase).append(' ')
                    .append(String.format("%.1f", (now - last) / 1e9));
            last = now;
        }

        @Override
        public String toString() {
            return laps.toString();
        }
    }

    /**
     * @param rows the articles that went through the article pipeline, indexed 0..n-1; payloads unused.
     *             Clustered with the settings tuned on the dev topics, as {@code parallax cluster} does
     *             (each task takes {@link ClusterSettings#tuned()} itself: the record is not serializable)
     */
    static Result run(SparkSession spark, Dataset<ArticleRow> rows, Options options) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Timer timer = new Timer();
        JavaRDD<ArticleRow> articles = rows.javaRDD().map(ScaleClustering::lean).persist(StorageLevel.MEMORY_AND_DISK_SER());
        long n = articles.count();
        timer.lap("rows");
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("one run takes at most " + Integer.MAX_VALUE + " articles");
        }
        Broadcast<DfTable> df = sc.broadcast(documentFrequencies(articles, n, options.partitions()));
        timer.lap("document frequencies");

        // blocking keys, rarest first, to the driver's union-find
        JavaPairRDD<Long, Integer> keyed = articles.flatMapToPair(r -> {
            ArticleFeatures f = FeatureExtractor.of(ArticleStage.skeleton(r));
            List<Tuple2<Long, Integer>> out = new ArrayList<>();
            for (long term : StoryProfile.salientKeys(f, df.value(), ClusterSettings.tuned(), options.keysPerArticle(), options.blockSize())) {
                for (long key : blockingKeys(term, f.day(), options.windowDays())) {
                    out.add(new Tuple2<>(key, (int) r.getIndex()));
                }
            }
            return out.iterator();
        });
        JavaRDD<int[]> keyMembers = keyed.groupByKey(options.partitions())
                .map(e -> sortedInts(e._2()))
                .filter(m -> m.length >= 2)
                .sortBy(m -> ((long) m.length << 32) | (m[0] & 0xffffffffL), true, options.partitions());
        Blocking blocking = new Blocking((int) n, options.blockSize());
        blocking.join(keyMembers.toLocalIterator());
        int[] blockOf = blocking.blocks();
        timer.lap("blocking");
        Broadcast<int[]> blocks = sc.broadcast(blockOf);
        int blockCount = Arrays.stream(blockOf).max().orElse(-1) + 1;
        int[] blockSizes = new int[blockCount];
        for (int b : blockOf) {
            blockSizes[b]++;
        }

        // copy candidates over the whole corpus, as CopyFinder picks them
        JavaRDD<CopyRow> candidates = copyCandidates(articles, blocks, options.partitions()).persist(StorageLevel.MEMORY_AND_DISK_SER());

        // each block clustered, and its copy candidates checked, by one task
        Dataset<ArticleRow> blocked = spark.createDataset(articles.map(r -> {
            r.setBlock(blocks.value()[(int) r.getIndex()]);
            return r;
        }).rdd(), Encoders.bean(ArticleRow.class));
        Dataset<CopyRow> inside = spark.createDataset(candidates.filter(c -> c.getBlock() >= 0).rdd(), Encoders.bean(CopyRow.class));
        JavaRDD<BlockOut> clustered = blocked.groupByKey((org.apache.spark.api.java.function.MapFunction<ArticleRow, Integer>) ArticleRow::getBlock, Encoders.INT())
                .cogroup(inside.groupByKey((org.apache.spark.api.java.function.MapFunction<CopyRow, Integer>) CopyRow::getBlock, Encoders.INT()),
                        (org.apache.spark.api.java.function.CoGroupFunction<Integer, ArticleRow, CopyRow, BlockOut>)
                                (block, members, pairs) -> clusterBlock(members, pairs, ClusterSettings.tuned(), df.value(), options),
                        Encoders.bean(BlockOut.class))
                .javaRDD().persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<StoryPart> parts = clustered.filter(o -> o.getPart() != null).map(BlockOut::getPart);
        long partCount = parts.count();
        timer.lap("copy candidates, blocks clustered");

        // copies whose articles lie in different blocks: their texts joined by index
        JavaRDD<CopyRow> across = candidates.filter(c -> c.getBlock() < 0);
        long acrossCount = across.count();
        timer.lap("copy candidates across blocks");
        JavaRDD<CopyRow> copies = clustered.filter(o -> o.getCopy() != null).map(BlockOut::getCopy)
                .union(checkAcross(sc, articles, across, acrossCount));

        // stories cut apart by block borders: parts of different blocks similar enough to be one story are put
        // together with the parts they are similar to and clustered again, under corpus-wide IDF
        Border border = borderPairs(parts, options);
        Map<Integer, Integer> groupOf = borderGroups(border.pairs(), options.blockSize());
        Broadcast<Map<Integer, Integer>> groups = sc.broadcast(groupOf);
        JavaRDD<StoryPart> kept = parts.filter(p -> !groups.value().containsKey(p.getFirst()));
        JavaRDD<StoryPart> stories = (groupOf.isEmpty() ? kept
                : kept.union(regroup(articles, parts, groups, df, blockCount, options)))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<Integer, Integer> keyOf = stories.flatMapToPair(p -> {
            List<Tuple2<Integer, Integer>> out = new ArrayList<>(p.getMembers().length);
            for (int m : p.getMembers()) {
                out.add(new Tuple2<>(m, p.getFirst()));
            }
            return out.iterator();
        });
        int[] storyKeys = stories.map(StoryPart::getFirst).collect().stream().mapToInt(Integer::intValue).sorted().toArray();
        timer.lap("border groups clustered again");
        Broadcast<int[]> ranks = sc.broadcast(storyKeys);
        JavaPairRDD<Integer, Long> storyOf = keyOf.mapValues(k -> (long) Arrays.binarySearch(ranks.value(), k));

        List<Link> links = links(stories, storyKeys);
        Stats stats = new Stats(n, blockCount, Arrays.stream(blockSizes).max().orElse(0), blocking.refused(),
                partCount, border.compared(), border.pairs().size(), new HashSet<>(groupOf.values()).size(),
                groupOf.size(), acrossCount, timer.toString());
        return new Result(storyOf, copies, links, storyKeys.length, stats);
    }

    /** The row without the analysed article: clustering reads only the plain columns. */
    private static ArticleRow lean(ArticleRow r) {
        ArticleRow out = new ArticleRow();
        out.setIndex(r.getIndex());
        out.setId(r.getId());
        out.setSource(r.getSource());
        out.setTitle(r.getTitle());
        out.setPublished(r.getPublished());
        out.setOriginal(r.getOriginal());
        out.setParagraphs(r.getParagraphs());
        out.setStarts(r.getStarts());
        out.setEnds(r.getEnds());
        return out;
    }

    private static DfTable documentFrequencies(JavaRDD<ArticleRow> articles, long n, int partitions) {
        List<Tuple2<Long, Integer>> counted = articles
                .flatMapToPair(r -> {
                    long[] keys = StoryProfile.termKeys(FeatureExtractor.of(ArticleStage.skeleton(r)));
                    List<Tuple2<Long, Integer>> out = new ArrayList<>(keys.length);
                    for (long k : keys) {
                        out.add(new Tuple2<>(k, 1));
                    }
                    return out.iterator();
                })
                .reduceByKey(Integer::sum, partitions)
                .filter(e -> e._2() >= 2)
                .collect();
        long[] keys = new long[counted.size()];
        int[] counts = new int[counted.size()];
        List<Tuple2<Long, Integer>> sorted = new ArrayList<>(counted);
        sorted.sort(Comparator.comparing(Tuple2::_1));
        for (int i = 0; i < keys.length; i++) {
            keys[i] = sorted.get(i)._1();
            counts[i] = sorted.get(i)._2();
        }
        return new DfTable(keys, counts, n);
    }

    /** A term alone, and with the publication window in two grids offset by half a window. */
    static long[] blockingKeys(long term, Long day, int windowDays) {
        if (day == null) {
            return new long[]{mix(term ^ STAR)};
        }
        long a = Math.floorDiv(day, windowDays);
        long b = Math.floorDiv(day + windowDays / 2, windowDays);
        return new long[]{mix(term ^ STAR), mix(term + a * 0x632BE59BD9B4E019L), mix(term - b * 0x85EBCA77C2B2AE63L - 1)};
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private static int[] sortedInts(Iterable<Integer> values) {
        List<Integer> list = new ArrayList<>();
        values.forEach(list::add);
        return list.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** CopyFinder's candidates: (earlier, later) pairs, with the block when both lie in one. */
    private static JavaRDD<CopyRow> copyCandidates(JavaRDD<ArticleRow> articles, Broadcast<int[]> blocks, int partitions) {
        JavaPairRDD<Long, Integer> samples = articles.flatMapToPair(r -> {
            long[] sketch = CopyFinder.sketch(ArticleStage.skeleton(r));
            List<Tuple2<Long, Integer>> out = new ArrayList<>(sketch.length);
            for (long h : sketch) {
                out.add(new Tuple2<>(h, (int) r.getIndex()));
            }
            return out.iterator();
        });
        JavaPairRDD<Long, Integer> shared = samples.groupByKey(partitions).flatMapToPair(e -> {
            int[] members = sortedInts(e._2());
            int m = Math.min(members.length, CopyFinder.MAX_POSTINGS);
            List<Tuple2<Long, Integer>> out = new ArrayList<>();
            for (int p = 1; p < m; p++) {
                for (int q = 0; q < p; q++) {
                    out.add(new Tuple2<>(((long) members[p] << 32) | members[q], 1));
                }
            }
            return out.iterator();
        }).reduceByKey(Integer::sum, partitions).filter(e -> e._2() >= CopyFinder.MIN_SHARED_SAMPLES);
        return shared.mapToPair(e -> new Tuple2<>((int) (e._1() >>> 32), new int[]{(int) (e._1() & 0xffffffffL), e._2()}))
                .groupByKey(partitions)
                .flatMap(e -> {
                    List<int[]> likely = new ArrayList<>();
                    e._2().forEach(likely::add);
                    // the few earlier articles sharing most samples: the likely sources
                    likely.sort((x, y) -> x[1] == y[1] ? Integer.compare(x[0], y[0]) : Integer.compare(y[1], x[1]));
                    List<CopyRow> out = new ArrayList<>();
                    for (int[] source : likely.subList(0, Math.min(CopyFinder.MAX_SOURCES, likely.size()))) {
                        CopyRow c = new CopyRow();
                        c.setEarlier(source[0]);
                        c.setLater(e._1());
                        int[] b = blocks.value();
                        c.setBlock(b[source[0]] == b[e._1()] ? b[source[0]] : -1);
                        out.add(c);
                    }
                    return out.iterator();
                });
    }

    /** Clusters one block in input order and checks its copy candidates. */
    private static Iterator<BlockOut> clusterBlock(Iterator<ArticleRow> members, Iterator<CopyRow> pairs,
                                                   ClusterSettings settings, DfTable df, Options options) {
        List<ArticleRow> rows = new ArrayList<>();
        members.forEachRemaining(rows::add);
        rows.sort(Comparator.comparingLong(ArticleRow::getIndex));
        List<BlockOut> out = new ArrayList<>();
        if (rows.isEmpty()) {
            return out.iterator();
        }
        int block = rows.get(0).getBlock();
        List<Article> articles = rows.stream().map(ArticleStage::skeleton).toList();
        Map<Integer, Integer> at = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            at.put((int) rows.get(i).getIndex(), i);
        }
        Grouping grouping = new EventGrouper(settings).groupAndRelate(articles);
        for (StoryPart p : parts(block, rows, articles, grouping, df, options)) {
            BlockOut o = new BlockOut();
            o.setPart(p);
            out.add(o);
        }
        pairs.forEachRemaining(c -> {
            Copy copy = CopyFinder.compare(articles.get(at.get(c.getEarlier())), articles.get(at.get(c.getLater())));
            if (copy != null) {
                BlockOut o = new BlockOut();
                o.setCopy(checked(c, copy, articles.get(at.get(c.getEarlier())).id()));
                out.add(o);
            }
        });
        return out.iterator();
    }

    /**
     * The stories of a grouping as parts: members by index, links to related parts, and with {@code df},
     * the profile and heavy terms that border merging compares (null: the grouping is final).
     */
    private static List<StoryPart> parts(int block, List<ArticleRow> rows, List<Article> articles, Grouping grouping,
                                         DfTable df, Options options) {
        List<ArticleFeatures> features = df == null ? null : articles.stream().map(FeatureExtractor::of).toList();
        Map<Article, Integer> position = new java.util.IdentityHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            position.put(articles.get(i), i);
        }
        List<StoryPart> parts = new ArrayList<>();
        for (List<Article> story : grouping.stories()) {
            int[] local = story.stream().mapToInt(position::get).toArray();
            parts.add(part(block, rows, local, features, df, ClusterSettings.tuned(), options));
        }
        List<Grouping.Link> related = grouping.related();
        for (int k = 0; k < related.size(); k++) {
            Grouping.Link l = related.get(k);
            StoryPart p = parts.get(l.first());
            p.setRelated(append(p.getRelated(), parts.get(l.second()).getFirst()));
            p.setRelatedOrder(append(p.getRelatedOrder(), k));
            String[] shared = Arrays.copyOf(p.getShared(), p.getShared().length + 1);
            shared[shared.length - 1] = String.join("\t", l.shared());
            p.setShared(shared);
        }
        return parts;
    }

    private static CopyRow checked(CopyRow pair, Copy copy, String earlierId) {
        CopyRow c = new CopyRow();
        c.setBlock(pair.getBlock());
        c.setEarlier(pair.getEarlier());
        c.setLater(pair.getLater());
        c.setCopy(copy.document().equals(earlierId) ? pair.getEarlier() : pair.getLater());
        c.setJson(Codec.write(copy));
        return c;
    }

    private static StoryPart part(int block, List<ArticleRow> rows, int[] local, List<ArticleFeatures> features,
                                  DfTable df, ClusterSettings settings, Options options) {
        StoryPart p = new StoryPart();
        p.setBlock(block);
        p.setMembers(Arrays.stream(local).map(i -> (int) rows.get(i).getIndex()).toArray());
        p.setFirst(p.getMembers()[0]);
        p.setRelated(new int[0]);
        p.setRelatedOrder(new int[0]);
        p.setShared(new String[0]);
        if (df == null) {
            return p;
        }
        List<ArticleFeatures> members = Arrays.stream(local).mapToObj(features::get).toList();
        StoryProfile profile = StoryProfile.of(members, df);
        p.setWords(profile.keys(0));
        p.setWordSums(profile.sums(0));
        p.setNames(profile.keys(1));
        p.setNameSums(profile.sums(1));
        p.setFigures(profile.keys(2));
        p.setFigureSums(profile.sums(2));
        p.setMinDay(profile.minDay() == null ? Long.MIN_VALUE : profile.minDay());
        p.setMaxDay(profile.maxDay() == null ? Long.MIN_VALUE : profile.maxDay());
        // the terms most of its articles are blocked by: what a part of it in another block shares
        Map<Long, Integer> counts = new TreeMap<>();
        for (ArticleFeatures f : members) {
            for (long k : StoryProfile.salientKeys(f, df, settings, options.keysPerArticle(), options.blockSize())) {
                counts.merge(k, 1, Integer::sum);
            }
        }
        p.setKeys(counts.entrySet().stream()
                .sorted((x, y) -> x.getValue().equals(y.getValue()) ? Long.compare(x.getKey(), y.getKey())
                        : Integer.compare(y.getValue(), x.getValue()))
                .limit(KEYS_PER_STORY).mapToLong(Map.Entry::getKey).toArray());
        return p;
    }

    static StoryProfile profile(StoryPart p) {
        return new StoryProfile(new long[][]{p.getWords(), p.getNames(), p.getFigures()},
                new float[][]{p.getWordSums(), p.getNameSums(), p.getFigureSums()}, p.getMembers().length,
                p.getMinDay() == Long.MIN_VALUE ? null : p.getMinDay(), p.getMaxDay() == Long.MIN_VALUE ? null : p.getMaxDay());
    }

    private static int[] append(int[] a, int v) {
        int[] out = Arrays.copyOf(a, a.length + 1);
        out[a.length] = v;
        return out;
    }

    private static JavaRDD<CopyRow> checkAcross(JavaSparkContext sc, JavaRDD<ArticleRow> articles, JavaRDD<CopyRow> pairs,
                                                long count) {
        if (count == 0) {
            return sc.emptyRDD();
        }
        JavaPairRDD<Integer, ArticleRow> byIndex = articles.mapToPair(r -> new Tuple2<>((int) r.getIndex(), r));
        return pairs.mapToPair(c -> new Tuple2<>(c.getEarlier(), c))
                .join(byIndex)
                .mapToPair(e -> new Tuple2<>(e._2()._1().getLater(), e._2()))
                .join(byIndex)
                .flatMap(e -> {
                    CopyRow pair = e._2()._1()._1();
                    Article earlier = ArticleStage.skeleton(e._2()._1()._2());
                    Copy copy = CopyFinder.compare(earlier, ArticleStage.skeleton(e._2()._2()));
                    return copy == null ? java.util.Collections.emptyIterator()
                            : List.of(checked(pair, copy, earlier.id())).iterator();
                });
    }

    /** How many pairs of parts were compared across block borders, and those similar enough. */
    private record Border(long compared, List<Similar> pairs) {
    }

    /** Two parts (by first article) of different blocks, their similarity and their sizes. */
    record Similar(int first, int second, double similarity, int firstSize, int secondSize) implements Serializable {
    }

    /** Pairs of parts of different blocks sharing heavy terms whose profiles reach the border similarity. */
    private static Border borderPairs(JavaRDD<StoryPart> parts, Options options) {
        JavaPairRDD<Integer, Integer> pairs = parts.flatMapToPair(p -> {
            List<Tuple2<Long, int[]>> out = new ArrayList<>();
            for (long k : p.getKeys()) {
                out.add(new Tuple2<>(k, new int[]{p.getFirst(), p.getBlock()}));
            }
            return out.iterator();
        }).groupByKey(options.partitions()).flatMapToPair(e -> {
            List<int[]> list = new ArrayList<>();
            e._2().forEach(list::add);
            list.sort(Comparator.comparingInt(x -> x[0]));
            List<int[]> cut = list.subList(0, Math.min(MAX_PARTS_PER_KEY, list.size()));
            List<Tuple2<Integer, Integer>> out = new ArrayList<>();
            for (int i = 0; i < cut.size(); i++) {
                for (int j = i + 1; j < cut.size(); j++) {
                    if (cut.get(i)[1] != cut.get(j)[1]) {
                        out.add(new Tuple2<>(cut.get(i)[0], cut.get(j)[0]));
                    }
                }
            }
            return out.iterator();
        }).distinct(options.partitions());
        long count = pairs.count();
        if (count == 0) {
            return new Border(0, List.of());
        }
        JavaPairRDD<Integer, StoryPart> byFirst = parts.mapToPair(p -> new Tuple2<>(p.getFirst(), p));
        return new Border(count, pairs.join(byFirst)
                .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()))
                .join(byFirst)
                .map(e -> new Similar(e._2()._1().getFirst(), e._2()._2().getFirst(),
                        profile(e._2()._1()).similarity(profile(e._2()._2()), ClusterSettings.tuned()),
                        e._2()._1().getMembers().length, e._2()._2().getMembers().length))
                .filter(x -> x.similarity() >= options.borderSimilarity())
                .collect());
    }

    /**
     * Groups of parts to cluster again: similar pairs joined, most similar first, while a group holds at
     * most a block's worth of articles. Gives each grouped part its group (the least first article in it);
     * parts left alone are not in it.
     */
    static Map<Integer, Integer> borderGroups(List<Similar> pairs, int blockSize) {
        Map<Integer, Integer> parent = new HashMap<>();
        Map<Integer, Integer> size = new HashMap<>();
        List<Similar> sorted = new ArrayList<>(pairs);
        sorted.sort(Comparator.comparingDouble(Similar::similarity).reversed()
                .thenComparingInt(Similar::first).thenComparingInt(Similar::second));
        for (Similar p : sorted) {
            size.putIfAbsent(p.first(), p.firstSize());
            size.putIfAbsent(p.second(), p.secondSize());
        }
        for (Similar p : sorted) {
            int a = find(parent, p.first());
            int b = find(parent, p.second());
            if (a == b || size.get(a) + size.get(b) > blockSize) {
                continue;
            }
            parent.put(Math.max(a, b), Math.min(a, b));
            size.put(Math.min(a, b), size.get(a) + size.get(b));
        }
        Map<Integer, Integer> out = new HashMap<>();
        for (int child : parent.keySet()) {
            int root = find(parent, child);
            out.put(child, root);
            out.put(root, root);
        }
        return out;
    }

    /** The articles of each border group clustered again, in input order, under corpus-wide IDF. */
    private static JavaRDD<StoryPart> regroup(JavaRDD<ArticleRow> articles, JavaRDD<StoryPart> parts,
                                              Broadcast<Map<Integer, Integer>> groups, Broadcast<DfTable> df,
                                              int blockCount, Options options) {
        JavaPairRDD<Integer, Integer> groupOfArticle = parts.filter(p -> groups.value().containsKey(p.getFirst()))
                .flatMapToPair(p -> {
                    int g = groups.value().get(p.getFirst());
                    List<Tuple2<Integer, Integer>> out = new ArrayList<>();
                    for (int m : p.getMembers()) {
                        out.add(new Tuple2<>(m, g));
                    }
                    return out.iterator();
                });
        return articles.mapToPair(r -> new Tuple2<>((int) r.getIndex(), r))
                .join(groupOfArticle)
                .mapToPair(e -> new Tuple2<>(e._2()._2(), e._2()._1()))
                .groupByKey(options.partitions())
                .flatMap(e -> {
                    List<ArticleRow> rows = new ArrayList<>();
                    e._2().forEach(rows::add);
                    rows.sort(Comparator.comparingLong(ArticleRow::getIndex));
                    List<Article> group = rows.stream().map(ArticleStage::skeleton).toList();
                    Grouping grouping = new EventGrouper(ClusterSettings.tuned(), df.value()).groupAndRelate(group);
                    // block numbers after the real blocks' keep the links of each group in an order of their own
                    return parts(blockCount + e._1(), rows, group, grouping, null, options).iterator();
                });
    }

    private static int find(Map<Integer, Integer> parent, int x) {
        Integer p = parent.get(x);
        while (p != null && p != x) {
            x = p;
            p = parent.get(x);
        }
        return x;
    }

    /** The related-story links of every block, between final stories by rank, in block and link order. */
    private static List<Link> links(JavaRDD<StoryPart> parts, int[] storyKeys) {
        List<long[]> ordered = new ArrayList<>(); // {block, order, first rank, second rank, index into shared}
        List<List<String>> shared = new ArrayList<>();
        for (StoryPart p : parts.filter(p -> p.getRelated().length > 0).collect()) {
            long a = Arrays.binarySearch(storyKeys, p.getFirst());
            for (int k = 0; k < p.getRelated().length; k++) {
                long b = Arrays.binarySearch(storyKeys, p.getRelated()[k]);
                if (a != b && a >= 0 && b >= 0) {
                    ordered.add(new long[]{p.getBlock(), p.getRelatedOrder()[k], a, b, shared.size()});
                    shared.add(p.getShared()[k].isEmpty() ? List.of() : List.of(p.getShared()[k].split("\t")));
                }
            }
        }
        ordered.sort(Comparator.<long[]>comparingLong(x -> x[0]).thenComparingLong(x -> x[1]));
        List<Link> out = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (long[] o : ordered) {
            if (seen.add(Math.min(o[2], o[3]) * 4_294_967_296L + Math.max(o[2], o[3]))) {
                out.add(new Link(o[2], o[3], shared.get((int) o[4])));
            }
        }
        return out;
    }
}
