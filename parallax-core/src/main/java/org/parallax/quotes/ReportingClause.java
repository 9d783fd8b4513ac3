package org.parallax.quotes;

import org.parallax.model.Sentence;

/**
 * One reporting clause of a parsed sentence: a speech cue ("said", "told", "according to") and the phrase
 * naming who reports, as token indices into the sentence's tokens.
 *
 * @param sentence index of the sentence in its article
 * @param cue      the cue's token
 * @param head     the source phrase's head token, or -1 when the clause names no source
 * @param from     first token of the source phrase as a name ("a source with knowledge of the talks")
 * @param to       last token of that phrase (inclusive)
 * @param fullFrom first token of the phrase with its relative clauses and appositions
 * @param fullTo   last token of that (inclusive)
 * @param kind     what the source is; null when there is no source
 */
public record ReportingClause(int sentence, int cue, int head, int from, int to, int fullFrom, int fullTo,
                              SourceKind kind) {

    public boolean hasSource() {
        return head >= 0;
    }

    /** The source phrase as written, from the sentence's own text. */
    public String source(Sentence s) {
        return hasSource() ? s.textOf(from, to) : null;
    }
}
