package org.parallax.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Common English first names by gender, from the lists inside the CoreNLP models jar (already on the
 * class path for NER): a fallback for "he"/"she" when the article itself never genders a person.
 * Immutable; thread-safe.
 */
public final class FirstNames {
    private static final String BASE = "edu/stanford/nlp/models/gender/";
    private static final Set<String> MALE = load("male_first_names.txt");
    private static final Set<String> FEMALE = load("female_first_names.txt");

    private FirstNames() {
    }

    /** +1 for a common male first name, -1 for a female one, 0 when unknown or both. */
    public static int gender(String firstName) {
        String n = firstName.toLowerCase(Locale.ROOT);
        boolean m = MALE.contains(n);
        boolean f = FEMALE.contains(n);
        return m == f ? 0 : m ? 1 : -1;
    }

    /** A first name on either list. */
    public static boolean known(String firstName) {
        String n = firstName.toLowerCase(Locale.ROOT);
        return MALE.contains(n) || FEMALE.contains(n);
    }

    private static Set<String> load(String file) {
        InputStream in = FirstNames.class.getClassLoader().getResourceAsStream(BASE + file);
        if (in == null) {
            throw new IllegalStateException("CoreNLP models jar missing from the class path: no " + BASE + file);
        }
        Set<String> out = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    out.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
