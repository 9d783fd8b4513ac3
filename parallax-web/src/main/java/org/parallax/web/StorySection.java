package org.parallax.web;

import org.parallax.model.Story;

/**
 * One section of a story page. A section writes escaped HTML only, linking passages through
 * {@link StoryAnchors}; when its part of the story is empty the page says so with {@link #emptyText()}.
 */
interface StorySection {
    String title();

    /** The section's id on the page (fixed text, never from input). */
    String anchor();

    boolean isEmpty(Story story);

    /** What the page says when the analysis found nothing for this section. */
    String emptyText();

    void render(StoryAnchors anchors, StringBuilder out);
}
