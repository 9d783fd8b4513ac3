package org.parallax.cli;

import org.parallax.ingest.ArticleReader;
import org.parallax.ingest.Batch;
import org.parallax.ingest.UrlFetcher;
import org.parallax.model.Rejected;
import org.parallax.model.Report;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

/** What every command that reads a batch of articles and writes a report takes, and how it reads them. */
final class BatchOptions {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = {"Files, folders (read recursively), - for standard input,",
            "or http(s):// URLs. Text, HTML, JSON Lines, RSS/Atom, JSON Feed, WARC or a .urls list; any may be .gz."})
    List<String> paths;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "parallax-report",
            description = "Folder for the reports (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "" + ArticleReader.DEFAULT_MAX_BYTES,
            description = "Largest article to read: a text or HTML file, a JSON line, an archived or fetched page (default: ${DEFAULT-VALUE}).")
    long maxSize;

    @Option(names = "--allow-private-addresses",
            description = "Fetch URLs on loopback, private and link-local addresses too (refused by default, after redirects as well).")
    boolean allowPrivate;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    Batch read() {
        return new ArticleReader(maxSize, UrlFetcher.standard(maxSize, allowPrivate)).read(paths, System.in);
    }

    /** One line on standard error for each input that could not be used and each warning. */
    static void printProblems(Report report) {
        for (Rejected r : report.rejected()) {
            System.err.println("parallax: " + r.source() + ": " + r.problem());
        }
        report.documents().forEach(d -> d.warnings().forEach(w -> System.err.println("parallax: warning: " + d.source() + ": " + w)));
    }

    /** The closing line: how many articles, stories and rejected inputs, and where the report is. */
    static void printDone(Report report, Path file) {
        System.out.printf("%d articles, %d stories, %d rejected -> %s%n", report.documents().size(),
                report.stories().size(), report.rejected().size(), file);
    }
}
