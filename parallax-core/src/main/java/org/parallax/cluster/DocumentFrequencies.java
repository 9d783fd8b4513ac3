package org.parallax.cluster;

/**
 * Document frequencies of a whole corpus, fixed in advance, for comparing what separate clustering runs
 * over parts of it (blocks of a run split across machines) made. Terms are named by the keys of
 * {@link StoryProfile#termKeys}. Implementations are immutable and thread-safe.
 */
public interface DocumentFrequencies {
    /** Articles in the corpus. */
    long documents();

    /** Articles holding the term; 1 for a term the table does not hold (a table may leave them out). */
    int df(long termKey);

    /** Smoothed inverse document frequency, as the clusterer computes it from its own counts. */
    default double idf(long termKey) {
        return Math.log(1.0 + (documents() + 1.0) / (df(termKey) + 0.5));
    }
}
