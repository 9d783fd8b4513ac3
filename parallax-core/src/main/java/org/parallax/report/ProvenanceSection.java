package org.parallax.report;

import org.parallax.model.CopiedPassage;
import org.parallax.model.Copy;
import org.parallax.model.Story;

/** Which articles copy which (wire stories, press releases, duplicates), and the earliest publisher. */
final class ProvenanceSection implements HtmlSection {
    private static final int SHOWN_CHARS = 160;

    @Override
    public String title() {
        return "Copies and provenance";
    }

    @Override
    public String anchor() {
        return "provenance";
    }

    @Override
    public boolean isEmpty(Story story) {
        return story.provenance() == null || story.provenance().copies().isEmpty() && story.provenance().earliest() == null;
    }

    @Override
    public boolean showWhenEmpty() {
        return false;
    }

    @Override
    public void render(Story story, StringBuilder out) {
        if (story.provenance().earliest() != null) {
            out.append("<p>Earliest publisher: ").append(Html.escape(story.article(story.provenance().earliest()).displayName()))
                    .append(" (").append(Html.escape(story.provenance().earliest())).append(")</p>\n");
        }
        if (story.provenance().copies().isEmpty()) {
            out.append("<p class=\"none\">No article copies another.</p>\n");
            return;
        }
        Tables.head(out, "Copy", "Source", "Share copied", "First copied passage");
        for (Copy c : story.provenance().copies()) {
            String first = "";
            if (!c.passages().isEmpty()) {
                CopiedPassage p = c.passages().get(0);
                String text = story.article(c.document()).original().substring(p.start(), p.end());
                first = text.length() > SHOWN_CHARS ? text.substring(0, SHOWN_CHARS) + "…" : text;
            }
            String source = story.articles().stream().anyMatch(a -> a.id().equals(c.source()))
                    ? story.article(c.source()).displayName() : c.source();
            Tables.row(out, story.article(c.document()).displayName(), source,
                    Math.round(c.share() * 100) + "%" + (c.nearDuplicate() ? " (near duplicate)" : ""), first);
        }
        Tables.end(out);
    }
}
