package org.parallax;

import org.parallax.ingest.ArticleReader;
import org.parallax.model.Article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Development aid: the times stage alone, on one thread, over articles cleaned, split and tagged as the
 * article pipeline does (arguments: articles files). Prints ms/article of each round and the expressions
 * found; run with -Dparallax.time.cueReach=N to compare reaches.
 */
public final class TimeProbe {
    public static void main(String[] args) throws Exception {
        List<Article> articles = tagged(List.of(args));
        for (int round = 0; round < 6; round++) {
            var stage = new org.parallax.time.TimeStage(); // a new resolver: nothing remembered

            long t0 = System.nanoTime();
            int found = 0;
            for (Article a : articles) {
                found += stage.apply(a).result().orElseThrow().times().size();
            }
            System.out.printf("round %d: %.1f ms/article, %d expressions%n", round, (System.nanoTime() - t0) / 1e6 / articles.size(), found);
        }
    }

    /** The articles of these files cleaned, split and tagged as the article pipeline does, ready for the times stage. */
    static List<Article> tagged(List<String> files) throws java.io.IOException {
        var clean = Parallax.clusterArticlePipeline();
        var syntax = new org.parallax.text.SyntaxStage(false);
        List<Article> articles = new ArrayList<>();
        for (String file : files) {
            for (var raw : new ArticleReader().readPath(Path.of(file)).articles()) {
                clean.apply(raw).result().flatMap(a -> syntax.apply(a).result()).ifPresent(articles::add);
            }
        }
        return articles;
    }
}
