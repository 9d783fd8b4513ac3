package org.parallax.web;

import org.parallax.model.Claim;
import org.parallax.model.Conflict;
import org.parallax.model.SourceText;
import org.parallax.model.Story;
import org.parallax.report.ShowsStoryPart;
import org.parallax.report.StoryPart;

import static org.parallax.report.Html.escape;

/** Where outlets disagree: each position with the outlets behind it, linked to their sentences. */
final class ConflictsPart implements StorySection, ShowsStoryPart {
    @Override
    public StoryPart part() {
        return StoryPart.CONFLICTS;
    }

    @Override
    public String emptyText() {
        return "No conflicting accounts found.";
    }

    @Override
    public void render(StoryAnchors anchors, StringBuilder out) {
        for (Conflict x : anchors.story().conflicts()) {
            out.append("<div class=\"conflict\"><h4>").append(escape(x.topic())).append("</h4><ul>");
            for (Conflict.Position p : x.positions()) {
                Claim claim = anchors.story().claims().stream().filter(c -> c.id().equals(p.claim())).findFirst().orElse(null);
                out.append("<li><q>").append(escape(p.text())).append("</q> ")
                        .append(anchors.outletLinks(p.documents(), d -> sourceAnchor(anchors, claim, d))).append("</li>");
            }
            out.append("</ul>");
            if (x.explanation() != null) {
                out.append("<p class=\"explain\">").append(escape(x.explanation())).append("</p>");
            }
            out.append("</div>\n");
        }
    }

    /** The sentence where a document states a claim, else the document. */
    static String sourceAnchor(StoryAnchors anchors, Claim claim, String document) {
        if (claim != null) {
            for (SourceText s : claim.sources()) {
                if (s.document().equals(document)) {
                    return anchors.at(document, s.start());
                }
            }
        }
        return anchors.doc(document);
    }
}
