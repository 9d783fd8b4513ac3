package org.parallax.ingest;

import org.junit.jupiter.api.Test;
import org.parallax.TestData;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlExtractorTest {
    @Test
    void prefersThePagesMarkedArticleBodyToALongerListOfOtherStories() throws Exception {
        HtmlExtractor.Extracted page = HtmlExtractor.extract(
                Files.readString(TestData.fixture("pages/related-list-beats-readability.html")), "https://voice.example/strike");
        assertThat(page.text()).startsWith("For three days the cranes at Lindmark have stood still")
                .contains("Fourteen ships now wait offshore.")
                .doesNotContain("ferry timetable").doesNotContain("Idle cranes").doesNotContain("Share on")
                .doesNotContain("newsletter");
        assertThat(page.text().lines()).hasSize(3);
    }

    @Test
    void readsAVisibleLabelledDateAndNeverTheCommentsOrTheCopyright() throws Exception {
        HtmlExtractor.Extracted page = HtmlExtractor.extract(
                Files.readString(TestData.fixture("pages/dates-in-visible-text.html")), "https://kurier.example/streik");
        assertThat(page.metadata().published()).isEqualTo("2026-03-10");
        assertThat(page.text()).contains("Gewerkschaftsführer Tomas Berg").doesNotContain("Endlich");
    }

    @Test
    void aFullDateInTheUrlIsThePublicationDateAndAModificationDateOnlyALastResort() {
        String modifiedOnly = "<html><head><meta property=\"article:modified_time\" content=\"2026-03-12T10:00:00Z\"></head>"
                + "<body><p>Talks resumed at the town hall on Thursday, the port authority said in a statement.</p></body></html>";
        assertThat(HtmlExtractor.extract(modifiedOnly, "https://x.example/a").metadata().published()).isEqualTo("2026-03-12");
        String both = modifiedOnly.replace("<head>", "<head><meta property=\"article:published_time\" content=\"2026-03-10T07:00:00+01:00\">");
        assertThat(HtmlExtractor.extract(both, "https://x.example/a").metadata().published()).isEqualTo("2026-03-10");
        assertThat(HtmlExtractor.extract(both, "https://x.example/2026/03/09/talks").metadata().published()).isEqualTo("2026-03-09");
    }
}
