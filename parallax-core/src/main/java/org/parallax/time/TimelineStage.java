package org.parallax.time;

import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.SourceText;
import org.parallax.model.Story;
import org.parallax.model.TimeExpression;
import org.parallax.model.TimelineEvent;
import org.parallax.pipeline.Stage;
import org.parallax.pipeline.StageResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Story stage "timeline": every calendar date the articles give an event, by day, month or year, each
 * citing the documents and claims that state it. Vague relative spans ("earlier this month", "last
 * week") date nothing precisely and are left out; a month or a year must be written out.
 * Pure function of the story.
 *
 * <p>Cost: one pass over each article's time expressions; each date kept is looked for in the claim source
 * sentences of its own article (indexed by article once, O(σ) for σ claim sources), O(τ·σ_a) for τ dates
 * kept and σ_a sources an article. Each date also scans its article's passages (and tokens, for a bare
 * year). Before 7 December each date went through every source of the story, O(τ·σ): 7.8-29.5 s of a
 * 3,088-article story.
 */
public final class TimelineStage implements Stage<Story, Story> {
    /** A calendar value; "XXXX-12-11" is a day whose year no article states ("Dec. 11"). */
    private static final Pattern CALENDAR = Pattern.compile("^\\d{4}(-\\d{2}(-\\d{2})?)?$|^XXXX-\\d{2}(-\\d{2})?$");
    private static final Pattern WRITTEN = Pattern.compile(
            "\\d|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", Pattern.CASE_INSENSITIVE);

    /** Events of one date as they are collected. */
    private static final class Day {
        final java.util.Set<String> documents = new java.util.LinkedHashSet<>();
        final java.util.Set<String> claims = new java.util.LinkedHashSet<>();
        String text;
    }

    /** One source sentence of a claim. */
    private record Source(String claim, SourceText text) {
    }

    /** "2008-09", "2004/05": a season over two years, which SUTime reads as a month. */
    private static final Pattern SEASON = Pattern.compile("^(\\d{4})\\s*[-–/]\\s*(\\d{2})$");
    /** "1980s", "1980's": a decade, not the year it starts with. */
    private static final Pattern DECADE = Pattern.compile("^\\d{3}0['’]?s$");
    /** "three decades ago", "two years ago": as precise as its unit, never a day. */
    private static final Pattern AGO = Pattern.compile("(?i)\\b(decade|decades|century|centuries)\\b|\\bago\\b");
    private static final Pattern AGO_YEARS = Pattern.compile("(?i)\\byears?\\s+ago\\b");
    private static final Pattern AGO_MONTHS = Pattern.compile("(?i)\\bmonths?\\s+ago\\b");
    private static final Pattern BARE_YEAR = Pattern.compile("^\\d{4}$");

    @Override
    public StageResult<Story> apply(Story story) {
        Map<String, Day> days = new TreeMap<>();
        // each article's claim sources, in the order of the claims and of their sources
        Map<String, List<Source>> sources = new java.util.HashMap<>();
        for (Claim c : story.claims()) {
            for (SourceText s : c.sources()) {
                sources.computeIfAbsent(s.document(), k -> new ArrayList<>()).add(new Source(c.id(), s));
            }
        }
        for (Article a : story.articles()) {
            List<Source> own = sources.getOrDefault(a.id(), List.of());
            for (TimeExpression t : a.times()) {
                String value = dateOf(t);
                if (value == null || (value.length() < 10 && !WRITTEN.matcher(t.text()).find())) {
                    continue;
                }
                value = asPreciseAsWritten(t, value);
                if (value == null || !dates(a, t) || !TimeResolver.inside(a.body(), t.start(), t.end())) {
                    continue;
                }
                Day day = days.computeIfAbsent(value, k -> new Day());
                day.documents.add(a.id());
                for (Source source : own) {
                    SourceText s = source.text();
                    if (s.start() <= t.start() && t.end() <= s.end()) {
                        day.claims.add(source.claim());
                        if (day.text == null || s.text().length() < day.text.length()) {
                            day.text = s.text();
                        }
                    }
                }
                if (day.text == null) {
                    day.text = sentenceAround(a, t);
                }
            }
        }
        List<TimelineEvent> events = new ArrayList<>();
        for (var e : days.entrySet()) {
            String d = e.getKey();
            TimelineEvent.Precision p = d.length() == 10 ? TimelineEvent.Precision.DAY
                    : d.length() == 7 ? TimelineEvent.Precision.MONTH : TimelineEvent.Precision.YEAR;
            events.add(new TimelineEvent(d, p, e.getValue().text, List.copyOf(e.getValue().documents),
                    List.copyOf(e.getValue().claims)));
        }
        return StageResult.ok(story.withTimeline(events));
    }

