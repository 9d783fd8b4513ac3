package org.parallax.store;

import java.util.Objects;

/**
 * One full-text match.
 *
 * @param title    the given title, else the one the analysis found, or null
 * @param outlet   the given outlet, else the one the analysis found, or null
 * @param snippet  a short excerpt of the article around the match; matched words are wrapped in
 *                 {@link #MARK_START} and {@link #MARK_END}, which callers turn into markup after escaping
 * @param story    the id of the story holding the article, or null while it waits for analysis
 * @param position the article's place in its story, from 1, or 0 when it is in none
 */
public record SearchHit(String article, String title, String outlet, String snippet, String story, int position) {
    public static final char MARK_START = '\u0002';
    public static final char MARK_END = '\u0003';

    public SearchHit {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(snippet, "snippet");
    }

    /** The snippet without match marks. */
    public String plainSnippet() {
        return snippet.replace(String.valueOf(MARK_START), "").replace(String.valueOf(MARK_END), "");
    }
}
