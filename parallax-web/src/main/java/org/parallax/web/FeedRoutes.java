package org.parallax.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.parallax.store.Feed;

import java.io.IOException;
import java.time.Duration;

/**
 * Feeds the server follows: {@code GET/POST /api/feeds}, {@code DELETE /api/feeds/{id}},
 * {@code POST /api/feeds/{id}/poll}, and the {@code /feeds} page with its forms.
 */
final class FeedRoutes {
    static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(15);
    private final Library library;

    FeedRoutes(Library library) {
        this.library = library;
    }

    /** {@code GET /api/feeds}: every feed with how following it goes. */
    void list(Context ctx) {
        ObjectNode root = Json.object();
        ArrayNode feeds = root.putArray("feeds");
        library.feeds().forEach(f -> feeds.add(json(f)));
        Json.send(ctx, 200, root);
    }

    /** {@code POST /api/feeds} {"url", "interval": seconds}: follows a feed; 201 with the feed. */
    void add(Context ctx) {
        JsonNode body;
        try {
            body = ctx.body().isBlank() ? null : Json.MAPPER.readTree(ctx.body());
        } catch (IOException e) {
            throw WebError.badRequest("malformed JSON: send {\"url\": \"https://...\", \"interval\": SECONDS}");
        }
        if (body == null || !body.isObject() || !body.path("url").isTextual()) {
            throw WebError.badRequest("send {\"url\": \"https://...\", \"interval\": SECONDS} (interval optional)");
        }
        JsonNode interval = body.path("interval");
        if (!interval.isMissingNode() && !interval.canConvertToLong()) {
            throw WebError.badRequest("interval is a number of seconds");
        }
        Duration every = interval.isMissingNode() ? DEFAULT_INTERVAL : Duration.ofSeconds(Math.max(1, interval.asLong()));
        Feed f = library.follow(body.get("url").asText(), every);
        ctx.header("Location", "/api/feeds/" + f.id());
        Json.send(ctx, 201, json(f));
    }

    /** {@code DELETE /api/feeds/{id}}: stops following; the articles it brought stay. */
    void remove(Context ctx) {
        String id = Ids.checked(ctx.pathParam("id"));
        if (!library.unfollow(id)) {
            throw WebError.notFound("no feed " + id);
        }
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /** {@code POST /api/feeds/{id}/poll}: polls now, whatever the schedule; the feed after the poll. */
    void poll(Context ctx) {
        String id = Ids.checked(ctx.pathParam("id"));
        Json.send(ctx, 200, json(library.pollNow(id).orElseThrow(() -> WebError.notFound("no feed " + id))));
    }

    /** {@code GET /feeds}. */
    void page(Context ctx) {
        ctx.html(Pages.feeds(library.feeds()));
    }

    /** {@code POST /feeds}: the page's form. */
    void follow(Context ctx) {
        String minutes = ctx.formParam("interval");
        long m;
        try {
            m = minutes == null || minutes.isBlank() ? DEFAULT_INTERVAL.toMinutes() : Long.parseLong(minutes.strip());
        } catch (NumberFormatException e) {
            throw WebError.badRequest("the interval is a number of minutes");
        }
        library.follow(ctx.formParam("url"), Duration.ofMinutes(Math.max(1, m)));
        ctx.redirect("/feeds", HttpStatus.SEE_OTHER);
    }

    /** {@code POST /feeds/{id}/delete}: the page's button. */
    void unfollow(Context ctx) {
        library.unfollow(Ids.checked(ctx.pathParam("id")));
        ctx.redirect("/feeds", HttpStatus.SEE_OTHER);
    }

    static ObjectNode json(Feed f) {
        ObjectNode o = Json.object();
        o.put("id", f.id());
        o.put("url", f.url());
        o.put("title", f.title());
        o.put("interval", f.interval());
        o.put("next_poll", f.nextPoll().toString());
        o.put("last_poll", f.lastPoll() == null ? null : f.lastPoll().toString());
        o.put("last_ok", f.lastOk() == null ? null : f.lastOk().toString());
        o.put("failures", f.failures());
        o.put("last_error", f.lastError());
        o.put("last_status", f.lastStatus());
        o.put("articles", f.items());
        return o;
    }
}
