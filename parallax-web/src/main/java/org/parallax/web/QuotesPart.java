package org.parallax.web;

import org.parallax.model.Quote;
import org.parallax.model.QuoteOccurrence;
import org.parallax.model.Story;
import org.parallax.report.ShowsStoryPart;
import org.parallax.report.StoryPart;

import static org.parallax.report.Html.escape;

/** Who said what: each statement with every outlet's version, diffed against the fullest wording. */
final class QuotesPart implements StorySection, ShowsStoryPart {
    @Override
    public StoryPart part() {
        return StoryPart.QUOTES;
    }

    @Override
    public String emptyText() {
        return "No quotes found in these articles.";
    }

    @Override
    public void render(StoryAnchors anchors, StringBuilder out) {
        for (Quote q : anchors.story().quotes()) {
            out.append("<div class=\"quote\"><p class=\"said\"><b>")
                    .append(escape(q.speaker() == null || q.speaker().name() == null ? "Unknown speaker" : q.speaker().name()))
                    .append("</b> <button type=\"button\" class=\"show\" data-group=\"quote:").append(escape(q.id()))
                    .append("\">show in articles</button></p>\n<blockquote>“").append(escape(q.text())).append("”</blockquote>\n<ul class=\"versions\">");
            for (QuoteOccurrence o : q.occurrences()) {
                out.append("<li>").append(StoryAnchors.link(anchors.at(o.document(), o.start()), anchors.name(o.document()), "cite"))
                        .append(" <span class=\"tag match-").append(escape(o.match().toString())).append("\">")
                        .append(escape(o.match().toString())).append("</span> ");
                if (o.speakerAsWritten() != null) {
                    out.append("<small>as “").append(escape(o.speakerAsWritten())).append("”</small> ");
                }
                out.append("<span class=\"diff\">").append(WordDiff.html(q.text(), o.text())).append("</span></li>\n");
            }
            out.append("</ul></div>\n");
        }
    }
}
