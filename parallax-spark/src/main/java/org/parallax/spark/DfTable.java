package org.parallax.spark;

import org.parallax.cluster.DocumentFrequencies;

import java.util.Arrays;

/**
 * Corpus-wide document frequencies of the terms at least two articles hold, counted by a Spark
 * aggregation and broadcast to every task: a sorted array of term keys and one of counts (12 bytes a
 * term). A term the table lacks is held by one article. Immutable and thread-safe.
 */
final class DfTable implements DocumentFrequencies, java.io.Serializable {
    private final long[] keys;
    private final int[] counts;
    private final long documents;

    /** @param keys term keys, ascending, each once; {@code counts} one per key */
    DfTable(long[] keys, int[] counts, long documents) {
        if (keys.length != counts.length) {
            throw new IllegalArgumentException("one count per key");
        }
        this.keys = keys;
        this.counts = counts;
        this.documents = documents;
    }

    @Override
    public long documents() {
        return documents;
    }

    @Override
    public int df(long termKey) {
        int i = Arrays.binarySearch(keys, termKey);
        return i >= 0 ? counts[i] : 1;
    }

    int size() {
        return keys.length;
    }
}
