package org.parallax.web;

import org.parallax.model.Story;
import org.parallax.model.SummarySentence;
import org.parallax.report.ShowsStoryPart;
import org.parallax.report.StoryPart;

import static org.parallax.report.Html.escape;

/** The neutral summary; each citation links to the cited article's best-matching sentence. */
final class SummaryPart implements StorySection, ShowsStoryPart {
    @Override
    public StoryPart part() {
        return StoryPart.SUMMARY;
    }

    @Override
    public String emptyText() {
        return "No summary yet: the summary stage has not produced one for this story.";
    }

    @Override
    public void render(StoryAnchors anchors, StringBuilder out) {
        out.append("<div class=\"summary\">");
        for (SummarySentence s : anchors.story().summary()) {
            out.append("<p>").append(escape(s.text()));
            for (String doc : s.citations()) {
                out.append(' ').append(StoryAnchors.link(anchors.best(doc, s.text()), anchors.name(doc), "cite"));
            }
            out.append("</p>\n");
        }
        out.append("</div>\n");
    }
}
