package org.parallax.report;

import org.parallax.model.Story;

/** A section that draws one {@link StoryPart}: its heading, anchor and emptiness come from the part. */
public interface ShowsStoryPart extends SectionHeading {
    StoryPart part();

    @Override
    default String title() {
        return part().title();
    }

    @Override
    default String anchor() {
        return part().anchor();
    }

    @Override
    default boolean isEmpty(Story story) {
        return part().isEmpty(story);
    }
}
