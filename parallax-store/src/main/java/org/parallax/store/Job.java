package org.parallax.store;

import org.parallax.model.Rejected;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One accepted upload: stored at once, analysed in the background. Its articles were committed with it,
 * so an acknowledged job is never lost; it is {@code done} once a pass has published stories holding them.
 *
 * @param origin   what sent it: "api", "form", or "feed FEED_ID"
 * @param articles ids of the articles it stored
 * @param rejected inputs of the upload that were not stored, with why
 * @param stories  ids of the stories holding its articles, once done
 * @param finished when it was done, or null
 */
public record Job(String id, String origin, State state, List<String> articles, List<Rejected> rejected,
                  List<String> stories, Instant created, Instant finished) {
    public enum State {
        QUEUED, DONE;

        String column() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static State of(String column) {
            return valueOf(column.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public Job {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(created, "created");
        articles = List.copyOf(articles);
        rejected = List.copyOf(rejected);
        stories = List.copyOf(stories);
    }
}
