package org.parallax.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word lists kept as data files on the class path, one entry a line: lines starting with {@code #} are
 * comments (the first says where the list comes from), blank lines are skipped, entries are lower-cased.
 * As Lucene's {@code WordlistLoader}. A missing list is a build error, thrown at once. Thread-safe.
 */
public final class WordLists {
    /** Lists left empty, for measuring what each adds (dev runs only). */
    private static final Set<String> OFF = Set.copyOf(List.of(System.getProperty("parallax.wordlists.off", "").split(",")));

    private WordLists() {
    }

    /** The entries of a list, in file order, lower-cased. */
    public static Set<String> set(Class<?> owner, String resource) {
        Set<String> out = new LinkedHashSet<>();
        for (String line : lines(owner, resource)) {
            out.add(line.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    /** The rows of a two-column tab-separated table, each its two cells as written; a row of other shape is a build error. */
    public static List<String[]> pairs(Class<?> owner, String resource) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines(owner, resource)) {
            String[] cells = line.split("\t");
            if (cells.length != 2) {
                throw new IllegalStateException("bad line in " + resource + ": " + line);
            }
            out.add(cells);
        }
        return out;
    }

    /** The non-comment lines of a resource, stripped, as written (for tab-separated tables). */
    public static List<String> lines(Class<?> owner, String resource) {
        List<String> out = new ArrayList<>();
        if (OFF.contains(resource)) {
            return out; // switched off for an ablation: -Dparallax.wordlists.off=spellings.tsv,org-words.txt
        }
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + resource + " beside " + owner.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + resource, e);
        }
        return out;
    }
}
