package org.parallax.web;

/**
 * A request the app refuses, with the HTTP status and a message for the person or program that sent it.
 * Handlers throw it; {@link WebApp} turns it into a JSON or HTML error in one place.
 */
final class WebError extends RuntimeException {
    private final int status;
    private final long retryAfter;

    WebError(int status, String message) {
        this(status, message, 0);
    }

    /** @param retryAfter seconds a client should wait before trying again (429, 503), or 0 */
    WebError(int status, String message, long retryAfter) {
        super(message);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    int status() {
        return status;
    }

    long retryAfter() {
        return retryAfter;
    }

    static WebError badRequest(String message) {
        return new WebError(400, message);
    }

    static WebError notFound(String message) {
        return new WebError(404, message);
    }
}
