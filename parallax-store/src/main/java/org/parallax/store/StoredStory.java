package org.parallax.store;

import java.util.List;
import java.util.Objects;

/**
 * A story as kept in the store: its stable id, headline, documents and its report-contract JSON.
 *
 * @param json the story object of the report contract, as written by {@code JsonReport.story}
 */
public record StoredStory(String id, String headline, List<String> documents, String json) {
    public StoredStory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(json, "json");
        documents = List.copyOf(documents);
    }
}
