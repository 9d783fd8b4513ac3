package org.parallax.store;

import java.util.Objects;

/**
 * One story as served: its index entry and its analysis, when there is one.
 *
 * @param json the contract JSON without {@code related}, or null while the story waits for its analysis
 * @param page the page body, or null (also for a story kept from a database older than pages in the store)
 */
public record StoryView(StoryEntry entry, String json, String page) {
    public StoryView {
        Objects.requireNonNull(entry, "entry");
    }
}
