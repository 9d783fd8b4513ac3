package org.parallax.entities;

import java.util.HashMap;
import java.util.Map;

/**
 * The one name of a place written several ways: abbreviations ({@code place-abbreviations.tsv}: "Ga." for
 * Georgia) and other names ({@code place-names.tsv}: "Salonika" for Thessaloniki, "Bombay" for Mumbai).
 * Names are compared as {@link Names#key} keys. Thread-safe: immutable tables.
 */
public final class PlaceNames {
    private static final Map<String, String> CANONICAL = load();

    private PlaceNames() {
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        for (String resource : new String[]{"place-abbreviations.tsv", "place-names.tsv"}) {
            for (String[] cells : org.parallax.internal.WordLists.pairs(PlaceNames.class, resource)) {
                out.put(Names.key(cells[0]), Names.key(cells[1]));
            }
        }
        return Map.copyOf(out);
    }

    /** The key of the place's own name: the listed name for an abbreviation or another name, else the key as given. */
    public static String canonical(String key) {
        return CANONICAL.getOrDefault(key, key);
    }

    /** Every other way of writing a place the tables know, as key pairs (other form, name). */
    static Map<String, String> table() {
        return CANONICAL;
    }
}
