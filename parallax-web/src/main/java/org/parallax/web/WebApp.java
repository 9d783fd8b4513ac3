package org.parallax.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.parallax.Parallax;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The Parallax web app: a Javalin server over a {@link Library}. {@link #routes} is the one place where
 * every route and error handler is registered; handlers are method references on one small class per
 * feature ({@link StoryRoutes}, {@link IngestRoutes}, {@link JobRoutes}, {@link SearchRoutes},
 * {@link FeedRoutes}, {@link StatusRoutes}, {@link StaticRoutes}).
 *
 * <pre>{@code
 * WebApp app = WebApp.start(WebConfig.local(Path.of("parallax-data"), 7878), Parallax::standard);
 * }</pre>
 */
public final class WebApp implements AutoCloseable {
    private final Javalin server;
    private final Library library;

    private WebApp(Javalin server, Library library) {
        this.server = server;
        this.library = library;
    }

    /** Opens the store and starts serving; the analysis (with {@code parallax}) runs in the background. */
    public static WebApp start(WebConfig config, Parallax parallax) {
        Objects.requireNonNull(parallax, "parallax");
        return start(config, () -> parallax);
    }

    /**
     * Opens the store and starts serving at once, from what the store holds; {@code parallax} is built on the
     * analysis thread (loading its models there), so a restart answers in seconds whatever the models cost.
     */
    public static WebApp start(WebConfig config, Supplier<Parallax> parallax) {
        Objects.requireNonNull(config, "config");
        Library library = Library.open(config, parallax);
        try {
            Guard guard = new Guard(config);
            Routes routes = new Routes(new StoryRoutes(library), new IngestRoutes(library, config),
                    new SearchRoutes(library), new JobRoutes(library), new FeedRoutes(library), new StatusRoutes(library));
            Javalin server = Javalin.create(cfg -> {
                settings(cfg, config);
                routes(cfg.routes, guard, routes);
            });
            server.start(config.host(), config.port());
            return new WebApp(server, library);
        } catch (RuntimeException e) {
            library.close();
            throw e;
        }
    }

    /** The handlers, one small class per feature. */
    record Routes(StoryRoutes stories, IngestRoutes ingest, SearchRoutes search, JobRoutes jobs, FeedRoutes feeds,
                  StatusRoutes status) {
    }

    private static void settings(JavalinConfig cfg, WebConfig config) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.http.maxRequestSize = config.maxRequestBytes();
        cfg.jetty.multipartConfig.maxFileSize(config.maxArticleBytes() * 8, SizeUnit.BYTES);
        cfg.jetty.multipartConfig.maxTotalRequestSize(config.maxRequestBytes(), SizeUnit.BYTES);
        cfg.jetty.multipartConfig.maxInMemoryFileSize((int) Math.min(Integer.MAX_VALUE, config.maxRequestBytes()), SizeUnit.BYTES);
        // Jetty's own answers (unreadable requests, addresses or headers too long) as JSON or our page, with our headers
        cfg.jetty.modifyServer(server -> server.setErrorHandler(new HttpErrors()));
        cfg.jetty.modifyHttpConfiguration(http -> {
            http.setRequestHeaderSize(MAX_HEADERS);
            http.setSendServerVersion(false);
        });
    }

    /** Largest request line and headers together, in bytes: 16 KB is more than a browser sends. */
    static final int MAX_HEADERS = 16 * 1024;

    /** Every route of the app. */
    static void routes(RoutesConfig r, Guard guard, Routes h) {
        r.before(guard::check);
        r.after(guard::headers);

        r.get("/", h.stories()::home);
        r.get("/stories/{id}", h.stories()::page);
        r.get("/stories/{id}/export/{file}", h.stories()::export);
        r.get("/search", h.search()::page);
        r.post("/ingest", h.ingest()::form);
        r.get("/jobs/{id}", h.jobs()::page);
        r.get("/feeds", h.feeds()::page);
        r.post("/feeds", h.feeds()::follow);
        r.post("/feeds/{id}/delete", h.feeds()::unfollow);
        r.get("/static/app.css", StaticRoutes::css);
        r.get("/static/app.js", StaticRoutes::js);
        r.get("/favicon.ico", StaticRoutes::favicon);

        r.post("/api/articles", h.ingest()::api);
        r.get("/api/jobs/{id}", h.jobs()::api);
        r.get("/api/stories", h.stories()::list);
        r.get("/api/stories/{id}", h.stories()::show);
        r.get("/api/stories/{id}/status", h.stories()::status);
        r.get("/api/search", h.search()::api);
        r.get("/api/feeds", h.feeds()::list);
        r.post("/api/feeds", h.feeds()::add);
        r.delete("/api/feeds/{id}", h.feeds()::remove);
        r.post("/api/feeds/{id}/poll", h.feeds()::poll);
        r.get("/api/status", h.status()::api);

        r.exception(WebError.class, (e, ctx) -> {
            if (e.retryAfter() > 0) {
                ctx.header("Retry-After", Long.toString(e.retryAfter()));
            }
            fail(ctx, e.status(), e.getMessage());
        });
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
