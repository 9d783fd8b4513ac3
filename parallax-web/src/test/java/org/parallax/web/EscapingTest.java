package org.parallax.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.parallax.report.WordDiff;

import static org.assertj.core.api.Assertions.assertThat;

/** Text from articles cannot break out of HTML or of JSON embedded in HTML. */
class EscapingTest {
    @Test
    void jsonForHtmlCannotCloseItsScriptBlock() throws Exception {
        ObjectNode node = Json.object().put("headline", "</script><script>alert(1)</script> & \u2028");
        String out = Json.forHtml(node);
        assertThat(out).doesNotContain("<").doesNotContain(">").doesNotContain("&").doesNotContain("\u2028");
        assertThat(TestServer.JSON.readTree(out).get("headline").asText()).isEqualTo(node.get("headline").asText());
    }

    @Test
    void wordDiffMarksAddedAndMissingWordsAndEscapes() {
        String html = WordDiff.html("We will not accept this deal", "We won't accept this <b>deal</b>");
        assertThat(html).contains("<del>will</del>").contains("<del>not</del>").contains("<ins>won&#39;t</ins>")
                .contains("&lt;b&gt;deal&lt;/b&gt;").doesNotContain("<b>");
        assertThat(WordDiff.html("Same “words” here", "same \"words\" here")).doesNotContain("<ins>").doesNotContain("<del>");
    }

    @Test
    void wordDiffHandlesGarbage() {
        assertThat(WordDiff.html("", "")).isEmpty();
        assertThat(WordDiff.html(null, "<x>")).isEqualTo("&lt;x&gt;");
        String huge = "word ".repeat(5000);
        assertThat(WordDiff.html(huge, huge + "<i>")).endsWith("&lt;i&gt;");
        assertThat(WordDiff.html("नमस्ते दुनिया", "नमस्ते सारी दुनिया")).contains("<ins>सारी</ins>");
    }

    @Test
    void uploadedNamesBecomeSafeIds() {
        assertThat(ArticleInput.safeId("../../etc/passwd")).doesNotContain("/").doesNotStartWith(".");
        assertThat(ArticleInput.safeId("..")).isEqualTo("upload");
        assertThat(ArticleInput.safeId("a".repeat(500))).hasSize(100);
        assertThat(ArticleInput.safeId("रिपोर्ट 1.txt")).isEqualTo("रिपोर्ट_1.txt");
    }

    @Test
    void pastedTextWithoutWordsGivesNoArticle() {
        ArticleInput input = new ArticleInput(1000);
        assertThat(input.fromPaste("   ", null, null).articles()).isEmpty();
        assertThat(input.fromPaste(null, null, null).articles()).isEmpty();
        assertThat(input.fromPaste("x".repeat(5000), null, null).rejected()).singleElement()
                .satisfies(r -> assertThat(r.problem()).contains("over the limit"));
        assertThat(input.fromUpload("a\\b\\c.HTML", "<html><body><p>Some text of a page that is long enough.</p></body></html>"
                .getBytes()).rejected()).isEmpty();
    }
}
