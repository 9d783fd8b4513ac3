package org.parallax.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A feed the server follows, and how following it goes.
 *
 * @param interval     seconds between polls while it answers
 * @param etag         the last {@code ETag} it sent, for a conditional GET, or null
 * @param lastModified the last {@code Last-Modified} it sent, or null
 * @param nextPoll     when to poll next (later after each failure: backoff)
 * @param lastPoll     when it was last polled, or null
 * @param lastOk       when it last answered well, or null
 * @param failures     failures in a row since it last answered well
 * @param lastError    what went wrong last, or null
 * @param lastStatus   what the last poll did, in words ("3 new articles", "not modified"), or null
 * @param items        articles taken from it so far
 */
public record Feed(String id, String url, String title, long interval, String etag, String lastModified,
                   Instant nextPoll, Instant lastPoll, Instant lastOk, int failures, String lastError,
                   String lastStatus, Instant added, long items) {
    public Feed {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(nextPoll, "nextPoll");
        Objects.requireNonNull(added, "added");
        if (interval < 1) {
            throw new IllegalArgumentException("interval must be at least 1 s: " + interval);
        }
    }
}
