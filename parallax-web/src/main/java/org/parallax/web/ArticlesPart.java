package org.parallax.web;

import org.parallax.model.Article;
import org.parallax.model.Sentence;
import org.parallax.model.Story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.parallax.report.Html.escape;

/**
 * The articles side by side, one column each, every sentence addressable ({@code d<i>-s<j>}) so that
 * citations elsewhere on the page land on the passage and highlight it.
 */
final class ArticlesPart implements StorySection {
    @Override
    public String title() {
        return "Articles side by side";
    }

    @Override
    public String anchor() {
        return "articles";
    }

    @Override
    public boolean isEmpty(Story story) {
        return story.articles().isEmpty();
    }

    @Override
    public String emptyText() {
        return "No articles.";
    }

    @Override
    public void render(StoryAnchors anchors, StringBuilder out) {
        out.append("<div class=\"columns\">\n");
        for (Article a : anchors.story().articles()) {
            String id = anchors.doc(a.id());
            out.append("<article class=\"doc\" id=\"").append(id).append("\"><header><h4>").append(escape(a.displayName()))
                    .append("</h4>");
            if (a.title() != null) {
                out.append("<p class=\"doc-title\">").append(escape(a.title())).append("</p>");
            }
            out.append("<p class=\"meta\">");
            List<String> meta = new ArrayList<>();
            if (a.published() != null) {
                meta.add(a.published().date());
            }
            if (a.dateline() != null) {
                meta.add(a.dateline());
            }
            if (a.author() != null) {
                meta.add(a.author());
            }
            meta.add(a.id());
            out.append(escape(String.join(" · ", meta)));
            if (a.url() != null && isWebAddress(a.url())) {
                out.append(" · <a href=\"").append(escape(a.url())).append("\" rel=\"noopener noreferrer nofollow\">source</a>");
            }
            out.append("</p></header>\n<div class=\"body\">");
            body(a, id, out);
            out.append("</div>");
            for (String w : a.warnings()) {
                out.append("<p class=\"warn\">").append(escape(w)).append("</p>");
            }
            out.append("</article>\n");
        }
        out.append("</div>\n");
    }

    private static void body(Article a, String id, StringBuilder out) {
        if (a.sentences().isEmpty()) {
            for (String paragraph : a.text().split("\n\n")) {
                out.append("<p>").append(escape(paragraph)).append("</p>\n");
            }
            return;
        }
        int paragraph = Integer.MIN_VALUE;
        for (Sentence s : a.sentences()) {
            if (s.paragraph() != paragraph) {
                if (paragraph != Integer.MIN_VALUE) {
                    out.append("</p>\n");
                }
                out.append("<p>");
                paragraph = s.paragraph();
            } else {
                out.append(' ');
            }
            out.append("<span class=\"s\" id=\"").append(id).append("-s").append(s.index()).append("\">")
                    .append(escape(s.text())).append("</span>");
        }
        out.append("</p>\n");
    }

    // only web addresses become links: "javascript:" and other schemes stay text
    static boolean isWebAddress(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("https://") || u.startsWith("http://");
    }
}
