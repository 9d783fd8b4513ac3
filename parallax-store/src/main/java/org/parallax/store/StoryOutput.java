package org.parallax.store;

import java.util.Objects;

/**
 * What the analysis of one story gave, as shown: kept under its signature, so a story whose articles and
 * provenance are unchanged is never analysed again, even after a restart.
 *
 * @param headline the story's headline, or null when it has none
 * @param json the story object of the report contract, without {@code related} (added when served)
 * @param page the story page's body as HTML, rendered once
 * @param card what the story's card on the home page shows, as JSON
 */
public record StoryOutput(String signature, String headline, String json, String page, String card) {
    public StoryOutput {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(card, "card");
    }
}
