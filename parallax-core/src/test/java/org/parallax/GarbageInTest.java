package org.parallax;

import org.junit.jupiter.api.Test;
import org.parallax.ingest.Batch;
import org.parallax.model.RawArticle;
import org.parallax.model.Report;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every stage, article and story, on garbage: runs without spaces, dotted runs, random characters of
 * several scripts, a wall of quote marks, a wall of numbers. The batch always ends with a report that
 * holds the good article, and no input ends it (issue 18).
 */
class GarbageInTest {
    @Test
    void garbageNeverStopsTheBatch() {
        Random random = new Random(18);
        List<RawArticle> raws = new ArrayList<>();
        raws.add(new RawArticle("good", "good.txt", "Dockworkers at the port of Lindmark went on strike on Monday."
                + " \"We will not move a crane until we are paid,\" said union leader Mara Holt."));
        raws.add(new RawArticle("run", "run.txt", "x".repeat(150_000)));
        raws.add(new RawArticle("dots", "dots.txt", "a.".repeat(40_000)));
        raws.add(new RawArticle("quotes", "quotes.txt", "\u201c\"'\u2018 said \u201d".repeat(5_000)));
        raws.add(new RawArticle("numbers", "numbers.txt", "more than 12,000 people killed in 1,400 clashes, ".repeat(1_000)));
        StringBuilder mixed = new StringBuilder();
        String alphabet = "abc XYZ \u0627\u0644\u0639\u0631\u0628\u064a\u0629 \u65e5\u672c\u8a9e \u0420\u0443\u0441 \u00e9\u00df .,;:\"'()\n-\u2014\u00a0\t0123456789";
        for (int i = 0; i < 30_000; i++) {
            mixed.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        raws.add(new RawArticle("mixed", "mixed.txt", mixed.toString()));
        Report report = Parallax.standard().analyze(new Batch(raws, List.of()));
        assertThat(report.documents()).extracting(d -> d.id()).contains("good");
        assertThat(report.documents().size() + report.rejected().size()).isGreaterThanOrEqualTo(raws.size());
        report.rejected().forEach(r -> assertThat(r.problem()).isNotBlank());
    }
}
