package org.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyzeCommandTest {
    private static Path examples() {
        Path p = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(p.resolve("examples"))) {
            p = p.getParent();
        }
        return p.resolve("examples/harbour-strike");
    }

    /** Runs the CLI, capturing standard error. */
    private static Run run(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new Run(code, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
        }
    }

    record Run(int code, String err) {
    }

    @Test
    void clusterWritesStoriesWithHeadlineAndProvenanceOnly(@TempDir Path out) throws Exception {
        Run r = run("cluster", examples().toString(), "--out", out.toString(), "--quiet");
        assertThat(r.code()).isZero();
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertThat(report.get("documents")).hasSize(5);
        assertThat(report.get("stories")).singleElement().satisfies(s -> {
            assertThat(s.fieldNames()).toIterable().containsExactly("id", "headline", "documents", "provenance", "warnings", "related");
            assertThat(s.get("warnings")).isEmpty();
            assertThat(s.get("provenance").fieldNames()).toIterable().contains("earliest", "copies");
        });
    }

    @Test
    void analyzesTheExampleStoryIntoThreeReports(@TempDir Path out) throws Exception {
        Run r = run("analyze", examples().toString(), "--out", out.toString(), "--quiet");
        assertThat(r.code()).isZero();
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertThat(report.get("stories")).hasSize(1);
        JsonNode story = report.get("stories").get(0);
        assertThat(story.get("documents")).hasSize(5);
        // the example's known answers: the head count and the length of the talks are disputed
        List<String> conflicts = new java.util.ArrayList<>();
        story.get("conflicts").forEach(c -> {
            List<String> sides = new java.util.ArrayList<>();
            c.get("positions").forEach(p -> sides.add(p.get("text").asText()));
            conflicts.add(c.get("topic").asText() + ": " + String.join(" / ", sides));
        });
        assertThat(conflicts).anySatisfy(c -> assertThat(c).contains("workers", "4,000", "1,500"))
                .anySatisfy(c -> assertThat(c).contains("talks", "three-day", "week-long"));
        assertThat(Files.readString(out.resolve("report.html"))).contains("<!DOCTYPE html>", "Dockworkers strike");
        assertThat(Files.readString(out.resolve("report.md"))).startsWith("# Parallax report");
    }

    @Test
    void badInputsAreListedAndTheRestOfTheBatchIsAnalysed(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("image.txt"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
        Files.writeString(in.resolve("good.txt"), "Bridge reopens\n\nThe city bridge reopened on Monday after two weeks of repairs, officials said.");
        Run r = run("analyze", in.toString(), "--out", tmp.resolve("out").toString(), "--quiet");
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("empty.txt: empty file").contains("image.txt: binary file").doesNotContain("Exception");
        JsonNode report = new ObjectMapper().readTree(tmp.resolve("out/report.json").toFile());
        assertThat(report.get("documents")).hasSize(1);
        assertThat(report.get("rejected")).hasSize(2);
    }

    @Test
    void exitsWithOneWhenNothingCouldBeAnalysed(@TempDir Path tmp) throws Exception {
        Files.write(tmp.resolve("empty.txt"), new byte[0]);
        Run r = run("analyze", tmp.resolve("empty.txt").toString(), "--out", tmp.resolve("out").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("empty.txt: empty file");
    }

    @Test
    void everyCommandHasHelp() {
        assertThat(run("analyze", "--help").code()).isZero();
        assertThat(run("bench", "--help").code()).isZero();
        assertThat(run("--help").code()).isZero();
    }
}
