package org.parallax.report;

import org.junit.jupiter.api.Test;
import org.parallax.Parallax;
import org.parallax.ingest.Batch;
import org.parallax.model.RawArticle;
import org.parallax.model.Report;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuotesSectionTest {
    private static final String A = "<i>Mayor</i> Ann Lee spoke on Monday.\n\n"
            + "“We will rebuild the <script>bridge</script> before the winter comes,” Lee said.";
    private static final String B = "Mayor Ann Lee spoke on Monday.\n\n"
            + "“We will rebuild the <script>bridge</script> before the spring comes,” Lee said.";

    @Test
    void showsEachOutletsVersionWithChangedWordsMarkedAndEverythingEscaped() {
        Report report = Parallax.standard().analyze(new Batch(List.of(
                new RawArticle("a", "a", A), new RawArticle("b", "b", B)), List.of()));
        String html = HtmlReport.write(report);
        assertThat(html).contains("Who said what").doesNotContain("<script>bridge", "<i>Mayor</i>")
                .contains("&lt;script&gt;bridge&lt;/script&gt;");
        assertThat(html).containsAnyOf("<ins>spring</ins>", "<ins>winter</ins>");
    }
}
