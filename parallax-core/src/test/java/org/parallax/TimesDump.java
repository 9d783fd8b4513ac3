package org.parallax;

import org.parallax.model.Article;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Development aid: every time expression the times stage finds in the articles (after cleaning, splitting
 * and tagging as the article pipeline does), one line each, to compare two versions of the stage.
 * Arguments: output file, then articles files.
 */
public final class TimesDump {
    public static void main(String[] args) throws Exception {
        var times = new org.parallax.time.TimeStage();
        long t = 0;
        List<Article> articles = TimeProbe.tagged(List.of(args).subList(1, args.length));
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0])))) {
            for (Article a : articles) {
                long t0 = System.nanoTime();
                Article timed = times.apply(a).result().orElseThrow();
                t += System.nanoTime() - t0;
                for (var e : timed.times()) {
                    out.println(a.id() + "\t" + e.start() + "\t" + e.end() + "\t" + e.text().replace('\n', ' ') + "\t" + e.value() + "\t" + e.type());
                }
            }
        }
        System.out.printf("%d articles, times stage %.1f ms/article (first reading, one thread)%n", articles.size(),
                t / 1e6 / Math.max(1, articles.size()));
    }
}
