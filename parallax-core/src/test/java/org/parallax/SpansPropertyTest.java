package org.parallax;

import org.junit.jupiter.api.Test;
import org.parallax.ingest.ArticleCleaner;
import org.parallax.ingest.ArticleReader;
import org.parallax.ingest.Batch;
import org.parallax.model.Article;
import org.parallax.model.RawArticle;
import org.parallax.model.Report;
import org.parallax.pipeline.StageResult;
import org.parallax.text.SentenceSplitter;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Issue 18: every span in a report points at its text ({@link Spans}): sentences, removed passages, time
 * expressions, mentions, quote occurrences, claim sources, framing terms and sources, summary passages,
 * copied passages and the documents every part cites. Checked on the real example story and quote
 * fixtures, and on articles generated from their paragraphs with the shapes that move offsets: typographic
 * and straight quotes, characters outside the BMP, no-break spaces, CRLF line ends, header and byline
 * lines, repeated paragraphs, credits, right-to-left text and combining marks.
 */
class SpansPropertyTest {
    private static final ArticleCleaner CLEANER = new ArticleCleaner(new SentenceSplitter());

    @Test
    void everySpanOfTheExampleStoryPointsAtItsText() {
        Report report = Parallax.standard().analyze(new ArticleReader().readPath(TestData.example("harbour-strike")));
        // not vacuous: the story has every kind of span
        org.parallax.model.Story story = report.stories().get(0);
        assertThat(story.quotes()).isNotEmpty();
        assertThat(story.claims()).anySatisfy(c -> assertThat(c.sources()).isNotEmpty());
        assertThat(story.framing()).anySatisfy(f -> assertThat(f.loadedTerms()).isNotEmpty());
        assertThat(story.summary()).anySatisfy(sent -> assertThat(sent.passages()).isNotEmpty());
        assertThat(report.documents()).anySatisfy(a -> assertThat(a.removed()).isNotEmpty())
                .anySatisfy(a -> assertThat(a.times()).isNotEmpty()).anySatisfy(a -> assertThat(a.mentions()).isNotEmpty());
        assertThat(Spans.of(report)).isEmpty();
    }

    @Test
    void theCheckFindsASpanThatPointsElsewhere() {
        Article a = CLEANER.apply(new RawArticle("a", "a.txt", "The Courier\n\nCranes stood still on Tuesday."))
                .result().orElseThrow();
        Article shifted = new Article(a.id(), a.source(), a.original(), a.outlet(), a.title(), a.published(),
                a.dateline(), a.author(), a.url(), a.credits(), a.body(),
                List.of(new org.parallax.model.Removed(org.parallax.model.Removed.Reason.TITLE, "The Courier", 1, 12)),
                a.sentences(), a.times(), a.mentions(), a.warnings());
        assertThat(Spans.of(shifted)).singleElement().asString()
                .isEqualTo("a: removed title: [1, 12) is \"he Courier\n\", not \"The Courier\"");
    }

    @Test
    void everySpanOfTheQuoteFixturesPointsAtItsText() {
        Report report = Parallax.standard().analyze(new ArticleReader().readPath(TestData.fixture("quotes")));
        assertThat(report.stories().stream().mapToInt(s -> s.quotes().size()).sum()).isPositive();
        assertThat(Spans.of(report)).isEmpty();
    }

    @Test
    void everySpanOfAGeneratedArticlePointsAtItsText() {
        List<String> pool = paragraphs();
        qt().withExamples(150).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> {
            RawArticle raw = generated("g" + seed, pool, new Random(seed));
            StageResult<Article> r = CLEANER.apply(raw);
            assertThat(r).as("seed %d", seed).isInstanceOf(StageResult.Ok.class);
            assertThat(Spans.of(r.result().orElseThrow())).as("seed %d", seed).isEmpty();
        });
    }

    @Test
    void everySpanOfAGeneratedStoryPointsAtItsText() {
        List<String> pool = paragraphs();
        Parallax parallax = Parallax.standard();
        // a full analysis a story: few examples, each a story of three outlets sharing paragraphs
        qt().withExamples(3).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            List<RawArticle> raws = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                raws.add(generated("s" + i, pool, random));
            }
            Report report = parallax.analyze(new Batch(raws, List.of()));
            assertThat(report.documents()).as("seed %d", seed).hasSize(3);
            assertThat(Spans.of(report)).as("seed %d", seed).isEmpty();
        });
    }

    /** The paragraphs of the example story and the quote fixtures. */
    private static List<String> paragraphs() {
        List<String> out = new ArrayList<>();
        Batch b = new ArticleReader().readPath(TestData.example("harbour-strike"))
                .plus(new ArticleReader().readPath(TestData.fixture("quotes")));
        for (RawArticle a : b.articles()) {
            for (String p : a.original().split("\n\\s*\n|\n")) {
                if (p.strip().length() > 30) {
                    out.add(p.strip());
                }
            }
        }
        return out;
    }

    private static final String[] HEADERS = {"The Lindmark Courier", "Published: 10 March 2026, 08:45 GMT",
            "By Anna Berg, Labour Correspondent", "LINDMARK, March 10 (Reuters) -", "Share this article"};
    private static final String[] INSERTS = {"\uD83D\uDEA2", "\u00a0", "\u0645\u064a\u0646\u0627\u0621",
            "e\u0301", "\u201c", "\u2019", "\u2014", "10\u00a0000", "\uD835\uDC00"};

    /** An article of 2 to 8 paragraphs from the pool, bent in the ways real pages bend them. */
    static RawArticle generated(String id, List<String> pool, Random random) {
        List<String> paras = new ArrayList<>();
        if (random.nextBoolean()) {
            for (int i = random.nextInt(3); i >= 0; i--) {
                paras.add(HEADERS[random.nextInt(HEADERS.length)]);
            }
        }
        int n = 2 + random.nextInt(7);
        for (int i = 0; i < n; i++) {
            String p = pool.get(random.nextInt(pool.size()));
            if (random.nextInt(4) == 0) {
                p = p.replace('"', random.nextBoolean() ? '\u201c' : '\u201d');
            }
            if (random.nextInt(3) == 0) {
                int at = p.indexOf(' ', random.nextInt(p.length()));
                if (at > 0) {
                    p = p.substring(0, at) + " " + INSERTS[random.nextInt(INSERTS.length)] + p.substring(at);
                }
            }
            if (random.nextInt(5) == 0) {
                p = p.replace(" ", "\u00a0");
            }
            paras.add(p);
            if (random.nextInt(6) == 0) {
                paras.add(p); // pasted twice
            }
        }
        if (random.nextInt(4) == 0) {
            paras.add("(Reporting by Tomas Berg; Editing by Mara Holt)");
        }
        String sep = random.nextBoolean() ? "\n\n" : "\n";
        String text = String.join(sep, paras);
        if (random.nextInt(4) == 0) {
            text = text.replace("\n", "\r\n");
        }
        return new RawArticle(id, id + ".txt", text);
    }
}
