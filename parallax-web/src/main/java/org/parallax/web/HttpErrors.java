package org.parallax.web;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The answers Jetty gives itself, before any route runs (a request line it cannot read, an address or
 * headers too long): as JSON under {@code /api/}, and when the path cannot be told unless a browser asks for
 * a page; as the app's error page elsewhere; always with the security headers (issue 18). Thread-safe.
 */
final class HttpErrors extends ErrorHandler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        if (request.getAttribute(ERROR_STATUS) instanceof Integer s) {
            status = s;
        }
        String message = message(status, request.getAttribute(ERROR_MESSAGE) instanceof String m ? m : null);
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        // an address too long or unreadable leaves no path to go by: JSON unless a browser asks for a page
        boolean pathKnown = path != null && status != 414 && status != 400 && status != 431;
        String accept = request.getHeaders().get(HttpHeader.ACCEPT);
        boolean api = pathKnown ? path.startsWith("/api/") : accept == null || !accept.contains("text/html");
        byte[] body = (api ? Json.write(Json.error(status, message)) : Pages.error(status, message))
                .getBytes(StandardCharsets.UTF_8);
        HttpFields.Mutable headers = response.getHeaders();
        Guard.securityHeaders(headers::put);
        headers.put(HttpHeader.CONTENT_TYPE, api ? "application/json; charset=utf-8" : "text/html; charset=utf-8");
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        response.setStatus(status);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    /** A request Jetty could not parse at all: no path to tell, so JSON (what API clients read). */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        Guard.securityHeaders(fields::put);
        fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        return ByteBuffer.wrap(Json.write(Json.error(status, message(status, reason))).getBytes(StandardCharsets.UTF_8));
    }

    static String message(int status, String reason) {
        String why = reason == null || reason.isBlank() ? "" : ": " + reason;
        return switch (status) {
            case 400 -> "bad request" + why;
            case 413 -> "request is too large" + why;
            case 414 -> "the address is too long" + why;
            case 431 -> "the request's headers are too large" + why;
            case 505 -> "HTTP version not supported" + why;
            default -> "error " + status + why;
        };
    }
}
