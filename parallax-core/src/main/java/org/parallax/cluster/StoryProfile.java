package org.parallax.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A story's summed TF-IDF vectors (words, names, figures) under corpus-wide document frequencies, with its
 * size and publication days: what {@link IncrementalClusterer} keeps per story, in a form that stories
 * made by separate runs (the blocks of a run split across machines) can be compared in. The similarity is
 * the clusterer's story-to-story average link, so two parts of one story cut apart by blocking score as
 * they would have in one run. Also the article-level helpers a blocking step needs: the keys of an
 * article's terms and its heaviest ones. Immutable and thread-safe.
 */
public final class StoryProfile {
    private static final long[] KINDS = IncrementalClusterer.KINDS;
    private static final long LEAD_NAMES = IncrementalClusterer.LEAD_NAMES;
    private static final long LEAD_FIGURES = IncrementalClusterer.LEAD_FIGURES;

    private final long[][] keys;
    private final float[][] sums;
    private final int size;
    private final Long minDay;
    private final Long maxDay;

    /**
     * @param keys   per view, the term keys, ascending
     * @param sums   per view, the summed unit vectors' weights, one per key
     * @param size   articles in the story
     * @param minDay first publication day (epoch day), or null when no article is dated
     * @param maxDay last publication day, or null
     */
    public StoryProfile(long[][] keys, float[][] sums, int size, Long minDay, Long maxDay) {
        if (keys.length != IncrementalClusterer.VIEWS || sums.length != IncrementalClusterer.VIEWS || size < 1) {
            throw new IllegalArgumentException("one key and sum array per view and at least one article");
        }
        this.keys = new long[keys.length][];
        this.sums = new float[sums.length][];
        for (int v = 0; v < keys.length; v++) {
            if (keys[v].length != sums[v].length) {
                throw new IllegalArgumentException("keys and sums differ in length in view " + v);
            }
            this.keys[v] = keys[v].clone();
            this.sums[v] = sums[v].clone();
        }
        this.size = size;
        this.minDay = minDay;
        this.maxDay = maxDay;
    }

    /** The profile of a story of these articles. */
    public static StoryProfile of(List<ArticleFeatures> articles, DocumentFrequencies df) {
        Objects.requireNonNull(df, "df");
        List<Map<Long, Float>> views = new ArrayList<>();
        for (int v = 0; v < IncrementalClusterer.VIEWS; v++) {
            views.add(new HashMap<>());
        }
        Long min = null;
        Long max = null;
        for (ArticleFeatures f : articles) {
            Terms[] terms = views(f);
            for (int v = 0; v < terms.length; v++) {
                float[] unit = unitTfIdf(terms[v], KINDS[v], df);
                for (int i = 0; i < unit.length; i++) {
                    views.get(v).merge(terms[v].key(i) ^ KINDS[v], unit[i], Float::sum);
                }
            }
            if (f.day() != null) {
                min = min == null ? f.day() : Math.min(min, f.day());
                max = max == null ? f.day() : Math.max(max, f.day());
            }
        }
        long[][] keys = new long[IncrementalClusterer.VIEWS][];
        float[][] sums = new float[IncrementalClusterer.VIEWS][];
        for (int v = 0; v < keys.length; v++) {
            keys[v] = views.get(v).keySet().stream().mapToLong(Long::longValue).sorted().toArray();
            sums[v] = new float[keys[v].length];
            for (int i = 0; i < keys[v].length; i++) {
                sums[v][i] = views.get(v).get(keys[v][i]);
            }
        }
        return new StoryProfile(keys, sums, articles.size(), min, max);
    }

