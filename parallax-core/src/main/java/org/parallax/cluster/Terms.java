package org.parallax.cluster;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * A bag of terms of one view of an article, each with its weight (lead-boosted term frequency) and its
 * 64-bit key. The keys are hashed here, in the parallel feature pass, so the sequential clusterer looks a
 * term up by one probe into a flat table instead of comparing strings scattered over the heap (that
 * comparison made the clusterer's time grow faster than its input as the vocabulary grew). Arrays are
 * copied on the way in and never exposed for writing.
 */
public final class Terms {
    private final String[] terms;
    private final float[] weights;
    private final long[] keys; // derived from the terms, never given

    public Terms(String[] terms, float[] weights) {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(weights, "weights");
        if (terms.length != weights.length) {
            throw new IllegalArgumentException("terms and weights differ in length");
        }
        this.terms = terms.clone();
        this.weights = weights.clone();
        this.keys = Arrays.stream(terms).mapToLong(Terms::key).toArray();
    }

    /**
     * A term's 64-bit key: FNV-1a over its chars, then MurmurHash3's finaliser. Two of ten million terms
     * share a key with odds of about one in 300,000, and would then only count as one term.
     */
    static long key(String term) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < term.length(); i++) {
            h = (h ^ term.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    static Terms of(Map<String, Float> counts) {
        String[] t = new String[counts.size()];
        float[] w = new float[counts.size()];
        int i = 0;
        for (var e : counts.entrySet()) {
            t[i] = e.getKey();
            w[i++] = e.getValue();
        }
        return new Terms(t, w);
    }

    public int size() {
        return terms.length;
    }

    public String term(int i) {
        return terms[i];
    }

    public float weight(int i) {
        return weights[i];
    }

    public long key(int i) {
        return keys[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Terms other && Arrays.equals(terms, other.terms) && Arrays.equals(weights, other.weights);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(terms) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "Terms" + Arrays.toString(terms);
    }
}
