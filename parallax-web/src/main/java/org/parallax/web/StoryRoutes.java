package org.parallax.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import com.fasterxml.jackson.databind.JsonNode;
import org.parallax.report.StoryExport;
import org.parallax.report.StoryIndex;
import org.parallax.store.StoryView;

import java.util.Optional;

/**
 * Stories: the home page, a story's page, the story API. A retired id (its story merged into another, or
 * split) answers with a permanent redirect to the story holding most of its articles.
 */
final class StoryRoutes {
    private final Library library;

    StoryRoutes(Library library) {
        this.library = library;
    }

    /** {@code GET /}: every story, what the analysis is doing, and the form to add articles. */
    void home(Context ctx) {
        int page;
        try {
            page = Integer.parseInt(ctx.queryParamAsClass("page", String.class).getOrDefault("1"));
        } catch (NumberFormatException e) {
            page = 1;
        }
        ctx.html(Pages.home(library.catalog(), library.status(), StoryIndex.Sort.named(ctx.queryParam("sort")), page));
    }

    /** {@code GET /stories/{id}}: one story, every section. */
    void page(Context ctx) {
        String id = Ids.checked(ctx.pathParam("id"));
        Optional<StoryView> found = library.storyPage(id);
        if (found.isEmpty()) {
            redirectOrMissing(ctx, id, "/stories/");
            return;
        }
        StoryView view = found.get();
        boolean updating = library.updating(id);
        if (view.page() == null) {
            // kept from a version that did not keep pages: shown once the analysis has caught up
            ctx.html(StoryPage.page(id, view.entry().headline(), Pages.preparing(view.entry().headline()),
                    StoryOutputs.parseRelated(view.entry().related()), true));
            return;
        }
        ctx.html(StoryPage.page(id, view.entry().headline(), view.page(), StoryOutputs.parseRelated(view.entry().related()),
                updating));
    }

    /**
     * {@code GET /stories/{id}/export/{file}}: the story's claims, quotes, conflicts or timeline as CSV or
     * JSON ({@code claims.csv}, {@code timeline.json} ...), downloaded as a file.
     */
    void export(Context ctx) {
        String id = Ids.checked(ctx.pathParam("id"));
        String file = ctx.pathParam("file");
        int dot = file.lastIndexOf('.');
        StoryExport.Kind kind = dot < 0 ? null : StoryExport.Kind.named(file.substring(0, dot));
        String format = dot < 0 ? "" : file.substring(dot + 1);
        if (kind == null || !(format.equals("csv") || format.equals("json"))) {
            throw WebError.notFound("no export " + file + ": ask for claims, quotes, conflicts or timeline, as .csv or .json");
        }
        Optional<StoryView> found = library.storyData(id);
        if (found.isEmpty()) {
            redirectOrMissing(ctx, id, "/stories/");
            return;
        }
        if (found.get().json() == null) {
            throw WebError.notFound("story " + id + " is still being analysed");
        }
        JsonNode story;
        try {
            story = Json.MAPPER.readTree(found.get().json());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("kept story JSON does not parse", e);
        }
        String permalink = "/stories/" + id;
        ctx.header("Content-Disposition", "attachment; filename=\"" + id + "-" + kind.file() + "." + format + "\"");
        if (format.equals("csv")) {
            ctx.contentType("text/csv; charset=utf-8").result(StoryExport.csv(story, kind, permalink, ""));
        } else {
            ctx.contentType("application/json; charset=utf-8").result(StoryExport.json(story, kind, permalink, ""));
        }
    }

    /** {@code GET /api/stories}: {"stories": [{"id", "headline", "documents", "updating"}]}. */
    void list(Context ctx) {
        Catalog catalog = library.catalog();
        ObjectNode root = Json.object();
        ArrayNode stories = root.putArray("stories");
        for (Catalog.Entry e : catalog.stories()) {
            ObjectNode s = stories.addObject();
            s.put("id", e.id());
            s.put("headline", e.headline());
            s.set("documents", Json.MAPPER.valueToTree(e.story().documents()));
            s.put("updating", catalog.updating().contains(e.id()));
        }
        Json.send(ctx, 200, root);
    }

    /** {@code GET /api/stories/{id}}: the story object of the report contract, with {@code updating}. */
    void show(Context ctx) {
        String id = Ids.checked(ctx.pathParam("id"));
        Optional<StoryView> found = library.storyData(id);
        if (found.isEmpty()) {
            redirectOrMissing(ctx, id, "/api/stories/");
            return;
        }
        StoryView view = found.get();
        boolean updating = library.updating(id);
        String json = view.json() != null ? view.json() : Json.write(Json.object().put("id", id)
                .put("headline", view.entry().headline()).set("documents", Json.MAPPER.valueToTree(view.entry().documents())));
        Json.send(ctx, 200, StoryOutputs.served(json, view.entry().related(), updating));
    }

    /** {@code GET /api/stories/{id}/status}: whether the story is being analysed again (the page's script asks). */
    void status(Context ctx) {
        String id = Ids.checked(ctx.pathParam("id"));
        Catalog.Entry e = library.catalog().byId().get(id);
        if (e == null) {
            redirectOrMissing(ctx, id, "/api/stories/");
            return;
        }
        Json.send(ctx, 200, Json.object().put("id", id).put("updating", library.updating(id))
                .put("signature", e.story().signature()));
    }

    private void redirectOrMissing(Context ctx, String id, String prefix) {
        Optional<String> now = library.redirect(id);
        if (now.isEmpty()) {
            throw WebError.notFound("no story " + id);
        }
        String suffix = ctx.path().endsWith("/status") ? "/status" : "";
        ctx.header("Location", prefix + now.get() + suffix);
        if (prefix.startsWith("/api/")) {
            Json.send(ctx, HttpStatus.MOVED_PERMANENTLY.getCode(), Json.object().put("moved", now.get())
                    .put("message", "story " + id + " is now part of story " + now.get()));
        } else {
            ctx.status(HttpStatus.MOVED_PERMANENTLY);
        }
    }
}
