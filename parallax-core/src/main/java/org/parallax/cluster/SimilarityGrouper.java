package org.parallax.cluster;

import org.parallax.model.Article;
import org.parallax.text.Normalizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A first, small grouper: articles whose TF-IDF word vectors have a cosine of at least {@code threshold}
 * join one story (connected components). Quadratic in the number of articles, so meant for the handful
 * of articles of one analysis, not for streams.
 */
public final class SimilarityGrouper implements StoryGrouper {
    private static final Set<String> STOP = Set.of("the", "and", "for", "that", "with", "from", "this", "was", "were",
            "are", "has", "have", "had", "not", "but", "his", "her", "its", "their", "they", "said", "says", "will",
            "would", "been", "which", "who", "after", "also", "into", "than", "over", "about", "more", "one", "two");
    private final double threshold;

    public SimilarityGrouper(double threshold) {
        if (threshold <= 0 || threshold >= 1) {
            throw new IllegalArgumentException("threshold must be in (0, 1): " + threshold);
        }
        this.threshold = threshold;
    }

    @Override
    public List<List<Article>> group(List<Article> articles) {
        int n = articles.size();
        List<Map<String, Double>> vectors = tfidf(articles);
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (cosine(vectors.get(i), vectors.get(j)) >= threshold) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<Article>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(articles.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static List<Map<String, Double>> tfidf(List<Article> articles) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (Article a : articles) {
            Map<String, Integer> c = new HashMap<>();
            for (String w : Normalizer.wordsOnly(a.text()).split(" ")) {
                if (w.length() >= 3 && !STOP.contains(w)) {
                    c.merge(w, 1, Integer::sum);
                }
            }
            c.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
            counts.add(c);
        }
        int n = articles.size();
        List<Map<String, Double>> out = new ArrayList<>();
        for (Map<String, Integer> c : counts) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (var e : c.entrySet()) {
                double w = (1 + Math.log(e.getValue())) * Math.log(1.0 + (double) n / df.get(e.getKey()));
                v.put(e.getKey(), w);
                norm += w * w;
            }
            double len = Math.sqrt(norm);
            v.replaceAll((k, w) -> len == 0 ? 0 : w / len);
            out.add(v);
        }
        return out;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (var e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }
}
