package org.parallax.cluster;

import java.util.Arrays;

/**
 * Term ids and document frequencies of one clustering run, grown as articles arrive, so IDF is always
 * that of the articles seen so far. Terms are found by their 64-bit {@link Terms#key keys} in one flat
 * open-addressing table: a probe touches one slot, where a map of strings would touch a node, the stored
 * string and its bytes, each a likely cache miss once the vocabulary outgrows the cache. Not
 * thread-safe; one instance per run.
 */
final class Vocabulary {
    private static final long FREE = 0;
    private long[] keys = new long[1 << 12];
    private int[] slotIds = new int[1 << 12];
    private int size;
    private int[] df = new int[1024];
    private int documents;
    /** Corpus-wide frequencies that IDF is read from instead of this run's, or null. */
    private final DocumentFrequencies background;
    /** Each id's key, kept only for looking it up in {@link #background}. */
    private long[] idKeys;

    Vocabulary() {
        this(null);
    }

    Vocabulary(DocumentFrequencies background) {
        this.background = background;
        this.idKeys = background == null ? null : new long[1024];
    }

    /** The key of a kind of term ("w:" words, "ln:" lead names...), computed once by the caller, not per lookup. */
    static long kind(String name) {
        return Terms.key(name);
    }

    /** The id of a term of one {@link #kind kind}, by the term's key; the same term in two kinds is two terms. */
    int id(long kind, long termKey) {
        long key = termKey ^ kind;
        if (key == FREE) {
            key = 1;
        }
        int mask = keys.length - 1;
        int i = (int) key & mask;
        while (keys[i] != FREE) {
            if (keys[i] == key) {
                return slotIds[i];
            }
            i = (i + 1) & mask;
        }
        int id = size++;
        keys[i] = key;
        slotIds[i] = id;
        if (id >= df.length) {
            df = Arrays.copyOf(df, df.length * 2);
        }
        if (idKeys != null) {
            if (id >= idKeys.length) {
                idKeys = Arrays.copyOf(idKeys, idKeys.length * 2);
            }
            idKeys[id] = termKey ^ kind;
        }
        if (size * 2 > keys.length) {
            grow();
        }
        return id;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldIds = slotIds;
        keys = new long[oldKeys.length * 2];
        slotIds = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != FREE) {
                int i = (int) oldKeys[j] & mask;
                while (keys[i] != FREE) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                slotIds[i] = oldIds[j];
            }
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

    /** Smoothed inverse document frequency: of the background when there is one, else of this run. */
    double idf(int id) {
        return background != null ? background.idf(idKeys[id]) : Math.log(1.0 + (documents + 1.0) / (df[id] + 0.5));
    }

    int size() {
        return size;
    }
}
