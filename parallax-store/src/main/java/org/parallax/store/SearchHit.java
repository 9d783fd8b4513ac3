package org.parallax.store;

import java.util.Objects;

/**
 * One full-text match.
 *
 * @param snippet a short excerpt of the article around the match; matched words are wrapped in
 *                {@link #MARK_START} and {@link #MARK_END}, which callers turn into markup after escaping
 * @param story   the id of the story holding the article, or null when stories are not computed yet
 */
public record SearchHit(String article, String title, String outlet, String snippet, String story) {
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
