package org.parallax.web;

import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The app's two static files, read from the class path once. Served by fixed routes, so no part of a
 * request ever names a file.
 */
final class StaticRoutes {
    /** The stylesheet the static report inlines: one look for both. */
    private static final byte[] CSS = org.parallax.report.Rendering.css().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static final byte[] JS = resource("static/app.js");

    private StaticRoutes() {
    }

    static void css(Context ctx) {
        ctx.contentType("text/css; charset=utf-8").header("Cache-Control", "no-cache").result(CSS);
    }

    static void js(Context ctx) {
        ctx.contentType("text/javascript; charset=utf-8").header("Cache-Control", "no-cache").result(JS);
    }

    static void favicon(Context ctx) {
        ctx.status(204);
    }

    private static byte[] resource(String name) {
        try (InputStream in = StaticRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
