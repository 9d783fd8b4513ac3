package org.parallax.framing;

import org.parallax.model.Article;
import org.parallax.model.Entity;
import org.parallax.model.Framing.ActorLabel;
import org.parallax.model.Passage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How each document names the story's actors. A label is a capitalised noun phrase with the modifiers
 * and the role noun an outlet chose ("interim Taliban rulers", "Afghan Taliban regime"). With the
 * story's entities, a label belongs to the entity whose longest name or alias it contains; without
 * them, labels group by head word (the last capitalised word), or by the acronym an outlet spells out
 * ("Tehrik-e Taliban Pakistan (TTP)"). Thread-safe; pure functions.
 */
final class ActorLabels {
    private static final String CAP = "\\p{Lu}[\\p{L}\\p{Nd}-]*";
    private static final Pattern PHRASE = Pattern.compile(
            "(?<![\\p{L}-])((?:(?:interim|de facto|caretaker|ruling|former|banned|outlawed|so-called|self-styled|"
                    + "hardline|militant|terrorist) )?" + CAP + "(?:(?: (?:al|el|ul|ud|e|bin|ibn|of|de|da)[- ]| |-)" + CAP + "){0,6}"
                    + "(?: (?:regime|government|authorities|rulers|administration|leadership|movement|militants|"
                    + "fighters|forces|proxies|militia|outfit))?)(?: \\((\\p{Lu}{2,6})\\))?");
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "however", "but", "and", "in", "on", "at",
            "as", "after", "before", "during", "according", "meanwhile", "while", "when", "both", "still", "since",
            "over", "instead", "despite", "earlier", "later", "this", "that", "these", "those", "it", "he", "she",
            "they", "we", "i", "his", "her", "their", "our", "its", "if", "for", "from", "with", "by", "to", "of",
            "mr", "ms", "mrs", "dr", "all", "some", "any", "no", "there", "what", "who", "where", "why", "how",
            "furthermore", "moreover", "also", "then", "so", "yet", "under", "amid", "against", "between");

    private ActorLabels() {
    }

    /** Every label of one article: its key (entity id or head word) and the phrase as written. */
    static List<Found> find(Article a, List<Entity> entities) {
        return find(a, entities, Names.of(entities));
    }

    private static List<Found> find(Article a, List<Entity> entities, Names names) {
        List<Found> out = new ArrayList<>();
        for (Passage p : a.body()) {
            Matcher m = PHRASE.matcher(a.original()).region(p.span().start(), p.span().end());
            while (m.find()) {
                String phrase = trimOpeners(m.group(1));
                if (phrase.isEmpty()) {
                    continue;
                }
                String key = entities.isEmpty() ? headKey(phrase, m.group(2)) : entityKey(phrase, m.group(2), names);
                if (key != null) {
                    out.add(new Found(key, phrase));
                }
            }
        }
        return out;
    }

    /**
     * Per document, the labels worth a side-by-side look: actors named in two or more documents, or
     * under two or more forms. Keys, documents and labels come out in a stable order.
     */
    static Map<String, List<ActorLabel>> table(List<Article> articles, List<Entity> entities) {
        Map<String, List<Found>> perDoc = new LinkedHashMap<>();
        Map<String, Set<String>> docsOf = new HashMap<>();
        Map<String, Set<String>> formsOf = new HashMap<>();
        Names names = Names.of(entities);
        for (Article a : articles) {
            List<Found> found = find(a, entities, names);
            perDoc.put(a.id(), found);
            for (Found f : found) {
                docsOf.computeIfAbsent(f.key(), k -> new HashSet<>()).add(a.id());
                formsOf.computeIfAbsent(f.key(), k -> new HashSet<>()).add(f.asWritten());
            }
        }
        Map<String, List<ActorLabel>> out = new LinkedHashMap<>();
        perDoc.forEach((doc, found) -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Found f : found) {
                boolean shared = docsOf.get(f.key()).size() >= 2 && formsOf.get(f.key()).size() >= 2;
                if (shared) {
                    counts.merge(f.key() + "\u0000" + f.asWritten(), 1, Integer::sum);
                }
            }
            List<ActorLabel> labels = new ArrayList<>();
            counts.forEach((k, n) -> {
                String[] parts = k.split("\u0000", 2);
                labels.add(new ActorLabel(parts[0], parts[1], n));
            });
            labels.sort(Comparator.comparing(ActorLabel::entity).thenComparing(Comparator.comparingInt(ActorLabel::count).reversed())
                    .thenComparing(ActorLabel::asWritten));
            out.put(doc, labels);
        });
        return out;
    }

    private static String trimOpeners(String phrase) {
        String[] words = phrase.split(" ");
        int i = 0;
        while (i < words.length && OPENERS.contains(words[i].toLowerCase(Locale.ROOT))) {
            i++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)).strip();
    }

    private static String headKey(String phrase, String acronym) {
        if (acronym != null) {
            return acronym;
        }
        String[] words = phrase.split("[ ]");
        for (int i = words.length - 1; i >= 0; i--) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))) {
                String[] parts = words[i].split("-");
                return parts[parts.length - 1];
            }
        }
        return null;
    }

    /**
     * The entity whose alias or name the phrase holds as whole words (or which the phrase's acronym is),
     * the longest such name winning, the first given among names of one length. O(w·n) lookups for a
     * phrase of w words and names of at most n words, instead of a search for every name of the story.
     */
    private static String entityKey(String phrase, String acronym, Names names) {
        String[] words = phrase.toLowerCase(Locale.ROOT).split(" ", -1);
        int best = -1;
        for (int from = 0; from < words.length; from++) {
            StringBuilder run = new StringBuilder();
            for (int to = from; to < words.length && to - from < names.maxWords(); to++) {
                if (to > from) {
                    run.append(' ');
                }
                run.append(words[to]);
                best = better(best, names.byLowerCase().get(run.toString()), names);
            }
        }
        if (acronym != null) {
            best = better(best, names.byCaseless().get(caseless(acronym)), names);
        }
        return best < 0 ? null : names.ids()[best];
    }

    /** Of {@code best} and the names {@code found} (ascending), the longer, the first given among names of one length. */
    private static int better(int best, List<Integer> found, Names names) {
        if (found == null) {
            return best;
        }
        for (int k : found) {
            if (names.lengths()[k] == 0) {
                continue; // an empty name never names an entity
            }
            if (best < 0 || names.lengths()[k] > names.lengths()[best]
                    || (names.lengths()[k] == names.lengths()[best] && k < best)) {
                best = k;
            }
        }
        return best;
    }

    /** A key under which two strings are equal exactly when {@link String#equalsIgnoreCase} says they are. */
    private static String caseless(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> out.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return out.toString();
    }

    /**
     * Every entity's aliases and name, in that order, with their lengths lower-cased; looked up by their
     * lower-cased form (for a whole-word search) and by their caseless one (for an acronym), once per story.
     */
    private record Names(String[] ids, int[] lengths, Map<String, List<Integer>> byLowerCase,
                         Map<String, List<Integer>> byCaseless, int maxWords) {
        static Names of(List<Entity> entities) {
            List<String> raw = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (Entity e : entities) {
                List<String> names = new ArrayList<>(e.aliases());
                names.add(e.name());
                for (String n : names) {
                    raw.add(n);
                    ids.add(e.id());
                }
            }
            int[] lengths = new int[raw.size()];
            Map<String, List<Integer>> lower = new HashMap<>();
            Map<String, List<Integer>> caseless = new HashMap<>();
            int maxWords = 0;
            for (int k = 0; k < raw.size(); k++) {
                String f = raw.get(k).toLowerCase(Locale.ROOT);
                lengths[k] = f.length();
                lower.computeIfAbsent(f, x -> new ArrayList<>()).add(k);
                caseless.computeIfAbsent(caseless(raw.get(k)), x -> new ArrayList<>()).add(k);
                maxWords = Math.max(maxWords, f.split(" ", -1).length);
            }
            return new Names(ids.toArray(String[]::new), lengths, lower, caseless, maxWords);
        }
    }

    /** One label occurrence: the actor's key and the phrase as written. */
    record Found(String key, String asWritten) {
    }
}
