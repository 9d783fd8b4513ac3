package org.parallax.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

/** {@code GET /api/status}: the server at a glance, for pages' scripts, monitoring and benchmarks. */
final class StatusRoutes {
    private final Library library;

    StatusRoutes(Library library) {
        this.library = library;
    }

    void api(Context ctx) {
        Library.Status s = library.status();
        AnalysisProgress p = s.analysis();
        ObjectNode root = Json.object();
        root.put("database", s.database());
        root.put("articles", s.articles());
        root.put("stories", s.stories());
        root.put("queued", s.queued());
        ObjectNode a = root.putObject("analysis");
        a.put("phase", p.phase().name().toLowerCase(java.util.Locale.ROOT));
        a.put("doing", p.phase().words);
        a.put("models_ready", p.modelsReady() == null ? null : p.modelsReady().toString());
        a.put("articles", p.articles());
        a.put("articles_done", p.articlesDone());
        a.put("stories", p.stories());
        a.put("stories_done", p.storiesDone());
        a.put("passes", p.passes());
        a.put("analysed_articles", p.analysedArticles());
        a.put("loaded_articles", p.loadedArticles());
        a.put("analysed_stories", p.analysedStories());
        a.put("last_pass_ms", p.lastPassMillis());
        a.put("articles_per_second", Math.round(p.articlesPerSecond() * 100) / 100.0);
        a.put("error", p.error());
        Json.send(ctx, 200, root);
    }
}
