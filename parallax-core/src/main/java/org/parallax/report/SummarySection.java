package org.parallax.report;

import org.parallax.model.Story;
import org.parallax.model.SummarySentence;

/** The neutral summary; each citation links to the cited article's text. */
final class SummarySection implements HtmlSection {
    @Override
    public String title() {
        return "Summary";
    }

    @Override
    public String anchor() {
        return "summary";
    }

    @Override
    public boolean isEmpty(Story story) {
        return story.summary().isEmpty();
    }

    @Override
    public void render(Story story, StringBuilder out) {
        out.append("<p class=\"summary\">");
        for (SummarySentence s : story.summary()) {
            out.append(Html.escape(s.text()));
            for (String doc : s.citations()) {
                out.append(" <a class=\"cite\" href=\"#doc-").append(Html.escape(doc)).append("\">[")
                        .append(Html.escape(story.article(doc).displayName())).append("]</a>");
            }
            out.append(' ');
        }
        out.append("</p>\n");
    }
}
