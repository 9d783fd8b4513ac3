package org.parallax.report;

import org.parallax.model.Story;

/**
 * One section of a story in the HTML report ("Who said what", "Timeline", ...). A section writes
 * escaped HTML only, and nothing when its part of the story is empty and {@link #showWhenEmpty()} is false.
 */
public interface HtmlSection extends SectionHeading {
    /** Appends the section's body for one story. */
    void render(Story story, StringBuilder out);

    default boolean showWhenEmpty() {
        return true;
    }
}
