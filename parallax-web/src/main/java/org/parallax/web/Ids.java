package org.parallax.web;

/**
 * Ids from request paths (stories, jobs, feeds): the app makes them of letters, digits, dashes and
 * underscores, so anything else, or anything long, names nothing and is refused before it reaches the store.
 */
final class Ids {
    static final int MAX = 200;

    private Ids() {
    }

    static String checked(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX) {
            throw WebError.badRequest("an id is 1 to " + MAX + " characters");
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                throw WebError.notFound("no such id: " + id);
            }
        }
        return id;
    }
}
