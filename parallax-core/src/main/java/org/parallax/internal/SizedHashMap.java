package org.parallax.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * The hash map CoreNLP makes through {@code edu.stanford.nlp.util.Generics} (its documented
 * {@code edu.stanford.nlp.hashmap.impl} setting, see {@link CoreNlp#configure()}): a {@link HashMap} that
 * takes a capacity hint only up to {@link #MAX_HINT} and grows from there as any map does.
 *
 * <p>Why: SUTime's rule matching (TokensRegex) starts every rule at every token it reads, and each start
 * builds branch states holding a map sized for 512 entries, nearly always left empty or near it; a profile
 * of the article threads put a quarter of SUTime's time in allocating those tables. A map that holds more
 * than the hint allows resizes as it fills, with the same contents.
 */
public final class SizedHashMap<K, V> extends HashMap<K, V> {
    /** The largest capacity hint taken. */
    static final int MAX_HINT = 16;

    public SizedHashMap() {
        super();
    }

    public SizedHashMap(int capacity) {
        super(Math.min(capacity, MAX_HINT));
    }

    public SizedHashMap(Map<? extends K, ? extends V> map) {
        super(map);
    }
}
