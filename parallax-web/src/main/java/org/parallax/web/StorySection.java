package org.parallax.web;

import org.parallax.report.SectionHeading;

/**
 * One section of a story page. A section writes escaped HTML only, linking passages through
 * {@link StoryAnchors}; when its part of the story is empty the page says so with {@link #emptyText()}.
 */
interface StorySection extends SectionHeading {
    /** What the page says when the analysis found nothing for this section. */
    String emptyText();

    void render(StoryAnchors anchors, StringBuilder out);
}
