package org.parallax.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.parallax.framing.Articles;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.Conflict;
import org.parallax.model.Copy;
import org.parallax.model.Match;
import org.parallax.model.Provenance;
import org.parallax.model.Published;
import org.parallax.model.Quantity;
import org.parallax.model.Quote;
import org.parallax.model.QuoteOccurrence;
import org.parallax.model.Report;
import org.parallax.model.SourceText;
import org.parallax.model.Speaker;
import org.parallax.model.Story;
import org.parallax.model.SummarySentence;
import org.parallax.model.TimelineEvent;
import org.parallax.model.Trajectory;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rendering layer: the same sections in the report and on a page, long stories kept short, exports. */
class RenderingTest {
    static final int OUTLETS = 12;

    /** A story of twelve outlets: a disputed toll, a corroborated claim, a reattributed quote, a copy. */
    static Story longStory(String id) {
        List<Article> articles = new ArrayList<>();
        for (int i = 1; i <= OUTLETS; i++) {
            String toll = i % 2 == 0 ? "12" : "15";
            articles.add(Articles.of("doc" + i, i == 3 ? null : "Outlet <" + i + ">",
                    "The ferry sank on Monday. At least " + toll + " people died, officials said.\n"
                            + "\u201cWe are searching all night,\u201d the captain said.")
                    .withPublished(new Published("2025-03-0" + (1 + i % 5), Published.How.GIVEN, "given")));
        }
        List<SourceText> sank = new ArrayList<>();
        List<SourceText> twelve = new ArrayList<>();
        List<SourceText> fifteen = new ArrayList<>();
        List<QuoteOccurrence> said = new ArrayList<>();
        for (Article a : articles) {
            sank.add(new SourceText(a.id(), "The ferry sank on Monday.", 0, 25));
            (a.original().contains("12") ? twelve : fifteen).add(new SourceText(a.id(), "At least ... died", 26, 60));
            int q = a.original().indexOf('\u201c');
            said.add(new QuoteOccurrence(a.id(), "We are searching all night", q, q + 30, a.id().equals("doc2") ? "the mayor" : "the captain",
                    a.id().equals("doc4") ? Match.ALTERED : Match.VERBATIM, null, List.of()));
        }
        List<Claim> claims = List.of(
                new Claim("c1", "The ferry sank on <Monday>", sank, List.of(), List.of("2025-03-03"), 6, Claim.Status.CORROBORATED, List.of()),
                new Claim("c2", "=12 people died", twelve, List.of(new Quantity(12, "at least", "people")), List.of(), 3,
                        Claim.Status.DISPUTED, List.of()),
                new Claim("c3", "15 people died", fifteen, List.of(new Quantity(15, "at least", "people")), List.of(), 3,
                        Claim.Status.DISPUTED, List.of()));
        Conflict toll = new Conflict("x1", "how many died", List.of(
                new Conflict.Position("c2", twelve.stream().map(SourceText::document).toList(), "12 people", List.of("officials")),
                new Conflict.Position("c3", fifteen.stream().map(SourceText::document).toList(), "15 people", List.of())),
                "The figures cannot all be right.");
        return Story.of(id, "Ferry <sinks>", articles)
                .withClaims(claims).withConflicts(List.of(toll))
                .withQuotes(List.of(new Quote("q1", new Speaker(null, "Captain <Ann>"), "We are searching all night", said, true)))
                .withSummary(List.of(new SummarySentence("A ferry sank.", articles.stream().map(Article::id).toList(), List.of())))
                .withTimeline(List.of(new TimelineEvent("2025-03-03", TimelineEvent.Precision.DAY, "The ferry sank", List.of("doc1"), List.of("c1")),
                        new TimelineEvent("1990", TimelineEvent.Precision.YEAR, "The ferry was built", List.of("doc2"), List.of())))
                .withTrajectories(List.of(new Trajectory("dead", List.of(
                        new Trajectory.Point(12, "at least", "12 people", "2025-03-02", List.of("doc2"), "c2"),
                        new Trajectory.Point(15, "at least", "15 people", "2025-03-04", List.of("doc1"), "c3")))))
                .withProvenance(new Provenance("doc1", List.of(new Copy("doc7", "doc5", 0.9, false, List.of()))));
    }

