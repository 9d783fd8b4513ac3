package org.parallax.report;

import org.parallax.model.Conflict;
import org.parallax.model.Story;

import java.util.stream.Collectors;

/** Where outlets contradict each other: each position with the outlets behind it. */
final class ConflictsSection implements HtmlSection, ShowsStoryPart {
    @Override
    public StoryPart part() {
        return StoryPart.CONFLICTS;
    }

    @Override
    public void render(Story story, StringBuilder out) {
        for (Conflict c : story.conflicts()) {
            out.append("<div class=\"conflict\"><h4>").append(Html.escape(c.topic())).append("</h4>\n");
            Tables.head(out, "Position", "Outlets");
            for (Conflict.Position p : c.positions()) {
                Tables.row(out, p.text(), p.documents().stream().map(d -> story.article(d).displayName())
                        .collect(Collectors.joining(", ")));
            }
            Tables.end(out);
            if (c.explanation() != null) {
                out.append("<p class=\"explain\">").append(Html.escape(c.explanation())).append("</p>\n");
            }
            out.append("</div>\n");
        }
    }
}
