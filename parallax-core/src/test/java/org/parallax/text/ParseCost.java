package org.parallax.text;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import org.parallax.Parallax;
import org.parallax.ingest.ArticleReader;
import org.parallax.internal.CoreNlp;
import org.parallax.model.Article;
import org.parallax.model.Rejected;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Development tool: one thread's cost of the parser's prediction and of reading its dependencies. */
public final class ParseCost {
    public static void main(String[] args) throws Exception {
        var batch = new ArticleReader().readPath(Path.of(args[0]));
        int limit = Integer.parseInt(args[1]);
        List<Article> articles = Parallax.prepare(Parallax.clusterArticlePipeline(),
                batch.articles().subList(0, Math.min(limit, batch.articles().size())), new ArrayList<Rejected>(), d -> { });
        StanfordCoreNLP p = CoreNlp.pretokenized(SyntaxStage.ANNOTATORS, SyntaxStage.PROPERTIES);
        List<List<CoreLabel>> sentences = new ArrayList<>();
        for (Article a : articles) {
            for (List<CoreLabel> ls : SyntaxStage.tag(p, a.sentences())) {
                if (ls.size() >= 3 && ls.size() <= SyntaxStage.MAX_PARSED_TOKENS) {
                    sentences.add(ls);
                }
            }
        }
        DependencyParser parser = CoreNlp.dependencyParser();
        NndepDecoder decoder = NndepDecoder.of(parser);
        System.out.println("decoder: " + (decoder != null));
        for (int round = 0; round < 3; round++) {
            long plain = 0;
            long fast = 0;
            int differ = 0;
            for (List<CoreLabel> s : sentences) {
                long t0 = System.nanoTime();
                org.parallax.model.Parse a = SyntaxStage.read(parser.predict(s), s);
                long t1 = System.nanoTime();
                org.parallax.model.Parse b = SyntaxStage.read(decoder.predict(s), s);
                long t2 = System.nanoTime();
                plain += t1 - t0;
                fast += t2 - t1;
                for (int k = 0; k < s.size(); k++) {
                    if (a.head(k) != b.head(k) || !a.relation(k).equals(b.relation(k))) {
                        differ++;
                        if (differ < 5) {
                            System.out.println("differ at " + k + ": " + a.head(k) + "/" + a.relation(k) + " vs " + b.head(k) + "/" + b.relation(k) + " in " + s);
                        }
                        break;
                    }
                }
            }
            System.out.printf("round %d: %d sentences: predict %.2f ms/sentence, decoder %.2f ms/sentence, %d sentences differ%n",
                    round, sentences.size(), plain / 1e6 / sentences.size(), fast / 1e6 / sentences.size(), differ);
        }
    }
}
