package org.parallax.framing;

import org.parallax.model.Framing.LoadedTerm;
import org.parallax.model.Span;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lexicon of loaded language: patterns with a category and optional context that vetoes a hit
 * ({@code loaded-terms.tsv} beside this class documents the format). Finds terms in the outlet's own
 * voice: hits inside quotation marks are the speaker's and are dropped. Immutable and thread-safe.
 */
public final class Lexicon {
    private static final String RESOURCE = "loaded-terms.tsv";
    private static final int CONTEXT = 40;
    private static final String WORD_START = "(?<![\\w-])";
    private static final String WORD_END = "(?![\\w-])";
    private static final Pattern BACK_REFERENCE = Pattern.compile("\\\\(?:[1-9]|k<)");
    private static final Lexicon STANDARD = load(Lexicon.class.getResourceAsStream(RESOURCE), RESOURCE);

    private final List<Entry> entries;
    /**
     * All the entries' patterns as one alternation, or null where they cannot be joined (a back-reference
     * or a repeated group name): where it finds nothing no entry can match, and no entry matches before
     * where it first matches.
     */
    private final Pattern any;
    /** Whether an entry may use {@code ^} or {@code $}, which match at a region's bounds: its search then starts where asked. */
    private final boolean anchored;

    private Lexicon(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.any = joined(this.entries);
        this.anchored = this.entries.stream().anyMatch(e -> e.source.indexOf('^') >= 0 || e.source.indexOf('$') >= 0);
    }

    private static Pattern joined(List<Entry> entries) {
        StringBuilder b = new StringBuilder(WORD_START + "(?:");
        for (int i = 0; i < entries.size(); i++) {
            String source = entries.get(i).source;
            if (BACK_REFERENCE.matcher(source).find()) {
                return null; // group numbers would shift in the alternation
            }
            b.append(i == 0 ? "" : "|").append("(?:").append(source).append(')');
        }
        try {
            return entries.isEmpty() ? null : compile(b.append(')').append(WORD_END).toString());
        } catch (java.util.regex.PatternSyntaxException e) {
            return null;
        }
    }

    /** The lexicon shipped with Parallax. */
    public static Lexicon standard() {
        return STANDARD;
    }

    /** A lexicon read from a stream in the {@code loaded-terms.tsv} format; bad lines throw (configuration). */
    public static Lexicon load(InputStream in, String name) {
        Objects.requireNonNull(in, "missing lexicon " + name);
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 2 || f[0].isBlank() || f[1].isBlank()) {
                    throw new IllegalStateException(name + ":" + n + ": expected category<TAB>pattern");
                }
                entries.add(new Entry(f[0].strip(), f[1], compile(WORD_START + "(?:" + f[1] + ")" + WORD_END),
                        f.length > 2 && !f[2].isBlank() ? compile("(?:" + f[2] + ")") : null,
                        f.length > 3 && !f[3].isBlank() ? compile("(?:" + f[3] + ")") : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Lexicon(entries);
    }

    public int size() {
        return entries.size();
    }

    /**
     * Loaded terms of {@code text} between {@code from} and {@code to}, outside {@code quoted} spans.
     * Overlapping hits keep the longest. Offsets are into {@code text}.
     */
    public List<LoadedTerm> find(String text, int from, int to, List<Span> quoted) {
        List<LoadedTerm> hits = new ArrayList<>();
        if (text == null || from >= to) {
            return hits;
        }
        int first = from;
        if (any != null) {
            // one pass instead of one per entry: most sentences and paragraphs hold no loaded term
            Matcher m = any.matcher(text).region(from, to);
            m.useTransparentBounds(true);
            if (!m.find()) {
                return hits;
            }
            if (!anchored) {
                first = m.start();
            }
        }
        for (Entry e : entries) {
            Matcher m = e.pattern.matcher(text).region(first, to);
            m.useTransparentBounds(true);
            while (m.find()) {
                if (m.end() == m.start()) {
                    continue;
                }
                Span s = new Span(m.start(), m.end());
                if (!QuoteSpans.inside(s, quoted) && !vetoed(e, text, s)) {
                    hits.add(new LoadedTerm(m.group(), s.start(), s.end(), e.category));
                }
            }
        }
        hits.sort(Comparator.comparingInt((LoadedTerm t) -> t.end() - t.start()).reversed()
                .thenComparingInt(LoadedTerm::start));
        List<LoadedTerm> kept = new ArrayList<>();
        for (LoadedTerm t : hits) {
            if (kept.stream().noneMatch(k -> k.start() < t.end() && t.start() < k.end())) {
                kept.add(t);
            }
        }
        kept.sort(Comparator.comparingInt(LoadedTerm::start));
        return kept;
    }

    /** Loaded terms anywhere in {@code text}, quotation marks respected. */
    public List<LoadedTerm> find(String text) {
        return text == null ? List.of() : find(text, 0, text.length(), QuoteSpans.find(text));
    }

    private static boolean vetoed(Entry e, String text, Span s) {
        if (e.notBefore != null) {
            String before = text.substring(Math.max(0, s.start() - CONTEXT), s.start());
            Matcher m = e.notBefore.matcher(before);
            while (m.find()) {
                if (m.end() == before.length()) {
                    return true;
                }
            }
        }
        if (e.notAfter != null) {
            String after = text.substring(s.end(), Math.min(text.length(), s.end() + CONTEXT));
            Matcher m = e.notAfter.matcher(after);
            return m.lookingAt();
        }
        return false;
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private record Entry(String category, String source, Pattern pattern, Pattern notBefore, Pattern notAfter) {
    }
}
