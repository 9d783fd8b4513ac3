package org.parallax;

/** Development aid: each model's load on its own, one after another, in seconds. */
public final class StartupProbe {
    public static void main(String[] args) {
        long t = System.nanoTime();
        new org.parallax.text.SyntaxStage();
        t = lap("syntax stage (tagger, NER)", t);
        org.parallax.internal.CoreNlp.dependencyParser();
        t = lap("parser", t);
        org.parallax.time.TimeResolver.loadModels();
        t = lap("sutime", t);
        org.parallax.internal.Embeddings.load();
        lap("embeddings", t);
        System.out.printf("JVM uptime %.1f s%n", java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
    }

    private static long lap(String what, long t0) {
        long now = System.nanoTime();
        System.out.printf("%s: %.2f s%n", what, (now - t0) / 1e9);
        return now;
    }
}
