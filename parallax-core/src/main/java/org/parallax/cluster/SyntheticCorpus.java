package org.parallax.cluster;

import org.parallax.model.Article;
import org.parallax.model.Passage;
import org.parallax.model.Published;
import org.parallax.model.Span;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates benchmark corpora from real articles: each synthetic event takes a real article and gives it
 * new names and figures (so events made from one article are look-alikes), and each of its articles is
 * a perturbed copy (paragraphs dropped and reordered, words swapped, a paragraph of a neighbouring real
 * article recombined in) or, now and then, a verbatim or trimmed syndicated copy of an earlier one. The
 * articles come already "cleaned" (one passage per paragraph, no sentences), so a benchmark measures
 * clustering and copy finding alone. Deterministic for a seed; pure and thread-safe.
 */
public final class SyntheticCorpus {
    private static final double DROP = 0.2;
    private static final double SWAP_WORD = 0.03;
    private static final double SYNDICATED = 0.1;
    private static final int MAX_EVENT = 20;

    private final List<String> bases;

    /** @param bases real article texts, paragraphs separated by blank lines, in a stable order */
    public SyntheticCorpus(List<String> bases) {
        if (bases.size() < 2) {
            throw new IllegalArgumentException("need at least two base articles");
        }
        this.bases = List.copyOf(bases);
    }

    /** {@code count} articles of about {@code count / 10} events, in a shuffled arrival order. */
    public List<Article> generate(int count, long seed) {
        Random random = new Random(seed);
        List<Article> out = new ArrayList<>(count);
        int event = 0;
        LocalDate start = LocalDate.of(2020, 1, 1);
        while (out.size() < count) {
            int base = random.nextInt(bases.size());
            Map<String, String> names = new HashMap<>();
            Random eventRandom = new Random(seed * 31 + event);
            int size = 1 + random.nextInt(MAX_EVENT);
            long day = start.toEpochDay() + random.nextInt(2000);
            List<String> made = new ArrayList<>();
            for (int k = 0; k < size && out.size() < count; k++) {
                String text;
                if (!made.isEmpty() && random.nextDouble() < SYNDICATED) {
                    String wire = made.get(random.nextInt(made.size()));
                    text = random.nextBoolean() ? wire : trim(wire, random);
                } else {
                    text = perturb(bases.get(base), bases.get((base + 1) % bases.size()), names, eventRandom, random);
                }
                made.add(text);
                String date = LocalDate.ofEpochDay(day + random.nextInt(4)).toString();
                out.add(article("g" + event + "-" + k, text, date));
            }
            event++;
        }
        java.util.Collections.shuffle(out, random);
        return out;
    }

    private static String perturb(String base, String neighbour, Map<String, String> names, Random eventRandom,
                                  Random random) {
        List<String> paragraphs = new ArrayList<>();
        for (String p : base.split("\n\n")) {
            if (!p.isBlank() && (paragraphs.isEmpty() || random.nextDouble() >= DROP)) {
                paragraphs.add(p);
            }
        }
        if (paragraphs.size() > 2 && random.nextBoolean()) {
            int i = 1 + random.nextInt(paragraphs.size() - 1);
            paragraphs.add(1, paragraphs.remove(i));
        }
        String[] extra = neighbour.split("\n\n");
        if (random.nextInt(3) == 0) {
            paragraphs.add(extra[random.nextInt(extra.length)]);
        }
        StringBuilder text = new StringBuilder();
        for (String p : paragraphs) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            for (String w : p.split(" ")) {
                if (w.isEmpty()) {
                    continue;
                }
                text.append(rename(w, names, eventRandom, random)).append(' ');
            }
            text.setLength(text.length() - 1);
        }
        return text.toString();
    }

    private static String rename(String word, Map<String, String> names, Random eventRandom, Random random) {
        char c = word.charAt(0);
        if (Character.isUpperCase(c) || Character.isDigit(c)) {
            String core = word.replaceAll("[^\\p{L}\\p{N}]+$", "");
            String tail = word.substring(core.length());
            String renamed = names.computeIfAbsent(core, k -> invent(k, eventRandom));
            return renamed + tail;
        }
        if (random.nextDouble() < SWAP_WORD) {
            return random.nextBoolean() ? word : "reportedly " + word;
        }
        return word;
    }

    /** A new word of the same shape: capitalised stays capitalised, digits stay digits. */
    private static String invent(String word, Random random) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c)) {
                out.append((char) ('0' + random.nextInt(10)));
            } else if (Character.isLetter(c)) {
                char letter = (char) ((i % 2 == 1 ? "aeiou" : "bcdfghklmnprstvz").charAt(random.nextInt(i % 2 == 1 ? 5 : 16)));
                out.append(i == 0 ? Character.toUpperCase(letter) : letter);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String trim(String text, Random random) {
        String[] paragraphs = text.split("\n\n");
        int keep = Math.max(1, paragraphs.length - 1 - random.nextInt(Math.max(1, paragraphs.length / 2)));
        return String.join("\n\n", java.util.Arrays.copyOf(paragraphs, keep));
    }

    private static Article article(String id, String text, String date) {
        List<Passage> body = new ArrayList<>();
        int paragraph = 0;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf("\n\n", start);
            end = end < 0 ? text.length() : end;
            if (end > start) {
                body.add(new Passage(paragraph++, new Span(start, end)));
            }
            start = end + 2;
        }
        return new Article(id, id, text, null, null, new Published(date, Published.How.GIVEN, date), null, null, null,
                List.of(), body, List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
