package org.parallax.model;

import java.util.Locale;

/** How one occurrence of a quote relates to the story's fullest verbatim form of it. */
public enum Match {
    /** The same words, quote marks, apostrophes, dashes and case aside. */
    VERBATIM,
    /** A verbatim piece of a longer quote. */
    FRAGMENT,
    /** Inside quotation marks, but the words differ. */
    ALTERED,
    /** The same statement reported without quotation marks. */
    PARAPHRASE;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
