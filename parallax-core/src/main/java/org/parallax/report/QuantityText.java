package org.parallax.report;

import org.parallax.model.Quantity;

/** A quantity as a reader says it: "more than 70 people". */
final class QuantityText {
    private QuantityText() {
    }

    static String of(Quantity q) {
        String v = q.value() == Math.rint(q.value()) ? String.valueOf((long) q.value()) : String.valueOf(q.value());
        return ((q.qualifier() == null ? "" : q.qualifier() + " ") + v + " " + (q.unit() == null ? "" : q.unit())).strip();
    }
}
