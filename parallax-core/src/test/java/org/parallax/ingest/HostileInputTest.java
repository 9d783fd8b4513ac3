package org.parallax.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.TestData;
import org.parallax.model.Article;
import org.parallax.model.RawArticle;
import org.parallax.pipeline.StageResult;
import org.parallax.text.SentenceSplitter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 18: inputs inside every size limit that used to hold a batch for minutes or end it. */
class HostileInputTest {
    private static final ArticleReader READER = new ArticleReader();
    private static final ArticleCleaner CLEANER = new ArticleCleaner(new SentenceSplitter());

    private static final String PARAGRAPH = "The harbour board met on Monday to discuss the new berth, and members"
            + " said the vote would be held next week after a second reading of the plans.";

    @Test
    void pageThatMakesReadabilityThrowStillGivesItsTextAndNamesTheLibrary(@TempDir Path dir) throws Exception {
        Files.copy(TestData.fixture("hostile/readability-throws.html"), dir.resolve("b-throws.html"));
        Files.copy(TestData.fixture("jsonld-page.html"), dir.resolve("a-good.html"));
        Files.copy(TestData.fixture("og-only.html"), dir.resolve("c-good.html"));
        Batch b = READER.read(List.of(dir.toString()), System.in);
        assertThat(b.rejected()).isEmpty();
        assertThat(b.articles()).extracting(RawArticle::id).containsExactly("a-good", "b-throws", "c-good");
        RawArticle bad = b.articles().get(1);
        assertThat(bad.original()).contains("said board member Anna Lindqvist");
        assertThat(bad.warnings()).singleElement().asString()
                .contains("readability4j failed", "IllegalStateException", "whole text");
        assertThat(b.articles().get(0).warnings()).isEmpty();
    }

    @Test
    void twoFilesWithOneIdKeepTheFirstAndNameBoth(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("a/story.txt"), PARAGRAPH);
        Files.writeString(dir.resolve("b/story.txt"), PARAGRAPH.replace("Monday", "Friday"));
        Batch b = READER.read(List.of(dir.toString()), System.in);
        assertThat(b.articles()).singleElement().satisfies(a -> assertThat(a.original()).contains("Monday"));
        assertThat(b.rejected()).singleElement().satisfies(r -> {
            assertThat(r.source()).contains("b/story.txt");
            assertThat(r.problem()).contains("id \"story\" is already used by").contains("a/story.txt");
        });
    }

    @Test
    void pageNested100000DeepIsFlattenedAndRead() {
        String html = "<html><head><title>Deep</title></head><body>" + "<div>".repeat(100_000) + "<p>" + PARAGRAPH
                + "</p>" + "</div>".repeat(100_000) + "</body></html>";
        HtmlExtractor.Extracted page = HtmlExtractor.extract(html, null);
        assertThat(page.text()).isEqualTo(PARAGRAPH);
        assertThat(page.warnings()).singleElement().asString().contains("nested deeper than 256 levels");
    }

    @Test
    void pageOfAMillionParagraphsIsReadWithoutReadabilityAndAnalysedInPart() {
        StringBuilder html = new StringBuilder("<html><head><title>Many</title></head><body><article>");
        for (int i = 0; i < 1_000_000; i++) {
            html.append("<p>Line ").append(i).append(" of the page.</p>");
        }
        HtmlExtractor.Extracted page = HtmlExtractor.extract(html.append("</article></body></html>").toString(), null);
        assertThat(page.warnings()).singleElement().asString().contains("1,000,006 elements");
        Article a = clean(new RawArticle("many", "many.html", page.text(), page.metadata(), page.warnings()));
        assertThat(a.body()).hasSizeLessThanOrEqualTo(AnalysisBudget.MAX_PARAGRAPHS);
        assertThat(a.warnings()).anyMatch(w -> w.startsWith("analysed in part") && w.contains("of 1,000,000 paragraphs"));
    }

    @Test
    void articleOf2MegabytesIsAnalysedUpToTheBudgetAndItsOffsetsStillHold() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 2_000_000; i++) {
            text.append("Paragraph ").append(i).append(": ").append(PARAGRAPH).append("\n\n");
        }
        Article a = clean(new RawArticle("big", "big.txt", text.toString()));
        assertThat(a.original().length()).isLessThanOrEqualTo(AnalysisBudget.MAX_CHARS + 2_000);
        assertThat(text.toString()).startsWith(a.original());
        assertThat(a.sentences()).isNotEmpty().allSatisfy(s ->
                assertThat(a.original().substring(s.start(), s.end())).isEqualTo(s.text()));
        assertThat(a.warnings()).singleElement().asString().startsWith("analysed in part: the first ");
    }

    @Test
    void oneParagraphWithoutSpacesIsCutHard() {
        String text = "x".repeat(AnalysisBudget.MAX_CHARS * 3);
        StageResult<Article> r = CLEANER.apply(new RawArticle("run", "run.txt", text));
        assertThat(r.result()).hasValueSatisfying(a -> {
            assertThat(a.original()).hasSize(AnalysisBudget.MAX_CHARS);
            assertThat(a.warnings()).anyMatch(w -> w.startsWith("analysed in part"));
        });
    }

    @Test
    void ordinaryArticleIsNotCut() {
        Article a = clean(new RawArticle("small", "small.txt", PARAGRAPH + "\n\n" + PARAGRAPH.replace("Monday", "Friday")));
        assertThat(a.warnings()).isEmpty();
        assertThat(a.body()).hasSize(2);
    }

    private static Article clean(RawArticle raw) {
        StageResult<Article> r = CLEANER.apply(raw);
        assertThat(r).isInstanceOf(StageResult.Ok.class);
        return r.result().orElseThrow();
    }
}
