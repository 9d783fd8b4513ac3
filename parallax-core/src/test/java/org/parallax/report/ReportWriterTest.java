package org.parallax.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Rejected;
import org.parallax.model.Report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 18: report files are written atomically (a temporary file, then a rename) and leave nothing behind. */
class ReportWriterTest {
    private static Report report(String problem) {
        return new Report(Report.GENERATOR, List.of(), List.of(), List.of(new Rejected("in/a.txt", problem)));
    }

    @Test
    void aSecondRunReplacesEachFileWholeAndLeavesNoTemporaryFiles(@TempDir Path dir) throws Exception {
        ReportWriter.writeAll(report("empty file"), dir);
        ReportWriter.writeAll(report("binary file (contains NUL bytes), not text"), dir);
        assertThat(names(dir)).containsExactly("report.html", "report.json", "report.md");
        assertThat(Files.readString(dir.resolve("report.json"))).contains("binary file").doesNotContain("empty file");
        assertThat(Files.readString(dir.resolve("report.md"))).contains("binary file").doesNotContain("empty file");
    }

    @Test
    void aFailedWriteKeepsTheOldFileAndRemovesItsTemporaryFile(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("report.json/in-the-way"));
        assertThatThrownBy(() -> ReportWriter.writeAll(report("empty file"), dir)).isInstanceOf(IOException.class);
        assertThat(names(dir)).containsExactly("report.json");
        assertThat(dir.resolve("report.json/in-the-way")).isDirectory();
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
