package org.parallax.cli;

import org.parallax.Parallax;
import org.parallax.ingest.Batch;
import org.parallax.model.Report;
import org.parallax.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.util.concurrent.Callable;

/** {@code parallax analyze PATH... --out DIR}: the whole analysis, written as JSON, HTML and Markdown. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse articles (files, folders, - for stdin, or URLs; text, HTML, JSON Lines, feeds, WARC) and write",
                "DIR/report.json, DIR/report.html and DIR/report.md.",
                "Exit code 0 when at least one article was analysed, 1 when none was."})
final class AnalyzeCommand implements Callable<Integer> {
    @Mixin
    BatchOptions options;

    @Option(names = "--open", description = "Open report.html in a browser when done.")
    boolean open;

    @Override
    public Integer call() throws IOException {
        Parallax parallax = options.parallax();
        Batch batch = options.read();
        Report report;
        try (Progress progress = new Progress("analyze", batch.articles().size(), options.quiet)) {
            report = parallax.analyze(batch, progress);
        }
        BatchOptions.printProblems(report);
        ReportWriter.writeAll(report, options.out);
        BatchOptions.printDone(report, options.out.resolve("report.html"));
        if (open) {
            Browser.open(options.out.resolve("report.html"));
        }
        return report.documents().isEmpty() ? 1 : 0;
    }
}
