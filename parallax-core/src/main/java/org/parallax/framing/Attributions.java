package org.parallax.framing;

import org.parallax.model.Article;
import org.parallax.quotes.Sourcing;

import java.util.regex.Pattern;

/**
 * Who an article says told it things: its unnamed sources ("security sources said", "a senior official
 * who spoke on condition of anonymity", "according to news reports") and its named ones, found from the
 * parse by {@link Sourcing}. Thread-safe; pure functions.
 */
public final class Attributions {
    /** An opening that credits unnamed people: "Sources confirmed that ...", "Officials said ...". */
    private static final Pattern OPENS_ANONYMOUS = Pattern.compile("^(?:(?:[Aa]n?|[Tt]he|[Aa]ccording to) )?"
            + "(?:(?:senior|top|security|intelligence|government|military|diplomatic|informed|unnamed|anonymous|"
            + "western|local|police|two|three|several|some|other|many|[A-Z][\\w-]+) ){0,4}"
            + "(?:[Ss]ources?|[Oo]fficials?|[Ii]nsiders?|[Dd]iplomats?|[Ww]itnesses|[Ee]xperts|[Aa]nalysts)\\b"
            + "(?:,? (?:familiar with|close to|aware of|briefed on|with knowledge of)\\b[^,.]*)?"
            + ",? (?:said|say|says|told|confirmed|added|believe[sd]?|claimed|indicated)\\b");

    private Attributions() {
    }

    /** The unnamed and named sources of an article, in its own voice. */
    static Sourcing.Sources of(Article article) {
        return Sourcing.of(article);
    }

    /**
     * True when {@code text} opens by crediting unnamed people ("Sources confirmed that ..."): for
     * callers that hold a sentence's text only, without its parse.
     */
    public static boolean opensWithAnonymous(String text) {
        return text != null && OPENS_ANONYMOUS.matcher(text).find();
    }
}
