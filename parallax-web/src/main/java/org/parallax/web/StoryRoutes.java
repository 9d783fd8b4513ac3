package org.parallax.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

/** Stories: the home page, a story's page, and the story API. */
final class StoryRoutes {
    private final Library library;

    StoryRoutes(Library library) {
        this.library = library;
    }

    /** {@code GET /}: every story, and the form to add articles. */
    void home(Context ctx) {
        ctx.html(Pages.home(library.snapshot()));
    }

    /** {@code GET /stories/{id}}: one story, every section. */
    void page(Context ctx) {
        String id = ctx.pathParam("id");
        Library.Entry entry = library.story(id).orElseThrow(() -> WebError.notFound("no story " + id));
        ctx.html(StoryPage.render(entry));
    }

    /** {@code GET /api/stories}: {"stories": [{"id", "headline", "documents"}]}. */
    void list(Context ctx) {
        ObjectNode root = Json.object();
        ArrayNode stories = root.putArray("stories");
        for (Library.Entry e : library.snapshot().stories()) {
            ObjectNode s = stories.addObject();
            s.put("id", e.id());
            s.put("headline", e.story().headline());
            s.set("documents", Json.MAPPER.valueToTree(e.story().documentIds()));
        }
        Json.send(ctx, 200, root);
    }

    /** {@code GET /api/stories/{id}}: the story object of the report contract. */
    void show(Context ctx) {
        String id = ctx.pathParam("id");
        Json.send(ctx, 200, library.storyJson(id).orElseThrow(() -> WebError.notFound("no story " + id)));
    }
}
