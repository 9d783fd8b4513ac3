package org.parallax.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: what the command line says about a batch. A file name may hold a newline or a terminal escape
 * sequence: each input still gets exactly one line, showing those characters instead of acting on them.
 */
class BatchMessagesTest {
    private static final String GOOD = "Bridge reopens\n\nThe city bridge reopened on Monday after two weeks of repairs,"
            + " officials said.";

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream err = System.err;
        PrintStream out = System.out;
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
    }

    @Test
    void fileNamesWithANewlineOrEscapeArePrintedEscapedOneLineEach(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("good.txt"), GOOD);
        Files.write(in.resolve("two\nlines.txt"), new byte[0]);
        Files.write(in.resolve("red\u001b[31malert.txt"), new byte[0]);
        Run r = run("cluster", in.toString(), "--out", tmp.resolve("out").toString(), "--quiet");
        assertThat(r.code()).isZero();
        assertThat(r.err()).doesNotContain("\u001b");
        assertThat(r.err().lines()).containsExactly(
                "parallax: " + in + "/red\\e[31malert.txt: empty file",
                "parallax: " + in + "/two\\nlines.txt: empty file");
        // the report keeps the real names: JSON escapes them its own way
        assertThat(Files.readString(tmp.resolve("out/report.json"))).contains("two\\nlines.txt", "red\\u001B[31malert.txt");
    }

    @Test
    void anOutputFolderWithAnEscapeInItsNameIsPrintedEscaped(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("good.txt"), GOOD);
        Path out = tmp.resolve("out\u001b]0;title\u0007");
        Run r = run("cluster", tmp.resolve("good.txt").toString(), "--out", out.toString(), "--quiet");
        assertThat(r.code()).isZero();
        assertThat(r.out()).doesNotContain("\u001b", "\u0007").contains("out\\e]0;title\\u0007/report.json");
    }

    @Test
    void theArticleTimeLimitMustBePositive(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("good.txt"), GOOD);
        Run r = run("cluster", tmp.resolve("good.txt").toString(), "--out", tmp.resolve("out").toString(),
                "--article-time-limit", "0");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--article-time-limit must be a positive number of seconds: 0");
        assertThat(run("analyze", "--help").out()).contains("--article-time-limit=SECONDS");
    }

    @Test
    void aStorysWarningGetsOneLineNamingTheStory() {
        org.parallax.model.Story story = org.parallax.model.Story.of("s4", "Bridge reopens", java.util.List.of())
                .withWarning("quotes", "13,000 quoted sentences,\nmore than the 12,000 the aligner compares");
        PrintStream err = System.err;
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            BatchOptions.printProblems(new org.parallax.model.Report(org.parallax.model.Report.GENERATOR, java.util.List.of(),
                    java.util.List.of(story), java.util.List.of()));
        } finally {
            System.setErr(err);
        }
        assertThat(e.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "parallax: warning: story s4: quotes: 13,000 quoted sentences,\\nmore than the 12,000 the aligner compares");
    }
}
