package org.parallax.claims;

import org.parallax.internal.WordLists;
import org.parallax.model.Article;
import org.parallax.model.Parse;
import org.parallax.model.Sentence;
import org.parallax.model.TimeExpression;
import org.parallax.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the figures of an article's sentences as typed facts ({@link Figure}): the number (digits, words,
 * "20, 000", "$82 million", "3 lakh", "three-quarters", "dozens"), its hedge ({@code hedges.tsv}), its unit
 * ({@code units.tsv}: durations, lengths, speeds, money by currency, percent) or what it counts, and from the
 * sentence's dependency parse the verb it belongs to, the words around it, a place, a date and who the
 * sentence credits. Dates, years, clock times of day, ordinals, scores ("9-3") and house numbers are not
 * figures. Sentences without a parse give their figures with what the tokens alone show.
 *
 * <p>Linear in the article: each token is read a bounded number of times. Thread-safe.
 */
final class FigureReader {
    private static final Map<String, Double> NUMBERS = new HashMap<>();
    private static final Map<String, Double> FRACTIONS = new HashMap<>();
    private static final Map<String, Double> SCALES = new HashMap<>();
    private static final Map<String, double[]> VAGUE = new HashMap<>();
    private static final Map<String, double[]> HEDGES = new HashMap<>();
    private static final Map<String, Unit> UNITS = new HashMap<>();
    private static final Set<String> REPORT_VERBS = WordLists.set(FigureReader.class, "/org/parallax/text/report-verbs.txt");
    private static final Set<String> IRREALIS = WordLists.set(FigureReader.class, "irrealis.txt");
    private static final Set<String> WINDOW = WordLists.set(FigureReader.class, "window-words.txt");
    private static final Set<String> PEOPLE_VERBS = WordLists.set(FigureReader.class, "people-verbs.txt");
    /** Vague words too loose to contradict any figure. */
    private static final Set<String> LOOSE = Set.of("several", "a few", "a handful");
    /** Words before or after a number that make it an increment, not a total. */
    private static final Set<String> INCREMENT = Set.of("more", "another", "further", "additional", "extra", "other");
    /** Nouns of time that a money amount or count is dated by, never what it counts ("$80 million last summer"). */
    private static final Set<String> TIME_NOUNS = Set.of("summer", "winter", "spring", "autumn", "fall", "season",
            "year", "month", "week", "day", "night", "morning", "evening", "afternoon", "decade", "century",
            "quarter", "time", "today", "yesterday", "tomorrow");
    /** Verbs that carry no content of their own: a figure's topic is in their arguments. */
    private static final Set<String> LIGHT = Set.of("be", "have", "do", "get", "make", "put", "give", "go", "come",
            "become", "remain", "show", "see", "seem", "include", "follow", "leave", "use", "take");

