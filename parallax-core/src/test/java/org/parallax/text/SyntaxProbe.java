package org.parallax.text;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.parallax.Parallax;
import org.parallax.ingest.ArticleReader;
import org.parallax.ingest.Batch;
import org.parallax.internal.CoreNlp;
import org.parallax.model.Article;
import org.parallax.model.Rejected;
import org.parallax.model.Sentence;
import org.parallax.model.Token;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Development tool, not a test: one thread's cost of each part of the syntax stage on an input's articles
 * (tagging with each NER model set, parsing), and how far each NER model set's labels agree with the
 * shipped one's. <pre>SyntaxProbe ARTICLES.jsonl [LIMIT]</pre>
 */
public final class SyntaxProbe {
    public static void main(String[] args) throws Exception {
        Batch batch = new ArticleReader().readPath(Path.of(args[0]));
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
        List<Article> articles = Parallax.prepare(Parallax.clusterArticlePipeline(),
                batch.articles().subList(0, Math.min(limit, batch.articles().size())), new ArrayList<Rejected>(), d -> { });
        String base = "edu/stanford/nlp/models/ner/";
        Map<String, String> sets = new java.util.LinkedHashMap<>();
        sets.put("shipped(3)", null);
        sets.put("3class+4class", base + "english.all.3class.distsim.crf.ser.gz," + base + "english.conll.4class.distsim.crf.ser.gz");
        sets.put("3class+muc", base + "english.all.3class.distsim.crf.ser.gz," + base + "english.muc.7class.distsim.crf.ser.gz");
        sets.put("muc+4class", base + "english.muc.7class.distsim.crf.ser.gz," + base + "english.conll.4class.distsim.crf.ser.gz");
        Map<String, List<List<CoreLabel>>> results = new java.util.LinkedHashMap<>();
        for (String pass : new String[] {"warm", "time"}) {
            for (String annotators : new String[] {"pos", "pos,lemma"}) {
                StanfordCoreNLP p = CoreNlp.pretokenized(annotators, Map.of());
                long t0 = System.nanoTime();
                for (Article a : articles) {
                    tag(p, a.sentences());
                }
                if (pass.equals("time")) {
                    System.out.printf("%-14s %.1f ms/article%n", annotators, (System.nanoTime() - t0) / 1e6 / articles.size());
                }
            }
            for (var e : sets.entrySet()) {
                Map<String, String> props = new HashMap<>(SyntaxStage.PROPERTIES);
                if (e.getValue() != null) {
                    props.put("ner.model", e.getValue());
                }
                StanfordCoreNLP p = CoreNlp.pretokenized(SyntaxStage.ANNOTATORS, props);
                List<List<CoreLabel>> all = new ArrayList<>();
                long t0 = System.nanoTime();
                for (Article a : articles) {
                    all.addAll(tag(p, a.sentences()));
                }
                if (pass.equals("time")) {
                    System.out.printf("%-14s %.1f ms/article%n", e.getKey(), (System.nanoTime() - t0) / 1e6 / articles.size());
                    results.put(e.getKey(), all);
                }
            }
            long t0 = System.nanoTime();
            int parsed = 0;
            int sentences = 0;
            StanfordCoreNLP p = CoreNlp.pretokenized(SyntaxStage.ANNOTATORS, SyntaxStage.PROPERTIES);
            long parseNs = 0;
            for (Article a : articles) {
                List<List<CoreLabel>> ls = tag(p, a.sentences());
                for (int i = 0; i < ls.size(); i++) {
                    sentences++;
                    List<Token> tokens = new ArrayList<>();
                    Sentence s = a.sentences().get(i);
                    for (int t = 0; t < ls.get(i).size(); t++) {
                        CoreLabel l = ls.get(i).get(t);
                        tokens.add(s.tokens().get(t).withTags(l.tag(), l.lemma(), l.ner()));
                    }
                    if (SyntaxStage.worthParsing(tokens)) {
                        long s0 = System.nanoTime();
                        CoreNlp.dependencyParser().predict(ls.get(i));
                        parseNs += System.nanoTime() - s0;
                        parsed++;
                    }
                }
            }
            if (pass.equals("time")) {
                System.out.printf("parse          %.1f ms/article (%d of %d sentences, %.2f ms each)%n",
                        parseNs / 1e6 / articles.size(), parsed, sentences, parseNs / 1e6 / parsed);
            }
        }
        List<List<CoreLabel>> ref = results.get("shipped(3)");
        for (var e : results.entrySet()) {
            Map<String, int[]> byLabel = new TreeMap<>();
            int same = 0;
            int n = 0;
            for (int s = 0; s < ref.size(); s++) {
                for (int t = 0; t < ref.get(s).size(); t++) {
                    String a = ref.get(s).get(t).ner();
                    String b = e.getValue().get(s).get(t).ner();
                    n++;
                    if (a.equals(b)) {
                        same++;
                    }
                    int[] c = byLabel.computeIfAbsent(a, k -> new int[2]);
                    c[0]++;
                    if (a.equals(b)) {
                        c[1]++;
                    }
                }
            }
            StringBuilder sb = new StringBuilder();
            byLabel.forEach((k, c) -> sb.append(String.format(" %s %d/%d", k, c[1], c[0])));
            System.out.printf("%-14s agree %.4f:%s%n", e.getKey(), same / (double) n, sb);
        }
    }

    private static List<List<CoreLabel>> tag(StanfordCoreNLP tagger, List<Sentence> sentences) {
        return SyntaxStage.tag(tagger, sentences);
    }
}
