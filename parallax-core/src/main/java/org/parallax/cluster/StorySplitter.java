package org.parallax.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a story that holds two look-alike events. Look-alikes (two rehab check-ins, two earthquakes)
 * share the topic's vocabulary but not the specific people, places and figures, so inside one story the
 * articles form two dense communities with little between them. The splitter bisects the story by
 * average-link two-means over a similarity that weighs names and figures, and keeps the split when the
 * similarity between the halves is well below that within them; then it tries each half again.
 *
 * <p>Quadratic in the size of one story (capped at {@link #MAX_SIZE}); pure and thread-safe.
 */
final class StorySplitter {
    static final int MAX_SIZE = 400;
    private static final int ROUNDS = 20;

    private final double[] weights;
    private final double ratio;
    private final int minSide;

    /**
     * @param weights view weights of the splitting similarity (words, names, figures)
     * @param ratio   a split is kept when between-halves similarity is below {@code ratio} times within
     * @param minSide fewest articles each half must have
     */
    StorySplitter(double[] weights, double ratio, int minSide) {
        this.weights = weights.clone();
        this.ratio = ratio;
        this.minSide = minSide;
    }

    /** The groups of {@code members} (indices into {@code vectors}), each in the order given. */
    List<List<Integer>> split(List<Integer> members, List<SparseVector[]> vectors) {
        List<List<Integer>> out = new ArrayList<>();
        if (members.size() < 2 * minSide || members.size() > MAX_SIZE) {
            out.add(members);
            return out;
        }
        double[][] sim = similarities(members, vectors);
        List<Integer> local = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            local.add(i);
        }
        for (List<Integer> part : recurse(local, sim)) {
            List<Integer> g = new ArrayList<>();
            part.forEach(i -> g.add(members.get(i)));
            out.add(g);
        }
        return out;
    }

    private List<List<Integer>> recurse(List<Integer> docs, double[][] sim) {
        List<List<Integer>> out = new ArrayList<>();
        if (docs.size() < 2 * minSide) {
            out.add(docs);
            return out;
        }
        boolean[] side = bisect(docs, sim);
        List<Integer> a = new ArrayList<>();
        List<Integer> b = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            (side[i] ? b : a).add(docs.get(i));
        }
        if (a.size() < minSide || b.size() < minSide) {
            out.add(docs);
            return out;
        }
        double within = (mean(a, a, sim) * pairs(a) + mean(b, b, sim) * pairs(b)) / (pairs(a) + pairs(b));
        double between = mean(a, b, sim);
        if (between >= ratio * within) {
            out.add(docs);
            return out;
        }
        out.addAll(recurse(a, sim));
        out.addAll(recurse(b, sim));
        return out;
    }

    /** Two-means by average link, seeded with the two least similar articles found from the first. */
    private static boolean[] bisect(List<Integer> docs, double[][] sim) {
        int n = docs.size();
        int seedA = 0;
        for (int i = 1; i < n; i++) {
            if (sim[docs.get(0)][docs.get(i)] < sim[docs.get(0)][docs.get(seedA)]) {
                seedA = i;
            }
        }
        int seedB = seedA == 0 ? 1 : 0;
        for (int i = 0; i < n; i++) {
            if (i != seedA && sim[docs.get(seedA)][docs.get(i)] < sim[docs.get(seedA)][docs.get(seedB)]) {
                seedB = i;
            }
        }
        boolean[] side = new boolean[n];
        for (int i = 0; i < n; i++) {
            side[i] = sim[docs.get(i)][docs.get(seedB)] > sim[docs.get(i)][docs.get(seedA)];
        }
        for (int round = 0; round < ROUNDS; round++) {
            boolean changed = false;
            boolean[] next = new boolean[n];
            for (int i = 0; i < n; i++) {
                double sa = 0;
                double sb = 0;
                int na = 0;
                int nb = 0;
                for (int j = 0; j < n; j++) {
                    if (j == i) {
                        continue;
                    }
                    if (side[j]) {
                        sb += sim[docs.get(i)][docs.get(j)];
                        nb++;
                    } else {
                        sa += sim[docs.get(i)][docs.get(j)];
                        na++;
                    }
                }
                double ma = na == 0 ? 0 : sa / na;
                double mb = nb == 0 ? 0 : sb / nb;
                next[i] = mb > ma;
                changed |= next[i] != side[i];
            }
            side = next;
            if (!changed) {
                break;
            }
        }
        return side;
    }

    private static double pairs(List<Integer> g) {
        return g.size() * (g.size() - 1) / 2.0;
    }

    private static double mean(List<Integer> a, List<Integer> b, double[][] sim) {
        double sum = 0;
        int count = 0;
        for (int i : a) {
            for (int j : b) {
                if (i != j) {
                    sum += sim[i][j];
                    count++;
                }
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    private double[][] similarities(List<Integer> members, List<SparseVector[]> vectors) {
        int n = members.size();
        double[][] sim = new double[n][n];
        for (int v = 0; v < weights.length; v++) {
            if (weights[v] == 0) {
                continue;
            }
            List<IntFloatMap> maps = new ArrayList<>();
            for (int m : members) {
                IntFloatMap map = new IntFloatMap(vectors.get(m)[v].size());
                vectors.get(m)[v].addTo(map);
                maps.add(map);
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double s = weights[v] * vectors.get(members.get(i))[v].dot(maps.get(j));
                    sim[i][j] += s;
                    sim[j][i] += s;
                }
            }
        }
        return sim;
    }
}
