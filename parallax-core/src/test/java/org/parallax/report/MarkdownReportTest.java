package org.parallax.report;

import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Conflict;
import org.parallax.model.Rejected;
import org.parallax.model.Report;
import org.parallax.model.Story;
import org.parallax.model.SummarySentence;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

/**
 * Issue 18: outlet names reached report.md's citations unescaped. Every untrusted piece of a Markdown
 * report (outlet, id, title, text, file name) must render as itself: no link, emphasis, list, HTML or
 * terminal escape sequence can come out of it.
 */
class MarkdownReportTest {
    private static final String OUTLET = "Evil](https://evil.example) **News** <img src=x onerror=alert(1)>";

    private static Article article(String id, String outlet) {
        return new Article(id, "in/" + id + ".txt", "Officials said the vote was delayed.", outlet, "1. Not a list",
                null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static Report report() {
        Article a = article("a", OUTLET);
        Article b = article("b|c", null);
        Story s = new Story("s1", "# Not a heading", List.of(a, b), List.of(), List.of(), List.of(),
                List.of(new Conflict("c1", "the [vote] date", List.of(
                        new Conflict.Position(null, List.of("a"), "Friday"),
                        new Conflict.Position(null, List.of("b|c"), "Monday")), null)),
                List.of(), List.of(), List.of(),
                List.of(new SummarySentence("- The vote was delayed.", List.of("a", "b|c"), List.of())));
        return new Report(Report.GENERATOR, List.of(a, b), List.of(s),
                List.of(new Rejected("news/bad\nname\u001b[31m.html", "empty file")));
    }

    @Test
    void outletNamesInCitationsAndConflictsAreEscaped() {
        String md = MarkdownReport.write(report());
        String escaped = "Evil\\]\\(https://evil.example\\) \\*\\*News\\*\\* &lt;img src=x onerror=alert\\(1\\)&gt;";
        assertThat(md).doesNotContain("](https://evil.example)", "**News**", "<img");
        // in the summary's citations, the conflict's positions and the documents table
        assertThat(md.split(java.util.regex.Pattern.quote(escaped), -1)).hasSize(4);
        // an article without an outlet is named as everywhere else in the report: by its title
        assertThat(md).contains("[" + escaped + "; “1. Not a list”]");
    }

    @Test
    void textThatWouldStartABlockOrHoldControlsStaysText() {
        String md = MarkdownReport.write(report());
        assertThat(md).contains("## \\# Not a heading").contains("\\- The vote was delayed.")
                .contains("1\\. Not a list");
        assertThat(md).doesNotContain("\u001b").contains("- news/bad name\\e\\[31m.html: empty file");
    }

    @Test
    void anyStringComesOutAsOneLineWithEveryMarkupCharacterEscaped() {
        qt().withExamples(1000).forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(s -> {
            String md = MarkdownReport.inline(s);
            assertThat(md).doesNotContain("\n", "\r", "<", ">").doesNotContainPattern("[\\x00-\\x1f\\x7f-\\x9f]");
            for (int i = 0; i < md.length(); i++) {
                char c = md.charAt(i);
                if (c == '\\') {
                    i++; // an escape and what it escapes
                } else {
                    assertThat("*_`[]()!~#|{}").as("unescaped %s in %s", c, md).doesNotContain(String.valueOf(c));
                }
            }
        });
    }

    @Test
    void inlineEscapingKeepsOrdinaryTextReadable() {
        assertThat(MarkdownReport.inline("Lindmark port, 3 March: \u201cwe stay out\u201d")).isEqualTo(
                "Lindmark port, 3 March: \u201cwe stay out\u201d");
        assertThat(MarkdownReport.inline("AT&T")).isEqualTo("AT&amp;T");
        assertThat(MarkdownReport.inline("\u0645\u0647\u200c\u0633\u0627")).isEqualTo("\u0645\u0647\u200c\u0633\u0627");
    }
}
