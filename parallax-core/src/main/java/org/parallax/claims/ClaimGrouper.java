package org.parallax.claims;

import org.parallax.internal.CosineMatrix;
import org.parallax.internal.Embeddings;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups candidate sentences that state the same claim: close in meaning (sentence embeddings, cosine at
 * least the threshold with every member: complete linkage), same polarity (a denial never joins an
 * assertion), one sentence per outlet, and no disagreement on figures or days (different figures are a
 * conflict or another claim, not the same one). Thread-safe.
 *
 * <p>Cost: each candidate is compared with the members of the groups formed so far, O(n·t) cosines of 384
 * dimensions for n candidates holding t distinct texts (a sentence a wire story gave many outlets is one
 * text; without copies t is n, and the cost quadratic), computed {@link #ROWS} candidates at a time in
 * parallel, three by three
 * ({@link CosineMatrix}: about 0.14 ms of CPU per 1,000 pairs on this project's two-core machine, against 0.3 ms
 * one pair at a time; 16,448 candidates, 135 M pairs, 8.8-9.3 s on two cores against about 20 s, when every
 * candidate was its own text). ECB+ dev's 772 articles run as four syndicated copies each (3,088 articles,
 * 32,896 candidates, 7,813 distinct texts): 128 M cosines instead of 541 M; the whole claims stage went
 * from 43 s warm and 93 s cold (a vector and a row per candidate) to 28-30 s. Memory O(t·d) for the
 * distinct texts' vectors as doubles (3 KB a text), and {@link #ROWS} rows of t cosines.
 */
final class ClaimGrouper {
    private final double threshold;

    ClaimGrouper(double threshold) {
        this.threshold = threshold;
    }

    List<List<Candidate>> group(List<Candidate> candidates) {
        int n = candidates.size();
        // each distinct text once: the copies of a wire story's sentence share one vector and its cosines
        java.util.Map<String, Integer> textIds = new java.util.HashMap<>();
        List<String> distinct = new ArrayList<>();
        int[] text = new int[n];
        int[] seen = new int[n + 1]; // seen[i]: how many distinct texts the first i candidates hold
        for (int i = 0; i < n; i++) {
            text[i] = textIds.computeIfAbsent(candidates.get(i).text(), t -> {
                distinct.add(t);
                return distinct.size() - 1;
            });
            seen[i + 1] = distinct.size();
        }
        CosineMatrix matrix = new CosineMatrix(Embeddings.embed(distinct));
        int[] documents = new int[n];
        java.util.Map<String, Integer> documentIds = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            documents[i] = documentIds.computeIfAbsent(candidates.get(i).document(), d -> documentIds.size());
        }
        List<List<Integer>> groups = new ArrayList<>();
        int[] slot = new int[n];
        double[][] rows = new double[0][];
        int rowsTo = 0;
        for (int i = 0; i < n; i++) {
            if (i >= rowsTo) {
                rowsTo = Math.min(n, i + ROWS);
                rows = rows(matrix, text, seen, slot, i, rowsTo);
            }
            double[] row = rows[slot[i]];
            int best = -1;
            double bestScore = threshold;
            for (int g = 0; g < groups.size(); g++) {
                double score = Double.MAX_VALUE;
                for (int j : groups.get(g)) {
                    double cosine = documents[j] == documents[i] ? 0 : row[text[j]]; // never compared with its own document
                    if (cosine < bestScore) {
                        score = -1; // the group's least cosine is below the best so far: it cannot be chosen
                        break;
                    }
                    if (!compatible(candidates.get(i), candidates.get(j))) {
                        score = -1;
                        break;
                    }
                    score = Math.min(score, cosine);
                }
                if (score >= bestScore) {
                    best = g;
                    bestScore = score;
                }
            }
            if (best >= 0) {
                groups.get(best).add(i);
            } else {
                List<Integer> fresh = new ArrayList<>();
                fresh.add(i);
                groups.add(fresh);
            }
        }
        List<List<Candidate>> out = new ArrayList<>();
        groups.forEach(g -> out.add(g.stream().map(candidates::get).toList()));
        return out;
    }

    /** Candidates whose cosines with every earlier candidate are computed together, in parallel. */
    static final int ROWS = 128;

    /**
     * The cosines of the candidates from {@code from} to {@code to} with every distinct text before them:
     * one row for each distinct text among them (whose index {@code slot} records for each candidate),
     * holding its cosines with the texts numbered below {@code seen[to - 1]}, computed in parallel.
     */
    private static double[][] rows(CosineMatrix matrix, int[] text, int[] seen, int[] slot, int from, int to) {
        java.util.Map<Integer, Integer> slots = new java.util.LinkedHashMap<>();
        for (int i = from; i < to; i++) {
            slot[i] = slots.computeIfAbsent(text[i], t -> slots.size());
        }
        int[] ids = slots.keySet().stream().mapToInt(Integer::intValue).toArray();
        return matrix.rows(ids, seen[to - 1]);
    }

    /** Two sentences may state the same claim: other outlets, same polarity, the same figures and days where both give them. */
    static boolean compatible(Candidate a, Candidate b) {
        if (a.document().equals(b.document()) || a.negated() != b.negated()) {
            return false;
        }
        if (!a.figures().isEmpty() && !b.figures().isEmpty()) {
            boolean shared = a.figures().stream().anyMatch(x -> b.figures().stream()
                    .anyMatch(y -> x.kind() == y.kind() && java.util.Objects.equals(x.unit(), y.unit()) && x.overlaps(y)));
            if (!shared) {
                return false;
            }
        }
        List<String> da = a.dates().stream().filter(d -> d.length() == 10).toList();
        List<String> db = b.dates().stream().filter(d -> d.length() == 10).toList();
        return da.isEmpty() || db.isEmpty() || da.stream().anyMatch(db::contains);
    }
}
