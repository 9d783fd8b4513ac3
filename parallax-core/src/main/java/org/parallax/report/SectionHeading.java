package org.parallax.report;

import org.parallax.model.Story;

/** What every drawn section of a story has, in the report or on a page: a heading, an anchor, and whether it is empty. */
public interface SectionHeading {
    /** The section heading. */
    String title();

    /** An anchor-safe id for the section (fixed text, never from input). */
    String anchor();

    /** True when the story has nothing for this section. */
    boolean isEmpty(Story story);
}
