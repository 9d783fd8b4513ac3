package org.parallax.web;

/**
 * A request the app refuses, with the HTTP status and a message for the person or program that sent it.
 * Handlers throw it; {@link WebApp} turns it into a JSON or HTML error in one place.
 */
final class WebError extends RuntimeException {
    private final int status;

    WebError(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }

    static WebError badRequest(String message) {
        return new WebError(400, message);
    }

    static WebError notFound(String message) {
        return new WebError(404, message);
    }
}
