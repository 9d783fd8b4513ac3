package org.parallax.cli;

import org.parallax.Parallax;
import org.parallax.ingest.ArticleReader;
import org.parallax.ingest.Batch;
import org.parallax.model.Rejected;
import org.parallax.model.Report;
import org.parallax.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code parallax cluster PATH... --out DIR}: the fast path. Reads, cleans and groups articles into
 * stories, finds copies, and writes the stories (members, headline, provenance) without the deep
 * per-story analysis.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = {"Group articles (text, HTML or JSON Lines files, folders, or - for stdin) into stories and",
                "find copies, without the per-story analysis; writes DIR/report.json.",
                "Exit code 0 when at least one article was read, 1 when none was."})
final class ClusterCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders (read recursively) or - for standard input.")
    List<String> paths;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "parallax-report",
            description = "Folder for the reports (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "" + ArticleReader.DEFAULT_MAX_BYTES,
            description = "Largest input file to read (default: ${DEFAULT-VALUE}).")
    long maxSize;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        Batch batch = new ArticleReader(maxSize).read(paths, System.in);
        Report report;
        try (Progress progress = new Progress("cluster", batch.articles().size(), quiet)) {
            report = Parallax.standard().cluster(batch, progress);
        }
        for (Rejected r : report.rejected()) {
            System.err.println("parallax: " + r.source() + ": " + r.problem());
        }
        ReportWriter.writeClusters(report, out);
        System.out.printf("%d articles, %d stories, %d rejected -> %s%n", report.documents().size(),
                report.stories().size(), report.rejected().size(), out.resolve("report.json"));
        return report.documents().isEmpty() ? 1 : 0;
    }
}
