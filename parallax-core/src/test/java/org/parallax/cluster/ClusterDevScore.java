package org.parallax.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parallax.Parallax;
import org.parallax.ingest.ArticleReader;
import org.parallax.ingest.Batch;
import org.parallax.model.Article;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Dev tool, not a test: clusters a labelled corpus with the tuned settings and prints B-cubed P/R/F1
 * and, per gold topic (label without its {@code plus} suffix), how its events fell into stories, so the
 * loss can be told apart into splits (recall) and merges (precision).
 *
 * <p>{@code java -cp ... org.parallax.cluster.ClusterDevScore ARTICLES.jsonl GOLD.json [--per-event=K,...] [OVERRIDES...]}:
 * each OVERRIDES ({@code splitMinSimilarity=0.3,splitMinSide=5}) is one more run with those settings changed.
 * Instead of GOLD.json, {@code --generated=N} scores the benchmark's N generated articles (made from ARTICLES)
 * against the events they were generated as. With {@code --per-event}, each run is also scored on the corpus cut down to K articles per gold event (five
 * random draws, averaged; 0 = all, -1 = a random number per event): events of a few articles each must stay
 * apart as well as large ones.
 */
public final class ClusterDevScore {
    private static final int DRAWS = 5;

    private ClusterDevScore() {
    }

    public static void main(String[] args) throws IOException {
        Batch batch = new ArticleReader().readPath(Path.of(args[0]));
        List<Article> articles;
        Map<String, String> gold = new HashMap<>();
        if (args[1].startsWith("--generated=")) {
            // the benchmark's generated corpus, scored against the events it was generated as (g12-3: event 12)
            articles = new SyntheticCorpus(batch.articles().stream().map(org.parallax.model.RawArticle::original).toList())
                    .generate(Integer.parseInt(args[1].substring("--generated=".length())), 42);
            articles.forEach(a -> gold.put(a.id(), a.id().substring(0, a.id().indexOf('-'))));
        } else {
            // input order, as the cluster command groups them
            Map<String, Integer> order = new HashMap<>();
            batch.articles().forEach(r -> order.put(r.id(), order.size()));
            articles = new ArrayList<>(Parallax.standard().cluster(batch, n -> { }).documents());
            articles.sort(java.util.Comparator.comparing(a -> order.get(a.id())));
            JsonNode labels = new ObjectMapper().readTree(Path.of(args[1]).toFile()).get("labels");
            labels.fields().forEachRemaining(e -> gold.put(e.getKey(), e.getValue().asText()));
        }
        List<String> rest = new ArrayList<>(List.of(args).subList(2, args.length));
        List<Integer> perEvent = new ArrayList<>();
        if (!rest.isEmpty() && rest.get(0).startsWith("--per-event=")) {
            for (String k : rest.remove(0).substring("--per-event=".length()).split(",")) {
                perEvent.add(Integer.parseInt(k));
            }
        }
        List<String> runs = rest.isEmpty() ? List.of("") : rest;
        for (String overrides : runs) {
            ClusterSettings settings = overrides.isEmpty() ? ClusterSettings.tuned() : with(ClusterSettings.tuned(), overrides);
            if (!perEvent.isEmpty()) {
                StringBuilder line = new StringBuilder(overrides);
                for (int k : perEvent) {
                    line.append(String.format("  k=%d %s", k, averaged(articles, gold, settings, k)));
                }
                System.out.println(line);
                continue;
            }
            List<List<Article>> stories = new EventGrouper(settings).group(articles);
            System.out.println((overrides.isEmpty() ? "" : overrides + "  ") + score(stories, gold));
            if (runs.size() == 1) {
                errors(stories, gold).forEach(System.out::println);
            }
        }
    }

    /** B-cubed F1 (with P and R) averaged over {@link #DRAWS} draws of {@code k} articles per gold event (all when 0). */
    static String averaged(List<Article> articles, Map<String, String> gold, ClusterSettings settings, int k) {
        double p = 0;
        double r = 0;
        double f1 = 0;
        int draws = k == 0 ? 1 : DRAWS;
        for (int seed = 0; seed < draws; seed++) {
            List<Article> drawn = k == 0 ? articles : drawn(articles, gold, k, new java.util.Random(seed));
            Map<String, String> drawnGold = new HashMap<>();
            drawn.forEach(a -> drawnGold.put(a.id(), gold.get(a.id())));
            String[] score = score(new EventGrouper(settings).group(drawn), drawnGold).split(" ");
            p += Double.parseDouble(score[2]);
            r += Double.parseDouble(score[4]);
            f1 += Double.parseDouble(score[6]);
        }
        return String.format("F1 %.3f (P %.3f R %.3f)", f1 / draws, p / draws, r / draws);
    }

