package org.parallax.web;

import org.parallax.model.Framing;
import org.parallax.model.SourceText;
import org.parallax.model.Story;
import org.parallax.report.ShowsStoryPart;
import org.parallax.report.StoryPart;

import static org.parallax.report.Html.escape;

/** Framing per outlet: loaded words in its own voice, how it labels actors, unnamed sources. */
final class FramingPart implements StorySection, ShowsStoryPart {
    @Override
    public StoryPart part() {
        return StoryPart.FRAMING;
    }

    @Override
    public String emptyText() {
        return "No framing analysis yet.";
    }

    @Override
    public void render(StoryAnchors anchors, StringBuilder out) {
        out.append("<div class=\"frames\">");
        for (Framing f : anchors.story().framing()) {
            out.append("<div class=\"frame\"><h4>").append(StoryAnchors.link(anchors.doc(f.document()), anchors.name(f.document()), "col"))
                    .append("</h4>");
            if (f.loadedTerms().isEmpty() && f.labels().isEmpty() && f.anonymousSources().isEmpty()) {
                out.append("<p class=\"none\">Nothing notable.</p>");
            }
            if (!f.loadedTerms().isEmpty()) {
                out.append("<p><b>Loaded words:</b> ");
                for (Framing.LoadedTerm t : f.loadedTerms()) {
                    out.append(StoryAnchors.link(anchors.at(f.document(), t.start()), t.text(), "term"));
                    if (t.category() != null) {
                        out.append(" <small>").append(escape(t.category())).append("</small>");
                    }
                    out.append("; ");
                }
                out.append("</p>");
            }
            if (!f.labels().isEmpty()) {
                out.append("<p><b>Calls actors:</b> ");
                for (Framing.ActorLabel l : f.labels()) {
                    out.append("“").append(escape(l.asWritten())).append("” ×").append(l.count()).append("; ");
                }
                out.append("</p>");
            }
            if (!f.anonymousSources().isEmpty()) {
                out.append("<p><b>Unnamed sources:</b> ");
                for (SourceText s : f.anonymousSources()) {
                    out.append(StoryAnchors.link(anchors.at(f.document(), s.start()), s.text(), "term")).append("; ");
                }
                out.append("</p>");
            }
            out.append("</div>\n");
        }
        out.append("</div>\n");
    }
}
