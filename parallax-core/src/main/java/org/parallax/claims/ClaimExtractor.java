package org.parallax.claims;

import org.parallax.model.Article;
import org.parallax.model.Sentence;
import org.parallax.model.TimeExpression;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Picks the check-worthy sentences of an article: those stating a number, a calendar date, or who did
 * what to whom (attacks, accusations, agreements, deaths). Thread-safe.
 */
final class ClaimExtractor {
    static final Pattern CALENDAR = Pattern.compile("^\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern ACTION = Pattern.compile("(?i)\\b(attack(?:ed|s)?|accus(?:ed|es)|blam(?:ed|es)|"
            + "killed|agreed|signed|denied|rejected|launched|struck|seized|arrested|announced|confirmed|"
            + "failed|collapsed|broke down|ended|erupted|ceasefire|truce|acknowledged|accepted|refused|"
            + "backtracked|reneged|declined|willing|unwilling)\\b");
    private static final Pattern NEGATION = Pattern.compile(
            "(?i)\\b(not|no|never|denied|denies|without|nor|n't|neither|refused)\\b|n’t\\b");
    private static final int MAX_SENTENCE = 600;

    private ClaimExtractor() {
    }

    static List<Candidate> extract(Article article) {
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            if (s.text().length() > MAX_SENTENCE || s.text().length() < 20) {
                continue;
            }
            List<Quantities.Found> numbers = new ArrayList<>();
            for (Quantities.Found f : Quantities.find(s.text())) {
                if (!insideTime(article, s.start() + f.start(), s.start() + f.end(), f)) {
                    numbers.add(f);
                }
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
            if (!numbers.isEmpty() || !dates.isEmpty() || ACTION.matcher(s.text()).find()) {
                out.add(new Candidate(article, s, numbers, dates, NEGATION.matcher(s.text()).find()));
            }
        }
        return out;
    }

    /** A number that is part of a date ("October 29") is not a quantity; a duration ("four days") is. */
    private static boolean insideTime(Article article, int start, int end, Quantities.Found f) {
        for (TimeExpression t : article.times()) {
            if (t.start() < end && start < t.end() && !"DURATION".equals(t.type())
                    && f.kind() != Quantities.Kind.DURATION) {
                return true;
            }
        }
        return false;
    }
}