    @Test
    void reportAndPageDrawTheSameSectionsWithTheSameOutletNames() {
        Story story = longStory("s1");
        String page = Rendering.story(new StoryView("s1", story, StoryView.Place.page("s1")));
        String report = HtmlReport.write(new Report(Report.GENERATOR, story.articles(), List.of(story), List.of()));
        List<String> pageSections = ids(page, "<section id=\"([a-z]+)\"");
        List<String> reportSections = ids(report, "<section id=\"st1-([a-z]+)\"");
        assertThat(pageSections).isEqualTo(reportSections).contains("summary", "conflicts", "trajectories", "quotes",
                "claims", "timeline", "coverage", "articles", "export");
        // an article without an outlet has one name everywhere: the opening words of its text
        assertThat(page).contains("\u201cThe ferry sank on Monday.\u201d").doesNotContain(">doc3<");
        assertThat(page).doesNotContain("<sinks>", "Outlet <1>", "<Monday>", "Captain <Ann>").contains("Outlet &lt;1&gt;");
    }

    @Test
    void aStorysWarningsShowEscapedBeforeItsSectionsInEveryReport() {
        Story story = longStory("s1").withWarning("quotes", "13,000 quoted sentences <b>past</b> the bound");
        String page = Rendering.story(new StoryView("s1", story, StoryView.Place.page("s1")));
        Report report = new Report(Report.GENERATOR, story.articles(), List.of(story), List.of());
        String html = HtmlReport.write(report);
        for (String out : List.of(page, html)) {
            int warning = out.indexOf("quotes: 13,000 quoted sentences &lt;b&gt;past&lt;/b&gt; the bound");
            assertThat(warning).isPositive().isLessThan(out.indexOf("<nav class=\"toc\""));
            assertThat(out).doesNotContain("<b>past</b>");
        }
        assertThat(MarkdownReport.write(report)).contains("> **Warning**: quotes: 13,000 quoted sentences")
                .doesNotContain("<b>past</b>");
        assertThat(JsonReport.story(story).get("warnings").get(0).asText())
                .isEqualTo("quotes: 13,000 quoted sentences <b>past</b> the bound");
        assertThat(JsonReport.story(longStory("s2")).get("warnings")).isEmpty();
    }

    @Test
    void theTopSaysWhatIsDisputedAndEstablishedBeforeAnySection() {
        String page = Rendering.story(new StoryView("s1", longStory("s1"), StoryView.Place.page("s1")));
        int glance = page.indexOf("class=\"glance\"");
        assertThat(glance).isPositive().isLessThan(page.indexOf("<nav class=\"toc\""));
        String top = page.substring(glance, page.indexOf("<nav class=\"toc\""));
        assertThat(top).contains("how many died", "at least 12 people", "at least 15 people", "The ferry sank on &lt;Monday&gt;",
                "dead", "12 people (2025-03-02) → 15 people (2025-03-04)", "outlets name different speakers");
        // every link at the top lands on something on the page
        Matcher m = Pattern.compile("href=\"#([^\"]+)\"").matcher(top);
        int links = 0;
        while (m.find()) {
            assertThat(page).as(m.group(1)).contains("id=\"" + m.group(1) + "\"");
            links++;
        }
        assertThat(links).isGreaterThan(10);
    }

    @Test
    void longStoriesStayShort() {
        String page = Rendering.story(new StoryView("s1", longStory("s1"), StoryView.Place.page("s1")));
        // twelve citations collapse to a count that opens the list
        assertThat(page).contains("<details class=\"cites\"><summary>12 sources</summary>");
        // the matrix groups a copy with its source, and scrolls inside its card
        assertThat(page).contains("class=\"scroll card matrix-card\"").contains("copies of Outlet &lt;5&gt;");
        int source = page.indexOf("title=\"Outlet &lt;5>\"");
        int copy = page.indexOf("title=\"Outlet &lt;7>\"");
        int other = page.indexOf("title=\"Outlet &lt;1>\"");
        assertThat(source).isLessThan(copy).isLessThan(other);
        // two articles can be chosen for side by side; texts fold
        assertThat(page).contains("class=\"left\"", "class=\"right\"", "<details class=\"text\">");
        // permalinks and citations for quotes and claims
        assertThat(page).contains("id=\"quote-q1\"", "href=\"#claim-c2\"", "/stories/s1#quote-q1", "/stories/s1#claim-c1");
    }

