package org.parallax.report;

import org.parallax.model.Story;
import org.parallax.model.TimelineEvent;

import java.util.stream.Collectors;

/** The dated events of the story, in order, each with the outlets that date it. */
final class TimelineSection implements HtmlSection {
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
    public void render(Story story, StringBuilder out) {
        out.append("<ol class=\"timeline\">\n");
        for (TimelineEvent e : story.timeline()) {
            out.append("<li><time>").append(Html.escape(e.date())).append("</time> ")
                    .append(Html.escape(e.text())).append(" <small>")
                    .append(Html.escape(e.documents().stream().map(d -> story.article(d).displayName())
                            .collect(Collectors.joining(", "))))
                    .append("</small></li>\n");
        }
        out.append("</ol>\n");
    }
}
