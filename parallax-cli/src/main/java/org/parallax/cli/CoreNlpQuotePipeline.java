package org.parallax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CoreNLP's quote pipeline ({@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote}) on the texts of a
 * JSON file (an array of strings), on N threads, as {@code bench-analyze}'s baseline: run in a JVM of its
 * own, so that it is CoreNLP as its users run it, with none of the process-wide settings Parallax gives
 * CoreNLP ({@code edu.stanford.nlp.hashmap.impl}) and no heap or compiled code shared with the analysis.
 * The texts are annotated twice and the second pass is timed: CoreNLP at full speed, its code compiled,
 * as the analysis it is compared with (hundreds of articles) runs almost all of its time.
 * Prints one line: {@code load SECONDS first SECONDS run SECONDS}.
 *
 * <p>Two settings: the benchmark's (N threads, fine-grained NER off: the benches read coarse types only), and
 * CoreNLP's own defaults (one thread, fine-grained NER on), which is how its command line runs the same
 * annotators (the figure the speed goal was first set against: 2.34 s an article on two cores).
 */
public final class CoreNlpQuotePipeline {
    private CoreNlpQuotePipeline() {
    }

    /** The quote pipeline's settings: its annotators, fine-grained NER off (the benches read coarse types only). */
    static Properties properties() {
        Properties props = defaults();
        props.setProperty("ner.applyFineGrained", "false");
        return props;
    }

    /** The quote pipeline's annotators with CoreNLP's defaults for everything else, as its command line runs them. */
    static Properties defaults() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        return props;
    }

    /**
     * Seconds CoreNLP took in its own JVM: loading, the first pass (its code still compiling) and the second.
     */
    record Timing(double load, double first, double second) {
    }

    /**
     * Runs the pipeline on these texts in a child JVM (this JVM's {@code java}, classpath and maximum heap)
     * on {@code threads} threads; its log is kept aside and shown, its last lines, only when it fails.
     *
     * @throws IOException when the child cannot start or does not print its timing
     */
    static Timing time(List<String> texts, int threads) throws IOException, InterruptedException {
        return time(texts, threads, false);
    }

    /**
     * As {@link #time(List, int)}; with {@code defaults}, CoreNLP's default settings on one thread (the
     * texts one after another), whatever {@code threads} says: the child decides ({@link #main}).
     */
    static Timing time(List<String> texts, int threads, boolean defaults) throws IOException, InterruptedException {
        Path file = Files.createTempFile("parallax-corenlp-sample", ".json");
        Path log = Files.createTempFile("parallax-corenlp-log", ".txt");
        try {
            new ObjectMapper().writeValue(file.toFile(), texts);
            List<String> command = ChildJvm.command(Runtime.getRuntime().maxMemory() >> 20, CoreNlpQuotePipeline.class,
                    file.toString(), String.valueOf(threads), defaults ? "defaults" : "bench");
            Process child = new ProcessBuilder(command).redirectError(log.toFile()).start();
            String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            int exit = child.waitFor();
            Matcher m = Pattern.compile("load (\\S+) first (\\S+) run (\\S+)").matcher(out);
            if (exit != 0 || !m.find()) {
                // the log's last messages, without the stack frames under them ("Exception in ...", "Caused by: ...")
                List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1).stream()
                        .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0))).toList();
                String tail = String.join("\n  ", lines.subList(Math.max(0, lines.size() - 6), lines.size()));
                throw new IOException("CoreNLP's JVM failed (exit " + exit + "): " + out
                        + (tail.isBlank() ? "" : "\n  its log ends:\n  " + tail));
            }
            return new Timing(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(log);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3 || !List.of("bench", "defaults").contains(args[2])) {
            System.err.println("usage: CoreNlpQuotePipeline TEXTS.json THREADS bench|defaults");
            System.exit(2);
        }
        List<String> texts = List.of(new ObjectMapper().readValue(Path.of(args[0]).toFile(), String[].class));
        boolean defaults = args[2].equals("defaults");
        int threads = defaults ? 1 : Integer.parseInt(args[1]);
        long l0 = System.nanoTime();
        Properties props = defaults ? defaults() : properties();
        if (!defaults) {
            props.setProperty("threads", String.valueOf(threads));
        }
        StanfordCoreNLP corenlp = new StanfordCoreNLP(props);
        double load = (System.nanoTime() - l0) / 1e9;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long w0 = System.nanoTime();
            annotate(corenlp, texts, pool); // warm-up
            long c0 = System.nanoTime();
            annotate(corenlp, texts, pool);
            System.out.printf(java.util.Locale.ROOT, "load %.3f first %.3f run %.3f%n", load, (c0 - w0) / 1e9, (System.nanoTime() - c0) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void annotate(StanfordCoreNLP corenlp, List<String> texts, ExecutorService pool) throws Exception {
        List<Future<?>> futures = new ArrayList<>();
        for (String text : texts) {
            futures.add(pool.submit(() -> corenlp.annotate(new CoreDocument(text))));
        }
        for (Future<?> f : futures) {
            f.get();
        }
    }
}
