package org.parallax.ingest;

import org.junit.jupiter.api.Test;
import org.parallax.TestData;
import org.parallax.model.Article;
import org.parallax.model.Published;
import org.parallax.model.RawArticle;
import org.parallax.model.Removed;
import org.parallax.model.Sentence;
import org.parallax.pipeline.StageResult;
import org.parallax.text.Normalizer;
import org.parallax.text.SentenceSplitter;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

class ArticleCleanerTest {
    private static final ArticleCleaner CLEANER = new ArticleCleaner(new SentenceSplitter());
    private static final ArticleReader READER = new ArticleReader();

    static Article clean(Path file) {
        RawArticle raw = READER.readPath(file).articles().get(0);
        return ((StageResult.Ok<Article>) CLEANER.apply(raw)).value();
    }

    static Map<String, Article> cleanAll(Path dir) {
        return READER.readPath(dir).articles().stream()
                .map(r -> ((StageResult.Ok<Article>) CLEANER.apply(r)).value())
                .collect(Collectors.toMap(Article::id, Function.identity()));
    }

    static String removedAs(Article a, Removed.Reason reason) {
        return a.removed().stream().filter(r -> r.reason() == reason).map(Removed::text).collect(Collectors.joining(" | "));
    }

    /** Date lines as sites print them: labels, clock times, zones and weekdays around the date. */
    @Test
    void dateLinesWithTimesZonesAndLabels() {
        Map<String, String> lines = Map.of(
                "First Published: June 13, 2013 4: 59 PM EDT", "2013-06-13",
                "Posted on Thu Jun 13, 2013 08: 45 AM PDT", "2013-06-13",
                "26 September 2013, 10: 00 (GMT+05: 00)", "2013-09-26",
                "Story Created: Aug 7, 2012 at 9: 56 AM AKDT", "2012-08-07",
                "12: 52 p. m. EDT May 2, 2013", "2013-05-02",
                "Last Updated: Monday, 28 November 2005, 02: 24 GMT", "2005-11-28",
                "POSTED: 1052 GMT (1852 HKT), April 10, 2007", "2007-04-10",
                "PUBLISHED: 16: 05 GMT, 9 June 2013 | UPDATED: 06: 55 GMT, 10 June 2013", "2013-06-09");
        lines.forEach((line, date) -> {
            Article a = ((StageResult.Ok<Article>) CLEANER.apply(new RawArticle("d", "d.txt",
                    "Lohan checks into rehab\n\n" + line + "\n\nLindsay Lohan checked into a rehab centre on Thursday, "
                            + "her lawyer told the court in a short statement."))).value();
            assertThat(a.published()).as(line).isNotNull();
            assertThat(a.published().date()).as(line).isEqualTo(date);
            assertThat(a.text()).as(line).doesNotContain(line);
        });
        // prose that states a date is not a date line
        Article prose = ((StageResult.Ok<Article>) CLEANER.apply(new RawArticle("p", "p.txt",
                "Lindsay Lohan checked into the Betty Ford Center on May 3, 2013 at the start of a 90-day stay."))).value();
        assertThat(prose.published()).isNull();
        // a headline with a weekday and a date is a headline, not a date line
        for (String headline : List.of("Lohan enters rehab on Tuesday, May 3, 2013",
                "Quake AT dawn kills dozens in Van, Oct 23, 2011")) {
            Article titled = ((StageResult.Ok<Article>) CLEANER.apply(new RawArticle("h", "h.txt", headline
                    + "\n\nLindsay Lohan checked into a rehab centre on Thursday, her lawyer told the court in a short statement.")))
                    .value();
            assertThat(titled.published()).as(headline).isNull();
            assertThat(titled.title()).as(headline).isEqualTo(headline);
        }
    }

    // --- the seeds (skipped without ../shared) ---

    @Test
    void seedWithDateLabelRepeatedRunAndAgencyCredit() {
        Article a = clean(TestData.seeds().resolve("000_6b5af38c73fb34d9.txt"));
        assertThat(a.published()).isEqualTo(new Published("2025-10-29", Published.How.STATED, "date 2025-10-29"));
        assertThat(a.title()).isNull();
        assertThat(a.outlet()).isNull();
        String text = Normalizer.forMatching(a.text());
        String repeated = Normalizer.forMatching("The Four-day talks began on Saturday and were facilitated by the host, Turkey,");
        assertThat(text.split(java.util.regex.Pattern.quote(repeated), -1)).hasSize(2);
        assertThat(removedAs(a, Removed.Reason.DUPLICATE)).startsWith("The Four-day talks began on Saturday");
        assertThat(a.text()).startsWith("Pakistan authorities on Wednesday").doesNotContain("With inputs from agency");
        assertThat(a.credits()).containsExactly("agency");
    }

    @Test
    void seedWithHeadlineOnItsLastLine() {
        Article a = clean(TestData.seeds().resolve("001_1007bb23d3ba501f.txt"));
        assertThat(a.title()).isEqualTo("Pakistan-Afghan Taliban Dialogue Collapses in Istanbul, Says Atta tarar");
        assertThat(a.text()).doesNotContain("Dialogue Collapses");
        assertThat(a.published()).isNull();
    }

    @Test
    void seedWithSiteNameTitleDateDatelineAndChrome() {
        Article a = clean(TestData.seeds().resolve("002_0827465f846bed0f.txt"));
        assertThat(a.outlet()).isEqualTo("Move FM Global News");
        assertThat(a.title()).isEqualTo("Pakistan blames Taliban for failed peace negotiations");
        assertThat(a.published().date()).isEqualTo("2025-11-01");
        assertThat(a.published().evidence()).isEqualTo("Nov 1, 2025");
        assertThat(a.dateline()).isEqualTo("ANKARA");
        assertThat(removedAs(a, Removed.Reason.BOILERPLATE)).isEqualTo("Facebook Comment | top");
        assertThat(a.text().lines()).doesNotContain("Move FM Global News", "Facebook Comment", "top");
    }

