package org.parallax.cluster;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * A bag of terms of one view of an article, each with its weight (lead-boosted term frequency).
 * Arrays are copied on the way in and never exposed for writing.
 */
public record Terms(String[] terms, float[] weights) {
    public Terms {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(weights, "weights");
        if (terms.length != weights.length) {
            throw new IllegalArgumentException("terms and weights differ in length");
        }
        terms = terms.clone();
        weights = weights.clone();
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
