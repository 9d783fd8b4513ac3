package org.parallax;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.parallax.ingest.ArticleReader;
import org.parallax.model.Article;
import org.parallax.model.Sentence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Development aid: the tagging cost of the syntax stage by NER configuration, on one thread, over the
 * sentences of an articles file (cleaned and split as the article pipeline does). Prints ms/article for
 * each configuration after a warm-up round, and how many tokens' labels differ from the shipped one.
 */
public final class NerProbe {
    public static void main(String[] args) throws Exception {
        var raws = new ArticleReader().readPath(Path.of(args[0])).articles();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        var clean = Parallax.clusterArticlePipeline();
        List<Article> articles = new ArrayList<>();
        raws.forEach(r -> clean.apply(r).result().ifPresent(articles::add));
        String[][] configs = {
                {"pos,lemma", null},
                {"pos,lemma,ner", null},
                {"pos,lemma,ner", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz"},
                {"pos,lemma,ner", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz"},
                {"pos,lemma,ner", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz"},
                {"pos,lemma,ner", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz"},
                {"pos,lemma,ner", "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz"},
                {"pos,lemma,ner", null},
        };
        List<List<String>> shipped = null;
        String only = System.getProperty("only");
        int ci = -1;
        for (String[] c : configs) {
            ci++;
            if (only != null && Integer.parseInt(only) != ci) {
                continue;
            }
            Map<String, String> props = new HashMap<>(Map.of("ner.applyFineGrained", "false", "ner.useSUTime", "false",
                    "ner.applyNumericClassifiers", "false", "ner.buildEntityMentions", "false"));
            if (c[1] != null) {
                props.put("ner.model", c[1]);
            }
            long l0 = System.nanoTime();
            StanfordCoreNLP tagger = org.parallax.internal.CoreNlp.pretokenized(c[0], props);
            double load = (System.nanoTime() - l0) / 1e9;
            List<List<String>> labels = null;
            double ms = 0;
            for (int r = 0; r < rounds; r++) {
                labels = new ArrayList<>();
                long t0 = System.nanoTime();
                for (Article a : articles) {
                    for (List<CoreLabel> ls : org.parallax.text.SyntaxProbeAccess.tag(tagger, a.sentences())) {
                        List<String> ner = new ArrayList<>();
                        for (CoreLabel l : ls) {
                            ner.add(l.ner() + "/" + l.tag());
                        }
                        labels.add(ner);
                    }
                }
                ms = (System.nanoTime() - t0) / 1e6 / articles.size();
            }
            if (shipped == null && c[0].endsWith("ner")) {
                shipped = labels;
            }
            int diff = 0, total = 0;
            if (shipped != null) {
                for (int i = 0; i < labels.size(); i++) {
                    for (int j = 0; j < labels.get(i).size(); j++) {
                        total++;
                        if (!labels.get(i).get(j).equals(shipped.get(i).get(j))) {
                            diff++;
                        }
                    }
                }
            }
            System.out.printf("%-14s %-60s load %.1f s  %.1f ms/article  labels differing %d/%d%n", c[0],
                    c[1] == null ? "(default)" : c[1].replace("edu/stanford/nlp/models/ner/", ""), load, ms, diff, total);
        }
    }
}
