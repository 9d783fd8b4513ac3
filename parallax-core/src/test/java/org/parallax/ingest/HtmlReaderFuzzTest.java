package org.parallax.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the HTML reader (charset, jsoup, furniture, readability4j, metadata, dates): any bytes give a batch, never an exception
 * ({@link ReaderInvariants}). Without {@code JAZZER_FUZZ} the seeds in {@code HtmlReaderFuzzTestInputs} (and every
 * crash once found) run as regression tests; {@code mvn -Pfuzz} fuzzes (README, Robustness).
 */
class HtmlReaderFuzzTest {
    private static final ArticleReader READER = new ArticleReader(1_000_000);

    // an input that takes longer is a finding too (no seed takes a second; the first input of a fuzzing run also
    // waits for the libraries to be instrumented)
    @Timeout(60)
    @FuzzTest
    void anyBytesGiveABatch(byte[] bytes) {
        ReaderInvariants.check(READER.readBytes("fuzz.html", "fuzz", "html", bytes));
    }
}
