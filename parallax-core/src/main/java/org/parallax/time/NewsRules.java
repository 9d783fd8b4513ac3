package org.parallax.time;

import org.parallax.model.Passage;
import org.parallax.model.TimeExpression;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrections to SUTime for the way news is written. SUTime puts a bare weekday in the document's own
 * week, but a report says "talks began on Saturday" of the Saturday just gone and "will meet on
 * Friday" of the one to come; and it leaves "the day before" unresolved, where news means the day
 * before the date just stated ("said on October 26 that ... were killed the day before").
 */
final class NewsRules {
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b", Pattern.CASE_INSENSITIVE);
    /** Words that already say which week: SUTime handles those. */
    private static final Pattern WEEK_WORD = Pattern.compile(
            "\\b(next|last|this|coming|past|previous|following)\\b|\\d", Pattern.CASE_INSENSITIVE);
    /** Words anywhere in the clause before a weekday that look ahead: "will meet on Friday". */
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(will|shall|won't|next|is due|are due|is scheduled|are scheduled|is expected to|are expected to|"
                    + "plans? to|planned for|is set to|are set to|upcoming|is to|are to|would be held|preparing to|"
                    + "prepares? to|poised to|due to|aims? to|hopes? to|intends? to|going to|ready to)\\b|'ll\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words just before a weekday that make it a deadline ahead: "passage by Friday", "until Monday". */
    private static final Pattern DEADLINE = Pattern.compile("\\b(by|until|till|before)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_OFFSET = Pattern.compile(
            "\\b(?:(the|a|one|two|three|four|five|six) )?(day|days) (before|earlier|later|after)\\b"
                    + "|\\bthe (previous|preceding|next|following) day\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_VALUE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(.*)$");
    /**
     * "the third day", "its second straight day", "a second day on Tuesday": a position in an event. A
     * determiner is needed before "last", "final" and "opening" ("last week" is a date); only a weekday
     * may follow ("the first week of October" is a date).
     */
    private static final Pattern ORDINAL_DAY = Pattern.compile(
            "(?i)^(?:(?:(?:the|its|their|his|her|a|an)\\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
                    + "|\\d+(?:st|nd|rd|th))|(?:the|its|their|his|her|a|an)\\s+(?:final|last|opening))\\s+"
                    + "(?:(?:straight|consecutive|successive|full)\\s+)?(?:day|night|week)"
                    + "((?:\\s+(?:on\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b.*)?)$");
    private static final Pattern HAS_YEAR = Pattern.compile("\\b\\d{4}\\b|'\\d{2}\\b");
    private static final Pattern MONTH_NAME = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d|\\d\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)");
    private static final Pattern DATE_THEN_OFFSET = Pattern.compile("(?i)" + AbsoluteDates.MONTH
            + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)"
            + "\\s+(?:days?|weeks?|months?|years?)\\s+(?:later|earlier))");
    /** How far back (characters) "the next day" looks for the day it counts from when its passage has none. */
    private static final int NARRATIVE_REACH = 1_500;
    private static final List<String> COUNTS = List.of("the", "a", "one", "two", "three", "four", "five", "six");

    /**
     * Rules switched off for measuring what each one earns ({@code -Dparallax.time.off=weekday,nearestYear,...};
     * names: splitOffset, ordinalDay, weekday, nearestYear, present, dayOffsets). Empty in use.
     */
    private static final java.util.Set<String> OFF = java.util.Set.of(
            System.getProperty("parallax.time.off", "").split(","));

    private NewsRules() {
    }

    private static boolean on(String rule) {
        return !OFF.contains(rule);
    }

    static List<TimeExpression> apply(String original, List<Passage> body, List<TimeExpression> found,
                                      LocalDate anchor) {
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression whole : found) {
            for (TimeExpression t : on("splitOffset") ? splitOffset(whole, anchor) : List.of(whole)) {
                Matcher ordinal = ORDINAL_DAY.matcher(t.text());
                if (on("ordinalDay") && ordinal.matches()) {
                    // "the third day" of an event is a position in it, not a calendar date; a weekday after
                    // it ("a second day on Tuesday") is one
                    t = weekdayAfterOrdinal(t, ordinal, anchor);
                    if (t == null) {
                        continue;
                    }
                }
                if (anchor != null) {
                    t = on("weekday") ? weekday(original, t, anchor) : t;
                    t = on("present") ? present(t, anchor) : t;
                    t = on("nearestYear") ? nearestYear(t, anchor) : t;
                }
                out.add(t);
            }
        }
        List<TimeExpression> offsets = on("dayOffsets") ? dayOffsets(original, body, out) : List.of();
        out.removeIf(t -> offsets.stream().anyMatch(o -> o.start() < t.end() && t.start() < o.end()));
        out.addAll(offsets);
        return out;
    }

    /**
     * "November 11, three days later (than planned)": SUTime reads one expression and adds the offset to the
     * date, but the stated date is the day itself and the offset says how it relates to another day. Two
     * expressions, both the stated day.
     */
    static List<TimeExpression> splitOffset(TimeExpression t, LocalDate anchor) {
        Matcher m = DATE_THEN_OFFSET.matcher(t.text());
        if (!m.matches()) {
            return List.of(t);
        }
        var month = AbsoluteDates.month(m.group(1));
        int day = Integer.parseInt(m.group(2));
        int year = anchor != null ? anchor.getYear() : t.value() != null && t.value().matches("^\\d{4}.*")
                ? Integer.parseInt(t.value().substring(0, 4)) : -1;
        if (month.isEmpty() || year < 0) {
            return List.of(t);
        }
        LocalDate date;
        try {
            date = LocalDate.of(year, month.get(), day);
        } catch (java.time.DateTimeException e) {
            return List.of(t);
        }
        int tail = t.start() + m.start(3);
        return List.of(new TimeExpression(t.text().substring(0, m.end(2)), t.start(), t.start() + m.end(2),
                        date.toString(), "DATE"),
                new TimeExpression(m.group(3), tail, t.end(), date.toString(), "DATE"));
    }

    /** The weekday that follows an ordinal day ("... on Tuesday"), as its own expression; null when none. */
    private static TimeExpression weekdayAfterOrdinal(TimeExpression t, Matcher ordinal, LocalDate anchor) {
        Matcher w = WEEKDAY.matcher(t.text());
        if (anchor == null || !w.find(ordinal.start(1))) {
            return null;
        }
        int from = t.start() + w.start();
        return new TimeExpression(t.text().substring(w.start()), from, t.end(), anchor.toString(), "DATE");
    }

    /** A bare weekday: the most recent one in past reporting, the next one when the clause looks ahead. */
    static TimeExpression weekday(String original, TimeExpression t, LocalDate anchor) {
        Matcher w = WEEKDAY.matcher(t.text());
        if (!w.find() || WEEK_WORD.matcher(t.text()).find() || t.value() == null) {
            return t;
        }
        Matcher v = DAY_VALUE.matcher(t.value());
        if (!v.matches()) {
            return t;
        }
        DayOfWeek day = DayOfWeek.valueOf(w.group(1).toUpperCase(Locale.ROOT));
        LocalDate date = looksAhead(clause(original, t.start())) ? anchor.with(TemporalAdjusters.nextOrSame(day))
                : anchor.with(TemporalAdjusters.previousOrSame(day));
        return new TimeExpression(t.text(), t.start(), t.end(), date + v.group(2), t.type());
    }

    /**
     * "October 19" without a year: the year that puts it nearest the article's date. SUTime sometimes
     * moves such a date to the next year; news about events months away would state the year.
     */
    static TimeExpression nearestYear(TimeExpression t, LocalDate anchor) {
        if (t.value() == null || HAS_YEAR.matcher(t.text()).find() || !MONTH_NAME.matcher(t.text()).find()) {
            return t;
        }
        Matcher v = DAY_VALUE.matcher(t.value());
        LocalDate d = v.matches() ? dayOf(t.value()) : null;
        if (d == null) {
            return t;
        }
        LocalDate best = d;
        for (int shift = -1; shift <= 1; shift++) {
            LocalDate c = d.withYear(anchor.getYear() + shift);
            if (Math.abs(c.toEpochDay() - anchor.toEpochDay()) < Math.abs(best.toEpochDay() - anchor.toEpochDay())) {
                best = c;
            }
        }
        return new TimeExpression(t.text(), t.start(), t.end(), best + v.group(2), t.type());
    }

    /** "now", "currently": SUTime leaves PRESENT_REF; TIMEX3 annotators give the document date. */
    static TimeExpression present(TimeExpression t, LocalDate anchor) {
        return "PRESENT_REF".equals(t.value()) && "DATE".equals(t.type())
                ? new TimeExpression(t.text(), t.start(), t.end(), anchor.toString(), t.type()) : t;
    }

    /** The clause before a position: back to the last sentence end, at most 120 characters. */
    private static String clause(String original, int at) {
        int from = Math.max(0, at - 120);
        String before = original.substring(from, at);
        int cut = Math.max(Math.max(before.lastIndexOf(". "), before.lastIndexOf('\n')), before.lastIndexOf("; "));
        return cut >= 0 ? before.substring(cut + 1) : before;
    }

    static boolean looksAhead(String clause) {
        return FUTURE.matcher(clause).find() || DEADLINE.matcher(clause).find();
    }

    /** "the day before", "two days later": counted from the nearest day-precise date before, in the passage. */
    private static List<TimeExpression> dayOffsets(String original, List<Passage> body, List<TimeExpression> known) {
        List<TimeExpression> out = new ArrayList<>();
        for (Passage p : body) {
            Matcher m = DAY_OFFSET.matcher(original).region(p.span().start(), p.span().end());
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                if (known.stream().anyMatch(t -> t.start() < e && s < t.end() && (t.start() < s || t.end() > e))) {
                    continue; // part of a longer expression: SUTime's reading stands
                }
                if (attachedToStatedDay(known, s, e)) {
                    continue; // "November 11, three days later": the offset describes the stated day itself
                }
                LocalDate ref = null;
                for (TimeExpression t : known) {
                    // the nearest day stated before it: in its passage, else in the passages just before
                    if (t.end() <= s && t.start() >= Math.min(p.span().start(), s - NARRATIVE_REACH) && t.value() != null) {
                        LocalDate d = dayOf(t.value());
                        if (d != null) {
                            ref = d;
                        }
                    }
                }
                if (ref == null) {
                    continue;
                }
                int n;
                boolean back;
                if (m.group(4) != null) {
                    n = 1;
                    back = m.group(4).toLowerCase(Locale.ROOT).startsWith("p");
                } else {
                    String count = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
                    if (count.isEmpty() || (m.group(2).equalsIgnoreCase("days") == (COUNTS.indexOf(count) <= 2))) {
                        continue; // "days before" alone or "the days before": no single day
                    }
                    n = Math.max(1, COUNTS.indexOf(count) - 1);
                    String dir = m.group(3).toLowerCase(Locale.ROOT);
                    back = dir.equals("before") || dir.equals("earlier");
                }
                LocalDate d = back ? ref.minusDays(n) : ref.plusDays(n);
                out.add(new TimeExpression(original.substring(s, e), s, e, d.toString(), "DATE"));
            }
        }
        return out;
    }

    /** An offset that {@link #splitOffset} cut from the date it follows, and already valued with it. */
    private static boolean attachedToStatedDay(List<TimeExpression> known, int s, int e) {
        for (TimeExpression tail : known) {
            if (tail.start() == s && tail.end() == e && tail.value() != null) {
                for (TimeExpression head : known) {
                    if (head != tail && head.end() <= s && s - head.end() <= 3 && tail.value().equals(head.value())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The day of a day-precise value ("2025-10-26", "2025-10-26TNI"), else null. */
    static LocalDate dayOf(String value) {
        Matcher v = DAY_VALUE.matcher(value);
        if (!v.matches()) {
            return null;
        }
        try {
            return LocalDate.parse(v.group(1));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
