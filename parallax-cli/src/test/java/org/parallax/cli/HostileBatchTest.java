package org.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18's reproductions through the command line: inputs inside every limit that once held {@code analyze}
 * for minutes, took gigabytes or ended the batch with no report. Each is analysed (in part, with a warning
 * naming it) and the batch ends with a report. How long they take is printed by the command, not tested here:
 * the times and heaps measured on them are in README's Robustness section.
 */
class HostileBatchTest {
    private static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(p.resolve("examples"))) {
            p = p.getParent();
        }
        return p;
    }

    private record Run(int code, String err) {
    }

    private static Run run(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            return new Run(Main.run(args), captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
        }
    }

    /** The example story's paragraphs, numbered and repeated until the text is {@code chars} long. */
    private static void longArticle(Path file, int chars) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        for (String name : List.of("02-coastline.txt", "03-nws.txt", "04-harbour-voice.txt")) {
            for (String p : Files.readString(root().resolve("examples/harbour-strike").resolve(name)).split("\n\n")) {
                if (p.strip().length() > 40) {
                    paragraphs.add(p.strip());
                }
            }
        }
        try (Writer w = Files.newBufferedWriter(file)) {
            long written = 0;
            for (int i = 0; written < chars; i++) {
                String p = "Part " + i + ". " + paragraphs.get(i % paragraphs.size()) + "\n\n";
                w.write(p);
                written += p.length();
            }
        }
    }

    @Test
    void articlesOf2And15MegabytesAPage100000DeepAndAPageOfAMillionParagraphsAreAnalysedInPart(@TempDir Path tmp)
            throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        longArticle(in.resolve("two-megabytes.txt"), 2_000_000);
        longArticle(in.resolve("fifteen-megabytes.txt"), 15_000_000);
        String paragraph = "The harbour board met on Monday to discuss the new berth, and members said the vote would"
                + " be held next week after a second reading of the plans.";
        Files.writeString(in.resolve("deep.html"), "<html><head><title>Deep</title></head><body>" + "<div>".repeat(100_000)
                + "<p>" + paragraph + "</p>" + "</div>".repeat(100_000) + "</body></html>");
        try (Writer w = Files.newBufferedWriter(in.resolve("million.html"))) {
            w.write("<html><head><title>Many</title></head><body><article>");
            for (int i = 0; i < 1_000_000; i++) {
                w.write("<p>Line " + i + ".</p>");
            }
            w.write("</article></body></html>");
        }
        // a generous time limit: this test is about finishing at all, on however slow a machine
        Run r = run("analyze", in.toString(), "--out", tmp.resolve("out").toString(), "--quiet",
                "--article-time-limit", "1200");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err().lines()).as(r.err())
                .anySatisfy(l -> assertThat(l).contains("deep.html: HTML nested deeper than 256 levels"))
                .anySatisfy(l -> assertThat(l).contains("million.html: HTML page of 1,000,006 elements"))
                .anySatisfy(l -> assertThat(l).contains("million.html: analysed in part", "of 1,000,000 paragraphs"))
                .anySatisfy(l -> assertThat(l).contains("two-megabytes.txt: analysed in part: the first 100,000 of"))
                .anySatisfy(l -> assertThat(l).contains("fifteen-megabytes.txt: analysed in part: the first 100,000 of"))
                .noneSatisfy(l -> assertThat(l).containsAnyOf("Exception", "time limit"));
        JsonNode report = new ObjectMapper().readTree(tmp.resolve("out/report.json").toFile());
        assertThat(report.get("documents")).extracting(d -> d.get("id").asText())
                .containsExactlyInAnyOrder("two-megabytes", "fifteen-megabytes", "deep", "million");
        assertThat(report.get("rejected")).isEmpty();
        assertThat(Files.readString(tmp.resolve("out/report.md"))).contains("harbour board");
    }

    @Test
    void aPageThatMakesReadabilityThrowAmongGoodPagesGetsOneLineAndEveryCommandReportsTheRest(@TempDir Path tmp)
            throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String name : List.of("01-courier.html", "02-coastline.txt", "03-nws.txt", "04-harbour-voice.txt")) {
            Files.copy(root().resolve("examples/harbour-strike").resolve(name), in.resolve(name));
        }
        Files.copy(root().resolve("parallax-core/src/test/resources/articles/hostile/readability-throws.html"),
                in.resolve("06-throws.html"));
        for (String command : List.of("cluster", "analyze")) {
            Path out = tmp.resolve("out-" + command);
            Run r = run(command, in.toString(), "--out", out.toString(), "--quiet");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.err().lines()).as(r.err()).singleElement().asString()
                    .startsWith("parallax: warning: " + in.resolve("06-throws.html") + ": readability4j failed on this page")
                    .contains("IllegalStateException", "the page's whole text is read");
            JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
            assertThat(report.get("documents")).extracting(d -> d.get("id").asText())
                    .contains("01-courier", "02-coastline", "03-nws", "04-harbour-voice");
            assertThat(report.get("stories")).anySatisfy(s -> assertThat(s.get("documents")).hasSizeGreaterThanOrEqualTo(4));
        }
    }
}
