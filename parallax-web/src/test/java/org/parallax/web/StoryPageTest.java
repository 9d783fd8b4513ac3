package org.parallax.web;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.parallax.Parallax;
import org.parallax.ingest.Batch;
import org.parallax.ingest.ArticleReader;
import org.parallax.model.Report;
import org.parallax.model.Story;
import org.parallax.pipeline.StageResult;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every section of a story page links its passages to the sentence that holds them. */
class StoryPageTest {
    static Story fixtureStory() {
        Batch batch = new ArticleReader().readPath(TestServer.fixtures());
        Report report = Parallax.standard().analyze(new Batch(
                batch.articles().stream().filter(a -> !a.id().startsWith("hostile")).toList(), List.of()));
        assertThat(report.stories()).hasSize(1);
        StageResult<Story> filled = FakeAnalysis.apply(report.stories().get(0));
        return ((StageResult.Ok<Story>) filled).value();
    }

    @Test
    void citationsAndSourcesPointAtSentencesHoldingThem() {
        Story story = fixtureStory();
        Document page = HtmlChecks.assertNoInjectedMarkup(StoryPage.render("s-test", story, List.of()));
        for (String section : List.of("summary", "quotes", "claims", "conflicts", "timeline", "framing", "articles")) {
            assertThat(page.getElementById(section).select("p.none")).as(section).isEmpty();
        }
        List<Element> links = page.select("main a[href^=#d]");
        assertThat(links).hasSizeGreaterThan(10);
        for (Element a : links) {
            String id = a.attr("href").substring(1);
            assertThat(page.getElementById(id)).as("target of %s", a.outerHtml()).isNotNull();
        }
        Element claimCell = page.selectFirst("table.matrix td.present a.src");
        Element sentence = page.getElementById(claimCell.attr("href").substring(1));
        assertThat(sentence.text()).contains(claimCell.attr("title").substring(0, 10));
        assertThat(page.select("#claims button.claim")).anyMatch(b -> b.text().contains("<before>"));
        assertThat(page.select("#quotes .diff")).isNotEmpty();
        String data = page.getElementById("px-data").data();
        assertThat(data).doesNotContain("<").contains("claim:c1").contains("quote:q1");
    }

    @Test
    void emptySectionsSaySo() {
        Story bare = Story.of("s1", null, fixtureStory().articles());
        Document page = HtmlChecks.assertNoInjectedMarkup(StoryPage.render("s-bare", bare, List.of()));
        assertThat(page.select("section.empty p.none")).hasSize(6);
        // a story kept without a headline takes one from its members' titles
        String first = bare.articles().get(0).title() != null ? bare.articles().get(0).title()
                : bare.articles().get(0).sentences().get(0).text().substring(0, 20);
        assertThat(page.selectFirst("h1").text()).isNotEqualTo("Untitled story");
        assertThat(bare.articles().stream().anyMatch(a -> a.title() != null && page.selectFirst("h1").text().equals(a.title()))
                || page.selectFirst("h1").text().startsWith(first)).isTrue();
        assertThat(page.select("article.doc")).hasSize(3);
    }

    @Test
    void aStoryBeingUpdatedSaysSoAndNamesItself() {
        Story story = fixtureStory();
        Document page = HtmlChecks.assertNoInjectedMarkup(StoryPage.page("s-test", story.headline(),
                StoryPage.body("s-test", story), List.of(), true));
        Element notice = page.selectFirst("p.updating");
        assertThat(notice.text()).contains("being updated");
        assertThat(notice.attr("data-story")).isEqualTo("s-test");
        assertThat(page.html()).doesNotContain(StoryPage.RELATED);
    }

    @Test
    void relatedStoriesAreLinkedWithTheirRelation() {
        Document page = HtmlChecks.assertNoInjectedMarkup(StoryPage.render("s-test", fixtureStory(), List.of(
                new StoryPage.Related("s-earlier", "First <b>round</b> of talks", "earlier", List.of("velmora", "ostrava")))));
        Element link = page.selectFirst("p.related a");
        assertThat(link.attr("href")).isEqualTo("/stories/s-earlier");
        assertThat(link.text()).isEqualTo("First <b>round</b> of talks");
        assertThat(page.selectFirst("p.related").text()).contains("earlier, shares velmora, ostrava");
    }
}
