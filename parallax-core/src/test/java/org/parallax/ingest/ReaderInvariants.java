package org.parallax.ingest;

import org.parallax.model.RawArticle;
import org.parallax.model.Rejected;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every reader owes its caller, whatever the bytes: a batch (never an exception), at least one line
 * about the input (an article or a rejection), articles with an id and some text, and problems that fit
 * on one line of standard error. Shared by the fuzz targets and the garbage-in tests.
 */
final class ReaderInvariants {
    private ReaderInvariants() {
    }

    static void check(Batch b) {
        assertThat(b.articles().size() + b.rejected().size()).as("an input always gives an article or a rejection")
                .isPositive();
        for (RawArticle a : b.articles()) {
            assertThat(a.id()).isNotBlank();
            assertThat(a.original()).isNotBlank();
            a.warnings().forEach(w -> assertThat(w).isNotBlank().doesNotContain("\n"));
        }
        for (Rejected r : b.rejected()) {
            assertThat(r.source()).isNotBlank();
            assertThat(r.problem()).isNotBlank().doesNotContain("\n");
        }
    }
}
