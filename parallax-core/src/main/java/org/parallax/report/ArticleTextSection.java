package org.parallax.report;

import org.parallax.model.Article;
import org.parallax.model.Removed;
import org.parallax.model.Story;

/** Each article's cleaned text, paragraph by paragraph, with what cleaning removed and why. */
final class ArticleTextSection implements HtmlSection {
    @Override
    public String title() {
        return "Texts";
    }

    @Override
    public String anchor() {
        return "texts";
    }

    @Override
    public boolean isEmpty(Story story) {
        return false; // every story has articles
    }

    @Override
    public void render(Story story, StringBuilder out) {
        for (Article a : story.articles()) {
            out.append("<article class=\"doc\" id=\"doc-").append(Html.escape(a.id())).append("\">");
            out.append("<h3>").append(Html.escape(a.displayName())).append(" <small>")
                    .append(Html.escape(a.id())).append("</small></h3>\n");
            if (a.title() != null) {
                out.append("<p class=\"doc-title\">").append(Html.escape(a.title())).append("</p>\n");
            }
            String[] paragraphs = a.text().split("\n\n");
            for (int i = 0; i < paragraphs.length; i++) {
                out.append("<p id=\"").append(Html.escape(Anchors.paragraph(a, i))).append("\">")
                        .append(Html.escape(paragraphs[i])).append("</p>\n");
            }
            if (!a.removed().isEmpty()) {
                out.append("<details><summary>Removed by cleaning (").append(a.removed().size())
                        .append(")</summary><ul>");
                for (Removed r : a.removed()) {
                    out.append("<li><span class=\"tag\">").append(Html.escape(r.reason().toString()))
                            .append("</span> ").append(Html.escape(r.text())).append("</li>");
                }
                out.append("</ul></details>\n");
            }
            for (String w : a.warnings()) {
                out.append("<p class=\"warn\">").append(Html.escape(w)).append("</p>\n");
            }
            out.append("</article>\n");
        }
    }
}
