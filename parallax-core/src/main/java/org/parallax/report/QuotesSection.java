package org.parallax.report;

import org.parallax.model.Quote;
import org.parallax.model.QuoteOccurrence;
import org.parallax.model.Story;

/** Who said what: each statement, its speaker, and every outlet's version of it. */
final class QuotesSection implements HtmlSection {
    @Override
    public String title() {
        return "Who said what";
    }

    @Override
    public String anchor() {
        return "quotes";
    }

    @Override
    public boolean isEmpty(Story story) {
        return story.quotes().isEmpty();
    }

    @Override
    public void render(Story story, StringBuilder out) {
        for (Quote q : story.quotes()) {
            out.append("<div class=\"quote\"><p><b>")
                    .append(Html.escape(q.speaker() == null ? "unknown speaker" : q.speaker().name()))
                    .append("</b>: “").append(Html.escape(q.text())).append("”</p>\n");
            Tables.head(out, "Outlet", "As written", "Speaker as written", "Match");
            for (QuoteOccurrence o : q.occurrences()) {
                Tables.row(out, story.article(o.document()).displayName(), o.text(), o.speakerAsWritten(),
                        o.match().toString());
            }
            Tables.end(out);
            out.append("</div>\n");
        }
    }
}
