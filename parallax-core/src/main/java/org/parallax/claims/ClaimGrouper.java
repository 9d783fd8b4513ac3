package org.parallax.claims;

import org.parallax.internal.Embeddings;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups candidate sentences that state the same claim: close in meaning (sentence embeddings), same
 * polarity (a denial never joins an assertion), and no disagreement on numbers or days (different numbers
 * are a conflict or another claim, not the same one). Thread-safe.
 */
final class ClaimGrouper {
    private final double threshold;

    ClaimGrouper(double threshold) {
        this.threshold = threshold;
    }

    List<List<Candidate>> group(List<Candidate> candidates) {
        List<float[]> vectors = Embeddings.embed(candidates.stream().map(Candidate::text).toList());
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            int best = -1;
            double bestScore = threshold;
            for (int g = 0; g < groups.size(); g++) {
                double score = Double.MAX_VALUE;
                for (int j : groups.get(g)) {
                    if (!compatible(candidates.get(i), candidates.get(j))) {
                        score = -1;
                        break;
                    }
                    score = Math.min(score, Embeddings.cosine(vectors.get(i), vectors.get(j)));
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
        return groups.stream().map(g -> g.stream().map(candidates::get).toList()).toList();
    }

    /** Two sentences may state the same claim: same polarity, shared numbers and days where both give them. */
    static boolean compatible(Candidate a, Candidate b) {
        if (a.document().equals(b.document()) || a.negated() != b.negated()) {
            return false;
        }
        if (!a.quantities().isEmpty() && !b.quantities().isEmpty()) {
            boolean shared = a.quantities().stream().anyMatch(x -> b.quantities().stream()
                    .anyMatch(y -> x.kind() == y.kind() && Math.abs(x.value() - y.value()) <= 0.05 * Math.max(1, x.value())));
            if (!shared) {
                return false;
            }
        }
        List<String> da = a.dates().stream().filter(d -> d.length() == 10).toList();
        List<String> db = b.dates().stream().filter(d -> d.length() == 10).toList();
        return da.isEmpty() || db.isEmpty() || da.stream().anyMatch(db::contains);
    }
}
