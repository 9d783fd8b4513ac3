package org.parallax;

import org.parallax.ingest.ArticleReader;
import org.parallax.model.Article;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Development aid: every time expression the times stage finds in the articles (after cleaning, splitting
 * and tagging as the article pipeline does), one line each, to compare two versions of the stage.
 * Arguments: output file, then articles files.
 */
public final class TimesDump {
    public static void main(String[] args) throws Exception {
        var clean = Parallax.clusterArticlePipeline();
        var syntax = new org.parallax.text.SyntaxStage(false);
        var times = new org.parallax.time.TimeStage();
        long t = 0;
        int n = 0;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0])))) {
            for (int i = 1; i < args.length; i++) {
                for (var raw : new ArticleReader().readPath(Path.of(args[i])).articles()) {
                    Article a = clean.apply(raw).result().flatMap(x -> syntax.apply(x).result()).orElse(null);
                    if (a == null) {
                        continue;
                    }
                    long t0 = System.nanoTime();
                    Article timed = times.apply(a).result().orElseThrow();
                    t += System.nanoTime() - t0;
                    n++;
                    for (var e : timed.times()) {
                        out.println(a.id() + "\t" + e.start() + "\t" + e.end() + "\t" + e.text().replace('\n', ' ') + "\t" + e.value() + "\t" + e.type());
                    }
                }
            }
        }
        System.out.printf("%d articles, times stage %.1f ms/article (first reading, one thread)%n", n, t / 1e6 / n);
    }
}
