package org.parallax.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a story that holds look-alike events. Look-alikes (two rehab check-ins, two earthquakes) share
 * the topic's vocabulary but not the specific people, places and figures. Inside one story the splitter
 * therefore re-clusters the articles by average link over a similarity that weighs names and figures
 * above words (and, as a view of its own, those of the title and lead, where an article names its event
 * while the body also carries background), stopping at {@code minSimilarity}; small groups then join their
 * nearest group, so a story is not shredded into stragglers; last, each article moves to the group it is
 * most similar to on average, undoing greedy early merges.
 *
 * <p>What counts as small grows with the story: {@code minShare} of its articles, at least one and at most
 * {@code maxMinSide}. A fixed least side would forbid any event smaller than it: a story of twelve
 * articles about four events, three each, would stay two stories of two events each, and a single
 * look-alike article could never leave the story it joined.
 *
 * <p>Quadratic (time and memory) in the size of one story; stories above {@link #MAX_SIZE} are left whole
 * (and say so: {@link EventGrouper#warnings}). Pure
 * and thread-safe.
 */
final class StorySplitter {
    /**
     * Stories above this are left whole: the splitter holds two n-by-n similarity matrices (16 MB at this
     * size). On 100,000 generated articles, where look-alike topics reach 544 articles, raising it from 400
     * to 1,000 took grouping from B-cubed F1 0.969 to 0.980 for 0.7 s more.
     */
    static final int MAX_SIZE = 1000;
    /** Rounds of re-assignment after agglomeration; it settles in two or three on the dev topics. */
    static final int REASSIGN_ROUNDS = 10;

    private final int[] views;
    private final double[] weights;
    private final double minSimilarity;
    private final double minShare;
    private final int maxMinSide;

    /**
     * @param views   which of each article's vectors the splitter compares
     * @param weights their weights in the splitting similarity
     * @param minSimilarity groups merge while their average similarity reaches this
     * @param minShare      groups smaller than this share of the story join their nearest group
     * @param maxMinSide    the least side never exceeds this, however large the story
     */
    StorySplitter(int[] views, double[] weights, double minSimilarity, double minShare, int maxMinSide) {
        if (views.length != weights.length) {
            throw new IllegalArgumentException("one weight per view");
        }
        this.views = views.clone();
        this.weights = weights.clone();
        this.minSimilarity = minSimilarity;
        this.minShare = minShare;
        this.maxMinSide = maxMinSide;
    }

    /** A story of this many articles is left whole: above {@link #MAX_SIZE}. */
    static boolean tooLarge(int size) {
        return size > MAX_SIZE;
    }

    /** The size below which a group of a story of {@code size} articles joins its nearest group. */
    int minSide(int size) {
        return Math.max(1, Math.min(maxMinSide, (int) Math.round(minShare * size)));
    }

    /** The groups of {@code members} (indices into {@code vectors}), each in the order given. */
    List<List<Integer>> split(List<Integer> members, List<SparseVector[]> vectors) {
        List<List<Integer>> out = new ArrayList<>();
        int minSide = minSide(members.size());
        if (members.size() < 2 * minSide || tooLarge(members.size())) {
            out.add(members);
            return out;
        }
        double[][] sim = similarities(members, vectors);
        for (List<Integer> part : reassigned(sim, agglomerate(sim, minSide))) {
            List<Integer> g = new ArrayList<>();
            part.forEach(i -> g.add(members.get(i)));
            out.add(g);
        }
        return out;
    }

    /**
     * Average-link agglomeration over the splitting similarity, stopping when no two groups reach
     * {@code minSimilarity}; groups smaller than {@code minSide} then join the group they are most similar to.
     */
    private List<List<Integer>> agglomerate(double[][] simIn, int minSide) {
        int n = simIn.length;
        double[][] sim = new double[n][];
        for (int i = 0; i < n; i++) {
            sim[i] = simIn[i].clone(); // merging overwrites rows with group averages
        }
        int[] size = new int[n];
        boolean[] alive = new boolean[n];
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            size[i] = 1;
            alive[i] = true;
            members.add(new ArrayList<>(List.of(i)));
        }
        mergeAbove(sim, size, alive, members, minSimilarity);
        // small leftovers join their nearest group whatever the similarity
        mergeSmall(sim, size, alive, members, minSide);
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (alive[i]) {
                members.get(i).sort(null);
                out.add(members.get(i));
            }
        }
        out.sort(java.util.Comparator.comparing(g -> g.get(0)));
        return out;
    }

    /**
     * Merges, by average link, every pair of groups whose similarity exceeds {@code floor}, in O(n²) by a
     * nearest-neighbour chain: average link is reducible (a merged group is never more similar to a third
     * than the nearer of its parts), so merging mutual nearest neighbours as the chain finds them gives the
     * groups that always merging the most similar pair would, without searching all pairs at every step.
     * On exact ties the two may differ (here the chain's previous link wins, then the lowest index); the
     * result is deterministic either way.
     */
    private static void mergeAbove(double[][] sim, int[] size, boolean[] alive, List<List<Integer>> members,
                                   double floor) {
        int n = sim.length;
        boolean[] settled = new boolean[n]; // nothing exceeds the floor with it, now or after later merges
        int[] chain = new int[n];
        int top = 0;
        int next = 0;
        while (true) {
            if (top == 0) {
                while (next < n && (!alive[next] || settled[next])) {
                    next++;
                }
                if (next == n) {
                    return;
                }
                chain[top++] = next;
            }
            int a = chain[top - 1];
            int previous = top > 1 ? chain[top - 2] : -1;
            // the chain's previous link wins ties, so the chain always ends in a mutual pair
            int nearest = previous;
            double best = previous >= 0 ? sim[a][previous] : floor;
            for (int j = 0; j < n; j++) {
                if (j != a && alive[j] && !settled[j] && sim[a][j] > best) {
                    best = sim[a][j];
                    nearest = j;
                }
            }
            if (nearest < 0) {
                settled[a] = true;
                top--;
            } else if (nearest == previous) {
                top -= 2;
                merge(sim, size, alive, members, Math.min(a, previous), Math.max(a, previous));
            } else {
                chain[top++] = nearest;
            }
        }
    }

    /** Merges the most similar pair of groups of which one is smaller than {@code small}, while there is one. */
    private static void mergeSmall(double[][] sim, int[] size, boolean[] alive, List<List<Integer>> members,
                                   int small) {
        int n = sim.length;
        while (true) {
            int bi = -1;
            int bj = -1;
            double best = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (!alive[i]) {
                    continue;
                }
                for (int j = i + 1; j < n; j++) {
                    if (alive[j] && sim[i][j] > best && (size[i] < small || size[j] < small)) {
                        best = sim[i][j];
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                return;
            }
            merge(sim, size, alive, members, bi, bj);
        }
    }

    /** Group {@code j} joins group {@code i}; the similarities of {@code i} become those of the union. */
    private static void merge(double[][] sim, int[] size, boolean[] alive, List<List<Integer>> members, int i, int j) {
        for (int k = 0; k < sim.length; k++) {
            double s = (sim[i][k] * size[i] + sim[j][k] * size[j]) / (size[i] + size[j]);
            sim[i][k] = s;
            sim[k][i] = s;
        }
        size[i] += size[j];
        alive[j] = false;
        members.get(i).addAll(members.get(j));
    }

    /**
     * Moves each article to the group whose other members it is most similar to on average, all at once,
     * until nothing moves (or {@link #REASSIGN_ROUNDS} rounds): agglomeration merges greedily, and an
     * article merged early along with a look-alike neighbour is brought back to its own event.
     */
    private static List<List<Integer>> reassigned(double[][] sim, List<List<Integer>> groups) {
        int n = sim.length;
        int k = groups.size();
        if (k < 2) {
            return groups;
        }
        int[] groupOf = new int[n];
        for (int g = 0; g < k; g++) {
            for (int i : groups.get(g)) {
                groupOf[i] = g;
            }
        }
        for (int round = 0; round < REASSIGN_ROUNDS; round++) {
            int[] size = new int[k];
            for (int g : groupOf) {
                size[g]++;
            }
            int[] next = groupOf.clone();
            boolean moved = false;
            for (int i = 0; i < n; i++) {
                int own = groupOf[i];
                if (size[own] < 2) {
                    continue; // a group is never emptied
                }
                double[] sum = new double[k];
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        sum[groupOf[j]] += sim[i][j];
                    }
                }
                double bestAverage = sum[own] / (size[own] - 1);
                for (int g = 0; g < k; g++) {
                    if (g != own && sum[g] / size[g] > bestAverage) {
                        bestAverage = sum[g] / size[g];
                        next[i] = g;
                    }
                }
                moved |= next[i] != own;
            }
            groupOf = next;
            if (!moved) {
                break;
            }
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int g = 0; g < k; g++) {
            out.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            out.get(groupOf[i]).add(i);
        }
        out.removeIf(List::isEmpty);
        out.sort(java.util.Comparator.comparing(g -> g.get(0)));
        return out;
    }

    /** Pairwise splitting similarity of the members: weighted view cosines, normalised by the view weights. */
    private double[][] similarities(List<Integer> members, List<SparseVector[]> vectors) {
        int n = members.size();
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double[][] sim = new double[n][n];
        for (int v = 0; v < weights.length; v++) {
            if (weights[v] != 0) {
                addProducts(sim, members, vectors, views[v], weights[v] / total);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                sim[j][i] = sim[i][j];
            }
        }
        return sim;
    }

    /**
     * Adds {@code weight} times the dot products of view {@code v} to the upper triangle of {@code sim}, term
     * by term: the members holding a term are listed together (one sort) and only pairs that share a term
     * are touched, where comparing every pair would look every term up in a hash map.
     */
    private static void addProducts(double[][] sim, List<Integer> members, List<SparseVector[]> vectors, int v,
                                    double weight) {
        int entries = 0;
        for (int m : members) {
            entries += vectors.get(m)[v].size();
        }
        long[] keys = new long[entries]; // term id, then entry number: one sort groups each term's holders
        int[] memberOf = new int[entries];
        double[] valueOf = new double[entries];
        int k = 0;
        for (int i = 0; i < members.size(); i++) {
            SparseVector vector = vectors.get(members.get(i))[v];
            for (int t = 0; t < vector.size(); t++) {
                memberOf[k] = i;
                valueOf[k] = vector.values()[t];
                keys[k] = ((long) vector.ids()[t] << 32) | k;
                k++;
            }
        }
        java.util.Arrays.sort(keys);
        // entries were numbered member by member, so each term's holders come in member order
        int[] holder = new int[members.size()];
        double[] value = new double[members.size()];
        for (int from = 0; from < entries; ) {
            int to = from;
            int count = 0;
            while (to < entries && keys[to] >>> 32 == keys[from] >>> 32) {
                int entry = (int) keys[to];
                holder[count] = memberOf[entry];
                value[count++] = valueOf[entry];
                to++;
            }
            for (int a = 0; a < count; a++) {
                double[] row = sim[holder[a]];
                double weighted = weight * value[a];
                for (int b = a + 1; b < count; b++) {
                    row[holder[b]] += weighted * value[b];
                }
            }
            from = to;
        }
    }
}
