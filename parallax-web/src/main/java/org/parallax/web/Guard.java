package org.parallax.web;

import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/**
 * Checks every request before a handler runs, and sets the security headers on every response.
 * <ul>
 *   <li>With a token (required off loopback): the request must carry it as {@code Authorization: Bearer},
 *       or in the cookie a browser gets by opening any page once with {@code ?token=}.</li>
 *   <li>On loopback: the {@code Host} header must name this computer, so a web page cannot reach the app
 *       through a rebound DNS name.</li>
 *   <li>Requests that change data ({@code POST}) must not come from another site.</li>
 * </ul>
 * Thread-safe.
 */
final class Guard {
    static final String COOKIE = "parallax_token";
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final WebConfig config;
    private final byte[] token;

    Guard(WebConfig config) {
        this.config = config;
        this.token = config.token() == null ? null : config.token().getBytes(StandardCharsets.UTF_8);
    }

    void check(Context ctx) {
        if (config.loopback() && !localHost(ctx.header("Host"))) {
            throw new WebError(403, "requests must address this computer (Host: 127.0.0.1 or localhost)");
        }
        if (token != null) {
            String query = ctx.queryParam("token");
            if (query != null && matches(query) && ctx.method().toString().equals("GET")) {
                // swap the token in the address for a cookie, so it does not stay in history or get shared;
                // the rest of the address stays as it was (issue 18)
                ctx.header("Set-Cookie", COOKIE + "=" + query + "; Path=/; HttpOnly; SameSite=Strict");
                ctx.redirect(ctx.path() + withoutToken(ctx.queryString()));
                ctx.skipRemainingHandlers();
                return;
            }
            String auth = ctx.header("Authorization");
            String given = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).strip()
                    : ctx.cookie(COOKIE);
            if (given == null || !matches(given)) {
                throw new WebError(401, "this server needs its token: send \"Authorization: Bearer <token>\""
                        + " or open a page once with ?token=<token>");
            }
        }
        if (!ctx.method().toString().equals("GET") && crossSite(ctx)) {
            throw new WebError(403, "cross-site requests may not change data");
        }
    }

    void headers(Context ctx) {
        securityHeaders(ctx::header);
    }

    /** The headers every answer carries, the app's and Jetty's own alike. */
    static void securityHeaders(java.util.function.BiConsumer<String, String> header) {
        header.accept("Content-Security-Policy", CSP);
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("Referrer-Policy", "no-referrer");
        header.accept("X-Frame-Options", "DENY");
        header.accept("Cross-Origin-Opener-Policy", "same-origin");
    }

    /** The query string without its {@code token} parameters, as {@code ?rest} or "" (parameters kept as sent). */
    static String withoutToken(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        StringBuilder rest = new StringBuilder();
        for (String part : query.split("&")) {
            String name = part.contains("=") ? part.substring(0, part.indexOf('=')) : part;
            if (!name.equals("token") && !part.isEmpty()) {
                rest.append(rest.length() == 0 ? "?" : "&").append(part);
            }
        }
        return rest.toString();
    }

    private boolean matches(String given) {
        return MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
    }

    static boolean localHost(String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        String h = hostHeader.toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end > 0 && h.substring(1, end).equals("::1");
        }
        int colon = h.indexOf(':');
        String name = colon < 0 ? h : h.substring(0, colon);
        return name.equals("localhost") || name.equals("127.0.0.1");
    }

    private static boolean crossSite(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && site.equals("cross-site")) {
            return true;
        }
        String origin = ctx.header("Origin");
        String host = ctx.header("Host");
        return origin != null && !origin.equals("null") && host != null
                && !origin.equalsIgnoreCase("http://" + host) && !origin.equalsIgnoreCase("https://" + host);
    }
}
