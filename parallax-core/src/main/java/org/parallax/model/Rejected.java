package org.parallax.model;

import java.util.Objects;

/** An input that could not be analysed: where it came from and, in one line, what is wrong with it. */
public record Rejected(String source, String problem) {
    public Rejected {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(problem, "problem");
    }

    @Override
    public String toString() {
        return source + ": " + problem;
    }
}
