package org.parallax.model;

/** A number a claim states: its value, a qualifier such as "more than", and what it counts. */
public record Quantity(double value, String qualifier, String unit) {
}
