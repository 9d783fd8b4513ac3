package org.parallax.report;

import org.parallax.model.Report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes {@code report.json}, {@code report.html} and {@code report.md} into a folder. Each file is
 * written beside its final name and moved into place, so a reader never sees half a report.
 */
public final class ReportWriter {
    private ReportWriter() {
    }

    public static void writeAll(Report report, Path dir) throws IOException {
        Files.createDirectories(dir);
        write(dir.resolve("report.json"), JsonReport.write(report));
        write(dir.resolve("report.html"), HtmlReport.write(report));
        write(dir.resolve("report.md"), MarkdownReport.write(report));
    }

    /** Writes the fast path's {@code report.json} (see {@link JsonReport#writeClusters}). */
    public static void writeClusters(Report report, Path dir) throws IOException {
        Files.createDirectories(dir);
        write(dir.resolve("report.json"), JsonReport.writeClusters(report));
    }

    static void write(Path target, String content) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
