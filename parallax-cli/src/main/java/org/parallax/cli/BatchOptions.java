package org.parallax.cli;

import org.parallax.Parallax;
import org.parallax.ingest.ArticleReader;
import org.parallax.ingest.Batch;
import org.parallax.ingest.UrlFetcher;
import org.parallax.model.Rejected;
import org.parallax.model.Report;
import org.parallax.report.Printable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** What every command that reads a batch of articles and writes a report takes, and how it reads them. */
final class BatchOptions {
    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec mixee;

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

    @Option(names = "--article-time-limit", paramLabel = "SECONDS", defaultValue = "120",
            description = {"Longest analysis of one article (default: ${DEFAULT-VALUE} s); one that takes longer is skipped",
                    "with a line naming it and the batch goes on. Its worker cannot be stopped and runs on unseen",
                    "until the command ends."})
    long articleTimeLimit;

    Batch read() {
        return new ArticleReader(maxSize, UrlFetcher.standard(maxSize, allowPrivate)).read(paths, System.in);
    }

    /** The standard analysis with this command's time limit on each article. */
    Parallax parallax() {
        if (articleTimeLimit <= 0) {
            throw new picocli.CommandLine.ParameterException(mixee.commandLine(),
                    "--article-time-limit must be a positive number of seconds: " + articleTimeLimit);
        }
        return Parallax.standard().withArticleTimeLimit(Duration.ofSeconds(articleTimeLimit));
    }

    /**
     * One line on standard error for each input that could not be used and each warning (of an article or
     * of a story). Names and problems come from the input (a file may be called anything), so each line is
     * printed with its control characters shown, never acted on: one input, one line.
     */
    static void printProblems(Report report) {
        for (Rejected r : report.rejected()) {
            System.err.println(Printable.of("parallax: " + r.source() + ": " + r.problem()));
        }
        report.documents().forEach(d -> d.warnings().forEach(w ->
                System.err.println(Printable.of("parallax: warning: " + d.source() + ": " + w))));
        report.stories().forEach(s -> s.warnings().forEach(w ->
                System.err.println(Printable.of("parallax: warning: story " + s.id() + ": " + w))));
    }

    /** The closing line: how many articles, stories and rejected inputs, and where the report is. */
    static void printDone(Report report, Path file) {
        System.out.println(Printable.of(String.format("%d articles, %d stories, %d rejected -> %s", report.documents().size(),
                report.stories().size(), report.rejected().size(), file)));
    }
}
