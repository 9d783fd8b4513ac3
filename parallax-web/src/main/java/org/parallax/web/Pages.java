package org.parallax.web;

import org.parallax.model.Article;
import org.parallax.model.Rejected;
import org.parallax.model.Story;
import org.parallax.store.SearchHit;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import static org.parallax.report.Html.escape;

/**
 * The app's pages other than a story's: the shared layout, home, search results, upload results and
 * errors. Every piece of article text, title, outlet and id goes through {@code Html.escape}; pages
 * carry no inline script or style (the Content-Security-Policy forbids them). Thread-safe.
 */
final class Pages {
    static final String ACCEPT = ".txt,.text,.md,.html,.htm,.json,.jsonl,.ndjson";

    private Pages() {
    }

    /** The page frame; {@code body} is already-escaped HTML. */
    static String layout(String title, String query, String body) {
        StringBuilder out = new StringBuilder(body.length() + 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .append("<title>").append(escape(title)).append(" · Parallax</title>")
                .append("<link rel=\"stylesheet\" href=\"/static/app.css\">")
                .append("<script src=\"/static/app.js\" defer></script></head><body>\n")
                .append("<header class=\"top\"><a class=\"brand\" href=\"/\">Parallax</a>")
                .append("<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">")
                .append("<input type=\"search\" name=\"q\" maxlength=\"500\" placeholder=\"Search articles\" aria-label=\"Search articles\" value=\"")
                .append(escape(query)).append("\"><button type=\"submit\">Search</button></form></header>\n<main>\n")
                .append(body)
                .append("</main>\n<footer><small>Parallax · every article shown as its outlet wrote it</small></footer></body></html>\n");
        return out.toString();
    }

    static String home(Library.Snapshot snapshot) {
        StringBuilder out = new StringBuilder(8192);
        out.append("<h1>Stories</h1>\n<p class=\"lead\">").append(snapshot.articles()).append(" articles · ")
                .append(snapshot.stories().size()).append(snapshot.stories().size() == 1 ? " story" : " stories")
                .append("</p>\n");
        if (snapshot.stories().isEmpty()) {
            out.append("<p class=\"none\">No stories yet. Add articles below: upload files or paste a text.</p>\n");
        } else {
            out.append("<ul class=\"stories\">\n");
            for (Library.Entry e : snapshot.stories()) {
                storyCard(e, out);
            }
            out.append("</ul>\n");
        }
        ingestForm(out);
        rejected(snapshot.rejected(), "Articles that could not be analysed", out);
        return layout("Stories", "", out.toString());
    }

    private static void storyCard(Library.Entry e, StringBuilder out) {
        Story s = e.story();
        out.append("<li class=\"card\"><h2><a href=\"/stories/").append(escape(e.id())).append("\">")
                .append(escape(s.headline() == null ? "Untitled story" : s.headline())).append("</a></h2>\n");
        out.append("<p class=\"meta\">").append(s.articles().size()).append(s.articles().size() == 1 ? " article" : " articles");
        String dates = dateRange(s);
        if (!dates.isEmpty()) {
            out.append(" · ").append(escape(dates));
        }
        out.append("</p>\n<p class=\"outlets\">");
        new java.util.LinkedHashSet<>(s.articles().stream().map(Article::displayName).toList())
                .forEach(o -> out.append("<span class=\"tag\">").append(escape(o)).append("</span>"));
        out.append("</p>\n<p class=\"counts\">")
                .append(count(s.quotes().size(), "quote")).append(count(s.claims().size(), "claim"))
                .append(count(s.conflicts().size(), "conflict")).append(count(s.timeline().size(), "dated event"))
                .append("</p></li>\n");
    }

    static String dateRange(Story s) {
        TreeSet<String> dates = new TreeSet<>();
        s.articles().stream().map(Article::published).filter(Objects::nonNull).forEach(p -> dates.add(p.date()));
        if (dates.isEmpty()) {
            return "";
        }
        return dates.first().equals(dates.last()) ? dates.first() : dates.first() + " – " + dates.last();
    }

    private static String count(int n, String what) {
        return "<span class=\"count" + (n == 0 ? " zero" : "") + "\"><b>" + n + "</b> " + what + (n == 1 ? "" : "s") + "</span>";
    }

    private static void ingestForm(StringBuilder out) {
        out.append("""
                <section class="ingest" id="add"><h2>Add articles</h2>
                <form method="post" action="/ingest" enctype="multipart/form-data">
                <div class="field"><label for="files">Upload files</label>
                <input id="files" type="file" name="files" multiple accept="%s">
                <small>Plain text, HTML pages, or JSON Lines ({"id", "text" | "html", "url", "outlet", "title", "published"} a line); up to 2 MB an article.</small></div>
                <div class="field"><label for="text">… or paste an article</label>
                <textarea id="text" name="text" rows="8" placeholder="Headline, then the article text — or JSON"></textarea></div>
                <div class="row"><div class="field"><label for="title">Title (optional)</label><input id="title" name="title" maxlength="500"></div>
                <div class="field"><label for="outlet">Outlet (optional)</label><input id="outlet" name="outlet" maxlength="200"></div></div>
                <button type="submit" class="primary">Add and analyse</button>
                </form></section>
                """.formatted(ACCEPT));
    }

    private static void rejected(List<Rejected> rejected, String heading, StringBuilder out) {
        if (rejected.isEmpty()) {
            return;
        }
        out.append("<section class=\"rejected\"><h2>").append(escape(heading)).append("</h2><ul>");
        for (Rejected r : rejected) {
            out.append("<li><b>").append(escape(r.source())).append("</b>: ").append(escape(r.problem())).append("</li>");
        }
        out.append("</ul></section>\n");
    }

    static String ingestResult(Library.IngestResult result, Library.Snapshot snapshot) {
        StringBuilder out = new StringBuilder();
        out.append("<h1>Added ").append(result.ids().size()).append(result.ids().size() == 1 ? " article" : " articles")
                .append("</h1>\n");
        if (!result.stories().isEmpty()) {
            out.append("<p>Stories with these articles:</p><ul class=\"stories\">");
            for (String id : result.stories()) {
                Library.Entry e = snapshot.byId().get(id);
                if (e != null) {
                    storyCard(e, out);
                }
            }
            out.append("</ul>\n");
        }
        rejected(result.rejected(), "Not added", out);
        out.append("<p><a href=\"/\">Back to all stories</a></p>\n");
        return layout("Added", "", out.toString());
    }

    static String search(String query, List<SearchHit> hits, Library.Snapshot snapshot) {
        StringBuilder out = new StringBuilder();
        out.append("<h1>Search</h1>\n");
        if (query.isBlank()) {
            out.append("<p class=\"none\">Type words to find in titles, outlets and article texts.</p>\n");
        } else if (hits.isEmpty()) {
            out.append("<p class=\"none\">Nothing matches ").append(escape("“" + query + "”")).append(".</p>\n");
        } else {
            out.append("<p class=\"lead\">").append(hits.size()).append(hits.size() == 1 ? " article" : " articles")
                    .append(" match ").append(escape("“" + query + "”")).append("</p>\n<ol class=\"hits\">\n");
            for (SearchHit h : hits) {
                Library.Entry e = h.story() == null ? null : snapshot.byId().get(h.story());
                out.append("<li>");
                String label = escape(h.title() != null ? h.title() : h.article());
                if (e != null) {
                    out.append("<a href=\"/stories/").append(escape(e.id())).append("#d").append(e.position(h.article()))
                            .append("\">").append(label).append("</a>");
                } else {
                    out.append(label);
                }
                if (h.outlet() != null) {
                    out.append(" <span class=\"tag\">").append(escape(h.outlet())).append("</span>");
                }
                out.append("<p class=\"snippet\">").append(marked(h.snippet())).append("</p></li>\n");
            }
            out.append("</ol>\n");
        }
        return layout("Search", query, out.toString());
    }

    /** Escapes a snippet, then turns the store's match marks into {@code <mark>}. */
    static String marked(String snippet) {
        return escape(snippet).replace(String.valueOf(SearchHit.MARK_START), "<mark>")
                .replace(String.valueOf(SearchHit.MARK_END), "</mark>");
    }

    static String error(int status, String message) {
        return layout("Error " + status, "", "<h1>" + status + "</h1>\n<p class=\"error\">" + escape(message)
                + "</p>\n<p><a href=\"/\">Back to all stories</a></p>\n");
    }
}