    @Test
    void seedWithoutHeadlineKeepsItsLeadAndInventsNothing() {
        Article a = clean(TestData.seeds().resolve("003_99204a15a5779997.txt"));
        assertThat(a.title()).isNull();
        assertThat(a.outlet()).isNull();
        assertThat(a.dateline()).isNull();
        assertThat(a.removed()).isEmpty();
        assertThat(a.text()).startsWith("Negotiations for a lasting truce");
    }

    @Test
    void seedWithDatelineCreditNamingTheOutlet() {
        Article a = clean(TestData.seeds().resolve("004_d70ade84ff068f50.txt"));
        assertThat(a.dateline()).isEqualTo("ISLAMABAD");
        assertThat(a.outlet()).isEqualTo("WNAM");
        assertThat(a.title()).isNull();
    }

    // --- the example story of the repo ---

    @Test
    void exampleStoryMetadata() {
        Map<String, Article> all = cleanAll(TestData.example("harbour-strike"));
        assertThat(all).containsOnlyKeys("01-courier", "02-coastline", "03-nws", "04-harbour-voice", "05-meridian");
        Article courier = all.get("01-courier");
        assertThat(courier.outlet()).isEqualTo("The Lindmark Courier");
        assertThat(courier.title()).isEqualTo("Dockworkers strike shuts cranes at Lindmark port");
        assertThat(courier.published().date()).isEqualTo("2026-03-10");
        assertThat(courier.author()).isEqualTo("Ilse Marten");
        assertThat(courier.dateline()).isEqualTo("LINDMARK");
        assertThat(courier.text()).doesNotContain("Related stories", "Ferry timetable", "All rights reserved", "Subscribe");

        Article coastline = all.get("02-coastline");
        assertThat(coastline.outlet()).isEqualTo("Coastline Daily");
        assertThat(coastline.published().date()).isEqualTo("2026-03-11");
        assertThat(removedAs(coastline, Removed.Reason.BOILERPLATE)).isEqualTo("Share this article | Facebook Comment | top");

        Article wire = all.get("03-nws");
        assertThat(wire.dateline()).isEqualTo("LINDMARK");
        assertThat(wire.published()).isNull();
        assertThat(wire.credits()).contains("Reporting by Tomas Vell; Editing by Ana Brook");
        assertThat(wire.text()).doesNotContain("Editing by");

        Article voice = all.get("04-harbour-voice");
        assertThat(voice.outlet()).isEqualTo("Harbour Voice");
        assertThat(voice.title()).isEqualTo("Greedy port bosses push Lindmark to the brink");
        assertThat(voice.text().split("The strike began on Monday", -1)).hasSize(2);
        assertThat(voice.text()).contains("Union leader Mara Keswick was defiant.").doesNotContain("With inputs from");

        Article feed = all.get("05-meridian");
        assertThat(feed.outlet()).isEqualTo("Meridian Post");
        assertThat(feed.published().how()).isEqualTo(Published.How.GIVEN);
        assertThat(feed.url()).isEqualTo("https://meridian.example/port-strike");
    }

    // --- fixtures ---

    @Test
    void hardWrappedTextKeepsSentencesWhole() {
        Article a = clean(TestData.fixture("hard-wrapped.txt"));
        assertThat(a.title()).isEqualTo("Storm closes mountain pass");
        assertThat(a.sentences()).extracting(Sentence::paragraph).containsExactly(1, 2, 2);
        assertThat(a.sentences().get(0).text()).startsWith("The mountain pass").endsWith("said in a\nstatement.");
    }

    @Test
    void reutersStyleDatelineAgencyAndCreditLine() {
        Article a = clean(TestData.fixture("reuters-style.txt"));
        assertThat(a.dateline()).isEqualTo("WASHINGTON");
        assertThat(a.outlet()).isNull();
        assertThat(a.credits()).containsExactly("Reuters", "Additional reporting by Jane Doe; Editing by Rick Roe");
        assertThat(a.text()).doesNotContain("Jane Doe");
    }

    @Test
    void everyOffsetPointsIntoTheOriginal() {
        for (Article a : cleanAll(TestData.example("harbour-strike")).values()) {
            for (Sentence s : a.sentences()) {
                assertThat(a.original().substring(s.start(), s.end())).isEqualTo(s.text());
                s.tokens().forEach(t -> assertThat(a.original().substring(t.start(), t.end())).isEqualTo(t.word()));
            }
            for (Removed r : a.removed()) {
                assertThat(a.original().substring(r.start(), r.end())).isEqualTo(r.text());
            }
        }
    }

    @Test
    void garbageNeverThrows() {
        qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 400)).checkAssert(s -> {
            StageResult<Article> r = CLEANER.apply(new RawArticle("g", "garbage", s));
            assertThat(r).isNotNull();
        });
        String mixed = "Заголовок новости\n\n東京で地震が発生した。 Ein Satz auf Deutsch. «Цитата», сказал он.\n\nعربى نص";
        assertThat(CLEANER.apply(new RawArticle("m", "mixed", mixed))).isInstanceOf(StageResult.Ok.class);
        String huge = "Word after word in a very long line. ".repeat(60_000);
        assertThat(CLEANER.apply(new RawArticle("h", "huge", huge))).isInstanceOf(StageResult.Ok.class);
        assertThat(CLEANER.apply(new RawArticle("e", "empty", ""))).isInstanceOf(StageResult.Skipped.class);
    }
}
