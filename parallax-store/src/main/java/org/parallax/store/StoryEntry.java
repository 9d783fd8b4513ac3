package org.parallax.store;

import java.util.List;
import java.util.Objects;

/**
 * A story in the store's index: what the list of stories and a story's card need, without its analysis.
 *
 * @param signature the signature of the analysis it shows ({@code AnalysisSession}), or "" for none yet
 * @param related   the stories related to it, as the JSON array the page and the API show
 * @param card      what the story's card shows, as JSON written by the web app, or "{}" before its analysis
 */
public record StoryEntry(String id, int position, String headline, List<String> documents, String signature,
                         String related, String card) {
    public StoryEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(signature, "signature");
        documents = List.copyOf(documents);
        related = related == null ? "[]" : related;
        card = card == null ? "{}" : card;
    }
}
