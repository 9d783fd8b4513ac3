package org.parallax.report;

import org.parallax.model.Article;
import org.parallax.model.Story;

/** The story's articles at a glance: outlet, title, date and how it is known, dateline, what was cleaned. */
final class DocumentsSection implements HtmlSection {
    @Override
    public String title() {
        return "Articles";
    }

    @Override
    public String anchor() {
        return "articles";
    }

    @Override
    public boolean isEmpty(Story story) {
        return false; // every story has articles
    }

    @Override
    public void render(Story story, StringBuilder out) {
        Tables.head(out, "Document", "Outlet", "Title", "Published", "Dateline", "Sentences", "Removed");
        for (Article a : story.articles()) {
            String date = a.published() == null ? "unknown"
                    : a.published().date() + " (" + a.published().how() + ": " + a.published().evidence() + ")";
            Tables.rawRow(out,
                    "<a href=\"#doc-" + Html.escape(a.id()) + "\">" + Html.escape(a.id()) + "</a>",
                    Html.escape(orDash(a.outlet())), Html.escape(orDash(a.title())), Html.escape(date),
                    Html.escape(orDash(a.dateline())), String.valueOf(a.sentences().size()),
                    String.valueOf(a.removed().size()));
        }
        Tables.end(out);
    }

    static String orDash(String s) {
        return s == null ? "—" : s;
    }
}
