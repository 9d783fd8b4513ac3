package org.parallax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parallax.Parallax;
import org.parallax.ingest.ArticleReader;
import org.parallax.ingest.Batch;
import org.parallax.model.Article;
import org.parallax.model.Rejected;
import org.parallax.report.JsonReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code parallax bench-ingest}: prints the throughput of reading web pages (decoding, main-text and
 * metadata extraction) and cleaning them (header, chrome, credits, sentences) on real pages, with the
 * peak heap. Optionally writes the cleaned documents, so that extraction can be scored without
 * clustering.
 */
@Command(name = "bench-ingest", mixinStandardHelpOptions = true,
        description = {"Measure read + extract + clean throughput (pages/s) and peak heap on real web pages",
                "(JSON Lines of {\"id\", \"html\", \"url\"}, gzipped or not)."})
final class BenchIngestCommand implements Callable<Integer> {
    @Option(names = "--pages", defaultValue = "../shared/data/extraction-dev/pages.jsonl.gz",
            description = "Pages to read (default: ${DEFAULT-VALUE}).")
    Path pages;

    @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds after one warm-up (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--documents", paramLabel = "FILE",
            description = "Also write the cleaned documents as {\"documents\": [...]} (the report's document objects).")
    Path documents;

    @Override
    public Integer call() throws IOException {
        if (!Files.exists(pages)) {
            System.err.println("parallax: bench-ingest: no such file " + pages);
            return 1;
        }
        var clean = Parallax.clusterArticlePipeline();
        ArticleReader reader = new ArticleReader();
        System.out.printf("bench-ingest: %s, %d cores, max heap %d MB%n", pages,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        List<Double> rates = new ArrayList<>();
        long peak = 0;
        List<Article> last = List.of();
        for (int round = 0; round <= rounds; round++) {
            System.gc();
            resetPeaks();
            long t0 = System.nanoTime();
            Batch batch = reader.readPath(pages);
            long t1 = System.nanoTime();
            List<Rejected> rejected = new ArrayList<>(batch.rejected());
            List<Article> done = Parallax.prepare(clean, batch.articles(), rejected, n -> { });
            double seconds = (System.nanoTime() - t0) / 1e9;
            int read = batch.articles().size() + batch.rejected().size();
            if (round > 0) {
                rates.add(read / seconds);
                peak = Math.max(peak, peakHeap());
            }
            last = done;
            System.out.printf("%s %d: %d pages in %.2f s = %.0f pages/s (read + extract %.2f s, clean %.2f s), %d cleaned, %d rejected%n",
                    round == 0 ? "warm-up" : "round", round, read, seconds, read / seconds, (t1 - t0) / 1e9,
                    seconds - (t1 - t0) / 1e9, done.size(), rejected.size());
        }
        rates.sort(null);
        if (!rates.isEmpty()) {
            System.out.printf("read+extract+clean: median %.0f pages/s over %d rounds (min %.0f, max %.0f), peak heap %d MB%n",
                    rates.get(rates.size() / 2), rates.size(), rates.get(0), rates.get(rates.size() - 1), peak >> 20);
        }
        if (documents != null) {
            ObjectMapper json = new ObjectMapper();
            ObjectNode root = json.createObjectNode();
            ArrayNode docs = root.putArray("documents");
            last.forEach(a -> docs.add(JsonReport.document(a)));
            Files.writeString(documents, json.writeValueAsString(root));
            System.out.println("documents -> " + documents);
        }
        return 0;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
