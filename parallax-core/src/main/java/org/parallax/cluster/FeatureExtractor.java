package org.parallax.cluster;

import org.parallax.model.Article;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns an article into {@link ArticleFeatures} in one pass over its characters: no tagger, no regular
 * expressions, so it keeps up with thousands of articles a second. News states its event in the title
 * and the first sentences, so terms there count {@link #LEAD_BOOST} times. A capitalised word is a name
 * when it does not open a sentence, or when the article also writes it capitalised elsewhere. Years and
 * month names join the figures: they date the event. For telling look-alike events apart, the names and
 * figures of the title and lead are also kept on their own, and the figures again with the year and month
 * of publication added. Pure and thread-safe.
 */
public final class FeatureExtractor {
    /** Sentences of the body, after the title, that make the lead. */
    static final int LEAD_SENTENCES = 3;
    static final float LEAD_BOOST = 2f;

    private static final Set<String> STOP = new HashSet<>(java.util.Arrays.asList(("a an the and or but if of to in on at by for with from as is are "
            + "was were be been being has have had do does did not no nor this that these those it its he she they them "
            + "his her hers their theirs we our ours you your yours i me my mine who whom whose which what when where why "
            + "how than then there here also after before over under about into out up down off more most other some "
            + "such only own same so too very can will would should could may might must shall said says say saying told "
            + "tell tells one two three four five six seven eight nine ten new year years time times first last week "
            + "weeks day days month months people according percent just like get got make made monday tuesday "
            + "wednesday thursday friday saturday sunday january february march april may june july august september "
            + "october november december today yesterday tomorrow mr mrs ms dr all any each both few many much "
            + "while during since until through against between among because although though however even still "
            + "yet again ago now well back way being going went goes go come came take took see saw know knew "
            + "think thought want wanted use used including include includes there's it's that's he's she's "
            + "i'm we're they're don't didn't doesn't isn't wasn't can't won't per via around").split(" ")));

    /** Capitalised month names count as figures; "May" is left out as it is as often the verb. */
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "june", "july",
            "august", "september", "october", "november", "december");

    private FeatureExtractor() {
    }

    /** Features of a cleaned article: its title, its cleaned text and its publication date if known. */
    public static ArticleFeatures of(Article article) {
        return of(article.id(), article.title(), article.text(),
                article.published() == null ? null : article.published().date());
    }

    /**
     * Features of one article given as plain strings.
     *
     * @param title     the headline, or null
     * @param published an ISO date ({@code 2013-05-03}), or null; an unreadable date counts as unknown
     */
    public static ArticleFeatures of(String id, String title, String text, String published) {
        Scan body = new Scan();
        body.read(text, LEAD_SENTENCES);
        Scan head = new Scan();
        if (title != null) {
            head.read(title, Integer.MAX_VALUE);
        }
        Map<String, Float> words = new HashMap<>(body.words);
        head.words.forEach((w, c) -> words.merge(w, c, Float::sum));
        Map<String, Float> names = new HashMap<>();
        body.nameCandidates.forEach((n, c) -> {
            if (body.midSentenceNames.contains(n)) {
                names.put(n, c);
            }
        });
        // a title in Title Case capitalises every word: only names the body confirms count
        head.nameCandidates.forEach((n, c) -> {
            if (names.containsKey(n)) {
                names.merge(n, c, Float::sum);
            }
        });
        Map<String, Float> numbers = new HashMap<>(body.numbers);
        head.numbers.forEach((w, c) -> numbers.merge(w, c, Float::sum));
        Map<String, Float> leadNames = new HashMap<>();
        names.keySet().forEach(n -> {
            float inLead = body.leadNames.getOrDefault(n, 0f) + head.nameCandidates.getOrDefault(n, 0f);
            if (inLead > 0) {
                leadNames.put(n, inLead);
            }
        });
        Map<String, Float> leadNumbers = new HashMap<>(body.leadNumbers);
        head.numbers.forEach((w, c) -> leadNumbers.merge(w, c, Float::sum));
        Long day = day(published);
        Map<String, Float> dated = new HashMap<>(numbers);
        if (day != null) {
            // the publication date dates the event as a stated year and month do
            LocalDate date = LocalDate.ofEpochDay(day);
            dated.merge("y" + date.getYear(), 1f, Float::sum);
            dated.merge("m" + date.getMonth().name().substring(0, 3).toLowerCase(Locale.ROOT), 1f, Float::sum);
        }
        return new ArticleFeatures(id, Terms.of(words), Terms.of(names), Terms.of(numbers), day,
                Terms.of(leadNames), Terms.of(leadNumbers), Terms.of(dated));
    }

    private static Long day(String published) {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10)).toEpochDay();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** One pass over a text; per-call state only. */
    private static final class Scan {
        final Map<String, Float> words = new HashMap<>();
        final Map<String, Float> numbers = new HashMap<>();
        final Map<String, Float> nameCandidates = new HashMap<>();
        final Set<String> midSentenceNames = new HashSet<>();
        /** Name candidates and figures of the lead alone, each occurrence counting one. */
        final Map<String, Float> leadNames = new HashMap<>();
        final Map<String, Float> leadNumbers = new HashMap<>();
        private boolean inLead;

        void read(String text, int leadSentences) {
            int n = text.length();
            int sentences = 0;
            boolean sentenceStart = true;
            int i = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (!Character.isLetterOrDigit(c)) {
                    if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == ';') {
                        // "Mr." and "U.S." do not end sentences; a full stop before white space does
                        if (c != '.' || i + 1 >= n || Character.isWhitespace(text.charAt(i + 1))) {
                            if (!sentenceStart && c != ':' && c != ';') {
                                sentences++;
                            }
                            sentenceStart = true;
                        }
                    }
                    i++;
                    continue;
                }
                int start = i;
                boolean digits = Character.isDigit(c);
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || isInnerMark(text, i, digits))) {
                    i++;
                }
                String token = text.substring(start, i);
                inLead = sentences < leadSentences;
                float weight = inLead ? LEAD_BOOST : 1f;
                if (digits) {
                    number(token, weight);
                } else {
                    word(token, weight, sentenceStart);
                }
                sentenceStart = false;
            }
        }

        private void number(String token, float weight) {
            String digitsOnly = token.replace(",", "");
            if (digitsOnly.length() == 4 && isAllDigits(digitsOnly)) {
                int year = Integer.parseInt(digitsOnly);
                if (year >= 1800 && year < 2100) {
                    figure("y" + digitsOnly, weight);
                    return;
                }
            }
            if (digitsOnly.length() >= 2) {
                figure(digitsOnly.toLowerCase(Locale.ROOT), weight);
            }
        }

        private void figure(String figure, float weight) {
            numbers.merge(figure, weight, Float::sum);
            if (inLead) {
                leadNumbers.merge(figure, 1f, Float::sum);
            }
        }

        private void word(String token, float weight, boolean sentenceStart) {
            String lower = fold(token);
            // "September" is a date: look-alike events (two patches, two elections) differ in their month
            if (Character.isUpperCase(token.charAt(0)) && MONTHS.contains(lower)) {
                figure("m" + lower.substring(0, 3), weight);
                return;
            }
            if (lower.length() < 2 || STOP.contains(lower)) {
                return;
            }
            if (Character.isUpperCase(token.charAt(0))) {
                nameCandidates.merge(lower, weight, Float::sum);
                if (inLead) {
                    leadNames.merge(lower, 1f, Float::sum);
                }
                if (!sentenceStart) {
                    midSentenceNames.add(lower);
                }
            }
            if (lower.length() >= 3) {
                words.merge(stem(lower), weight, Float::sum);
            }
        }
    }

    private static boolean isAllDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Apostrophes between letters, and dots, commas and hyphens between digits, stay inside a token. */
    private static boolean isInnerMark(String text, int i, boolean number) {
        char c = text.charAt(i);
        if (i + 1 >= text.length() || i == 0) {
            return false;
        }
        char next = text.charAt(i + 1);
        char prev = text.charAt(i - 1);
        if (number) {
            return (c == '.' || c == ',' || c == '-') && Character.isDigit(next) && Character.isDigit(prev);
        }
        return (c == '\'' || c == '’') && Character.isLetter(next) && Character.isLetter(prev);
    }

    /** Lower case, typographic apostrophe folded, possessive {@code 's} dropped. */
    static String fold(String token) {
        String lower = token.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (lower.endsWith("'s")) {
            lower = lower.substring(0, lower.length() - 2);
        }
        return lower;
    }

    /** Folds regular plurals so "earthquakes" meets "earthquake". */
    static String stem(String w) {
        int n = w.length();
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
