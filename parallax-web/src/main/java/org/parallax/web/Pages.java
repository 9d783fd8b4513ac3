package org.parallax.web;

import org.parallax.model.Rejected;
import org.parallax.store.Feed;
import org.parallax.store.Job;
import org.parallax.store.SearchHit;

import java.util.List;

import org.parallax.report.Rendering;
import org.parallax.report.StoryIndex;

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
                .append("<meta name=\"color-scheme\" content=\"light dark\">")
                .append("<title>").append(escape(title)).append(" · Parallax</title>")
                .append("<link rel=\"stylesheet\" href=\"/static/app.css\">")
                .append("<script src=\"/static/app.js\" defer></script></head><body>\n")
                .append("<a class=\"skip\" href=\"#main\">Skip to the content</a>\n")
                .append("<header class=\"top\"><a class=\"brand\" href=\"/\">Parallax</a>")
                .append("<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">")
                .append("<input type=\"search\" name=\"q\" maxlength=\"500\" placeholder=\"Search articles\" aria-label=\"Search articles\" value=\"")
                .append(escape(query)).append("\"><button type=\"submit\">Search</button></form></header>\n<main id=\"main\">\n")
                .append(body)
                .append("</main>\n<footer><small>Parallax · every article shown as its outlet wrote it</small></footer></body></html>\n");
        return out.toString();
    }

    static String home(Catalog catalog, Library.Status status) {
        return home(catalog, status, StoryIndex.Sort.ARTICLES, 1);
    }

    /** Every story as an index (sortable, a page at a time), what the analysis is doing, and the form to add articles. */
    static String home(Catalog catalog, Library.Status status, StoryIndex.Sort sort, int page) {
        StringBuilder out = new StringBuilder(8192);
        out.append("<h1>Stories</h1>\n<p class=\"lead\">").append(catalog.articles()).append(" articles · ")
                .append(catalog.stories().size()).append(catalog.stories().size() == 1 ? " story" : " stories")
                .append("</p>\n");
        analysis(status, out);
        if (catalog.stories().isEmpty()) {
            out.append("<p class=\"none\">No stories yet. Add articles below: upload files or paste a text.</p>\n");
        } else {
            List<StoryIndex.Row> rows = catalog.stories().stream().map(e -> e.card().row("/stories/" + e.id(),
                    e.headline(), e.story().documents().size(), catalog.updating().contains(e.id()))).toList();
            out.append(Rendering.index(StoryIndex.of(rows, sort, page, "/?sort=%s&page=%d"), "stories"));
        }
        ingestForm(out);
        out.append("<p><a href=\"/feeds\">Feeds the server follows</a></p>\n");
        rejected(catalog.rejected(), "Articles that could not be analysed", out);
        return layout("Stories", "", out.toString());
    }

    /** One line on what the background analysis is doing, when it is doing anything. */
    static void analysis(Library.Status status, StringBuilder out) {
        AnalysisProgress p = status.analysis();
        if (p.error() != null) {
            out.append("<p class=\"status error\">").append(escape(p.error())).append("</p>\n");
        }
        if (p.phase() == AnalysisProgress.Phase.IDLE && status.queued() == 0) {
            return;
        }
        out.append("<p class=\"status\" data-status=\"live\">Analysis: ").append(escape(p.phase().words));
        if (p.phase() == AnalysisProgress.Phase.ARTICLES) {
            out.append(" (").append(p.articlesDone()).append(" of ").append(p.articles()).append(")");
        } else if (p.phase() == AnalysisProgress.Phase.STORIES) {
            out.append(" (").append(p.storiesDone()).append(" of ").append(p.stories()).append(")");
        }
        if (status.queued() > 0) {
            out.append(" · ").append(status.queued()).append(status.queued() == 1 ? " article waits" : " articles wait");
        }
        out.append("</p>\n");
    }

    private static void storyCard(Catalog.Entry e, boolean updating, StringBuilder out) {
        Card c = e.card();
        out.append("<li class=\"card\"><h2><a href=\"/stories/").append(escape(e.id())).append("\">")
                .append(escape(e.headline() == null ? "Untitled story" : e.headline())).append("</a></h2>\n");
        int n = e.story().documents().size();
        out.append("<p class=\"meta\">").append(n).append(n == 1 ? " article" : " articles");
        if (!c.dates().isEmpty()) {
            out.append(" · ").append(escape(c.dates()));
        }
        if (updating) {
            out.append(" · <span class=\"tag updating\">being updated</span>");
        }
        out.append("</p>\n<p class=\"outlets\">");
        c.outlets().forEach(o -> out.append("<span class=\"tag\">").append(escape(o)).append("</span>"));
        out.append("</p>\n<p class=\"counts\">")
                .append(count(c.quotes(), "quote")).append(count(c.claims(), "claim"))
                .append(count(c.conflicts(), "conflict")).append(count(c.dated(), "dated event"))
                .append("</p></li>\n");
    }

    private static String count(int n, String what) {
        return "<span class=\"count" + (n == 0 ? " zero" : "") + "\"><b>" + n + "</b> " + what + (n == 1 ? "" : "s") + "</span>";
    }

    static void ingestForm(StringBuilder out) {
        out.append("""
                <section class="ingest" id="add"><h2>Add articles</h2>
                <form method="post" action="/ingest" enctype="multipart/form-data">
                <div class="field"><label for="files">Upload files</label>
                <input id="files" type="file" name="files" multiple accept="%s">
                <small>Plain text, HTML pages, or JSON Lines ({"id", "text" | "html", "url", "outlet", "title", "published"} a line); up to 2 MB an article. Stored at once and analysed in the background.</small></div>
                <div class="field"><label for="text">… or paste an article</label>
                <textarea id="text" name="text" rows="8" placeholder="Headline, then the article text — or JSON"></textarea></div>
                <div class="row"><div class="field"><label for="title">Title (optional)</label><input id="title" name="title" maxlength="500"></div>
                <div class="field"><label for="outlet">Outlet (optional)</label><input id="outlet" name="outlet" maxlength="200"></div></div>
                <button type="submit" class="primary">Add</button>
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

    /** An upload's page: its progress while it is analysed (the script keeps it current), then its stories. */
    static String job(Library.JobStatus status, Catalog catalog) {
        Job job = status.job();
        StringBuilder out = new StringBuilder();
        int n = job.articles().size();
        out.append("<h1>Added ").append(n).append(n == 1 ? " article" : " articles").append("</h1>\n");
        if (!status.state().equals("done")) {
            out.append("<p class=\"job\" data-job=\"").append(escape(job.id())).append("\"><span class=\"state\">")
                    .append(status.state().equals("queued") ? "Waiting for the analysis" : "Being analysed")
                    .append("</span>: <span class=\"analysed\">").append(status.analysed()).append("</span> of ")
                    .append(n).append(" articles analysed.</p>\n<progress max=\"").append(Math.max(1, n)).append("\" value=\"")
                    .append(status.analysed()).append("\"></progress>\n<p><small>Stored safely: this page follows the"
                    + " analysis, and you may leave it.</small></p>\n");
        } else if (!job.stories().isEmpty()) {
            out.append("<p>Stories with these articles:</p><ul class=\"stories\">");
            for (String id : job.stories()) {
                Catalog.Entry e = catalog.byId().get(id);
                if (e != null) {
                    storyCard(e, catalog.updating().contains(id), out);
                }
            }
            out.append("</ul>\n");
        }
        rejected(job.rejected(), "Not added", out);
        rejected(status.failed(), "Added but could not be analysed", out);
        out.append("<p><a href=\"/\">Back to all stories</a></p>\n");
        return layout("Added", "", out.toString());
    }

    /** A form upload that stored nothing: what was refused and why. */
    static String nothingAdded(List<Rejected> rejected) {
        StringBuilder out = new StringBuilder("<h1>Nothing added</h1>\n");
        rejected(rejected, "Not added", out);
        out.append("<p><a href=\"/\">Back to all stories</a></p>\n");
        return layout("Nothing added", "", out.toString());
    }

    /** The feeds the server follows, how each is going, and the form to add one. */
    static String feeds(List<Feed> feeds) {
        StringBuilder out = new StringBuilder("<h1>Feeds</h1>\n");
        if (feeds.isEmpty()) {
            out.append("<p class=\"none\">No feeds yet. Add an RSS, Atom or JSON Feed address below: the server"
                    + " polls it and analyses new items as they come.</p>\n");
        } else {
            out.append("<table class=\"feeds\"><thead><tr><th>Feed</th><th>Every</th><th>Last poll</th><th>Status</th>"
                    + "<th>Articles</th><th></th></tr></thead><tbody>\n");
            for (Feed f : feeds) {
                out.append("<tr").append(f.failures() > 0 ? " class=\"failing\"" : "").append("><td>")
                        .append(escape(f.title() == null ? f.url() : f.title())).append("<br><small>").append(escape(f.url()))
                        .append("</small></td><td>").append(f.interval()).append(" s</td><td>")
                        .append(f.lastPoll() == null ? "not yet" : escape(f.lastPoll().toString())).append("</td><td>")
                        .append(escape(f.lastStatus() == null ? "waiting for its first poll" : f.lastStatus()));
                if (f.lastError() != null) {
                    out.append("<br><span class=\"error\">").append(escape(f.lastError())).append("</span> <small>(")
                            .append(f.failures()).append(f.failures() == 1 ? " failure" : " failures in a row").append(")</small>");
                }
                out.append("</td><td>").append(f.items()).append("</td><td><form method=\"post\" action=\"/feeds/")
                        .append(escape(f.id())).append("/delete\"><button type=\"submit\">Stop following</button></form></td></tr>\n");
            }
            out.append("</tbody></table>\n");
        }
        out.append("""
                <section class="ingest"><h2>Follow a feed</h2>
                <form method="post" action="/feeds">
                <div class="field"><label for="url">Feed address</label><input id="url" name="url" type="url" maxlength="2000" required placeholder="https://example.com/news.rss"></div>
                <div class="field"><label for="interval">Poll every (minutes)</label><input id="interval" name="interval" type="number" min="1" value="15"></div>
                <button type="submit" class="primary">Follow</button>
                </form></section>
                <p><a href="/">Back to all stories</a></p>
                """);
        return layout("Feeds", "", out.toString());
    }

    static String search(String query, List<SearchHit> hits) {
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
                out.append("<li>");
                String label = escape(h.title() != null ? h.title() : h.article());
                if (h.story() != null) {
                    out.append("<a href=\"/stories/").append(escape(h.story())).append("#d").append(h.position())
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
