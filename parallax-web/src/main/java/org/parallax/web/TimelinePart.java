package org.parallax.web;

import org.parallax.model.Claim;
import org.parallax.model.Story;
import org.parallax.model.TimelineEvent;
import org.parallax.time.TimelineView;
import org.parallax.report.ShowsStoryPart;
import org.parallax.report.StoryPart;

import java.util.List;

import static org.parallax.report.Html.escape;

/** The dated events in order, each citing the outlets that date it; background dates folded apart. */
final class TimelinePart implements StorySection, ShowsStoryPart {
    @Override
    public StoryPart part() {
        return StoryPart.TIMELINE;
    }

    @Override
    public String emptyText() {
        return "No dated events yet.";
    }

    @Override
    public void render(StoryAnchors anchors, StringBuilder out) {
        TimelineView view = TimelineView.of(anchors.story());
        list(anchors, view.recent().isEmpty() ? view.background() : view.recent(), out);
        if (!view.recent().isEmpty() && !view.background().isEmpty()) {
            out.append("<details><summary>Background: ").append(view.background().size())
                    .append(" earlier dates</summary>\n");
            list(anchors, view.background(), out);
            out.append("</details>\n");
        }
    }

    private static void list(StoryAnchors anchors, List<TimelineEvent> events, StringBuilder out) {
        out.append("<ol class=\"timeline\">");
        for (TimelineEvent e : events) {
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
