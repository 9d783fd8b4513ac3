package org.parallax.quotes;

/** What the phrase naming the source of a reporting clause is. */
public enum SourceKind {
    /** A name: "Qureshi", "Vancouver police Const. Tom Dunning", "Orbital". */
    NAME,
    /** A personal pronoun: "he", "they", "it". */
    PRONOUN,
    /** A singular common noun phrase for someone: "the minister", "a source with knowledge of the talks". */
    DESCRIPTION,
    /** A plural common noun phrase for people: "security experts", "witnesses", "Kessler bank officials". */
    GROUP,
    /** A common noun for a body: "police", "the company", "the ministry". */
    INSTITUTION,
    /** A text that speaks for its author: "the statement", "news reports". */
    DOCUMENT,
    /** An indefinite pronoun: "some", "others", "many". */
    INDEFINITE
}
