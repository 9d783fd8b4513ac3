package org.parallax.cluster;

import org.parallax.model.Article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups the articles of one analysis into stories by average-link agglomerative clustering over a
 * similarity that mixes three TF-IDF views of each text: its content words, its proper names
 * (capitalised words not opening a sentence) and the years it mentions. Look-alike events share
 * vocabulary but not names or years, so the two extra views keep them apart. Clustering stops when
 * the best pair of groups is less similar than {@code threshold}; there is no fixed number of stories.
 *
 * <p>Quadratic in time and memory: meant for the hundreds of articles of one analysis. Tuned on the
 * ECB+ dev topics only (B-cubed F1 0.89 there). Thread-safe.
 */
public final class SimilarityGrouper implements StoryGrouper {
    private static final Set<String> STOP = Set.of(("a an the and or but if of to in on at by for with from as is are "
            + "was were be been being has have had do does did not no this that these those it its he she they them his "
            + "her their we our you your who whom which what when where why how than then there here also after before "
            + "over under about into out up down off more most other some such only own same so too very can will would "
            + "should could may might must said says say told tell one two three new year years time first last week day "
            + "days people according percent just like get got make made monday tuesday wednesday thursday friday "
            + "saturday sunday january february march april june july august september october november december")
            .split(" "));
    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}'’-]*|\\d{4}");
    private static final Pattern SENTENCE_OPENING = Pattern.compile("(?:^|[.!?\\n\"“]\\s*)$");
    private static final double NAME_WEIGHT = 0.5;
    private static final double YEAR_WEIGHT = 0.3;

    private final double threshold;

    public SimilarityGrouper(double threshold) {
        if (threshold <= 0 || threshold >= 1) {
            throw new IllegalArgumentException("threshold must be in (0, 1): " + threshold);
        }
        this.threshold = threshold;
    }

    /** The grouper with the threshold tuned on the ECB+ dev topics. */
    public static SimilarityGrouper tuned() {
        return new SimilarityGrouper(0.18);
    }

    @Override
    public List<List<Article>> group(List<Article> articles) {
        int n = articles.size();
        List<Map<String, Integer>> words = new ArrayList<>();
        List<Map<String, Integer>> names = new ArrayList<>();
        List<Map<String, Integer>> years = new ArrayList<>();
        for (Article a : articles) {
            Map<String, Integer> w = new HashMap<>();
            Map<String, Integer> nm = new HashMap<>();
            Map<String, Integer> y = new HashMap<>();
            count(a.text(), w, nm, y);
            words.add(w);
            names.add(nm);
            years.add(y);
        }
        double[][] sim = new double[n][n];
        add(sim, tfidf(words), 1.0);
        add(sim, tfidf(names), NAME_WEIGHT);
        add(sim, tfidf(years), YEAR_WEIGHT);
        double total = 1.0 + NAME_WEIGHT + YEAR_WEIGHT;
        for (double[] row : sim) {
            for (int j = 0; j < n; j++) {
                row[j] /= total;
            }
        }
        return averageLink(articles, sim);
    }

    private List<List<Article>> averageLink(List<Article> articles, double[][] sim) {
        int n = articles.size();
        int[] size = new int[n];
        boolean[] alive = new boolean[n];
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            size[i] = 1;
            alive[i] = true;
            members.add(new ArrayList<>(List.of(i)));
        }
        while (true) {
            int bi = -1;
            int bj = -1;
            double best = threshold;
            for (int i = 0; i < n; i++) {
                if (!alive[i]) {
                    continue;
                }
                for (int j = i + 1; j < n; j++) {
                    if (alive[j] && sim[i][j] >= best) {
                        best = sim[i][j];
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                break;
            }
            // the merged group's similarity to every other group is the size-weighted mean
            for (int k = 0; k < n; k++) {
                double s = (sim[bi][k] * size[bi] + sim[bj][k] * size[bj]) / (size[bi] + size[bj]);
                sim[bi][k] = s;
                sim[k][bi] = s;
            }
            size[bi] += size[bj];
            alive[bj] = false;
            members.get(bi).addAll(members.get(bj));
        }
        Map<Integer, List<Article>> groups = new LinkedHashMap<>();
        int[] groupOf = new int[n];
        for (int i = 0; i < n; i++) {
            if (alive[i]) {
                for (int m : members.get(i)) {
                    groupOf[m] = i;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(groupOf[i], k -> new ArrayList<>()).add(articles.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    private static void count(String text, Map<String, Integer> words, Map<String, Integer> names,
                              Map<String, Integer> years) {
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String token = m.group();
            if (Character.isDigit(token.charAt(0))) {
                int year = Integer.parseInt(token);
                if (year > 1900 && year < 2100) {
                    years.merge(token, 1, Integer::sum);
                }
                continue;
            }
            String lower = token.toLowerCase(Locale.ROOT).replace('’', '\'');
            if (lower.length() < 3 || STOP.contains(lower)) {
                continue;
            }
            words.merge(lower, 1, Integer::sum);
            boolean opening = SENTENCE_OPENING.matcher(text.substring(Math.max(0, m.start() - 3), m.start())).find();
            if (Character.isUpperCase(token.charAt(0)) && !opening) {
                names.merge(lower, 1, Integer::sum);
            }
        }
    }

    /** Sublinear TF times smoothed IDF, each vector L2-normalised. */
    private static List<Map<String, Double>> tfidf(List<Map<String, Integer>> counts) {
        Map<String, Integer> df = new HashMap<>();
        counts.forEach(c -> c.keySet().forEach(w -> df.merge(w, 1, Integer::sum)));
        int n = counts.size();
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

    private static void add(double[][] sim, List<Map<String, Double>> vectors, double weight) {
        int n = vectors.size();
        for (int i = 0; i < n; i++) {
            sim[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                double s = weight * cosine(vectors.get(i), vectors.get(j));
                sim[i][j] += s;
                sim[j][i] += s;
            }
        }
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