    static {
        for (String line : WordLists.lines(FigureReader.class, "numbers.tsv")) {
            String[] f = line.split("\t");
            double v = Double.parseDouble(f[1]);
            switch (f[2]) {
                case "number" -> NUMBERS.put(f[0], v);
                case "fraction" -> FRACTIONS.put(f[0], v);
                case "scale" -> SCALES.put(f[0], v);
                default -> throw new IllegalStateException("numbers.tsv: unknown kind " + f[2]);
            }
        }
        for (String line : WordLists.lines(FigureReader.class, "vague.tsv")) {
            String[] f = line.split("\t");
            VAGUE.put(f[0], new double[]{Double.parseDouble(f[1]), Double.parseDouble(f[2])});
        }
        for (String line : WordLists.lines(FigureReader.class, "hedges.tsv")) {
            String[] f = line.split("\t");
            HEDGES.put(f[0], new double[]{Double.parseDouble(f[1]),
                    f[2].equals("inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(f[2])});
        }
        for (String line : WordLists.lines(FigureReader.class, "units.tsv")) {
            String[] f = line.split("\t");
            UNITS.put(f[0], new Unit(f[1], f[2], Double.parseDouble(f[3])));
        }
    }

    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    private static final Pattern THOUSANDS_TAIL = Pattern.compile("\\d{3}");
    private static final Pattern SUFFIXED = Pattern.compile("(\\d+(?:\\.\\d+)?)(m|bn|mn|k|%)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREFIXED = Pattern.compile("(us\\$|\\$|€|£|¥|euro|rs\\.?)(\\d[\\d,]*(?:\\.\\d+)?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HYPHEN_UNIT = Pattern.compile("([\\d,.]+|[a-z]+)-([a-z]+)(?:-(long|old))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}:\\d{2}");
    private static final Set<String> CLOCK_AFTER = Set.of("left", "remaining", "to go", "to play");
    private static final Set<String> TIME_OF_DAY = Set.of("a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock", "gmt",
            "utc", "ist", "pst", "est", "edt", "bst", "cet");

    private FigureReader() {
    }

    /** A unit of measure: its kind, normalised unit and factor to it. */
    record Unit(String kind, String unit, double factor) {
        Figure.Kind figureKind() {
            return switch (kind) {
                case "duration" -> Figure.Kind.DURATION;
                case "money" -> Figure.Kind.MONEY;
                case "percent" -> Figure.Kind.PERCENT;
                default -> Figure.Kind.MEASURE;
            };
        }
    }

    /** The figures of every sentence of the article, in order. */
    static List<Figure> read(Article article) {
        List<Figure> out = new ArrayList<>();
        Map<String, Set<String>> places = new HashMap<>();
        for (Sentence s : article.sentences()) {
            out.addAll(read(article, s, places));
        }
        return out;
    }

    /** How many of an article's first sentences may name its scene. */
    private static final int SCENE_SENTENCES = 2;

    /**
     * Where the article's story happens: the place of its dateline, else the first place its lead (the
     * first two sentences) names ("Three people died when an Athens bank went up in flames"), or null. A
     * figure whose own sentence names no place is taken to hold there when a typed fact is compared.
     */
    static String scene(Article article) {
        if (article.dateline() != null && !article.dateline().isBlank()) {
            return article.dateline();
        }
        int seen = 0;
        for (Sentence s : article.sentences()) {
            if (seen++ >= SCENE_SENTENCES) {
                break;
            }
            List<Token> tokens = s.tokens();
            Parse parse = s.parse();
            if (parse == null) {
                continue; // without a parse a place cannot be told from a modifier ("an Athens bank")
            }
            for (int k = 0; k < tokens.size(); k++) {
                if (location(tokens.get(k)) && where(parse, tokens, k)) {
                    return span(tokens, k);
                }
            }
        }
        return null;
    }

    /** A number found at a place in a sentence's tokens. */
    private record Number(int from, int to, double value, double low, double high, boolean vague, Unit unit) {
    }

    static List<Figure> read(Article article, Sentence s) {
        return read(article, s, new HashMap<>());
    }

    /** The figures of one sentence; {@code places} holds, by counted noun, the places of the article's figures so far. */
    private static List<Figure> read(Article article, Sentence s, Map<String, Set<String>> places) {
        List<Figure> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        int i = 0;
        while (i < tokens.size()) {
            Number n = number(tokens, i);
            if (n == null) {
                i++;
                continue;
            }
            n = range(tokens, n);
            i = n.to() + 1;
            if (!isFigure(article, s, n)) {
                continue;
            }
            Figure f = figure(article, s, n, places);
            if (f != null) {
                out.add(f);
                if (f.counted() != null) {
                    places.computeIfAbsent(f.counted(), k -> new HashSet<>()).add(f.place() == null ? "" : f.place().toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    // --- the number ---------------------------------------------------------------------------------------

    /** "one or two", "four to five", "30 to 40", "between 1,800 and 2,100": one figure holding both ends. */
    private static Number range(List<Token> tokens, Number n) {
        int k = n.to() + 1;
        boolean between = n.from() > 0 && lower(tokens.get(n.from() - 1)).equals("between");
        if (n.unit() == null && !n.vague() && k + 1 < tokens.size()
                && (lower(tokens.get(k)).equals("or") || lower(tokens.get(k)).equals("to")
                || between && lower(tokens.get(k)).equals("and"))) {
            Number other = number(tokens, k + 1);
            if (other != null && other.unit() == null && !other.vague() && other.value() > n.value()
                    && other.value() <= n.value() * 10) {
                return new Number(between ? n.from() - 1 : n.from(), other.to(), n.value(), n.value(), other.value(), false, null);
            }
        }
        return n;
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }

    /** The number that starts at token {@code i}, with a scale or currency symbol glued to it, or null. */
    private static Number number(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = lower(t);
        // vague words, longest phrase first: "hundreds of thousands"
        for (int len = 3; len >= 1; len--) {
            if (i + len <= tokens.size()) {
                String phrase = join(tokens, i, i + len - 1);
                double[] range = VAGUE.get(phrase);
                if (range != null && !(len == 1 && phrase.equals("several") && !nextIsNoun(tokens, i))) {
                    return new Number(i, i + len - 1, range[0], range[0], range[1], true, null);
                }
            }
        }
        Matcher clock = CLOCK.matcher(w);
        if (clock.matches()) {
            return new Number(i, i, clockSeconds(w), clockSeconds(w), clockSeconds(w), false, new Unit("clock", "clock", 1));
        }
        Double value = null;
        Unit unit = null;
        int to = i;
        Matcher prefixed = PREFIXED.matcher(w);
        Matcher suffixed = SUFFIXED.matcher(w);
        if (DIGITS.matcher(w).matches() && !"CD".equals(t.tag()) && t.tag() != null && !t.isTag("JJ") && !t.isTag("NN")
                && !t.isTag("$")) {
            return null; // a digit run the tagger does not read as a number (a list marker, a code)
        }
        if (DIGITS.matcher(w).matches()) {
            value = parse(w);
            if (i + 1 < tokens.size() && Set.of("st", "nd", "rd", "th").contains(lower(tokens.get(i + 1)))
                    && tokens.get(i + 1).start() == t.end()) {
                return null; // "2,292nd": an ordinal the tokenizer split
            }
            // "20, 000": a number split by the tokenizer at its thousands separator
            while (to + 2 < tokens.size() && tokens.get(to + 1).word().equals(",")
                    && THOUSANDS_TAIL.matcher(tokens.get(to + 2).word()).matches()
                    && tokens.get(to + 1).start() == tokens.get(to).end() && value < 1000 && to == i
                    || to + 2 < tokens.size() && to > i && tokens.get(to + 1).word().equals(",")
                    && THOUSANDS_TAIL.matcher(tokens.get(to + 2).word()).matches()
                    && tokens.get(to + 1).start() == tokens.get(to).end()) {
                value = value * 1000 + Double.parseDouble(tokens.get(to + 2).word());
                to += 2;
            }
        } else if (prefixed.matches()) {
            value = parse(prefixed.group(2));
            unit = UNITS.get(prefixed.group(1).replace(".", "").toLowerCase(Locale.ROOT));
            if (unit == null) {
                unit = UNITS.get("$");
            }
        } else if (suffixed.matches()) {
            value = parse(suffixed.group(1));
            String suffix = suffixed.group(2).toLowerCase(Locale.ROOT);
            if (suffix.equals("%")) {
                unit = UNITS.get("%");
            } else {
                value *= SCALES.get(suffix);
            }
        } else if (NUMBERS.containsKey(w) || isCompoundWordNumber(w)) {
            if (w.equals("one") && !"CD".equals(t.tag())) {
                return null; // "one of them", "no one"
            }
            value = wordValue(w);
            // "two hundred", "forty five"
            while (to + 1 < tokens.size() && (lower(tokens.get(to + 1)).equals("hundred")
                    || isUnit(value) && NUMBERS.containsKey(lower(tokens.get(to + 1)))
                    && NUMBERS.get(lower(tokens.get(to + 1))) < 10)) {
                String next = lower(tokens.get(to + 1));
                value = next.equals("hundred") ? value * 100 : value + NUMBERS.get(next);
                to++;
            }
        } else if ((w.equals("a") || w.equals("an")) && i + 1 < tokens.size()
                && (lower(tokens.get(i + 1)).equals("dozen") || lower(tokens.get(i + 1)).equals("hundred"))) {
            value = NUMBERS.get(lower(tokens.get(i + 1)));
            to = i + 1;
        } else if (FRACTIONS.containsKey(w) && w.contains("-")) {
            value = FRACTIONS.get(w); // "three-quarters"
            unit = UNITS.get("%");
            value *= 100;
        } else {
            Matcher hyphen = HYPHEN_UNIT.matcher(w);
            if (hyphen.matches() && "long".equals(lowerOrNull(hyphen.group(2))) && UNITS.containsKey(hyphen.group(1))
                    && UNITS.get(hyphen.group(1)).kind().equals("duration")) {
                return new Number(i, i, 1, 1, 1, false, UNITS.get(hyphen.group(1))); // "week-long": one week
            }
            if (hyphen.matches()) {
                // "four-day", "2,600-kilometre", "61-year-old"
                Double v = DIGITS.matcher(hyphen.group(1)).matches() ? parse(hyphen.group(1)) : wordValueOrNull(hyphen.group(1));
                Unit u = UNITS.get(hyphen.group(2));
                if (v != null && u != null) {
                    if ("old".equals(hyphen.group(3))) {
                        u = new Unit("age", "age", 1);
                    }
                    return new Number(i, i, v, v, v, false, u);
                }
            }
            return null;
        }
        if (value == null) {
            return null;
        }
        // a fraction word after a number: "three quarters of"
        if (unit == null && to + 1 < tokens.size() && FRACTIONS.containsKey(lower(tokens.get(to + 1)))
                && to + 2 < tokens.size() && lower(tokens.get(to + 2)).equals("of")) {
            value = value * FRACTIONS.get(lower(tokens.get(to + 1))) * 100;
            unit = UNITS.get("%");
            to++;
        }
        // scale words: "82 million", "3 lakh"
        while (to + 1 < tokens.size() && SCALES.containsKey(lower(tokens.get(to + 1)))
                && lower(tokens.get(to + 1)).length() > 2) {
            value *= SCALES.get(lower(tokens.get(to + 1)));
            to++;
        }
        // a currency symbol before it: "$ 82"
        if (unit == null && i > 0) {
            Unit before = UNITS.get(lower(tokens.get(i - 1)));
            if (before != null && before.kind().equals("money") && tokens.get(i - 1).word().length() <= 3) {
                unit = before;
                i--;
            }
        }
        return new Number(i, to, value, value, value, false, unit);
    }

    private static String lowerOrNull(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static boolean nextIsNoun(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i + 1).isTag("NN");
    }

    private static boolean isUnit(double v) {
        return v >= 20 && v < 100 && v % 10 == 0;
    }

    private static boolean isCompoundWordNumber(String w) {
        int dash = w.indexOf('-');
        return dash > 0 && NUMBERS.containsKey(w.substring(0, dash)) && NUMBERS.containsKey(w.substring(dash + 1));
    }

    private static double wordValue(String w) {
        int dash = w.indexOf('-');
        if (dash > 0 && !NUMBERS.containsKey(w)) {
            return NUMBERS.get(w.substring(0, dash)) + NUMBERS.get(w.substring(dash + 1));
        }
        return NUMBERS.get(w);
    }

    private static Double wordValueOrNull(String w) {
        return NUMBERS.containsKey(w) || isCompoundWordNumber(w) ? wordValue(w) : null;
    }

    private static Double parse(String digits) {
        try {
            return Double.parseDouble(digits.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static double clockSeconds(String w) {
        int colon = w.indexOf(':');
        return Integer.parseInt(w.substring(0, colon)) * 60 + Integer.parseInt(w.substring(colon + 1));
    }

    private static String join(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k <= to; k++) {
            b.append(k == from ? "" : " ").append(lower(tokens.get(k)));
        }
        return b.toString();
    }

    /** Not a date, a year, a time of day, an ordinal, a score, a house number or a name's numeral. */
    private static boolean isFigure(Article article, Sentence s, Number n) {
        List<Token> tokens = s.tokens();
        Token first = tokens.get(n.from());
        Token last = tokens.get(n.to());
        boolean clock = n.unit() != null && n.unit().kind().equals("clock");
        if (clock) {
            return n.to() + 1 < tokens.size() && CLOCK_AFTER.contains(afterWords(tokens, n.to() + 1));
        }
        for (TimeExpression t : article.times()) {
            if (t.start() < last.end() && first.start() < t.end() && !"DURATION".equals(t.type())
                    && !"SET".equals(t.type())) {
                return false; // part of a date or a time of day
            }
        }
        String w = last.word();
        if (n.unit() == null && !n.vague() && w.matches("\\d{4}") && n.value() >= 1800 && n.value() <= 2100) {
            return false; // a year SUTime did not mark
        }
        if (n.from() > 0 && tokens.get(n.from() - 1).word().equals("#")) {
            return false;
        }
        if (n.to() + 1 < tokens.size() && TIME_OF_DAY.contains(lower(tokens.get(n.to() + 1)))
                || n.to() + 1 < tokens.size() && tokens.get(n.to() + 1).word().startsWith(":")
                || n.from() > 0 && tokens.get(n.from() - 1).word().endsWith(":")) {
            return false; // "6: 00 p.m.", "5: 30": a time of day the tokenizer split
        }
        if (n.to() + 1 < tokens.size()) {
            Token next = tokens.get(n.to() + 1);
            // a house number or a name's numeral: "40 East Fifth Avenue", "2016 Ontario"
            if (n.unit() == null && next.isTag("NNP") && !"CD".equals(next.tag()) && first.start() > s.start()
                    && !isUnitWord(next) && Character.isDigit(w.charAt(0))) {
                return false;
            }
        }
        // "version 7", "Windows 2000", "IE 7": a numeral after a name
        if (n.from() > 0 && n.unit() == null && tokens.get(n.from() - 1).isTag("NNP") && Character.isDigit(w.charAt(0))
                && (n.to() + 1 >= tokens.size() || !isCommonNoun(tokens.get(n.to() + 1)))) {
            return false;
        }
        if (n.from() > 0 && Set.of("version", "number", "no.", "page", "chapter", "article", "section", "room",
                "flight", "route", "highway", "interstate", "channel", "row", "level", "grade", "category",
                "game", "week", "round", "stage", "phase").contains(lower(tokens.get(n.from() - 1)))) {
            return false;
        }
        return true;
    }

    private static boolean isUnitWord(Token t) {
        return UNITS.containsKey(lower(t));
    }

    private static String afterWords(List<Token> tokens, int k) {
        String one = lower(tokens.get(k));
        if (k + 1 < tokens.size() && (one.equals("to"))) {
            return one + " " + lower(tokens.get(k + 1));
        }
        return one;
    }

    // --- what it counts, from the parse -------------------------------------------------------------------

    private static Figure figure(Article article, Sentence s, Number n, Map<String, Set<String>> places) {
        List<Token> tokens = s.tokens();
        Parse parse = s.parse();
        int from = n.from();
        int to = n.to();
        double value = n.value();
        double low = n.low();
        double high = n.high();
        Unit unit = n.unit();
        // the unit after the number: "three hours", "5.4 percent", "82 million dollars", "7 minutes 41 seconds"
        if (unit == null && to + 1 < tokens.size()) {
            String next = lower(tokens.get(to + 1));
            String two = to + 2 < tokens.size() ? next + " " + lower(tokens.get(to + 2)) : null;
            if (two != null && UNITS.containsKey(two)) {
                unit = UNITS.get(two);
                to += 2;
            } else if (UNITS.containsKey(next) && !(next.equals("m") && !tokens.get(to + 1).word().equals("m"))) {
                unit = UNITS.get(next);
                to++;
            }
            if (unit != null && unit.kind().equals("duration")) {
                // "7 minutes 41 seconds": a second number and unit adds on
                double total = value * unit.factor();
                if (to + 2 < tokens.size()) {
                    Number more = number(tokens, to + 1);
                    Unit u2 = more == null || more.to() + 1 >= tokens.size() ? null : UNITS.get(lower(tokens.get(more.to() + 1)));
                    if (more != null && u2 != null && u2.kind().equals("duration") && u2.factor() < unit.factor()) {
                        total += more.value() * u2.factor();
                        to = more.to() + 1;
                        low = high = total;
                        value = total / unit.factor();
                        return build(article, s, n, from, to, value, total, total, unit, parse, places);
                    }
                }
            }
        }
        if (unit != null) {
            low *= unit.factor();
            high *= unit.factor();
        }
        return build(article, s, n, from, to, value, low, high, unit, parse, places);
    }

    private static Figure build(Article article, Sentence s, Number n, int from, int to, double value, double low,
                                double high, Unit unit, Parse parse, Map<String, Set<String>> places) {
        List<Token> tokens = s.tokens();
        // the hedge: "as many as", "more than", "nearly", "an estimated"; or after: "or more"
        String qualifier = null;
        int start = from;
        for (int len = 3; len >= 1 && qualifier == null; len--) {
            if (from - len >= 0) {
                String phrase = join(tokens, from - len, from - 1);
                double[] h = HEDGES.get(phrase);
                if (h != null) {
                    qualifier = phrase;
                    start = from - len;
                    low = h[0] == 0 ? 0 : low * h[0];
                    high = Double.isInfinite(h[1]) ? Double.POSITIVE_INFINITY : high * h[1];
                }
            }
        }
        if (qualifier == null && to + 2 < tokens.size()) {
            String after = join(tokens, to + 1, to + 2);
            double[] h = HEDGES.get(after);
            if (h != null && (after.equals("or more") || after.equals("or so"))) {
                qualifier = after;
                low = low * h[0];
                high = Double.isInfinite(h[1]) ? Double.POSITIVE_INFINITY : high * h[1];
            }
        }
        int anchor = parse == null ? to : attachment(parse, from, to);
        if (unit == null && parse != null && isAge(parse, tokens, anchor)) {
            unit = new Unit("age", "age", 1); // "Lindqvist, 61,": a number in apposition to a name is an age
        }
        boolean gameClock = unit != null && unit.kind().equals("duration") && to + 1 < tokens.size()
                && CLOCK_AFTER.contains(afterWords(tokens, to + 1));
        if (gameClock) {
            unit = new Unit("clock", "clock", 1); // "7 minutes 41 seconds to go": a moment on a game clock
        }
        Figure.Kind kind = unit == null ? Figure.Kind.COUNT
                : unit.kind().equals("clock") ? Figure.Kind.CLOCK : unit.figureKind();
        String unitName = unit == null ? null : unit.kind().equals("age") ? "age" : unit.unit();
        String counted = null;
        List<String> modifiers = new ArrayList<>();
        int countedAt = -1;
        boolean partitive = false;
        if (parse != null) {
            countedAt = counted(parse, tokens, anchor, from, to, kind);
            if (countedAt >= 0) {
                counted = tokens.get(countedAt).lemmaOrWord();
                for (int c : parse.children(countedAt)) {
                    String r = parse.relation(c);
                    if ((r.equals("amod") || r.equals("compound")) && (c < from || c > to) && content(tokens.get(c))) {
                        modifiers.add(tokens.get(c).lemmaOrWord());
                    }
                    // "eight of the jurors", "one of their co-workers": a part of a group named as a whole
                    if (kind == Figure.Kind.COUNT && (r.equals("det") || r.equals("nmod:poss")) && countedAt > to
                            && countedAt - to >= 2 && lower(tokens.get(to + 1)).equals("of")) {
                        partitive = true;
                    }
                }
            }
        } else if (kind == Figure.Kind.COUNT && to + 1 < tokens.size() && isCommonNoun(tokens.get(to + 1))) {
            countedAt = to + 1;
            counted = tokens.get(to + 1).lemmaOrWord();
        }
        if (kind == Figure.Kind.COUNT && countedAt < 0 && !n.vague() && parse == null) {
            return null; // a bare number without a parse says nothing checkable
        }
        // the phrase as written runs through the counted noun when it follows the number closely
        int end = to;
        if (countedAt > to && countedAt - to <= 4) {
            end = countedAt;
        }
        int predicate = parse == null ? -1 : predicate(parse, tokens, countedAt >= 0 ? countedAt : anchor,
                kind == Figure.Kind.CLOCK);
        if (kind == Figure.Kind.COUNT && counted == null && predicate >= 0 && parse.head(anchor) == predicate
                && PEOPLE_VERBS.contains(tokens.get(predicate).lemmaOrWord())
                && (parse.baseRelation(anchor).equals("obj") || parse.relation(anchor).equals("nsubj:pass"))) {
            counted = "person"; // "the clashes killed dozens": a verb of harm counts people
        }
        String place = place(parse, tokens, countedAt >= 0 ? countedAt : anchor);
        // "another 20,000 marched in Leeds" after a count for London (or for no place said): the increment
        // is over another place's count, so it is the whole count of its own place
        boolean increment = increment(tokens, start, to) && !(place != null && counted != null
                && places.containsKey(counted) && !places.get(counted).contains(place.toLowerCase(Locale.ROOT)));
        if (LOOSE.contains(join(tokens, from, to)) || increment || window(tokens, start)
                || wholeOfPart(tokens, start) || conversion(tokens, start, kind)
                || parse != null && (irrealis(parse, tokens, predicate) || wishedFor(parse, tokens, countedAt, from))) {
            partitive = true;
        }
        Set<String> context = parse == null ? bag(tokens, from, end) : context(parse, tokens, anchor, countedAt, predicate, from, to);
        String holder = parse == null ? null : holder(article, s, parse, predicate, countedAt);
        if (holder != null) {
            context.add(stem(holder));
        }
        String text = s.textOf(start, end);
        return new Figure(article.id(), s.index(), tokens.get(start).start(), tokens.get(end).end(), text, value,
                low, high, qualifier, kind, unitName, counted, modifiers,
                predicate < 0 ? null : tokens.get(predicate).lemmaOrWord(), context,
                place, parse == null ? null : source(parse, tokens, predicate),
                dayOf(article, s, parse, predicate), holder, clause(s, parse, predicate, start, end),
                unit == null ? 1 : unit.factor(), partitive);
    }

    /** "the first two games", "its next 23 games", "the past four seasons": a stretch of a sequence. */
    private static boolean window(List<Token> tokens, int start) {
        return start > 0 && WINDOW.contains(lower(tokens.get(start - 1)));
    }

    /**
     * The whole a part is taken of ("won 18 of its next 23 games"): the verb states the part; the whole
     * is a frame for it, not a fact of the same verb.
     */
    private static boolean wholeOfPart(List<Token> tokens, int start) {
        for (int k = start - 1; k >= Math.max(0, start - 4); k--) {
            String w = lower(tokens.get(k));
            if (w.equals("of")) {
                return k > 0 && tokens.get(k - 1).isTag("CD");
            }
            if (!tokens.get(k).isTag("DT") && !tokens.get(k).isTag("PRP$") && !WINDOW.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * An amount in brackets right after an amount ("euro22 billion ($28 billion)"): the outlet's conversion
     * into another currency, its own arithmetic rather than a reported fact.
     */
    private static boolean conversion(List<Token> tokens, int start, Figure.Kind kind) {
        if (kind != Figure.Kind.MONEY || start < 2) {
            return false;
        }
        String open = tokens.get(start - 1).word();
        if (!open.equals("(") && !open.equals("-LRB-") && !open.equals("[")) {
            return false;
        }
        for (int k = start - 2; k >= Math.max(0, start - 4); k--) {
            if (tokens.get(k).isTag("CD")) {
                return true;
            }
        }
        return false;
    }

    /** "20 more people", "another 20,000", "a further 500": an increment on a figure given elsewhere. */
    private static boolean increment(List<Token> tokens, int start, int to) {
        if (start > 0 && INCREMENT.contains(lower(tokens.get(start - 1)))) {
            return true;
        }
        return to + 1 < tokens.size() && INCREMENT.contains(lower(tokens.get(to + 1)));
    }

    /**
     * The figure's verb is a wish, a plan or a modal ("needed nine points", "could cost $2 million"), or is
     * the complement of one ("plans to cut 500 jobs"). A relative or adverbial clause is a fact of its own:
     * "expected more from a team that had signed him for $80 million" states the $80 million.
     */
    static boolean irrealis(Parse parse, List<Token> tokens, int predicate) {
        if (predicate < 0) {
            return false;
        }
        int k = predicate;
        while (true) {
            if (IRREALIS.contains(tokens.get(k).lemmaOrWord()) && tokens.get(k).isTag("VB")) {
                return true;
            }
            for (int c : parse.children(k)) {
                if (parse.relation(c).startsWith("aux") && "MD".equals(tokens.get(c).tag())) {
                    return true;
                }
            }
            if (!parse.relation(k).equals("xcomp") || parse.head(k) < 0) {
                return false;
            }
            k = parse.head(k);
        }
    }

    /**
     * A verb of wish or need the tagger read as an adjective of the counted noun, before the number: "the
     * senior needed nine points to pass ..." parsed as a noun phrase "needed nine points". The figure is
     * what was needed, as {@link #irrealis} says of a parse that got the verb.
     */
    private static boolean wishedFor(Parse parse, List<Token> tokens, int counted, int from) {
        if (counted < 0) {
            return false;
        }
        for (int c : parse.children(counted)) {
            Token t = tokens.get(c);
            if (c < from && parse.baseRelation(c).equals("amod") && (t.isTag("VBN") || t.isTag("VBD"))
                    && IRREALIS.contains(t.lemmaOrWord())) {
                return true;
            }
        }
        return false;
    }

    /** The words of the figure's clause (its verb's subtree, else the sentence), the figure itself as "N". */
    private static String clause(Sentence s, Parse parse, int predicate, int start, int end) {
        List<Token> tokens = s.tokens();
        int lo = 0;
        int hi = tokens.size() - 1;
        if (parse != null && predicate >= 0) {
            int[] span = parse.subtree(predicate);
            lo = span[0];
            hi = span[1];
        }
        StringBuilder b = new StringBuilder();
        for (int k = lo; k <= hi; k++) {
            if (k >= start && k <= end) {
                if (k == start) {
                    b.append(b.length() == 0 ? "" : " ").append("N");
                }
                continue;
            }
            b.append(b.length() == 0 ? "" : " ").append(tokens.get(k).word());
        }
        return b.toString();
    }

    private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom");

    /** The named actor the figure belongs to: a proper-noun subject of its verb, or the owner of what it counts. */
    private static String holder(Article article, Sentence s, Parse parse, int predicate, int counted) {
        List<Token> tokens = s.tokens();
        if (counted >= 0) {
            int owner = parse.child(counted, "nmod:poss");
            if (owner >= 0 && isName(tokens.get(owner))) {
                return tokens.get(owner).word().toLowerCase(Locale.ROOT);
            }
        }
        if (predicate < 0) {
            return null;
        }
        int subject = parse.child(predicate, "nsubj");
        if (subject >= 0 && RELATIVE.contains(lower(tokens.get(subject))) && parse.relation(predicate).startsWith("acl")) {
            subject = parse.head(predicate); // "Okafor, who now has 2,302 points"
        }
        if (subject >= 0) {
            int name = lastNameToken(parse, tokens, subject);
            if (name >= 0) {
                return tokens.get(name).word().toLowerCase(Locale.ROOT);
            }
            String w = lower(tokens.get(subject));
            if (w.equals("he") || w.equals("she")) {
                return lastPerson(article, s, tokens.get(subject).start());
            }
        }
        return null;
    }

    /** How many sentences back a "he" or "she" is looked up. */
    private static final int PRONOUN_REACH = 3;

    /**
     * The surname of the person last named before this point of the article (in this sentence or the few
     * before it): the person a sentence-initial "he" or "she" most often continues. A plain recency rule;
     * a wrong guess only keeps two figures apart that could have been compared.
     */
    private static String lastPerson(Article article, Sentence s, int before) {
        for (int i = s.index(); i >= Math.max(0, s.index() - PRONOUN_REACH); i--) {
            List<Token> ts = article.sentences().get(i).tokens();
            for (int k = ts.size() - 1; k >= 0; k--) {
                if (ts.get(k).start() < before && "PERSON".equals(ts.get(k).ner())
                        && (k + 1 >= ts.size() || !"PERSON".equals(ts.get(k + 1).ner()))) {
                    return ts.get(k).word().toLowerCase(Locale.ROOT);
                }
            }
        }
        return null;
    }

    private static int lastNameToken(Parse parse, List<Token> tokens, int head) {
        if (isName(tokens.get(head))) {
            return head;
        }
        return -1;
    }

    private static boolean isName(Token t) {
        return t.isTag("NNP") && t.ner() != null && !t.ner().equals("O") || "PERSON".equals(t.ner())
                || "ORGANIZATION".equals(t.ner());
    }

    private static boolean isAge(Parse parse, List<Token> tokens, int anchor) {
        String r = parse.baseRelation(anchor);
        return Character.isDigit(tokens.get(anchor).word().charAt(0)) // news gives ages in figures: "Lind, one of ..." is no age
                && (r.equals("appos") || r.equals("amod") || r.equals("nummod") || r.equals("dep"))
                && agedPerson(parse, tokens, anchor) >= 0;
    }

    /**
     * The person a number in apposition gives the age of: its governor when that is a name, or, where the
     * parser hung the number on the noun a name is in apposition to ("the driver, Tomas Berg, 34,"), that
     * name; -1 when neither lies within three tokens before or after.
     */
    private static int agedPerson(Parse parse, List<Token> tokens, int anchor) {
        int h = parse.head(anchor);
        if (h < 0) {
            return -1;
        }
        if ("PERSON".equals(tokens.get(h).ner())) {
            return Math.abs(h - anchor) <= 3 ? h : -1;
        }
        for (int c : parse.children(h)) {
            if (parse.baseRelation(c).equals("appos") && "PERSON".equals(tokens.get(c).ner()) && c < anchor && anchor - c <= 3) {
                return c;
            }
        }
        return -1;
    }

    /** The token of [from, to] whose governor lies outside it. */
    private static int attachment(Parse parse, int from, int to) {
        for (int k = from; k <= to; k++) {
            int h = parse.head(k);
            if (h < from || h > to) {
                return k;
            }
        }
        return to;
    }

    /** The noun the figure counts or measures, or -1. */
    private static int counted(Parse parse, List<Token> tokens, int anchor, int from, int to, Figure.Kind kind) {
        if (kind == Figure.Kind.MEASURE && agedPerson(parse, tokens, anchor) >= 0) {
            return agedPerson(parse, tokens, anchor); // whose age
        }
        if (kind == Figure.Kind.COUNT) {
            for (int k = to; k >= from; k--) {
                String r = parse.baseRelation(k);
                int h = parse.head(k);
                if ((r.equals("nummod") || r.equals("amod") || r.equals("det") || r.equals("compound")) && h > to
                        && isCommonNoun(tokens.get(h))) {
                    return h;
                }
            }
            // "dozens of workers", "20 of the passengers": what the number is of
            int of = ofNoun(parse, tokens, anchor);
            if (of >= 0) {
                return of;
            }
            // a number right before a plural word quantifies it, whatever the tagger made of the word
            // ("16 rebounds" tagged as a verb)
            if (to + 1 < tokens.size() && tokens.get(to + 1).isTag("VBZ") && lower(tokens.get(to + 1)).matches("\\p{Ll}{3,}s")) {
                return to + 1;
            }
            return -1;
        }
        // a unit: what it measures is the noun after "of" ("30 hours of deliberation") or the noun it modifies
        // ("a $80 million contract", "a three-hour standoff", "a deal worth $80 million")
        int of = ofNoun(parse, tokens, anchor);
        if (of >= 0) {
            return of;
        }
        String r = parse.baseRelation(anchor);
        int h = parse.head(anchor);
        if (h >= 0 && lower(tokens.get(h)).equals("worth") && parse.head(h) >= 0 && isCommonNoun(tokens.get(parse.head(h)))) {
            return parse.head(h);
        }
        if ((r.equals("nummod") || r.equals("amod") || r.equals("compound")) && h >= 0 && isCommonNoun(tokens.get(h))
                && !TIME_NOUNS.contains(tokens.get(h).lemmaOrWord())) {
            return h;
        }
        return -1;
    }

    private static boolean isCommonNoun(Token t) {
        return "NN".equals(t.tag()) || "NNS".equals(t.tag());
    }

    private static int ofNoun(Parse parse, List<Token> tokens, int head) {
        for (int c : parse.children(head)) {
            if (parse.baseRelation(c).equals("nmod") && isCommonNoun(tokens.get(c))) {
                for (int cc : parse.children(c)) {
                    if (parse.relation(cc).equals("case") && lower(tokens.get(cc)).equals("of")) {
                        return c;
                    }
                }
            }
        }
        return -1;
    }

    /** The nearest verb above the figure, skipping reporting verbs that only credit it. */
    private static int predicate(Parse parse, List<Token> tokens, int at, boolean clock) {
        for (int k : parse.ancestors(at)) {
            if (k == at || clock && CLOCK_VERBS.contains(tokens.get(k).lemmaOrWord())) {
                continue;
            }
            if (tokens.get(k).isTag("VB") && !parse.relation(k).startsWith("aux")) {
                return k;
            }
            if (CLAUSE_HEADS.contains(parse.baseRelation(k)) && parse.child(k, "cop") >= 0) {
                return k; // "1,500 workers were absent": an adjective or noun heading the clause with "be"
            }
        }
        return -1;
    }

    private static final Set<String> CLAUSE_HEADS = Set.of("root", "ccomp", "xcomp", "advcl", "acl", "conj", "parataxis");

    /** "with 7:41 to go", "7:42 remaining": verbs of the clock itself, not of the moment it marks. */
    private static final Set<String> CLOCK_VERBS = Set.of("go", "leave", "remain", "play");

    /** Content lemmas of the figure's neighbourhood: what it counts, the verb, their arguments and names. */
    private static Set<String> context(Parse parse, List<Token> tokens, int anchor, int counted, int predicate,
                                       int from, int to) {
        Set<String> out = new LinkedHashSet<>();
        List<Integer> cores = new ArrayList<>();
        cores.add(anchor);
        if (counted >= 0) {
            cores.add(counted);
        }
        // the chain from the figure up to the verb
        for (int k : parse.ancestors(counted >= 0 ? counted : anchor)) {
            if (k < from || k > to) {
                cores.add(k);
            }
            if (k == predicate) {
                break;
            }
        }
        for (int core : cores) {
            add(out, tokens.get(core));
            for (int c : parse.children(core)) {
                String r = parse.baseRelation(c);
                if ((c < from || c > to) && (r.equals("nsubj") || r.equals("obj") || r.equals("iobj") || r.equals("obl")
                        || r.equals("nmod") || r.equals("compound") || r.equals("amod") || r.equals("xcomp")
                        || r.equals("advcl") || r.equals("acl"))) {
                    add(out, tokens.get(c));
                    for (int cc : parse.children(c)) {
                        if (parse.baseRelation(cc).equals("compound") || parse.baseRelation(cc).equals("flat")) {
                            add(out, tokens.get(cc));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static Set<String> bag(List<Token> tokens, int from, int to) {
        Set<String> out = new LinkedHashSet<>();
        for (int k = Math.max(0, from - 6); k < Math.min(tokens.size(), to + 7); k++) {
            add(out, tokens.get(k));
        }
        return out;
    }

    private static void add(Set<String> out, Token t) {
        if (content(t)) {
            String l = t.lemmaOrWord().toLowerCase(Locale.ROOT);
            if (!LIGHT.contains(l) && !REPORT_VERBS.contains(l) && !UNITS.containsKey(l) && !NUMBERS.containsKey(l)) {
                out.add(stem(l));
            }
        }
    }

    /** The Porter2 (Snowball English) stem: "deliberation" and "deliberate" meet. */
    /** One Snowball stemmer a thread (a stemmer holds its word while it works): stems are taken pairwise. */
    private static final ThreadLocal<org.tartarus.snowball.ext.EnglishStemmer> STEMMER =
            ThreadLocal.withInitial(org.tartarus.snowball.ext.EnglishStemmer::new);

    static String stem(String word) {
        org.tartarus.snowball.ext.EnglishStemmer stemmer = STEMMER.get();
        stemmer.setCurrent(word.toLowerCase(Locale.ROOT));
        stemmer.stem();
        return stemmer.getCurrent();
    }

    private static boolean content(Token t) {
        return (t.isTag("NN") || t.isTag("VB") || t.isTag("JJ")) && t.word().chars().anyMatch(Character::isLetter);
    }

    /** Prepositions of place. */
    private static final Set<String> SPATIAL = Set.of("in", "at", "near", "outside", "inside", "across", "around",
            "throughout", "within", "into", "on");
    /** Nouns of a place's parts: "the streets of Athens", "the centre of Kabul". */
    private static final Set<String> SPATIAL_NOUNS = Set.of("street", "city", "centre", "center", "capital",
            "province", "district", "region", "town", "village", "area", "outskirts", "border");

    /** Prepositions that name the other side of a game or contest: its figures are of that event. */
    private static final Set<String> OPPONENT = Set.of("against", "vs", "vs.", "versus");

    /** How far in the parse a place may stand from the figure and still be where it holds. */
    private static final int PLACE_REACH = 4;

    /** The place named nearest the figure in the parse, or null. */
    private static String place(Parse parse, List<Token> tokens, int anchor) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int k = 0; k < tokens.size(); k++) {
            String ner = tokens.get(k).ner();
            boolean opponent = parse != null && ner != null && !ner.equals("O") && tokens.get(k).isTag("NNP")
                    && parse.children(k).stream().anyMatch(c -> OPPONENT.contains(lower(tokens.get(c))));
            if (location(tokens.get(k)) && where(parse, tokens, k) || opponent) {
                int d = parse == null ? Math.abs(k - anchor) : treeDistance(parse, k, anchor);
                if (d < bestDistance && d <= PLACE_REACH) {
                    best = k;
                    bestDistance = d;
                }
            }
        }
        return best < 0 ? null : span(tokens, best);
    }

    private static boolean location(Token t) {
        String ner = t.ner();
        return ner != null && (ner.equals("LOCATION") || ner.equals("CITY") || ner.equals("STATE_OR_PROVINCE")
                || ner.equals("COUNTRY"));
    }

    /**
     * The place at {@code k} is where something happened: "in Athens", "streets of Athens", "Thessaloniki,
     * where ..."; not the parties "between Pakistan and Afghanistan", not "an Athens bank".
     */
    private static boolean where(Parse parse, List<Token> tokens, int k) {
        return parse == null || parse.children(k).stream().anyMatch(c -> SPATIAL.contains(lower(tokens.get(c))))
                || parse.children(k).stream().anyMatch(c -> parse.relation(c).startsWith("acl:relcl"))
                || parse.head(k) >= 0 && parse.baseRelation(k).equals("nmod") && SPATIAL_NOUNS.contains(tokens.get(parse.head(k)).lemmaOrWord());
    }

    /** The whole name a token of a named entity belongs to. */
    private static String span(List<Token> tokens, int k) {
        int a = k;
        int b = k;
        while (a > 0 && tokens.get(a - 1).ner().equals(tokens.get(k).ner())) {
            a--;
        }
        while (b + 1 < tokens.size() && tokens.get(b + 1).ner().equals(tokens.get(k).ner())) {
            b++;
        }
        StringBuilder name = new StringBuilder();
        for (int i = a; i <= b; i++) {
            name.append(i == a ? "" : " ").append(tokens.get(i).word());
        }
        return name.toString();
    }

    private static int treeDistance(Parse parse, int a, int b) {
        List<Integer> up = parse.ancestors(a);
        List<Integer> other = parse.ancestors(b);
        for (int i = 0; i < up.size(); i++) {
            int j = other.indexOf(up.get(i));
            if (j >= 0) {
                return i + j;
            }
        }
        return up.size() + other.size();
    }

    /**
     * Who the sentence credits with the figure: the subject of a reporting verb that governs the figure's
     * clause ("Police said 12 people were injured"), or "according to X". A reporting verb that is the
     * figure's own verb ("Lawson added 16 points") credits nobody.
     */
    static String source(Parse parse, List<Token> tokens, int predicate) {
        if (predicate < 0) {
            return null;
        }
        for (int k : parse.ancestors(predicate)) {
            if (k != predicate && REPORT_VERBS.contains(tokens.get(k).lemmaOrWord()) && tokens.get(k).isTag("VB")) {
                int subject = parse.child(k, "nsubj");
                if (subject >= 0) {
                    return phrase(parse, tokens, subject);
                }
            }
            for (int c : parse.children(k)) {
                if (parse.baseRelation(c).equals("obl")) {
                    for (int cc : parse.children(c)) {
                        if (lower(tokens.get(cc)).equals("according")) {
                            return phrase(parse, tokens, c);
                        }
                    }
                }
            }
        }
        return null;
    }

    /** A noun phrase without its determiners and prepositions: "Police", "witnesses", "the union" is "union". */
    private static String phrase(Parse parse, List<Token> tokens, int head) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < tokens.size(); k++) {
            if (k == head || parse.head(k) == head && (parse.baseRelation(k).equals("compound")
                    || parse.baseRelation(k).equals("flat") || parse.baseRelation(k).equals("amod"))) {
                b.append(b.length() == 0 ? "" : " ").append(tokens.get(k).word());
            }
        }
        return b.toString();
    }

    /** The date (day, month or year, TIMEX3) the sentence gives the figure's clause, or null. */
    private static String dayOf(Article article, Sentence s, Parse parse, int predicate) {
        for (TimeExpression t : article.times()) {
            if (t.start() >= s.start() && t.end() <= s.end() && t.value() != null && "DATE".equals(t.type())
                    && ownClause(s, parse, predicate, t)) {
                var m = ClaimExtractor.CALENDAR.matcher(t.value());
                if (m.find()) {
                    return m.group(); // a day, a month or a year
                }
            }
        }
        return null;
    }

    /** The date modifies the figure's own verb, not a clause inside or around it ("for crimes committed on ..."). */
    private static boolean ownClause(Sentence s, Parse parse, int predicate, TimeExpression t) {
        if (parse == null || predicate < 0) {
            return true;
        }
        List<Token> tokens = s.tokens();
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).start() >= t.start() && tokens.get(k).end() <= t.end()) {
                for (int a : parse.ancestors(k)) {
                    if (a != k && tokens.get(a).isTag("VB")) {
                        return a == predicate;
                    }
                }
                return false;
            }
        }
        return false;
    }
}