    @Test
    void chartsAreServerSideSvgWithLabels() {
        String page = Rendering.story(new StoryView("s1", longStory("s1"), StoryView.Place.page("s1")));
        assertThat(page).doesNotContain("<script");
        List<String> labels = ids(page, "<svg role=\"img\" aria-label=\"([^\"]+)\"");
        assertThat(labels).anyMatch(l -> l.startsWith("Coverage over time")).anyMatch(l -> l.startsWith("Timeline"))
                .anyMatch(l -> l.startsWith("Trajectory of dead"));
        // the 1990 date is background, listed apart: the axis spans the story's own days
        assertThat(page).contains("Background: 1 earlier dates");
    }

    @Test
    void aFarOffDateIsFoldedAtTheEdgeOfTheTimeline() {
        List<TimelineEvent> events = new ArrayList<>();
        for (int d = 1; d <= 9; d++) {
            events.add(new TimelineEvent("2025-03-0" + d, TimelineEvent.Precision.DAY, "day " + d, List.of("a"), List.of()));
        }
        events.add(new TimelineEvent("2031-01-01", TimelineEvent.Precision.DAY, "a wrong year", List.of("a"), List.of()));
        String svg = Rendering.chart(Charts.timeline(events));
        assertThat(svg).contains("+1 later").contains("Folded dates: 2031-01-01").contains("2025-03-09");
    }

    @Test
    void theMultiStoryReportStartsWithAnIndexInEveryOrder() {
        Story big = longStory("s1");
        Story small = Story.of("s2", "Bridge opens", List.of(Articles.of("b1", "Paper", "A bridge opened.")));
        String report = HtmlReport.write(new Report(Report.GENERATOR, big.articles(), List.of(small, big), List.of()));
        assertThat(report.indexOf("class=\"index-orders\"")).isLessThan(report.indexOf("<article class=\"story\""));
        int index = report.indexOf("id=\"index-articles\"");
        String first = report.substring(index, report.indexOf("</table>", index));
        assertThat(first.indexOf("Ferry &lt;sinks&gt;")).isLessThan(first.indexOf("Bridge opens"));
        assertThat(report).contains("id=\"index-headline\"", "id=\"index-latest\"", "href=\"#story-s1\"", "id=\"story-s1\"");
    }

    @Test
    void exportsCarryEveryRowAndNeverAFormula() throws Exception {
        Story story = longStory("s1");
        JsonNode node = JsonReport.story(story);
        String csv = StoryExport.csv(node, StoryExport.Kind.CLAIMS, "/stories/s1", "");
        assertThat(csv.split("\r\n")).hasSize(4);
        assertThat(csv).contains("'=12 people died").contains("/stories/s1#claim-c2").contains("Outlet <2>");
        JsonNode quotes = JsonReport.mapper().readTree(StoryExport.json(node, StoryExport.Kind.QUOTES, "/stories/s1", ""));
        assertThat(quotes.get("rows")).hasSize(OUTLETS);
        assertThat(quotes.get("rows").get(1).get("speaker_as_written").asText()).isEqualTo("the mayor");
        JsonNode conflicts = JsonReport.mapper().readTree(StoryExport.json(node, StoryExport.Kind.CONFLICTS, "x", ""));
        assertThat(conflicts.get("rows")).hasSize(2);
        assertThat(StoryExport.csv(node, StoryExport.Kind.TIMELINE, "x", "")).startsWith("date,precision,text,outlets,claims\r\n");
    }

    private static List<String> ids(String html, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
