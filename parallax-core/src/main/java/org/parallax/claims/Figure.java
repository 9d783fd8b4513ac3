package org.parallax.claims;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One figure that one sentence of one article states, as a typed fact: what is counted or measured, the
 * range of values the words allow, the unit, and who says so. Read by {@link FigureReader} from the
 * sentence's tokens and parse.
 *
 * @param document   the article
 * @param sentence   the sentence's index in the article
 * @param start      where the figure's phrase starts in the article's original text
 * @param end        where it ends
 * @param text       the phrase as written ("as many as 20, 000 people", "almost three hours")
 * @param value      the number as written, scaled ("$82 million" is 82,000,000; "three hours" is 3)
 * @param low        the least value the words allow, in the unit's base (seconds, metres, the currency)
 * @param high       the most ({@link Double#POSITIVE_INFINITY} after "more than")
 * @param qualifier  the hedge ("more than", "nearly") or null
 * @param kind       what sort of figure
 * @param unit       the normalised unit ("s", "m", "USD", "%", "clock") or null for a count
 * @param counted    the lemma of what is counted or measured ("person", "sentence", "deliberation"), or null
 * @param modifiers  lemmas that narrow it ("life", "consecutive")
 * @param predicate  the lemma of the verb it is an argument of ("injure", "take"), or null
 * @param context    content lemmas of its neighbourhood in the parse: what it is about
 * @param place      a place the sentence ties it to, or null
 * @param source     who the sentence credits with it ("Police", "witnesses"), or null for the outlet's voice
 * @param date       the date (TIMEX3 day, month or year) its clause gives, or null
 * @param holder     the named actor the figure belongs to (the subject of its verb, the owner of what it
 *                   counts: "Okafor" in "Okafor now has 2,302 points"), or null
 * @param clause     the words of its clause, the figure itself left out: what it is said about
 * @param scale      the factor of its unit as written to the base (3,600 for hours; 1 for counts)
 * @param partitive  it does not state a total of its own: a part of a group named after it ("eight of the
 *                   jurors"), an increment ("20 more people", "another 20,000"), a figure of a wanted or
 *                   possible world ("needed nine points", "could cost $2 million"), a stretch of a sequence
 *                   ("the first two games"), the whole a part is taken of ("18 of its next 23 games"), an
 *                   outlet's currency conversion ("euro22 billion ($28 billion)"), or a word as loose as
 *                   "several"
 */
record Figure(String document, int sentence, int start, int end, String text, double value, double low,
              double high, String qualifier, Kind kind, String unit, String counted, List<String> modifiers,
              String predicate, Set<String> context, String place, String source, String date, String holder,
              String clause, double scale, boolean partitive) {

    Figure {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        modifiers = List.copyOf(modifiers);
        context = Set.copyOf(context);
    }

    enum Kind {
        COUNT, MONEY, PERCENT, DURATION, CLOCK, MEASURE;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final double DAY = 86_400;

    /**
     * Both can hold at once. A duration in days and one in hours of the same thing measure elapsed and
     * active time ("40 hours over four days"): the coarser one only bounds the finer one from above.
     */
    boolean overlaps(Figure o) {
        if (kind == Kind.DURATION && o.kind == Kind.DURATION && Math.max(scale, o.scale) >= DAY && Math.min(scale, o.scale) < DAY) {
            Figure fine = scale < o.scale ? this : o;
            Figure coarse = fine == this ? o : this;
            return fine.low <= coarse.high;
        }
        return low <= o.high && o.low <= high;
    }

    /** What the figure counts, as a reader would name it: "people", "life sentences", "hours". */
    String what() {
        if (counted == null) {
            return unit == null ? "" : unit;
        }
        return counted;
    }

    /** A value the figure stands for in comparisons: its least value, or its only one. */
    double magnitude() {
        return Double.isInfinite(high) ? low : (low + high) / 2;
    }
}
