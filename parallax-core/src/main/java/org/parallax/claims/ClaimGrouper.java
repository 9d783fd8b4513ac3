package org.parallax.claims;

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
 * dimensions for n candidates (about 1 ms per 1,000 pairs), computed {@link #ROWS} candidates at a time in
 * parallel; memory O(n) beyond the vectors.
 */
final class ClaimGrouper {
    private final double threshold;

    ClaimGrouper(double threshold) {
        this.threshold = threshold;
    }

    List<List<Candidate>> group(List<Candidate> candidates) {
        List<float[]> vectors = Embeddings.embed(candidates.stream().map(Candidate::text).toList());
        List<List<Integer>> groups = new ArrayList<>();
        double[][] rows = new double[0][];
        int rowsFrom = 0;
        for (int i = 0; i < candidates.size(); i++) {
            if (i - rowsFrom >= rows.length) {
                rowsFrom = i;
                rows = rows(candidates, vectors, i, Math.min(candidates.size(), i + ROWS));
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
    private static double[][] rows(List<Candidate> candidates, List<float[]> vectors, int from, int to) {
        return java.util.stream.IntStream.range(from, to).parallel().mapToObj(i -> {
            double[] row = new double[i];
            String document = candidates.get(i).document();
            for (int j = 0; j < i; j++) {
                if (!document.equals(candidates.get(j).document())) {
                    row[j] = Embeddings.cosine(vectors.get(i), vectors.get(j));
                }
            }
            return row;
        }).toArray(double[][]::new);
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
