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
 * <p>Cost: each candidate is compared with the members of the groups formed so far, O(n²) cosines of 384
 * dimensions for n candidates, computed {@link #ROWS} candidates at a time in parallel, three by three
 * ({@link CosineMatrix}: about 0.14 ms of CPU per 1,000 pairs on this project's two-core machine, against 0.3 ms
 * one pair at a time; 16,448 candidates, 135 M pairs, 8.8-9.3 s on two cores against about 20 s); memory O(n·d)
 * for the vectors as doubles (3 KB a candidate).
 */
final class ClaimGrouper {
    private final double threshold;

    ClaimGrouper(double threshold) {
        this.threshold = threshold;
    }

    List<List<Candidate>> group(List<Candidate> candidates) {
        CosineMatrix matrix = new CosineMatrix(Embeddings.embed(candidates.stream().map(Candidate::text).toList()));
        int[] documents = new int[candidates.size()];
        java.util.Map<String, Integer> documentIds = new java.util.HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            documents[i] = documentIds.computeIfAbsent(candidates.get(i).document(), d -> documentIds.size());
        }
        List<List<Integer>> groups = new ArrayList<>();
        double[][] rows = new double[0][];
        int rowsFrom = 0;
        for (int i = 0; i < candidates.size(); i++) {
            if (i - rowsFrom >= rows.length) {
                rowsFrom = i;
                rows = rows(matrix, documents, i, Math.min(candidates.size(), i + ROWS));
            }
            double[] row = rows[i - rowsFrom];
            int best = -1;
            double bestScore = threshold;
            for (int g = 0; g < groups.size(); g++) {
                double score = Double.MAX_VALUE;
                for (int j : groups.get(g)) {
                    if (row[j] < bestScore) {
                        score = -1; // the group's least cosine is below the best so far: it cannot be chosen
                        break;
                    }
                    if (!compatible(candidates.get(i), candidates.get(j))) {
                        score = -1;
                        break;
                    }
                    score = Math.min(score, row[j]);
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
     * For each candidate from {@code from} to {@code to}, its cosines with every earlier candidate (0 for one
     * of its own document, which it is never compared with), the rows computed in parallel.
     */
    private static double[][] rows(CosineMatrix matrix, int[] documents, int from, int to) {
        double[][] rows = matrix.lowerRows(from, to);
        for (int i = from; i < to; i++) {
            double[] row = rows[i - from];
            for (int j = 0; j < i; j++) {
                if (documents[j] == documents[i]) {
                    row[j] = 0;
                }
            }
        }
        return rows;
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
