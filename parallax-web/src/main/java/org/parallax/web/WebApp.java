package org.parallax.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.parallax.Parallax;

import java.util.Objects;

/**
 * The Parallax web app: a Javalin server over a {@link Library}. {@link #routes} is the one place where
 * every route and error handler is registered; handlers are method references on one small class per
 * feature ({@link StoryRoutes}, {@link IngestRoutes}, {@link SearchRoutes}, {@link StaticRoutes}).
 *
 * <pre>{@code
 * WebApp app = WebApp.start(WebConfig.local(Path.of("parallax-data"), 7878), Parallax.standard());
 * }</pre>
 */
public final class WebApp implements AutoCloseable {
    private final Javalin server;
    private final Library library;

    private WebApp(Javalin server, Library library) {
        this.server = server;
        this.library = library;
    }

    /** Opens the store, computes its stories and starts serving. */
    public static WebApp start(WebConfig config, Parallax parallax) {
        Objects.requireNonNull(config, "config");
        Library library = Library.open(config.data(), parallax);
        try {
            Guard guard = new Guard(config);
            StoryRoutes stories = new StoryRoutes(library);
            IngestRoutes ingest = new IngestRoutes(library, config);
            SearchRoutes search = new SearchRoutes(library);
            Javalin server = Javalin.create(cfg -> {
                settings(cfg, config);
                routes(cfg.routes, guard, stories, ingest, search);
            });
            server.start(config.host(), config.port());
            return new WebApp(server, library);
        } catch (RuntimeException e) {
            library.close();
            throw e;
        }
    }

    private static void settings(JavalinConfig cfg, WebConfig config) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.http.maxRequestSize = config.maxRequestBytes();
        cfg.jetty.multipartConfig.maxFileSize(config.maxArticleBytes() * 8, SizeUnit.BYTES);
        cfg.jetty.multipartConfig.maxTotalRequestSize(config.maxRequestBytes(), SizeUnit.BYTES);
        cfg.jetty.multipartConfig.maxInMemoryFileSize((int) Math.min(Integer.MAX_VALUE, config.maxRequestBytes()), SizeUnit.BYTES);
    }

    /** Every route of the app. */
    static void routes(RoutesConfig r, Guard guard, StoryRoutes stories, IngestRoutes ingest, SearchRoutes search) {
        r.before(guard::check);
        r.after(guard::headers);

        r.get("/", stories::home);
        r.get("/stories/{id}", stories::page);
        r.get("/search", search::page);
        r.post("/ingest", ingest::form);
        r.get("/static/app.css", StaticRoutes::css);
        r.get("/static/app.js", StaticRoutes::js);
        r.get("/favicon.ico", StaticRoutes::favicon);

        r.post("/api/articles", ingest::api);
        r.get("/api/stories", stories::list);
        r.get("/api/stories/{id}", stories::show);
        r.get("/api/search", search::api);

        r.exception(WebError.class, (e, ctx) -> fail(ctx, e.status(), e.getMessage()));
        r.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(), e.getMessage()));
        r.exception(Exception.class, (e, ctx) -> fail(ctx, 500, "internal error: " + e));
        r.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint")) {
                fail(ctx, 404, "no such page: " + ctx.path());
            }
        });
        r.error(405, ctx -> fail(ctx, 405, "method " + ctx.method() + " is not allowed on " + ctx.path()));
    }

    /** Errors as JSON under /api, as a page elsewhere. */
    private static void fail(Context ctx, int status, String message) {
        String msg = message == null || message.isBlank() ? "error " + status : message;
        if (ctx.path().startsWith("/api/")) {
            Json.send(ctx, status, Json.error(status, msg));
        } else {
            ctx.status(status).html(Pages.error(status, msg));
        }
    }

    public int port() {
        return server.port();
    }

    public Library library() {
        return library;
    }

    @Override
    public void close() {
        server.stop();
        library.close();
    }
}
