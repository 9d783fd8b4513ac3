package org.parallax.web;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.parallax.model.Rejected;
import org.parallax.store.Feed;
import org.parallax.store.SearchHit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parallax.report.Html;
import org.parallax.report.Rendering;
import org.parallax.report.StoryIndex;

/**
 * The app's pages, drawn by the jte templates under {@code src/main/jte} (compiled to Java at build time,
 * package {@code org.parallax.web.templates}) with HTML auto-escaping: every piece of article text, title,
 * outlet and id a template outputs is escaped. One layout template frames every page, a story's page too.
 * What goes in unescaped is HTML already made safe: the core's rendering layer's index of stories and story
 * bodies, and search snippets ({@link #marked}). Pages carry no inline script or style (the
 * Content-Security-Policy forbids them). This class is the routes' way in; the records are what the
 * templates draw that the store and the core do not already give. Thread-safe.
 */
public final class Pages {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html, null,
            "org.parallax.web.templates");

    /**
     * A story's card on an upload's page.
     *
     * @param headline the story's headline, or null
     * @param articles how many articles the story has
     * @param dates    the range of its articles' publication dates, or ""
     * @param dated    how many dated events its timeline has
     * @param updating whether the story is being analysed again
     */
    public record StoryCard(String id, String headline, int articles, String dates, List<String> outlets, int quotes,
                            int claims, int conflicts, int dated, boolean updating) {
        public StoryCard {
            outlets = List.copyOf(outlets);
        }

        static StoryCard of(Catalog.Entry e, boolean updating) {
            Card c = e.card();
            return new StoryCard(e.id(), e.headline(), e.story().documents().size(), c.dates(), c.outlets(),
                    c.quotes(), c.claims(), c.conflicts(), c.dated(), updating);
        }
    }

    /**
     * One search result.
     *
     * @param snippet the hit's snippet, escaped, its matches marked ({@link Pages#marked})
     */
    public record Hit(SearchHit hit, Content snippet) {
    }

    private Pages() {
    }

    /** The page frame (head, skip link, header with the search form, main, footer); {@code body} is safe HTML. */
    static String layout(String title, String query, String body) {
        return render("layout.jte", "title", title, "query", query, "body", trusted(body));
    }

    /**
     * What a story's page shows that is known only when it is served: a notice while the story is analysed
     * again, and links to the related stories. Goes in at {@link StoryPage#RELATED}.
     */
    static String related(String id, List<StoryPage.Related> related, boolean updating) {
        return render("part/related.jte", "id", id, "related", related, "updating", updating);
    }

    /** The body of a story's page while the page itself is not ready: its headline and a note to wait. */
    static String preparing(String headline) {
        return render("part/preparing.jte", "headline", headline);
    }

    /**
     * The home page: every story as an index (sortable, a page at a time), what the analysis is doing, the
     * form to add articles, and the articles that could not be analysed.
     */
    static String home(Catalog catalog, Library.Status status, StoryIndex.Sort sort, int page) {
        Content index = null;
        if (!catalog.stories().isEmpty()) {
            List<StoryIndex.Row> rows = catalog.stories().stream().map(e -> e.card().row("/stories/" + e.id(),
                    e.headline(), e.story().documents().size(), catalog.updating().contains(e.id()))).toList();
            index = trusted(Rendering.index(StoryIndex.of(rows, sort, page, "/?sort=%s&page=%d"), "stories"));
        }
        return render("home.jte", "articles", catalog.articles(), "stories", catalog.stories().size(),
                "status", status, "index", index, "rejected", catalog.rejected());
    }

    /** An upload's page: its progress while it is analysed (the script keeps it current), then its stories. */
    static String job(Library.JobStatus status, Catalog catalog) {
        List<StoryCard> cards = new ArrayList<>();
        if (status.state().equals("done")) {
            for (String id : status.job().stories()) {
                Catalog.Entry e = catalog.byId().get(id);
                if (e != null) {
                    cards.add(StoryCard.of(e, catalog.updating().contains(id)));
                }
            }
        }
        return render("job.jte", "status", status, "cards", cards);
    }

    /** A form upload that stored nothing: what was refused and why. */
    static String nothingAdded(List<Rejected> rejected) {
        return render("nothingAdded.jte", "rejected", rejected);
    }

    /** The feeds the server follows, how each is going, and the form to add one. */
    static String feeds(List<Feed> feeds) {
        return render("feeds.jte", "feeds", feeds);
    }

    /** The articles matching a search, each with its snippet; {@code query} blank asks for words. */
    static String search(String query, List<SearchHit> hits) {
        List<Hit> shown = hits.stream().map(h -> new Hit(h, trusted(marked(h.snippet())))).toList();
        return render("search.jte", "query", query, "hits", shown);
    }

    /** Escapes a snippet, then turns the store's match marks into {@code <mark>}. */
    static String marked(String snippet) {
        return Html.escape(snippet).replace(String.valueOf(SearchHit.MARK_START), "<mark>")
                .replace(String.valueOf(SearchHit.MARK_END), "</mark>");
    }

    /** An error page: the HTTP status and what went wrong. */
    static String error(int status, String message) {
        return render("error.jte", "status", status, "message", message);
    }

    /** HTML that is safe already, to go into a template as it is. */
    private static Content trusted(String html) {
        return output -> output.writeContent(html);
    }

    /** Renders a template with its parameters given as name, value, name, value ... (values may be null). */
    private static String render(String template, Object... params) {
        Map<String, Object> named = new HashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            named.put((String) params[i], params[i + 1]);
        }
        StringOutput out = new StringOutput(16 * 1024);
        ENGINE.render(template, named, out);
        return out.toString();
    }
}
