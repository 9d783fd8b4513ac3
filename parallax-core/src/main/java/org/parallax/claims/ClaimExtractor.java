package org.parallax.claims;

import org.parallax.model.Article;
import org.parallax.model.Sentence;
import org.parallax.model.TimeExpression;
import org.parallax.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks the sentences of an article that state something checkable: a figure, a calendar date, or what a
 * named actor did (a verb and a named person, organisation or place). Sentences mostly inside quotation
 * marks are what someone said, not the outlet's claim, and stay with the quotes. Linear in the article.
 * Thread-safe.
 */
final class ClaimExtractor {
    static final Pattern CALENDAR = Pattern.compile("^\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final int MIN_TOKENS = 6;
    private static final int MAX_SENTENCE = 600;
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "no", "never", "neither", "nor", "deny");
    private static final Set<String> NAMED = Set.of("PERSON", "ORGANIZATION", "LOCATION", "CITY", "COUNTRY",
            "STATE_OR_PROVINCE", "NATIONALITY", "MISC");

    private ClaimExtractor() {
    }

    static List<Candidate> extract(Article article) {
        List<Candidate> out = new ArrayList<>();
        Map<Integer, List<Figure>> figures = new HashMap<>();
        for (Figure f : FigureReader.read(article)) {
            figures.computeIfAbsent(f.sentence(), k -> new ArrayList<>()).add(f);
        }
        String published = article.published() == null || article.published().date() == null
                || article.published().date().length() < 10 ? null : article.published().date().substring(0, 10);
        for (Sentence s : article.sentences()) {
            if (s.text().length() > MAX_SENTENCE || s.tokens().size() < MIN_TOKENS && !figures.containsKey(s.index())) {
                continue;
            }
            List<String> dates = new ArrayList<>();
            for (TimeExpression t : article.times()) {
                if (t.start() >= s.start() && t.end() <= s.end() && t.value() != null && "DATE".equals(t.type())) {
                    var m = CALENDAR.matcher(t.value());
                    if (m.find() && !dates.contains(m.group())) {
                        dates.add(m.group());
                    }
                }
            }
            List<Figure> fs = figures.getOrDefault(s.index(), List.of());
            if ((!fs.isEmpty() || !dates.isEmpty() || namedAction(s)) && !mostlyQuoted(s)) {
                out.add(new Candidate(article.id(), published, s, fs, dates, negated(s)));
            }
        }
        return out;
    }

    private static boolean namedAction(Sentence s) {
        boolean verb = false;
        boolean named = false;
        for (Token t : s.tokens()) {
            verb |= t.isTag("VB");
            named |= t.ner() != null && NAMED.contains(t.ner());
        }
        return verb && named && s.tokens().size() >= MIN_TOKENS;
    }

    private static boolean negated(Sentence s) {
        for (Token t : s.tokens()) {
            if (NEGATIONS.contains(t.lemmaOrWord())) {
                return true;
            }
        }
        return false;
    }

    /** More than half of the sentence's words stand between quotation marks. */
    static boolean mostlyQuoted(Sentence s) {
        boolean inside = false;
        int quoted = 0;
        int words = 0;
        for (Token t : s.tokens()) {
            String w = t.word();
            if (w.equals("\"") || w.equals("\u201c") || w.equals("\u201d") || w.equals("``") || w.equals("''")) {
                inside = w.equals("\"") ? !inside : w.equals("\u201c") || w.equals("``");
                continue;
            }
            if (w.chars().anyMatch(Character::isLetterOrDigit)) {
                words++;
                if (inside) {
                    quoted++;
                }
            }
        }
        return words > 0 && quoted * 2 > words;
    }
}
