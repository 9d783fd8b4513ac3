package org.parallax.model;

/**
 * Metadata that came with the input rather than from the body text: JSON Lines fields or HTML meta
 * tags. Any field may be null. Given metadata wins over what Parallax infers from the text.
 */
public record GivenMetadata(String title, String outlet, String published, String author, String url) {
    public static final GivenMetadata NONE = new GivenMetadata(null, null, null, null, null);

    /** Fields of {@code this} where set, else those of {@code fallback}. */
    public GivenMetadata or(GivenMetadata fallback) {
        return new GivenMetadata(
                title != null ? title : fallback.title,
                outlet != null ? outlet : fallback.outlet,
                published != null ? published : fallback.published,
                author != null ? author : fallback.author,
                url != null ? url : fallback.url);
    }
}
