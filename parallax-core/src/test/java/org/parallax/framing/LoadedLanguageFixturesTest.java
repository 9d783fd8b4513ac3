package org.parallax.framing;

import org.junit.jupiter.api.Test;
import org.parallax.TestData;
import org.parallax.model.Article;
import org.parallax.model.Framing;
import org.parallax.model.SourceText;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall of the loaded-language and unnamed-source detectors on fixtures written in
 * several outlets' styles (src/test/resources/framing). Prints the figures it asserts on.
 */
class LoadedLanguageFixturesTest {
    private static final Path DIR = Path.of("src/test/resources/framing");
    private static final List<String> FILES = List.of("wire-neutral.txt", "wire-neutral-2.txt", "partisan-us.txt",
            "tabloid-uk.txt", "south-asian-state.txt");

    @Test
    void findsLoadedTermsWithPrecisionAndRecallOnFixtures() {
        Map<String, List<String>> expected = expected("expected.tsv");
        int tp = 0;
        int fp = 0;
        int found = 0;
        int wanted = 0;
        for (String file : FILES) {
            Framing f = frame(file);
            List<String> want = expected.getOrDefault(file, List.of());
            List<String> got = f.loadedTerms().stream().map(Framing.LoadedTerm::text).toList();
            for (String g : got) {
                if (want.stream().anyMatch(w -> overlaps(w, g))) {
                    tp++;
                } else {
                    fp++;
                    System.out.println("framing fixture extra term in " + file + ": " + g);
                }
            }
            for (String w : want) {
                wanted++;
                if (got.stream().anyMatch(g -> overlaps(w, g))) {
                    found++;
                } else {
                    System.out.println("framing fixture missed term in " + file + ": " + w);
                }
            }
        }
        double precision = tp / (double) Math.max(1, tp + fp);
        double recall = found / (double) Math.max(1, wanted);
        System.out.printf(Locale.ROOT, "loaded terms on fixtures: precision %.3f (%d/%d), recall %.3f (%d/%d)%n",
                precision, tp, tp + fp, recall, found, wanted);
        assertThat(precision).isGreaterThanOrEqualTo(0.8);
        assertThat(recall).isGreaterThanOrEqualTo(0.7);
    }

    @Test
    void offsetsPointAtTheReportedText() {
        for (String file : FILES) {
            String original = TestData.read(DIR.resolve(file));
            Framing f = frame(file);
            f.loadedTerms().forEach(t -> assertThat(original.substring(t.start(), t.end())).isEqualTo(t.text()));
            f.anonymousSources().forEach(t -> assertThat(original.substring(t.start(), t.end())).isEqualTo(t.text()));
            f.namedSources().forEach(t -> assertThat(original.substring(t.start(), t.end())).isEqualTo(t.text()));
        }
    }

    @Test
    void neutralWireCopyComesOutClean() {
        assertThat(frame("wire-neutral.txt").loadedTerms()).isEmpty();
        assertThat(frame("wire-neutral-2.txt").loadedTerms()).isEmpty();
    }

    @Test
    void findsUnnamedSourcesOnFixtures() {
        Map<String, List<String>> expected = expected("anonymous.tsv");
        int found = 0;
        int wanted = 0;
        int tp = 0;
        int all = 0;
        for (String file : FILES) {
            List<String> got = frame(file).anonymousSources().stream().map(SourceText::text).toList();
            List<String> want = expected.getOrDefault(file, List.of());
            for (String w : want) {
                wanted++;
                found += got.stream().anyMatch(g -> overlaps(w, g)) ? 1 : 0;
            }
            for (String g : got) {
                all++;
                tp += want.stream().anyMatch(w -> overlaps(w, g)) ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "unnamed sources on fixtures: precision %.3f (%d/%d), recall %.3f (%d/%d)%n",
                tp / (double) Math.max(1, all), tp, all, found / (double) Math.max(1, wanted), found, wanted);
        assertThat(found / (double) wanted).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void wordsInsideQuotationMarksAreTheSpeakers() {
        Article a = Articles.of("q", "X", "The minister called the report \"baseless claims by a puppet regime\" on Monday.");
        assertThat(new FramingStage().frame(a, QuoteSpans.find(a.original()), List.of()).loadedTerms()).isEmpty();
    }

    @Test
    void mismatchedAndRunOnQuotesAreFound() {
        String text = "” The side kept deviating,” he said. “Instead it resorted to ruses.\nNext paragraph.";
        assertThat(QuoteSpans.find(text)).hasSize(2);
        assertThat(QuoteSpans.find(text).get(1).of(text)).startsWith("“Instead").endsWith("ruses.");
        assertThat(QuoteSpans.find("Both countries’ state media said it was ‘a disaster’ for trade."))
                .extracting(s -> s.length()).containsExactly("‘a disaster’".length());
    }

    @Test
    void garbageInGivesEmptyFramingAndNeverThrows() {
        String huge = "Zażółć 漢字 \"\"“ ‘ ’ ” regime ".repeat(5000) + "\u0000\uFFFF";
        String names = "Alpha Beta-Gamma Delta ".repeat(6000) + "said";
        for (String text : List.of("", " ", huge, names, "\"", "‘", "«»„“”")) {
            Article a = Articles.of("g", null, text);
            var story = org.parallax.model.Story.of("s", null, List.of(a));
            assertThat(new FramingStage().apply(story).result()).isPresent();
            assertThat(new CoverageStage().apply(story).result()).isPresent();
        }
    }

    private static Framing frame(String file) {
        // the article pipeline's tags and parses: unnamed sources are read from them
        Article a = org.parallax.quotes.Stories.article(file, TestData.read(DIR.resolve(file)));
        return new FramingStage().frame(a, QuoteSpans.find(a.original()), List.of());
    }

    private static boolean overlaps(String want, String got) {
        String w = want.toLowerCase(Locale.ROOT);
        String g = got.toLowerCase(Locale.ROOT);
        return w.contains(g) || g.contains(w);
    }

    private static Map<String, List<String>> expected(String name) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String line : TestData.read(DIR.resolve(name)).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            out.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[1]);
        }
        return out;
    }
}
