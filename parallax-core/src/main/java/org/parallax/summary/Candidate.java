package org.parallax.summary;

import org.parallax.model.Sentence;

/** A sentence of one document that could stand in the summary, as cleaned for it. */
record Candidate(String document, int order, Sentence sentence, String text) {
}
