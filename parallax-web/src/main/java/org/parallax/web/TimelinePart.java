package org.parallax.web;

import org.parallax.model.Claim;
import org.parallax.model.Story;
import org.parallax.model.TimelineEvent;

import static org.parallax.report.Html.escape;

/** The dated events in order, each citing the outlets that date it. */
final class TimelinePart implements StorySection {
    @Override
    public String title() {
        return "Timeline";
    }

    @Override
    public String anchor() {
        return "timeline";
    }

    @Override
    public boolean isEmpty(Story story) {
        return story.timeline().isEmpty();
    }

    @Override
    public String emptyText() {
        return "No dated events yet.";
    }

    @Override
    public void render(StoryAnchors anchors, StringBuilder out) {
        out.append("<ol class=\"timeline\">");
        for (TimelineEvent e : anchors.story().timeline()) {
            Claim claim = e.claims().isEmpty() ? null : anchors.story().claims().stream()
                    .filter(c -> c.id().equals(e.claims().get(0))).findFirst().orElse(null);
            out.append("<li><time>").append(escape(e.date())).append("</time> <span>").append(escape(e.text()))
                    .append("</span> <small>")
                    .append(anchors.outletLinks(e.documents(), d -> claim != null ? ConflictsPart.sourceAnchor(anchors, claim, d)
                            : anchors.best(d, e.text())))
                    .append("</small></li>\n");
        }
        out.append("</ol>\n");
    }
}
