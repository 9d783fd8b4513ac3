package org.parallax.report;

import org.parallax.model.Story;

import java.util.function.Predicate;

/**
 * The parts of a story that both the HTML report and the web app show, with the one heading, anchor and
 * emptiness test each has wherever it is drawn.
 */
public enum StoryPart {
    SUMMARY("Summary", "summary", s -> s.summary().isEmpty()),
    QUOTES("Who said what", "quotes", s -> s.quotes().isEmpty()),
    CLAIMS("Claims", "claims", s -> s.claims().isEmpty()),
    CONFLICTS("Conflicts", "conflicts", s -> s.conflicts().isEmpty()),
    TIMELINE("Timeline", "timeline", s -> s.timeline().isEmpty()),
    FRAMING("Framing", "framing", s -> s.framing().isEmpty());

    private final String title;
    private final String anchor;
    private final Predicate<Story> empty;

    StoryPart(String title, String anchor, Predicate<Story> empty) {
        this.title = title;
        this.anchor = anchor;
        this.empty = empty;
    }

    public String title() {
        return title;
    }

    /** An anchor-safe id (fixed text, never from input). */
    public String anchor() {
        return anchor;
    }

    /** True when the analysis found nothing for this part of the story. */
    public boolean isEmpty(Story story) {
        return empty.test(story);
    }
}
