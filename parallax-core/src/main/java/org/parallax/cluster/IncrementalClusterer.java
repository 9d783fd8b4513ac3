package org.parallax.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Online event clustering: each arriving article joins the story it is most similar to, or starts one;
 * two stories merge when the evidence of their articles makes them similar enough. Candidate stories
 * come from an inverted index over each article's heaviest terms (no all-pairs comparison); the scorer
 * is the average-link similarity of TF-IDF views (words, names, figures), computed from per-story
 * summed vectors, damped when publication dates lie far apart.
 *
 * <p>Per-run state lives in the instance: not thread-safe, one instance per run. Work per article is
 * bounded: {@link ClusterSettings#candidateTerms()} times {@link ClusterSettings#maxPostings()} postings
 * read, and at most {@link #MAX_SCORED} stories scored.
 */
public final class IncrementalClusterer {
    static final int VIEWS = 3;
    /** Index, after the views, of the vector of lead names and figures that only the splitter reads. */
    static final int LEAD = VIEWS;
    /** Index, after the lead, of the figures with the publication year and month, for the splitter alone. */
    static final int DATED = VIEWS + 1;
    /** Vocabulary kinds of the views' terms, then of the lead's names and figures (their own frequencies). */
    static final long[] KINDS = {Vocabulary.kind("w:"), Vocabulary.kind("n:"), Vocabulary.kind("d:")};
    static final long LEAD_NAMES = Vocabulary.kind("ln:");
    static final long LEAD_FIGURES = Vocabulary.kind("ld:");
    /**
     * Candidate stories scored in full per article: those holding most of its heaviest terms. On the dev
     * topics 5 to 40 give the same stories; scoring is most of an article's cost, and where many stories
     * share vocabulary (100k generated articles: 46 candidates each) 40 made it grow with the corpus.
     */
    static final int MAX_SCORED = 10;
    /** Stories of at most this many articles after the online pass are stragglers (see joinStragglers). */
    static final int STRAGGLER = 2;

    private final ClusterSettings settings;
    private final double[] weights;
    private final Vocabulary vocabulary;
    private final List<String> ids = new ArrayList<>();
    private final List<Story> stories = new ArrayList<>();
    /** Story of each story id after merges (union-find parent). */
    private int[] parent = new int[64];
    private int[] storyOf = new int[64];
    private final Map<Integer, IntList> postings = new HashMap<>();
    private final List<SparseVector[]> vectors = new ArrayList<>();
    private final StorySplitter splitter;

    public IncrementalClusterer(ClusterSettings settings) {
        this(settings, null);
    }

    /**
     * A clusterer whose IDF comes from {@code background}, the document frequencies of a whole corpus,
     * instead of the articles it has seen: for clustering a small part of a corpus (the stories a block
     * border cut apart, put together again) as it would be clustered among all of it.
     */
    public IncrementalClusterer(ClusterSettings settings, DocumentFrequencies background) {
        this.settings = settings;
        this.vocabulary = new Vocabulary(background);
        this.weights = new double[]{settings.wordWeight(), settings.nameWeight(), settings.numberWeight()};
        this.splitter = new StorySplitter(new int[]{0, 1, DATED, LEAD},
                new double[]{settings.splitWords(), settings.splitNames(), settings.splitNumbers(), settings.splitLead()},
                settings.splitMinSimilarity(), settings.splitMinShare(), settings.splitMinSide());
    }

    /** Adds one article; gives its arrival index. */
    public int add(ArticleFeatures features) {
        int doc = ids.size();
        ids.add(features.id());
        SparseVector[] vectors = vectors(features);
        this.vectors.add(vectors);
        Map<Integer, Double> scores = new LinkedHashMap<>();
        for (int story : bestVoted(votes(List.<SparseVector[]>of(vectors)), MAX_SCORED)) {
            scores.put(story, similarity(vectors, features.day(), stories.get(story)));
        }
        int best = -1;
        double bestScore = settings.join();
        for (var e : scores.entrySet()) {
            if (e.getValue() >= bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        if (best < 0) {
            best = newStory();
        }
        stories.get(best).add(doc, vectors, features.day());
        setStory(doc, best);
        for (int term : candidateTerms(vectors, 1)) {
            IntList list = postings.computeIfAbsent(term, t -> new IntList());
            if (list.size() == 0 || find(list.get(list.size() - 1)) != best) {
                list.add(best);
            }
        }
        mergeAround(best, scores);
        return doc;
    }

    /** The stories so far, as arrival indices, each in arrival order, stories ordered by first article. */
    public List<List<Integer>> groups() {
        List<List<Integer>> refined = new ArrayList<>();
        topics().forEach(refined::addAll);
        refined.sort(java.util.Comparator.comparing(g -> g.get(0)));
        return refined;
    }

    /**
     * The stories so far by topic: for each story of the join/merge pass, the events the splitter found
     * in it (arrival indices). The events of one topic are candidates for related stories.
     */
    public List<List<List<Integer>>> topics() {
        Map<Integer, List<Integer>> out = new LinkedHashMap<>();
        for (int doc = 0; doc < ids.size(); doc++) {
            out.computeIfAbsent(find(storyOf[doc]), k -> new ArrayList<>()).add(doc);
        }
        joinStragglers(out);
        List<List<List<Integer>>> topics = new ArrayList<>();
        for (List<Integer> g : out.values()) {
            topics.add(splitter.split(g, vectors));
        }
        return topics;
    }

    public String id(int doc) {
        return ids.get(doc);
    }

    public int size() {
        return ids.size();
    }

    /**
     * Votes for candidate stories: how many of the articles' heaviest terms (those at least two articles
     * have) each story holds, reading at most {@link ClusterSettings#maxPostings()} latest stories per term.
     */
    private Map<Integer, Integer> votes(List<SparseVector[]> articles) {
        Map<Integer, Integer> votes = new LinkedHashMap<>();
        for (SparseVector[] article : articles) {
            for (int term : candidateTerms(article, 2)) {
                IntList list = postings.get(term);
                for (int k = list == null ? -1 : list.size() - 1, seen = 0; k >= 0 && seen < settings.maxPostings(); k--, seen++) {
                    votes.merge(find(list.get(k)), 1, Integer::sum);
                }
            }
        }
        return votes;
    }

    /** The {@code limit} stories with most votes, ties to the older story: only these are scored in full. */
    private static List<Integer> bestVoted(Map<Integer, Integer> votes, int limit) {
        return votes.entrySet().stream()
                .sorted((x, y) -> x.getValue().equals(y.getValue()) ? Integer.compare(x.getKey(), y.getKey())
                        : Integer.compare(y.getValue(), x.getValue()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * Stragglers (stories of at most {@link #STRAGGLER} articles) that the online pass left apart join the
     * larger story they are most similar to, when it reaches {@link ClusterSettings#stragglerJoin()} and
     * beats the runner-up {@link ClusterSettings#stragglerMargin()} times. A short report is far from the
     * average of a large, varied story even when it tells the same event, so it may have started a story
     * of its own; by the end, the story it belongs to stands out among its candidates. Reads the final
     * state only and changes nothing, so batch and one-by-one arrival still agree.
     *
     * @param stories the online pass's stories by root, each in arrival order; changed in place
     */
    private void joinStragglers(Map<Integer, List<Integer>> stories) {
        Map<Integer, Integer> target = new LinkedHashMap<>();
        for (var e : stories.entrySet()) {
            if (e.getValue().size() > STRAGGLER) {
                continue;
            }
            Map<Integer, Integer> votes = votes(e.getValue().stream().map(vectors::get).toList());
            votes.keySet().removeIf(s -> s == e.getKey().intValue() || this.stories.get(s).size <= STRAGGLER);
            double best = 0;
            double second = 0;
            int bestStory = -1;
            for (int s : bestVoted(votes, MAX_SCORED)) {
                double sim = storySimilarity(this.stories.get(e.getKey()), this.stories.get(s));
                if (sim > best) {
                    second = best;
                    best = sim;
                    bestStory = s;
                } else if (sim > second) {
                    second = sim;
                }
            }
            if (bestStory >= 0 && best >= settings.stragglerJoin() && best >= settings.stragglerMargin() * second) {
                target.put(e.getKey(), bestStory);
            }
        }
        target.forEach((straggler, story) -> {
            List<Integer> joined = stories.get(story);
            joined.addAll(stories.remove(straggler));
            joined.sort(null);
        });
    }

    private void mergeAround(int story, Map<Integer, Double> scores) {
        int root = find(story);
        for (var e : scores.entrySet()) {
            int other = find(e.getKey());
            if (other == root || e.getValue() < settings.merge() * 0.5) {
                continue;
            }
            if (storySimilarity(stories.get(root), stories.get(other)) >= settings.merge()) {
                int big = stories.get(root).size >= stories.get(other).size ? root : other;
                int small = big == root ? other : root;
                stories.get(big).absorb(stories.get(small));
                stories.set(small, null);
                parent[small] = big;
                root = big;
            }
        }
    }

    private double similarity(SparseVector[] doc, Long day, Story story) {
        double sum = 0;
        double weight = 0;
        for (int v = 0; v < VIEWS; v++) {
            if (doc[v].size() == 0 || weights[v] == 0) {
                continue;
            }
            sum += weights[v] * doc[v].dot(story.sums[v]) / story.size;
            weight += weights[v];
        }
        double s = weight == 0 ? 0 : sum / weight;
        return s * timeFactor(day, day, story);
    }

    private double storySimilarity(Story a, Story b) {
        double[] dots = new double[VIEWS];
        for (int v = 0; v < VIEWS; v++) {
            dots[v] = a.sums[v].size() == 0 || b.sums[v].size() == 0 ? Double.NaN : a.sums[v].dot(b.sums[v]);
        }
        double s = averageLink(weights, dots, a.size, b.size);
        return a.hasDays() ? s * timeFactor(a.minDay, a.maxDay, b.hasDays() ? b.minDay : null, b.maxDay, settings) : s;
    }

    /**
     * Story-to-story average link: the views' weighted mean of the dot products of the two stories' summed
     * unit vectors over {@code sizeA * sizeB}; a view either story lacks ({@code NaN}) or weighted 0 is left
     * out. Shared with {@link StoryProfile}, which compares stories of separate runs.
     */
    static double averageLink(double[] weights, double[] dots, int sizeA, int sizeB) {
        double sum = 0;
        double weight = 0;
        for (int v = 0; v < dots.length; v++) {
            if (Double.isNaN(dots[v]) || weights[v] == 0) {
                continue;
            }
            sum += weights[v] * dots[v] / ((double) sizeA * sizeB);
            weight += weights[v];
        }
        return weight == 0 ? 0 : sum / weight;
    }

    private double timeFactor(Long from, Long to, Story story) {
        return from == null || !story.hasDays() ? 1 : timeFactor(from, to, story.minDay, story.maxDay, settings);
    }

    /**
     * What a similarity is multiplied by for two spans of publication days: {@link ClusterSettings#farFactor()}
     * when they lie more than {@link ClusterSettings#maxGapDays()} apart, else 1; 1 when either is unknown.
     */
    static double timeFactor(Long from, Long to, Long otherFrom, Long otherTo, ClusterSettings settings) {
        if (from == null || otherFrom == null) {
            return 1;
        }
        long gap = Math.max(0, Math.max(otherFrom - to, from - otherTo));
        return gap > settings.maxGapDays() ? settings.farFactor() : 1;
    }

    /**
     * The article's TF-IDF unit vectors: one per view, then ({@link #LEAD}) its lead names and figures for
     * the splitter alone. Lead terms have their own document frequencies: how rare it is to lead with a name
     * is what tells events apart, and that is rarer than naming it somewhere.
     */
    private SparseVector[] vectors(ArticleFeatures f) {
        Terms[] views = {f.words(), f.names(), f.numbers()};
        vocabulary.countDocument();
        SparseVector[] out = new SparseVector[DATED + 1];
        int[][] ids = new int[VIEWS][];
        for (int v = 0; v < VIEWS; v++) {
            ids[v] = countedIds(views[v], KINDS[v]);
            out[v] = unitVector(ids[v], tfIdf(ids[v], views[v]));
        }
        int[] nameIds = countedIds(f.leadNames(), LEAD_NAMES);
        int[] figureIds = countedIds(f.leadNumbers(), LEAD_FIGURES);
        out[LEAD] = unitVector(concat(nameIds, figureIds),
                concat(tfIdf(nameIds, f.leadNames()), tfIdf(figureIds, f.leadNumbers())));
        // the figures' own ids, so a publication year meets the same year stated in another article's text;
        // counted in the same document frequencies, a year or month many articles were published in weighs
        // less in the join as well, where a figure that common tells stories apart poorly anyway
        int[] datedIds = new int[f.datedNumbers().size()];
        for (int i = 0; i < datedIds.length; i++) {
            int id = vocabulary.id(KINDS[2], f.datedNumbers().key(i));
            datedIds[i] = id;
            if (Arrays.stream(ids[2]).noneMatch(stated -> stated == id)) {
                vocabulary.countTerm(id); // a publication figure not also stated
            }
        }
        out[DATED] = unitVector(datedIds, tfIdf(datedIds, f.datedNumbers()));
        return out;
    }

    /** The vocabulary ids of the terms, each counted once more in the document frequencies. */
    private int[] countedIds(Terms terms, long kind) {
        int[] ids = new int[terms.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = vocabulary.id(kind, terms.key(i));
            vocabulary.countTerm(ids[i]);
        }
        return ids;
    }

    private float[] tfIdf(int[] ids, Terms terms) {
        float[] values = new float[ids.length];
        for (int i = 0; i < ids.length; i++) {
            values[i] = (float) (Math.log(1 + terms.weight(i)) * vocabulary.idf(ids[i]));
        }
        return values;
    }

    private static SparseVector unitVector(int[] ids, float[] values) {
        double norm = 0;
        for (float w : values) {
            norm += w * w;
        }
        float len = (float) Math.sqrt(norm);
        for (int i = 0; i < values.length && len > 0; i++) {
            values[i] /= len;
        }
        return new SparseVector(ids, values);
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static float[] concat(float[] a, float[] b) {
        float[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * The heaviest terms of the article across views (view weight times TF-IDF weight) among those in
     * at least {@code minDf} articles: 2 to look up stories (a term only this article has finds none),
     * 1 to index the article's story.
     */
    private int[] candidateTerms(SparseVector[] vectors, int minDf) {
        int total = 0;
        for (int v = 0; v < VIEWS; v++) {
            total += vectors[v].size();
        }
        long[] ranked = new long[total];
        int[] termIds = new int[total];
        int k = 0;
        for (int v = 0; v < VIEWS; v++) {
            for (int i = 0; i < vectors[v].size(); i++) {
                if (vocabulary.df(vectors[v].ids()[i]) < minDf) {
                    continue;
                }
                float w = (float) (vectors[v].values()[i] * weights[v]);
                ranked[k] = ((long) Float.floatToIntBits(w) << 32) | k;
                termIds[k++] = vectors[v].ids()[i];
            }
        }
        long[] top = Arrays.copyOf(ranked, k);
        Arrays.sort(top);
        int n = Math.min(settings.candidateTerms(), k);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = termIds[(int) top[k - 1 - i]];
        }
        return out;
    }

    private int newStory() {
        int s = stories.size();
        stories.add(new Story());
        if (s >= parent.length) {
            parent = Arrays.copyOf(parent, parent.length * 2);
        }
        parent[s] = s;
        return s;
    }

    private void setStory(int doc, int story) {
        if (doc >= storyOf.length) {
            storyOf = Arrays.copyOf(storyOf, storyOf.length * 2);
        }
        storyOf[doc] = story;
    }

    private int find(int s) {
        while (parent[s] != s) {
            parent[s] = parent[parent[s]];
            s = parent[s];
        }
        return s;
    }

    /** A story's running sums. */
    private static final class Story {
        final IntFloatMap[] sums = {new IntFloatMap(64), new IntFloatMap(16), new IntFloatMap(8)};
        int size;
        long minDay = Long.MAX_VALUE;
        long maxDay = Long.MIN_VALUE;

        void add(int doc, SparseVector[] vectors, Long day) {
            for (int v = 0; v < VIEWS; v++) {
                vectors[v].addTo(sums[v]);
            }
            size++;
            if (day != null) {
                minDay = Math.min(minDay, day);
                maxDay = Math.max(maxDay, day);
            }
        }

        void absorb(Story other) {
            for (int v = 0; v < VIEWS; v++) {
                sums[v].addAll(other.sums[v]);
            }
            size += other.size;
            minDay = Math.min(minDay, other.minDay);
            maxDay = Math.max(maxDay, other.maxDay);
        }

        boolean hasDays() {
            return minDay <= maxDay;
        }
    }
}
