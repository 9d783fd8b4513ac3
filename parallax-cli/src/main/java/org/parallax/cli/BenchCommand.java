package org.parallax.cli;

import org.parallax.Parallax;
import org.parallax.ingest.ArticleReader;
import org.parallax.ingest.Batch;
import org.parallax.model.Article;
import org.parallax.model.RawArticle;
import org.parallax.model.Rejected;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code parallax bench}: prints the throughput of reading, cleaning and sentence splitting on
 * generated articles of a given size (paragraphs of a corpus, shuffled with a fixed seed).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure read+clean+split throughput (articles/s) on generated articles.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "4000", description = "Articles per round (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--size", defaultValue = "5000", description = "Characters per article (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--rounds", defaultValue = "8", description = "Measured rounds after one warm-up (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--corpus", defaultValue = "examples", description = "Folder of articles to draw paragraphs from (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Override
    public Integer call() throws IOException {
        List<String> paragraphs = paragraphs(corpus);
        if (paragraphs.isEmpty()) {
            System.err.println("parallax: bench: no paragraphs found under " + corpus);
            return 1;
        }
        Path dir = Files.createTempDirectory("parallax-bench");
        try {
            generate(paragraphs, dir);
            // read + clean + split only: the deeper article stages (times, mentions) have their own benchmarks
            var cleanAndSplit = Parallax.clusterArticlePipeline();
            ArticleReader reader = new ArticleReader();
            System.out.printf("bench: %d articles of ~%d chars, %d cores%n", articles, size,
                    Runtime.getRuntime().availableProcessors());
            List<Double> rates = new ArrayList<>();
            for (int round = 0; round <= rounds; round++) {
                long t0 = System.nanoTime();
                Batch batch = reader.readPath(dir);
                long t1 = System.nanoTime();
                List<Rejected> rejected = new ArrayList<>();
                List<Article> done = Parallax.prepare(cleanAndSplit, batch.articles(), rejected, n -> { });
                double seconds = (System.nanoTime() - t0) / 1e9;
                double reading = (t1 - t0) / 1e9;
                if (round > 0) {
                    rates.add(done.size() / seconds);
                }
                long chars = batch.articles().stream().mapToLong(a -> a.original().length()).sum();
                System.out.printf("%s %d: %d articles in %.2f s = %.0f articles/s (%.1f MB/s; reading %.2f s), %d sentences, %d rejected%n",
                        round == 0 ? "warm-up" : "round", round, done.size(), seconds, done.size() / seconds,
                        chars / seconds / 1e6, reading, done.stream().mapToInt(a -> a.sentences().size()).sum(), rejected.size());
            }
            rates.sort(null);
            if (!rates.isEmpty()) {
                System.out.printf("read+clean+split: median %.0f articles/s over %d rounds (min %.0f, max %.0f)%n",
                        rates.get(rates.size() / 2), rates.size(), rates.get(0), rates.get(rates.size() - 1));
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }

    private void generate(List<String> paragraphs, Path dir) throws IOException {
        Random random = new Random(42);
        for (int i = 0; i < articles; i++) {
            StringBuilder text = new StringBuilder("Generated headline number " + i + "\n\n");
            while (text.length() < size) {
                text.append(paragraphs.get(random.nextInt(paragraphs.size()))).append("\n\n");
            }
            Files.writeString(dir.resolve(String.format("a%06d.txt", i)), text);
        }
    }

    static List<String> paragraphs(Path corpus) {
        Batch batch = new ArticleReader().readPath(corpus);
        List<String> out = new ArrayList<>();
        for (RawArticle a : batch.articles()) {
            for (String p : a.original().split("\n")) {
                if (p.strip().length() > 80) {
                    out.add(p.strip());
                }
            }
        }
        return out;
    }
}
