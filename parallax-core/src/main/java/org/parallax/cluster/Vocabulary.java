package org.parallax.cluster;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Term ids and document frequencies of one clustering run, grown as articles arrive, so IDF is always
 * that of the articles seen so far. Not thread-safe; one instance per run.
 */
final class Vocabulary {
    // one map per kind of term ("words", "lead names"...): the term strings come from the feature
    // extractor with their hash codes cached, where a prefixed key would be built and hashed anew each time
    private final Map<String, Map<String, Integer>> ids = new HashMap<>();
    private int size;
    private int[] df = new int[1024];
    private int documents;

    /** The id of a term of one kind; the same string in two kinds is two terms. */
    int id(String kind, String term) {
        Map<String, Integer> ofKind = ids.computeIfAbsent(kind, k -> new HashMap<>());
        Integer id = ofKind.get(term);
        if (id == null) {
            id = size++;
            ofKind.put(term, id);
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
        return size;
    }
}