    /**
     * The clusterer's story-to-story similarity (average link of the weighted views, damped when the
     * stories' dates lie far apart), under this profile's and {@code other}'s document frequencies.
     */
    public double similarity(StoryProfile other, ClusterSettings settings) {
        double[] weights = {settings.wordWeight(), settings.nameWeight(), settings.numberWeight()};
        double[] dots = new double[IncrementalClusterer.VIEWS];
        for (int v = 0; v < dots.length; v++) {
            dots[v] = keys[v].length == 0 || other.keys[v].length == 0 ? Double.NaN : dot(v, other);
        }
        double s = IncrementalClusterer.averageLink(weights, dots, size, other.size);
        return minDay == null ? s
                : s * IncrementalClusterer.timeFactor(minDay, maxDay, other.minDay, other.maxDay, settings);
    }

    private double dot(int v, StoryProfile other) {
        long[] a = keys[v];
        long[] b = other.keys[v];
        double sum = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                sum += (double) sums[v][i++] * other.sums[v][j++];
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    /**
     * The keys of the article's distinct terms as {@link DocumentFrequencies} names them: those of the three
     * views, the figures with the publication year and month (as figures), and the lead's names and
     * figures (kinds of their own): every term the clusterer counts document frequencies of.
     */
    public static long[] termKeys(ArticleFeatures f) {
        Set<Long> out = new HashSet<>();
        Terms[] terms = views(f);
        for (int v = 0; v < terms.length; v++) {
            addKeys(out, terms[v], KINDS[v]);
        }
        addKeys(out, f.datedNumbers(), KINDS[2]);
        addKeys(out, f.leadNames(), LEAD_NAMES);
        addKeys(out, f.leadNumbers(), LEAD_FIGURES);
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    private static void addKeys(Set<Long> out, Terms terms, long kind) {
        for (int i = 0; i < terms.size(); i++) {
            out.add(terms.key(i) ^ kind);
        }
    }

    /**
     * The article's {@code n} heaviest terms, weighed as the clusterer weighs the terms it looks stories up
     * by (view weight times unit TF-IDF), among those held by at least 2 and at most {@code maxDf} articles:
     * a term only one article has links nothing, and one most articles have links everything.
     */
    public static long[] salientKeys(ArticleFeatures f, DocumentFrequencies df, ClusterSettings settings, int n,
                                     int maxDf) {
        double[] weights = {settings.wordWeight(), settings.nameWeight(), settings.numberWeight()};
        Terms[] terms = views(f);
        List<Weighted> ranked = new ArrayList<>();
        for (int v = 0; v < terms.length; v++) {
            float[] unit = unitTfIdf(terms[v], KINDS[v], df);
            for (int i = 0; i < unit.length; i++) {
                long key = terms[v].key(i) ^ KINDS[v];
                int d = df.df(key);
                if (d >= 2 && d <= maxDf) {
                    ranked.add(new Weighted(key, weights[v] * unit[i]));
                }
            }
        }
        // heaviest first; ties by key, so the choice does not depend on the order of a bag
        ranked.sort((x, y) -> x.weight == y.weight ? Long.compare(x.key, y.key) : Double.compare(y.weight, x.weight));
        return ranked.stream().limit(n).mapToLong(Weighted::key).toArray();
    }

    private record Weighted(long key, double weight) {
    }

    private static Terms[] views(ArticleFeatures f) {
        return new Terms[]{f.words(), f.names(), f.numbers()};
    }

    private static float[] unitTfIdf(Terms terms, long kind, DocumentFrequencies df) {
        float[] values = new float[terms.size()];
        double norm = 0;
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (Math.log(1 + terms.weight(i)) * df.idf(terms.key(i) ^ kind));
            norm += values[i] * values[i];
        }
        float len = (float) Math.sqrt(norm);
        for (int i = 0; i < values.length && len > 0; i++) {
            values[i] /= len;
        }
        return values;
    }

    public long[] keys(int view) {
        return keys[view].clone();
    }

    public float[] sums(int view) {
        return sums[view].clone();
    }

    public int size() {
        return size;
    }

    public Long minDay() {
        return minDay;
    }

    public Long maxDay() {
        return maxDay;
    }
}
