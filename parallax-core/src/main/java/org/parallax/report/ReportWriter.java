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
        writeExports(report, dir);
    }

    /**
     * Each story's claims, quotes, conflicts and timeline as CSV and JSON under {@code exports/}, named as
     * the report's export links name them ({@link StoryView.Place#report}).
     */
    static void writeExports(Report report, Path dir) throws IOException {
        if (report.stories().isEmpty()) {
            return;
        }
        Path exports = Files.createDirectories(dir.resolve("exports"));
        for (int i = 0; i < report.stories().size(); i++) {
            var story = report.stories().get(i);
            var node = JsonReport.story(story);
            String prefix = StoryView.Place.report(i + 1, story.id()).prefix();
            for (StoryExport.Kind kind : StoryExport.Kind.values()) {
                String base = StoryView.fileSafe(story.id()) + "-" + kind.file();
                write(exports.resolve(base + ".csv"), StoryExport.csv(node, kind, "report.html", prefix));
                write(exports.resolve(base + ".json"), StoryExport.json(node, kind, "report.html", prefix));
            }
        }
    }

    /** Writes the fast path's {@code report.json} (see {@link JsonReport#writeClusters}). */
    public static void writeClusters(Report report, Path dir) throws IOException {
        Files.createDirectories(dir);
        write(dir.resolve("report.json"), JsonReport.writeClusters(report));
    }

    /**
     * Writes a file atomically: the content goes to a new temporary file in the same folder, is forced to
     * disk, and is renamed over the target, so a reader (a browser refreshing, a script polling, a run
     * killed half way) sees the old file or the new one and never a part. The temporary file has a name of
     * its own, so two runs writing into one folder do not write into each other's, and it is removed when
     * anything fails.
     */
    static void write(Path target, String content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        boolean moved = false;
        try {
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(tmp,
                    java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
                java.nio.ByteBuffer bytes = StandardCharsets.UTF_8.encode(content);
                while (bytes.hasRemaining()) {
                    ch.write(bytes);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                // a file system without atomic rename (some network mounts): still never a half-written file
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
