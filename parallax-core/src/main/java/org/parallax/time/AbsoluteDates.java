package org.parallax.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads fully stated calendar dates, the kind a dateline, a byline or a meta tag carries:
 * {@code 2025-10-29}, {@code 2025-10-29T08:00:00Z}, {@code Nov 1, 2025}, {@code 1 November 2025},
 * {@code Wednesday, October 29, 2025}. Dates without a year are not absolute and are not read here.
 * Thread-safe.
 */
public final class AbsoluteDates {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
            + "Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    /** "5 / 5 / 2010", "25/12/2024": numbers only, read only where day and month cannot be swapped. */
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);

    private AbsoluteDates() {
    }

    /** A date found in some text: the ISO value and the exact text that states it. */
    public record Found(LocalDate date, String text, int start, int end) {
        public String iso() {
            return date.toString();
        }
    }

    /** The first fully stated date in {@code text}, if any. */
    public static Optional<Found> first(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Found best = null;
        for (Pattern p : new Pattern[]{ISO, MONTH_DAY_YEAR, DAY_MONTH_YEAR, NUMERIC}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Optional<LocalDate> d = toDate(p, m);
                if (d.isPresent()) {
                    if (best == null || m.start() < best.start()) {
                        best = new Found(d.get(), m.group(), m.start(), m.end());
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** An ISO-8601 date or date-time as meta tags give it, reduced to its date. */
    public static Optional<LocalDate> parseIso(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            return Optional.of(OffsetDateTime.parse(v).toLocalDate());
        } catch (DateTimeParseException e) {
            return first(v).map(Found::date);
        }
    }

    /** The month number of an English month name or abbreviation. */
    public static Optional<Integer> month(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        if (key.length() > 3 && !key.equals("sept")) {
            key = key.substring(0, 3);
        }
        return Optional.ofNullable(MONTHS.get(key));
    }

    private static Optional<LocalDate> toDate(Pattern p, Matcher m) {
        try {
            if (p == ISO) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            if (p == NUMERIC) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                int year = Integer.parseInt(m.group(3));
                if (a == b || a > 12) {
                    return Optional.of(LocalDate.of(year, b, a));
                }
                if (b > 12) {
                    return Optional.of(LocalDate.of(year, a, b));
                }
                return Optional.empty(); // "05/02/2013": February or May, the page does not say
            }
            if (p == MONTH_DAY_YEAR) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)).orElseThrow(),
                        Integer.parseInt(m.group(2))));
            }
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)).orElseThrow(),
                    Integer.parseInt(m.group(1))));
        } catch (DateTimeException | java.util.NoSuchElementException e) {
            return Optional.empty(); // "February 30, 2025" is not a date: read on
        }
    }
}
