package org.parallax.cluster;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Term ids and document frequencies of one clustering run, grown as articles arrive, so IDF is always
 * that of the articles seen so far. Not thread-safe; one instance per run.
 */
final class Vocabulary {
    private final Map<String, Integer> ids = new HashMap<>();
    private int[] df = new int[1024];
    private int documents;

    int id(String term) {
        Integer id = ids.get(term);
        if (id == null) {
            id = ids.size();
            ids.put(term, id);
            if (id >= df.length) {
                df = Arrays.copyOf(df, df.length * 2);
            }
        }
        return id;
    }

    /** Counts one more document holding these term ids (each once). */
    void count(int[] termIds) {
        documents++;
        for (int id : termIds) {
            df[id]++;
        }
    }

    void countDocument() {
        documents++;
    }

    void countTerm(int id) {
        df[id]++;
    }

    int documents() {
        return documents;
    }

    int df(int id) {
        return df[id];
    }

    /** Smoothed inverse document frequency. */
    double idf(int id) {
        return Math.log(1.0 + (documents + 1.0) / (df[id] + 0.5));
    }

    int size() {
        return ids.size();
    }
}
