package org.parallax.report;

import org.parallax.model.Article;
import org.parallax.model.Passage;

/** Anchor ids of an article's paragraphs in the HTML report, so other sections can link to a passage. */
final class Anchors {
    private Anchors() {
    }

    /** The id of paragraph {@code ordinal} (0-based, in the order {@link Article#text()} shows them). */
    static String paragraph(Article a, int ordinal) {
        return "doc-" + a.id() + "-p" + ordinal;
    }

    /** The id of the shown paragraph holding {@code offset} of the original, or the article's own id. */
    static String at(Article a, int offset) {
        int ordinal = -1;
        int last = Integer.MIN_VALUE;
        for (Passage p : a.body()) {
            if (p.paragraph() != last) {
                ordinal++;
                last = p.paragraph();
            }
            if (p.span().start() <= offset && offset < p.span().end()) {
                return paragraph(a, ordinal);
            }
        }
        return "doc-" + a.id();
    }
}
