package org.parallax.model;

/** Who said a quote: the resolved entity id (null for a group such as "security sources") and a name. */
public record Speaker(String entity, String name) {
}
