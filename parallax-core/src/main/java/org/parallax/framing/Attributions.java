package org.parallax.framing;

import org.parallax.model.Article;
import org.parallax.model.Sentence;
import org.parallax.model.SourceText;
import org.parallax.quotes.Sourcing;

import java.util.List;

/**
 * Who an article says told it things: its unnamed sources ("security sources said", "a senior official
 * who spoke on condition of anonymity", "according to news reports") and its named ones, found from the
 * parse by {@link Sourcing}. Thread-safe; pure functions.
 */
public final class Attributions {
    /** Tokens that may stand before an opening source: "But sources said", "According to officials". */
    private static final int OPENING_TOKENS = 3;

    private Attributions() {
    }

    /** The unnamed and named sources of an article, in its own voice. */
    public static Sourcing.Sources of(Article article) {
        return Sourcing.of(article);
    }

    /**
     * True when {@code sentence} opens by crediting people the text does not name ("Sources confirmed that
     * ...", "A senior official, who spoke on condition of anonymity, said ..."): one of the article's
     * {@code unnamed} sources (from {@link #of}) starts within its first few tokens.
     */
    public static boolean opensWithUnnamed(Sentence sentence, List<SourceText> unnamed) {
        var tokens = sentence.tokens();
        if (tokens.isEmpty()) {
            return false;
        }
        int limit = tokens.get(Math.min(OPENING_TOKENS, tokens.size() - 1)).start();
        for (SourceText u : unnamed) {
            if (u.start() >= sentence.start() && u.start() <= limit && u.start() < sentence.end()) {
                return true;
            }
        }
        return false;
    }
}