    /** At most {@code k} articles of each gold event (when negative, a random number of each), in input order. */
    static List<Article> drawn(List<Article> articles, Map<String, String> gold, int k, java.util.Random random) {
        Map<String, List<Article>> byEvent = new TreeMap<>();
        articles.forEach(a -> byEvent.computeIfAbsent(gold.get(a.id()), e -> new ArrayList<>()).add(a));
        java.util.Set<String> kept = new java.util.HashSet<>();
        byEvent.values().forEach(event -> {
            List<Article> shuffled = new ArrayList<>(event);
            java.util.Collections.shuffle(shuffled, random);
            shuffled.stream().limit(k > 0 ? k : 1 + random.nextInt(shuffled.size())).forEach(a -> kept.add(a.id()));
        });
        return articles.stream().filter(a -> kept.contains(a.id())).toList();
    }

    /** {@code base} with the components named in {@code overrides} ({@code splitMinSide=3,join=0.1}) changed. */
    static ClusterSettings with(ClusterSettings base, String overrides) {
        try {
            var components = ClusterSettings.class.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int c = 0; c < components.length; c++) {
                values[c] = components[c].getAccessor().invoke(base);
                types[c] = components[c].getType();
            }
            for (String kv : overrides.split(",")) {
                String[] p = kv.split("=");
                for (int c = 0; c < components.length; c++) {
                    if (components[c].getName().equals(p[0])) {
                        values[c] = types[c] == int.class ? (Object) Integer.parseInt(p[1]) : (Object) Double.parseDouble(p[1]);
                    }
                }
            }
            return ClusterSettings.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(overrides, e);
        }
    }

    /** B-cubed precision, recall and F1 over the gold articles, with the number of stories. */
    static String score(List<List<Article>> stories, Map<String, String> gold) {
        Map<String, Integer> storyOf = new HashMap<>();
        Map<Integer, Map<String, Integer>> counts = new HashMap<>();
        Map<String, Integer> eventSize = new HashMap<>();
        for (int s = 0; s < stories.size(); s++) {
            for (Article a : stories.get(s)) {
                String g = gold.get(a.id());
                if (g != null) {
                    storyOf.put(a.id(), s);
                    counts.computeIfAbsent(s, k -> new HashMap<>()).merge(g, 1, Integer::sum);
                }
            }
        }
        gold.values().forEach(g -> eventSize.merge(g, 1, Integer::sum));
        double p = 0;
        double r = 0;
        for (var e : storyOf.entrySet()) {
            Map<String, Integer> c = counts.get(e.getValue());
            int size = c.values().stream().mapToInt(Integer::intValue).sum();
            int both = c.get(gold.get(e.getKey()));
            p += (double) both / size;
            r += (double) both / eventSize.get(gold.get(e.getKey()));
        }
        p /= gold.size();
        r /= gold.size();
        return String.format("B3 P %.3f R %.3f F1 %.3f stories %d", p, r, 2 * p * r / (p + r), counts.size());
    }

    /** Per gold topic whose events are not one story each: the stories and the events they hold. */
    static List<String> errors(List<List<Article>> stories, Map<String, String> gold) {
        Map<String, Map<Integer, Map<String, Integer>>> byTopic = new TreeMap<>();
        for (int s = 0; s < stories.size(); s++) {
            for (Article a : stories.get(s)) {
                String g = gold.get(a.id());
                if (g != null) {
                    byTopic.computeIfAbsent(g.replace("plus", ""), k -> new TreeMap<>())
                            .computeIfAbsent(s, k -> new TreeMap<>()).merge(g, 1, Integer::sum);
                }
            }
        }
        List<String> out = new ArrayList<>();
        byTopic.forEach((topic, st) -> {
            long events = st.values().stream().flatMap(m -> m.keySet().stream()).distinct().count();
            if (st.size() != events || st.values().stream().anyMatch(m -> m.size() > 1)) {
                out.add(topic + "  " + st);
            }
        });
        return out;
    }
}
