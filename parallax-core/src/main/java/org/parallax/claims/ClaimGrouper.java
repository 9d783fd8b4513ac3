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
 * dimensions for n candidates; about 1 ms per 1,000 pairs.
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
        List<List<Candidate>> out = new ArrayList<>();
        groups.forEach(g -> out.add(g.stream().map(candidates::get).toList()));
        return out;
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
