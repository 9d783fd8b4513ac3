package org.parallax.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers a sentence states, with their qualifier and what they count: "more than 70 people were
 * killed", "over 200 Afghan Taliban", "dozens", "a 2,600-kilometre border", "18 hours of discussions",
 * "four-day talks", "week-long talks", "five Pakistani soldiers". Numbers written as words count too.
 * Thread-safe.
 */
final class Quantities {
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("a hundred", 100),
            Map.entry("a dozen", 12), Map.entry("dozen", 12));
    /** Vague plurals, read as the least they can mean. */
    private static final Map<String, Integer> VAGUE = Map.of(
            "dozens", 24, "scores", 40, "hundreds", 200, "thousands", 2000, "tens of thousands", 20000,
            "hundreds of thousands", 200000, "millions", 2000000);
    private static final Map<String, Double> SCALE = Map.of(
            "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);
    private static final String WORD_NUMBER = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|a hundred|a dozen|one|two|three|four|five|"
            + "six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
            + "nineteen|hundred|dozen)";
    private static final String DIGITS = "(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)";
    private static final String QUALIFIER = "(more than|over|at least|nearly|almost|about|around|some|up to|"
            + "fewer than|less than|roughly|approximately|as many as|under|close to|at most|an estimated|"
            + "upwards of|in excess of)";
    private static final Pattern NUMBER = Pattern.compile(
            "(?i)(?:\\b" + QUALIFIER + "\\s+)?(?<![\\w.,])(" + DIGITS + "|\\b" + WORD_NUMBER + "\\b"
                    + "|\\b(?:tens of thousands|hundreds of thousands|dozens|scores|hundreds|thousands|millions)\\b)"
                    + "(?:\\s+(thousand|million|billion|trillion)\\b)?");
    private static final Pattern HYPHEN_UNIT = Pattern.compile("^-([a-z]+)(?:-(long|old))?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEK_LONG = Pattern.compile(
            "(?i)\\b(day|week|month|year|hour)-long\\b");
    private static final Pattern UNIT_WORD = Pattern.compile("^\\s+([A-Za-z][\\w'’-]*)");
    /** Words that end what a number counts. */
    private static final Set<String> STOP = Set.of("and", "or", "were", "was", "are", "is", "have", "has", "had",
            "in", "on", "at", "from", "to", "by", "with", "who", "which", "that", "the", "a", "an", "as", "after",
            "before", "for", "since", "during", "while", "when", "said", "say", "says", "including", "but",
            "than", "into", "across", "per", "of", "times", "would", "will", "could", "be", "been", "being");
    private static final Set<String> TIME_UNITS = Set.of("minute", "hour", "day", "week", "month", "year");
    private static final Pattern KILLED = Pattern.compile(
            "(?i)\\b(killed|killing|kills|dead|died|deaths?|death toll|martyr(?:dom|ed)|lost their lives|slain|massacred)\\b");
    private static final Pattern WOUNDED = Pattern.compile("(?i)\\b(wounded|injured|injuring|wounding|hurt)\\b");

    private Quantities() {
    }

    enum Kind { COUNT, DURATION, MEASURE }

    /** One number in a sentence: where it stands in the sentence, how it is written, what it counts. */
    record Found(int start, int end, double value, String qualifier, String unit, Kind kind, String harm,
                 String text) {
        /** Its length in days, for durations. */
        double days() {
            String u = unit.toLowerCase(Locale.ROOT);
            double per = u.startsWith("minute") ? 1.0 / 1440 : u.startsWith("hour") ? 1.0 / 24
                    : u.startsWith("week") ? 7 : u.startsWith("month") ? 30 : u.startsWith("year") ? 365 : 1;
            return value * per;
        }
    }

    /** The numbers of one sentence, in order. */
    static List<Found> find(String sentence) {
        List<Found> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(sentence);
        while (m.find()) {
            String qualifier = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
            String number = m.group(2);
            Double value = value(number, m.group(3));
            if (value == null) {
                continue;
            }
            String lower = number.toLowerCase(Locale.ROOT);
            if (VAGUE.containsKey(lower) && qualifier == null) {
                qualifier = "at least";
            }
            int end = m.end();
            String rest = sentence.substring(end);
            Kind kind = Kind.COUNT;
            String unit;
            Matcher h = HYPHEN_UNIT.matcher(rest);
            if (h.find() && !Character.isDigit(rest.length() > 1 ? rest.charAt(1) : ' ')) {
                // "four-day talks", "2,600-kilometre border": the unit, then the thing it measures
                String u = h.group(1).toLowerCase(Locale.ROOT);
                end += h.end();
                String noun = nounAfter(sentence, end);
                unit = noun.isEmpty() ? u : u + " " + noun;
                kind = TIME_UNITS.contains(singular(u)) ? Kind.DURATION : Kind.MEASURE;
                if ("old".equalsIgnoreCase(h.group(2))) {
                    kind = Kind.MEASURE;
                    unit = u + "-old" + (noun.isEmpty() ? "" : " " + noun);
                }
            } else {
                if (lower.matches("\\d{4}") && value >= 1800 && value <= 2100 && m.group(1) == null) {
                    continue; // a year
                }
                if (rest.startsWith("%") || rest.toLowerCase(Locale.ROOT).startsWith(" per cent")
                        || rest.toLowerCase(Locale.ROOT).startsWith(" percent")) {
                    unit = "percent";
                    kind = Kind.MEASURE;
                } else {
                    // "thousands of workers": a vague figure names what it counts after "of"
                    int after = VAGUE.containsKey(lower) && rest.toLowerCase(Locale.ROOT).startsWith(" of ") ? end + 3 : end;
                    unit = nounAfter(sentence, after);
                    String first = unit.isEmpty() ? "" : singular(unit.split(" ")[0].toLowerCase(Locale.ROOT));
                    if (TIME_UNITS.contains(first)) {
                        kind = Kind.DURATION;
                    }
                }
            }
            if (unit.isEmpty() && !VAGUE.containsKey(lower)) {
                continue; // a bare number ("four or five times" aside) says nothing checkable
            }
            String harm = kind == Kind.COUNT ? harm(sentence, m.start(), end) : null;
            String counted = harm == null ? unit : (unit.isEmpty() ? "people" : unit) + " " + harm;
            out.add(new Found(m.start(), end, value, qualifier, counted.strip(), kind, harm,
                    sentence.substring(m.start(), end)));
        }
        Matcher w = WEEK_LONG.matcher(sentence);
        while (w.find()) {
            String noun = nounAfter(sentence, w.end());
            String text = sentence.substring(w.start(), w.end());
            out.add(new Found(w.start(), w.end(), 1, null, (w.group(1).toLowerCase(Locale.ROOT) + " " + noun).strip(),
                    Kind.DURATION, null, text));
        }
        out.sort(java.util.Comparator.comparingInt(Found::start));
        return out;
    }

    private static Double value(String number, String scale) {
        String n = number.toLowerCase(Locale.ROOT).replace('-', ' ');
        double v;
        if (n.matches("[\\d.,]+")) {
            try {
                v = Double.parseDouble(n.replace(",", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        } else if (VAGUE.containsKey(n)) {
            v = VAGUE.get(n);
        } else {
            String[] parts = n.split(" ");
            if (parts.length == 2 && WORDS.containsKey(parts[0]) && WORDS.containsKey(parts[1]) && !n.startsWith("a ")) {
                v = WORDS.get(parts[0]) + WORDS.get(parts[1]);
            } else if (WORDS.containsKey(n)) {
                v = WORDS.get(n);
            } else {
                return null;
            }
        }
        if (scale != null) {
            v *= SCALE.get(scale.toLowerCase(Locale.ROOT));
        }
        return v;
    }

    /** Up to three content words after a number ("Pakistani soldiers", "hours of discussions"). */
    static String nounAfter(String sentence, int from) {
        List<String> words = new ArrayList<>();
        int at = from;
        boolean of = false;
        while (words.size() < 4) {
            Matcher w = UNIT_WORD.matcher(sentence.substring(at));
            if (!w.find()) {
                break;
            }
            String word = w.group(1);
            String lower = word.toLowerCase(Locale.ROOT);
            boolean afterTimeUnit = !words.isEmpty() && TIME_UNITS.contains(singular(words.get(words.size() - 1)));
            if (lower.equals("of") && !of && afterTimeUnit) {
                of = true; // "hours of discussions"
            } else if (STOP.contains(lower) || lower.endsWith("ly") || afterTimeUnit) {
                break;
            }
            words.add(word);
            at += w.end();
            boolean plural = lower.endsWith("s") && lower.length() > 3 && !lower.endsWith("ss");
            if (plural && !TIME_UNITS.contains(singular(lower))) {
                break; // a plural noun ends the phrase: "soldiers", "people"
            }
            if (lower.equals("people")) {
                break;
            }
        }
        if (!words.isEmpty() && words.get(words.size() - 1).equalsIgnoreCase("of")) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    private static String singular(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.endsWith("s") ? l.substring(0, l.length() - 1) : l;
    }

    /** "killed" or "wounded" when the sentence says that happened to what the number counts. */
    private static String harm(String sentence, int start, int end) {
        String around = sentence.substring(Math.max(0, start - 40), Math.min(sentence.length(), end + 60));
        Matcher k = KILLED.matcher(around);
        Matcher w = WOUNDED.matcher(around);
        boolean killed = k.find();
        boolean wounded = w.find();
        if (killed && wounded) {
            return Math.abs(k.start() - 40) <= Math.abs(w.start() - 40) ? "killed" : "wounded";
        }
        return killed ? "killed" : wounded ? "wounded" : null;
    }
}
