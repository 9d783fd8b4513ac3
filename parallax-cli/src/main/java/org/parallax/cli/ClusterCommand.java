package org.parallax.cli;

import org.parallax.Parallax;
import org.parallax.ingest.Batch;
import org.parallax.model.Report;
import org.parallax.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.util.concurrent.Callable;

/**
 * {@code parallax cluster PATH... --out DIR}: the fast path. Reads, cleans and groups articles into
 * stories, finds copies, and writes the stories (members, headline, provenance) without the deep
 * per-story analysis.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = {"Group articles (files, folders, - for stdin, or URLs; text, HTML, JSON Lines, feeds, WARC) into stories and",
                "find copies, without the per-story analysis; writes DIR/report.json.",
                "Exit code 0 when at least one article was read, 1 when none was."})
final class ClusterCommand implements Callable<Integer> {
    @Mixin
    BatchOptions options;

    @Override
    public Integer call() throws IOException {
        Parallax parallax = options.parallax();
        Batch batch = options.read();
        Report report;
        try (Progress progress = new Progress("cluster", batch.articles().size(), options.quiet)) {
            report = parallax.cluster(batch, progress);
        }
        BatchOptions.printProblems(report);
        ReportWriter.writeClusters(report, options.out);
        BatchOptions.printDone(report, options.out.resolve("report.json"));
        return report.documents().isEmpty() ? 1 : 0;
    }
}
