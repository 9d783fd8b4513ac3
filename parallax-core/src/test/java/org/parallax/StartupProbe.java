package org.parallax;

import org.parallax.ingest.ArticleReader;
import org.parallax.model.Article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Development aid: start-up. With no argument, each model's load on its own, one after another; with an
 * articles file, the standard start (models loading side by side), then when each model is ready and how
 * long the first article takes, as article and as story, in seconds since the JVM started.
 */
public final class StartupProbe {
    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            long t = System.nanoTime();
            new org.parallax.text.SyntaxStage();
            t = lap("syntax stage (tagger, NER)", t);
            org.parallax.internal.CoreNlp.dependencyParser();
            t = lap("parser", t);
            org.parallax.time.TimeResolver.loadModels();
            t = lap("sutime", t);
            org.parallax.internal.Embeddings.load();
            lap("embeddings", t);
            at("done");
            return;
        }
        var raw = new ArticleReader().readPath(Path.of(args[0])).articles().get(0);
        at("start");
        Parallax plain = Parallax.standard();
        org.parallax.pipeline.StageTimes articleTimes = new org.parallax.pipeline.StageTimes();
        org.parallax.pipeline.StageTimes storyTimes = new org.parallax.pipeline.StageTimes();
        Parallax p = new Parallax(plain.articlePipeline().timed(articleTimes), org.parallax.cluster.EventGrouper.tuned(),
                plain.storyPipeline().timed(storyTimes));
        at("pipelines built (tagger and NER loaded)");
        org.parallax.internal.CoreNlp.dependencyParser();
        at("parser ready");
        org.parallax.time.TimeResolver.loadModels();
        at("sutime ready");
        org.parallax.internal.Embeddings.load();
        at("embeddings ready");
        List<Article> prepared = p.prepare(List.of(raw), new ArrayList<>(), d -> { });
        at("first article prepared");
        p.analyzeStory("s", prepared, new ArrayList<>());
        at("first story analysed");
        System.out.println("  article stages, ms: " + articleTimes.millis());
        System.out.println("  story stages, ms: " + storyTimes.millis());
        prepared = p.prepare(List.of(raw), new ArrayList<>(), d -> { });
        at("the same article prepared again");
        p.analyzeStory("s", prepared, new ArrayList<>());
        at("its story again");
    }

    private static void at(String what) {
        System.out.printf("%5.1f s %s%n", java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1e3, what);
    }

    private static long lap(String what, long t0) {
        long now = System.nanoTime();
        System.out.printf("%s: %.2f s%n", what, (now - t0) / 1e9);
        return now;
    }
}
