package org.parallax.web;

import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.SourceText;
import org.parallax.model.Story;
import org.parallax.report.ShowsStoryPart;
import org.parallax.report.StoryPart;

import static org.parallax.report.Html.escape;

/** The claims matrix: one row a claim, one column an outlet; a mark where the outlet states it. */
final class ClaimsPart implements StorySection, ShowsStoryPart {
    @Override
    public StoryPart part() {
        return StoryPart.CLAIMS;
    }

    @Override
    public String emptyText() {
        return "No claims extracted yet.";
    }

    @Override
    public void render(StoryAnchors anchors, StringBuilder out) {
        Story story = anchors.story();
        out.append("<div class=\"scroll\"><table class=\"matrix\"><thead><tr><th>Claim</th><th>Status</th>");
        for (Article a : story.articles()) {
            out.append("<th class=\"outlet\">").append(StoryAnchors.link(anchors.doc(a.id()), a.displayName(), "col")).append("</th>");
        }
        out.append("</tr></thead><tbody>\n");
        for (Claim c : story.claims()) {
            out.append("<tr><td><button type=\"button\" class=\"show claim\" data-group=\"claim:").append(escape(c.id())).append("\">")
                    .append(escape(c.text())).append("</button></td><td><span class=\"tag status-")
                    .append(escape(c.status().toString())).append("\">").append(escape(c.status().toString()))
                    .append("</span></td>");
            for (Article a : story.articles()) {
                SourceText src = c.sources().stream().filter(s -> s.document().equals(a.id())).findFirst().orElse(null);
                if (src == null) {
                    out.append("<td class=\"absent\" title=\"not stated\">·</td>");
                } else {
                    out.append("<td class=\"present\"><a class=\"src\" href=\"#").append(anchors.at(a.id(), src.start()))
                            .append("\" title=\"").append(escape(src.text())).append("\">●</a></td>");
                }
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table></div>\n");
    }
}
