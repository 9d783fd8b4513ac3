package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * An article as a reader produced it, before cleaning.
 *
 * @param id       file name without extension, or the id given on input
 * @param source   path, URL or {@code -} for standard input
 * @param original the text every offset refers to: the file as decoded from UTF-8, or for HTML the
 *                 main text extracted from the page, one paragraph per line
 * @param given    metadata that came with the input (JSON Lines fields, HTML meta tags)
 * @param warnings problems that did not stop the article (e.g. invalid UTF-8 replaced)
 */
public record RawArticle(String id, String source, String original, GivenMetadata given, List<String> warnings) {
    public RawArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(original, "original");
        given = given == null ? GivenMetadata.NONE : given;
        warnings = List.copyOf(warnings);
    }

    public RawArticle(String id, String source, String original) {
        this(id, source, original, GivenMetadata.NONE, List.of());
    }
}
