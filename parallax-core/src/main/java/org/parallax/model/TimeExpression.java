package org.parallax.model;

import java.util.Objects;

/**
 * A time expression in an article, resolved to a TIMEX3-style value ({@code 2025-10-25}, {@code 2025-10},
 * {@code 2021}, {@code 2025-W43}, {@code P4D} ...) against the article's publication date.
 *
 * @param type DATE, TIME, DURATION or SET, as TIMEX3 names them
 */
public record TimeExpression(String text, int start, int end, String value, String type) {
    public TimeExpression {
        Objects.requireNonNull(text, "text");
    }
}
