package org.parallax.report;

import org.junit.jupiter.api.Test;
import org.parallax.framing.Articles;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.Coverage;
import org.parallax.model.Framing;
import org.parallax.model.Report;
import org.parallax.model.SourceText;
import org.parallax.model.Story;
import org.parallax.model.SummarySentence;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The framing, coverage and summary sections: escaped, and citations that land on a paragraph. */
class FramingSectionsTest {
    @Test
    void escapesTextAndLinksCitationsToTheCitedParagraph() {
        Article a = Articles.of("d<1>", "Outlet <b>", "First paragraph.\nSecond <script>alert(1)</script> paragraph.");
        int second = a.original().indexOf("Second");
        Story story = Story.of("s1", "H", List.of(a))
                .withFraming(List.of(new Framing("d<1>", List.of(new Framing.LoadedTerm("<i>regime</i>", 0, 5, "pejorative label")),
                        List.of(new Framing.ActorLabel("<e>", "Label <x>", 2)),
                        List.of(new SourceText("d<1>", "sources <said>", 0, 5)), List.of(), List.of("AP"), 1.0)))
                .withClaims(List.of(new Claim("c1", "claim <c>", List.of(new SourceText("d<1>", "x", 0, 1)), List.of(),
                        List.of(), 1, Claim.Status.SINGLE_SOURCE, List.of())))
                .withCoverage(List.of(new Coverage("d<1>", List.of("c1"), List.of())))
                .withSummary(List.of(new SummarySentence("Fact <one>.", List.of("d<1>"),
                        List.of(new SourceText("d<1>", "Second", second, second + 6)))));
        String html = HtmlReport.write(new Report(Report.GENERATOR, List.of(a), List.of(story), List.of()));
        assertThat(html).doesNotContain("<script>alert", "<i>regime", "<said>", "Label <x>", "claim <c>", "Fact <one>",
                "Outlet <b>");
        Matcher m = Pattern.compile("class=\"cite\" href=\"#([^\"]+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        assertThat(html).contains("id=\"" + m.group(1) + "\"");
    }
}
