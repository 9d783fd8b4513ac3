package org.parallax.model;

/** Coarse kinds of named things, as the report contract spells them. */
public enum EntityType {
    PERSON, ORG, PLACE, OTHER
}
