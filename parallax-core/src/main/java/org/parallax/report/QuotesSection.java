package org.parallax.report;

import org.parallax.model.DiffPart;
import org.parallax.model.Match;
import org.parallax.model.Quote;
import org.parallax.model.QuoteOccurrence;
import org.parallax.model.Story;

/**
 * Who said what: each statement, its speaker, and every outlet's version of it, with the words an
 * outlet changed shown as insertions and deletions against the fullest verbatim form. A statement the
 * outlets give to different speakers is flagged. All text is escaped.
 */
final class QuotesSection implements HtmlSection, ShowsStoryPart {
    @Override
    public StoryPart part() {
        return StoryPart.QUOTES;
    }

    @Override
    public void render(Story story, StringBuilder out) {
        for (Quote q : story.quotes()) {
            out.append("<div class=\"quote\"><p><b>")
                    .append(Html.escape(q.speaker() == null ? "unknown speaker" : q.speaker().name()))
                    .append("</b>: “").append(Html.escape(q.text())).append("”");
            if (q.speakerDisputed()) {
                out.append(" <span style=\"color:var(--warn)\">outlets name different speakers</span>");
            }
            out.append("</p>\n");
            Tables.head(out, "Outlet", "As written", "Speaker as written", "Match");
            for (QuoteOccurrence o : q.occurrences()) {
                String speaker = o.speakerAsWritten() == null ? "" : o.speakerAsWritten()
                        + (o.speaker() != null && !o.speaker().equals(o.speakerAsWritten()) ? " (" + o.speaker() + ")" : "");
                Tables.rawRow(out, Html.escape(story.article(o.document()).displayName()), version(o),
                        Html.escape(speaker), Html.escape(o.match().toString()));
            }
            Tables.end(out);
            out.append("</div>\n");
        }
    }

    /** The occurrence's words, with its differences from the canonical text marked when it was altered. */
    private static String version(QuoteOccurrence o) {
        if (o.diff().isEmpty() || o.match() == Match.PARAPHRASE) {
            return Html.escape(o.text());
        }
        StringBuilder html = new StringBuilder();
        for (DiffPart p : o.diff()) {
            if (html.length() > 0) {
                html.append(' ');
            }
            switch (p.kind()) {
                case "ins" -> html.append("<ins>").append(Html.escape(p.text())).append("</ins>");
                case "del" -> html.append("<del>").append(Html.escape(p.text())).append("</del>");
                default -> html.append(Html.escape(p.text()));
            }
        }
        return html.toString();
    }
}
