package org.parallax.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.parallax.store.SearchHit;

import java.util.List;

/** Full-text search: {@code GET /api/search?q=} and the search page. */
final class SearchRoutes {
    static final int MAX_QUERY = 500;
    private final Library library;

    SearchRoutes(Library library) {
        this.library = library;
    }

    /** {@code GET /api/search?q=words&limit=20}: hits, best first. */
    void api(Context ctx) {
        String q = query(ctx);
        if (q.isBlank()) {
            throw WebError.badRequest("give the words to search for: /api/search?q=words");
        }
        int limit = limit(ctx.queryParam("limit"));
        ObjectNode root = Json.object();
        root.put("query", q);
        ArrayNode hits = root.putArray("hits");
        for (SearchHit h : library.search(q, limit)) {
            hits.addObject().put("article", h.article()).put("title", h.title()).put("outlet", h.outlet())
                    .put("story", h.story()).put("position", h.position()).put("snippet", h.plainSnippet());
        }
        Json.send(ctx, 200, root);
    }

    /** {@code GET /search?q=words}. */
    void page(Context ctx) {
        String q = query(ctx);
        List<SearchHit> hits = q.isBlank() ? List.of() : library.search(q, 50);
        ctx.html(Pages.search(q, hits));
    }

    private static String query(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null) {
            return "";
        }
        if (q.length() > MAX_QUERY) {
            throw WebError.badRequest("search is limited to " + MAX_QUERY + " characters");
        }
        return q.strip();
    }

    private static int limit(String value) {
        if (value == null) {
            return 20;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < 1 || n > 100) {
                throw WebError.badRequest("limit must be 1..100");
            }
            return n;
        } catch (NumberFormatException e) {
            throw WebError.badRequest("limit must be a number 1..100");
        }
    }
}
