package org.parallax.time;

import org.parallax.model.Article;
import org.parallax.model.Passage;
import org.parallax.model.Span;
import org.parallax.model.TimeExpression;
import org.parallax.model.UndatedTimes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds an article's time expressions and resolves them against a date: SUTime first, then the news
 * conventions SUTime gets wrong ({@link NewsRules}). Only expressions inside the kept body count.
 * Thread-safe.
 *
 * <p>Resolution is a pure function of the text, the kept body and the date (an article's kept reading
 * without a date, {@link Article#undatedTimes}, only spares SUTime work: it comes from the same text), and
 * SUTime is the slowest step of a story's analysis; the last {@link #MEMO_SIZE} answers for texts up to
 * {@link #MEMO_TEXT} characters are kept (at most a few tens of MB), so a story analysed again
 * (the web app does so whenever an article joins it) does not re-run SUTime on articles it already
 * dated the same way.
 */
public final class TimeResolver {
    static final int MEMO_SIZE = 1024;
    static final int MEMO_TEXT = 32 * 1024;

    private final boolean newsRules;
    private final Map<Key, Reading> memo = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, Reading> eldest) {
                    return size() > MEMO_SIZE;
                }
            });

    private record Key(String original, List<Passage> body, LocalDate anchor) {
    }

    /** @param newsRules false to keep SUTime's values as they are (for measuring SUTime alone) */
    public TimeResolver(boolean newsRules) {
        this.newsRules = newsRules;
    }

    public TimeResolver() {
        this(true);
    }

    /** Loads SUTime's rules and tagger now (they load on first use otherwise). */
    public static void loadModels() {
        SuTime.load();
    }

    /** The article's publication date, when it has one that parses. */
    public static Optional<LocalDate> anchorOf(Article article) {
        return article.published() == null ? Optional.empty() : AbsoluteDates.parseIso(article.published().date());
    }

    /** The earliest publication date among the articles, if any is dated. */
    public static Optional<LocalDate> firstReported(List<Article> articles) {
        return articles.stream().map(TimeResolver::anchorOf).flatMap(Optional::stream).min(LocalDate::compareTo);
    }

    /** Every time expression of the article's body, resolved against {@code anchor} (null: unknown). */
    public List<TimeExpression> resolve(Article article, LocalDate anchor) {
        return read(article, anchor).times();
    }

    /**
     * What the resolver finds in an article: its times, and, read without a date, SUTime's reading that the
     * article keeps for a date found later ({@link Article#undatedTimes}; {@link UndatedTimes#NONE} when read
     * against a date, or when SUTime read the article as plain text because it was not tagged).
     */
    public record Reading(List<TimeExpression> times, UndatedTimes undated) {
        public Reading {
            times = List.copyOf(times);
            java.util.Objects.requireNonNull(undated, "undated");
        }
    }

    /**
     * As {@link #resolve}, with the reading to keep. Against a date, an article that kept its reading without
     * one has SUTime read again only the sentences whose reading a date can change.
     */
    public Reading read(Article article, LocalDate anchor) {
        List<Passage> body = article.body();
        if (body.isEmpty()) {
            return new Reading(List.of(), UndatedTimes.NONE);
        }
        if (article.original().length() > MEMO_TEXT) {
            return find(article, anchor);
        }
        Key key = new Key(article.original(), body, anchor);
        Reading known = memo.get(key);
        if (known != null) {
            return known;
        }
        Reading found = find(article, anchor);
        memo.put(key, found);
        return found;
    }

    /** SUTime reads at most this many characters at a time: whole sentences, several to a piece. */
    static final int PIECE = 2_000;
    /** A longer "sentence" (a list, a page without full stops, garbage) is cut at spaces into pieces this long. */
    static final int LONG_SENTENCE = 600;

    /**
     * The spans SUTime reads: the body's sentences, consecutive ones joined up to {@link #PIECE}
     * characters. SUTime's pattern matching grows faster than the length of what it reads, so a text
     * without sentence ends held a batch for minutes (issue 18); pieces keep each call small. Without
     * sentences (a bare article), the body itself.
     */
    static List<Span> pieces(Article article) {
        List<Span> out = new ArrayList<>();
        if (article.sentences().isEmpty()) {
            List<Passage> body = article.body();
            out.add(new Span(body.get(0).span().start(), body.get(body.size() - 1).span().end()));
            // pieces without a time cue cannot hold a time
            return cut(article.original(), out).stream()
                    .filter(p -> hasTimeCue(article.original().substring(p.start(), p.end()))).toList();
        }
        int start = -1;
        int end = -1;
        for (org.parallax.model.Sentence s : article.sentences()) {
            boolean candidate = hasTimeCue(s.tokens());
            // a sentence without a cue is skipped, and ends the piece: SUTime never reads across it
            if (start >= 0 && (!candidate || s.end() - start > PIECE)) {
                out.add(new Span(start, end));
                start = -1;
            }
            if (!candidate) {
                continue;
            }
            if (start < 0) {
                start = s.start();
            }
            end = s.end();
        }
        if (start >= 0) {
            out.add(new Span(start, end));
        }
        // a line cleaning took for a headline (a title, an image caption above the text) dates things too;
        // its times are resolved but stay off the timeline, which reads the body only
        for (org.parallax.model.Removed r : article.removed()) {
            if (r.reason() == org.parallax.model.Removed.Reason.TITLE && r.end() > r.start()
                    && hasTimeCue(article.original().substring(r.start(), r.end()))) {
                out.add(new Span(r.start(), r.end()));
            }
        }
        return cut(article.original(), out);
    }

    private static final java.util.Set<String> CUES = org.parallax.internal.WordLists.set(TimeResolver.class, "time-cues.txt");

    /**
     * Whether SUTime could find a time in these tokens: a digit, or a word of {@code time-cues.txt} (taken
     * from SUTime's own rules), alone, in the plural, or as part of a hyphenated word ("two-day"). The cheap
     * test that keeps SUTime (its tokenizer, tagger and hundreds of patterns) off the other sentences,
     * about half of a news article's.
     */
    static boolean hasTimeCue(List<org.parallax.model.Token> tokens) {
        for (org.parallax.model.Token t : tokens) {
            if (isTimeCue(t.word())) {
                return true;
            }
        }
        return false;
    }

    /** As {@link #hasTimeCue(List)} on a text split at white space and punctuation. */
    static boolean hasTimeCue(String text) {
        for (String w : text.split("[\\s,;:!?()\\[\\]\"“”‘’]+")) {
            if (!w.isEmpty() && (isTimeCue(w) || isTimeCue(w.replaceAll("^\\p{Punct}+|\\p{Punct}+$", "")))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A count or amount: digits, commas only between groups of three, at most one decimal point, a sign, a
     * currency sign or a percent sign ("30", "2.5", "$1,000", "40%"); not "12.03.2009".
     */
    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile(
            "[-+]?[$€£¥]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?%?");
    /** A plain number that SUTime reads as a year: four digits before any decimal point ("1999", "0930"). */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("[-+]?\\d{4}(?:\\.\\d+)?");
    /** An era after a number makes it a year for SUTime ("476 AD", "44 B.C."). */
    private static final java.util.regex.Pattern ERA = java.util.regex.Pattern.compile("(?i)a\\.?d\\.?|b\\.?c\\.?");
    /** A two-digit number SUTime reads as a year after an apostrophe ("' 05"). */
    private static final java.util.regex.Pattern TWO_DIGITS = java.util.regex.Pattern.compile("\\d\\d");

    /**
     * Whether SUTime can find a time in {@code tokens[from, to)}: one of them is a time word ({@link #timeWord},
     * also written with a full stop or without its last one: "Feb.", "p.m"), "am" or "pm", or a number that is
     * not a plain count or amount: four digits, read as a year ("2005", "0930"), anything joined to a letter,
     * a colon, a slash, a dash or a second point ("1990s", "3pm", "10:30", "3/4", "2008-09", "12.03.2009"),
     * two digits after an apostrophe ("' 05"), a number before an era ("476 AD"). SUTime's rules read a bare
     * count ("30", "2.5", "7.30", "$5", "1,000", "40%") as no time, so a run of tokens whose only cues are
     * such numbers is not read: about an eighth of the tokens the cues would send it in news (counts, ages,
     * sums), and none of the 7,022 expressions it finds in the dev sets' 912 articles lies in such a run.
     * O(to - from).
     */
    static boolean bearsTime(List<org.parallax.model.Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).word();
            if (w.isEmpty()) {
                continue;
            }
            if (hasDigit(w)) {
                if (!PLAIN_NUMBER.matcher(w).matches() || YEAR.matcher(w).matches()) {
                    return true;
                }
                String before = i > 0 ? tokens.get(i - 1).word() : "";
                if (before.length() == 1 && "'’‘".indexOf(before.charAt(0)) >= 0 && TWO_DIGITS.matcher(w).matches()) {
                    return true;
                }
                if (i + 1 < tokens.size() && ERA.matcher(tokens.get(i + 1).word()).matches()) {
                    return true; // "476 AD", "44 B.C.": a year of any length
                }
                continue;
            }
            if (w.equalsIgnoreCase("am") || w.equalsIgnoreCase("pm") || timeWord(w)
                    || timeWord(w.endsWith(".") ? w.substring(0, w.length() - 1) : w + ".")) {
                return true;
            }
        }
        return false;
    }

    static boolean isTimeCue(String word) {
        return hasDigit(word) || timeWord(word);
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean cue(String w) {
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        return CUES.contains(w) || w.endsWith("s") && CUES.contains(w.substring(0, w.length() - 1))
                || w.endsWith("ies") && CUES.contains(w.substring(0, w.length() - 3) + "y");
    }

    /** Spans longer than {@link #PIECE} cut at white space into pieces of at most {@link #LONG_SENTENCE}. */
    private static List<Span> cut(String text, List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            int from = s.start();
            while (s.end() - from > PIECE) {
                int to = from + LONG_SENTENCE;
                int space = to;
                while (space > from && !Character.isWhitespace(text.charAt(space))) {
                    space--;
                }
                to = space > from ? space : to;
                out.add(new Span(from, to));
                from = to;
            }
            out.add(new Span(from, s.end()));
        }
        return out;
    }

    /**
     * SUTime on the article: on the syntax stage's tokens and tags of the sentences with a time cue when the
     * article has been tagged (one tokenisation, one tagging for every stage), else on the text of
     * {@link #pieces}, which SUTime tokenises and tags itself.
     */
    private Reading find(Article article, LocalDate anchor) {
        if (!tagged(article)) {
            return new Reading(find(article.original(), article.body(), pieces(article), anchor), UndatedTimes.NONE);
        }
        List<org.parallax.model.Sentence> candidates = new ArrayList<>();
        for (org.parallax.model.Sentence s : article.sentences()) {
            if (hasTimeCue(s.tokens())) {
                candidates.add(s);
            }
        }
        List<TimeExpression> read = sutime(article, candidates, anchor);
        List<Span> titles = new ArrayList<>();
        for (org.parallax.model.Removed r : article.removed()) {
            if (r.reason() == org.parallax.model.Removed.Reason.TITLE && r.end() > r.start()
                    && hasTimeCue(article.original().substring(r.start(), r.end()))) {
                titles.add(new Span(r.start(), r.end()));
            }
        }
        List<TimeExpression> times = finish(article.original(), article.body(), new ArrayList<>(read),
                cut(article.original(), titles), anchor);
        return new Reading(times, anchor != null ? UndatedTimes.NONE
                : new UndatedTimes(candidates.stream().map(c -> new Span(c.start(), c.end())).toList(), read));
    }

    /** A value SUTime gave without a date that a date would not change: a full calendar date or time, a duration. */
    private static final java.util.regex.Pattern ABSOLUTE = java.util.regex.Pattern.compile(
            "\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}(:\\d{2}(:\\d{2})?)?)?)?)?|P(T?\\d+(\\.\\d+)?[YMWDHS])+");

    /**
     * SUTime on the candidate sentences against {@code anchor}. Against a date, an article that kept its
     * reading without one ({@link Article#undatedTimes}) has only the sentences whose expressions depend on
     * the date read again: SUTime reads each sentence on its own, and an expression that needed no date
     * ("March 11, 2005", "40 hours") reads the same against any date. A sentence the kept reading does not
     * know (split otherwise) is read again.
     */
    private static List<TimeExpression> sutime(Article article, List<org.parallax.model.Sentence> candidates, LocalDate anchor) {
        String original = article.original();
        UndatedTimes kept = article.undatedTimes();
        if (anchor == null || kept.sentences().isEmpty()) {
            return SuTime.find(original, candidates, anchor, LONG_SENTENCE_TOKENS);
        }
        Map<Span, List<TimeExpression>> undated = new java.util.HashMap<>();
        for (Span s : kept.sentences()) {
            undated.put(s, kept.found().stream().filter(t -> s.start() <= t.start() && t.start() < s.end()).toList());
        }
        List<TimeExpression> found = new ArrayList<>();
        List<org.parallax.model.Sentence> again = new ArrayList<>();
        for (org.parallax.model.Sentence s : candidates) {
            List<TimeExpression> before = undated.get(new Span(s.start(), s.end()));
            if (before != null && settled(s, before)) {
                found.addAll(before);
            } else {
                again.add(s);
            }
        }
        found.addAll(SuTime.find(original, again, anchor, LONG_SENTENCE_TOKENS));
        found.sort(Comparator.comparingInt(TimeExpression::start));
        return found;
    }

    /**
     * A sentence whose reading with no date holds for every date: each expression has an absolute value,
     * and every time word of the sentence lies inside one of them (a word SUTime found nothing in without
     * a date, "dawn" or "tonight", may be found with one). Numbers alone are no time words.
     */
    private static boolean settled(org.parallax.model.Sentence s, List<TimeExpression> undated) {
        for (TimeExpression t : undated) {
            if (t.value() == null || !ABSOLUTE.matcher(t.value()).matches()) {
                return false;
            }
        }
        for (org.parallax.model.Token token : s.tokens()) {
            if (timeWord(token.word()) && undated.stream().noneMatch(t -> t.start() <= token.start() && token.end() <= t.end())) {
                return false;
            }
        }
        return true;
    }

    /** A time cue that is a word ("dawn", "two-day"), not a number. */
    private static boolean timeWord(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
        if (cue(w)) {
            return true;
        }
        if (w.indexOf('-') > 0) {
            for (String part : w.split("-")) {
                if (cue(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A longer tagged sentence reaches SUTime in windows of this many tokens (about {@link #LONG_SENTENCE} characters). */
    static final int LONG_SENTENCE_TOKENS = 100;

    /** Whether the syntax stage tagged every sentence. */
    private static boolean tagged(Article article) {
        if (article.sentences().isEmpty()) {
            return false;
        }
        for (org.parallax.model.Sentence s : article.sentences()) {
            if (s.tokens().isEmpty() || s.tokens().get(0).tag() == null) {
                return false;
            }
        }
        return true;
    }

    private List<TimeExpression> find(String original, List<Passage> body, List<Span> pieces, LocalDate anchor) {
        return finish(original, body, new ArrayList<>(), pieces, anchor);
    }

    private List<TimeExpression> finish(String original, List<Passage> body, List<TimeExpression> found, List<Span> pieces,
                                        LocalDate anchor) {
        for (Span piece : pieces) {
            for (TimeExpression t : SuTime.find(original, piece.start(), piece.end(), anchor)) {
                if (inside(body, t.start(), t.end()) || piece.start() <= t.start() && t.end() <= piece.end()) {
                    found.add(t);
                }
            }
        }
        if (newsRules) {
            found = NewsRules.apply(original, body, found, anchor);
        }
        found.sort(Comparator.comparingInt(TimeExpression::start));
        return found;
    }

    static boolean inside(List<Passage> body, int start, int end) {
        for (Passage p : body) {
            if (p.span().start() <= start && end <= p.span().end()) {
                return true;
            }
        }
        return false;
    }
}