    /**
     * The value at the precision its words give: "two years ago" is a year, "three months ago" a month,
     * "three decades ago" nothing a timeline can place; a season ("2008-09") is no month. Null to leave out.
     */
    static String asPreciseAsWritten(TimeExpression t, String value) {
        String text = t.text().strip();
        Matcher season = SEASON.matcher(text);
        if (season.matches() && (Integer.parseInt(season.group(1)) + 1) % 100 == Integer.parseInt(season.group(2))) {
            return null;
        }
        if (DECADE.matcher(text).matches()) {
            return null;
        }
        if (AGO.matcher(text).find()) {
            if (text.toLowerCase(java.util.Locale.ROOT).matches(".*\\b(decades?|century|centuries)\\b.*")) {
                return null;
            }
            if (AGO_YEARS.matcher(text).find()) {
                return value.substring(0, 4);
            }
            if (AGO_MONTHS.matcher(text).find() && value.length() >= 7) {
                return value.substring(0, 7);
            }
        }
        return value;
    }

    /**
     * The words are a date where they stand: a month name written in capitals ("march" and "may" in lower
     * case are a walk and a verb), a bare year that is not part of a name ("Windows 2000", "Server 2003")
     * or an address ("2016 Ontario Street").
     */
    static boolean dates(Article a, TimeExpression t) {
        String text = t.text().strip();
        if (t.value() != null && t.value().startsWith("XXXX") && text.chars().noneMatch(Character::isDigit)) {
            return false; // "Christmas party", "in November": no year and no day, nothing a reader can place
        }
        if (!text.isEmpty() && Character.isLowerCase(text.charAt(0)) && text.matches("(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*")) {
            return false;
        }
        if (!BARE_YEAR.matcher(text).matches()) {
            return true;
        }
        String tail = a.original().substring(t.end(), Math.min(a.original().length(), t.end() + 2));
        if (tail.startsWith("s") || tail.startsWith("'s") || tail.startsWith("’s")) {
            return false; // "the 1980s", "1980's style": a decade
        }
        for (org.parallax.model.Sentence s : a.sentences()) {
            List<org.parallax.model.Token> tokens = s.tokens();
            for (int k = 0; k < tokens.size(); k++) {
                if (tokens.get(k).start() == t.start()) {
                    org.parallax.model.Token before = k > 0 ? tokens.get(k - 1) : null;
                    org.parallax.model.Token after = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
                    boolean named = before != null && k > 1 && Character.isUpperCase(before.word().charAt(0))
                            && !isMonth(before.word()) && !before.isTag("IN") && !before.isTag("DT") && !before.isTag("CD");
                    boolean address = after != null && after.isTag("NNP") && !isMonth(after.word())
                            && (before == null || !before.isTag("IN") || before.word().equalsIgnoreCase("at"));
                    return !named && !address;
                }
            }
        }
        return true;
    }

    private static boolean isMonth(String word) {
        return word.matches("(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?");
    }

    /** The calendar part of a DATE or TIME value ("2025-10-28TNI" is 2025-10-28), else null. */
    static String dateOf(TimeExpression t) {
        if (t.value() == null || !("DATE".equals(t.type()) || "TIME".equals(t.type()))) {
            return null;
        }
        String v = t.value().length() > 10 && t.value().charAt(10) == 'T' ? t.value().substring(0, 10) : t.value();
        return CALENDAR.matcher(v).matches() ? v : null;
    }

    private static String sentenceAround(Article a, TimeExpression t) {
        return a.sentences().stream().filter(s -> s.start() <= t.start() && t.end() <= s.end())
                .map(s -> s.text()).findFirst().orElse(t.text());
    }
}
