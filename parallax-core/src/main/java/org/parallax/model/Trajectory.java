package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * How one figure (a death toll, a count of wounded) moves across the story's reports: each point is one
 * value as reported on one day, with the outlets behind it. A toll that rises in later reports is an update
 * shown here, not a conflict.
 *
 * @param slot   what the figure counts ("killed in the clashes (people)")
 * @param points the reports, oldest first
 */
public record Trajectory(String slot, List<Point> points) {
    public Trajectory {
        Objects.requireNonNull(slot, "slot");
        points = List.copyOf(points);
    }

    /**
     * One reported value.
     *
     * @param value     the number (the least a vague or "more than" figure allows)
     * @param qualifier "more than", "at least", ... or null
     * @param text      the figure as written
     * @param reported  the publication date of the reports (TIMEX3 day), or null when unknown
     * @param documents the documents that report it
     * @param claim     the claim that states it
     */
    public record Point(double value, String qualifier, String text, String reported, List<String> documents,
                        String claim) {
        public Point {
            documents = List.copyOf(documents);
        }
    }
}
