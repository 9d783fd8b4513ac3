package org.parallax.entities;

import org.parallax.model.Article;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.model.Story;
import org.parallax.pipeline.Stage;
import org.parallax.pipeline.StageResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges the mentions of a story's articles into {@link Entity entities}. Evidence, strongest first:
 * names the text defines as the same (acronyms in parentheses, "alias", "also known as"); names equal
 * word by word up to spelling and transliteration ({@link Names#sameName}); acronyms equal to the
 * initials of a name; and, inside one article, a surname (or a bare organisation word) standing for the
 * one full name it completes. A surname is never merged when two different full names could own it, so
 * two people sharing a surname stay apart. Needs {@link MentionStage} to have run. Thread-safe.
 */
public final class EntityStage implements Stage<Story, Story> {
    private static final int MAX_NAME = 80;

    /** One distinct name in one article. */
    private static final class Node {
        final String doc;
        final String key;
        final List<String> words;
        final Map<String, Integer> surfaces = new LinkedHashMap<>();
        final Map<EntityType, Integer> types = new HashMap<>();
        final List<String> descriptions = new ArrayList<>();
        int count;
        int order;

        Node(String doc, String key, int order) {
            this.doc = doc;
            this.key = key;
            this.words = Names.words(key);
            this.order = order;
        }

        EntityType type() {
            return types.entrySet().stream().max(Map.Entry.<EntityType, Integer>comparingByValue()
                    .thenComparing(e -> e.getKey() == EntityType.OTHER ? 0 : 1)).map(Map.Entry::getKey)
                    .orElse(EntityType.OTHER);
        }

        boolean person() {
            return type() == EntityType.PERSON;
        }

        String surface() {
            return surfaces.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(key);
        }
    }

    @Override
    public StageResult<Story> apply(Story story) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        List<int[]> links = new ArrayList<>();
        for (Article a : story.articles()) {
            for (Mention m : a.mentions()) {
                node(nodes, a, m.text(), m.start(), m.end(), m.type());
            }
            for (org.parallax.model.Span r : Definitions.recipients(a)) {
                node(nodes, a, r.of(a.original()), r.start(), r.end(), EntityType.ORG);
            }
            for (Definitions.Pair p : Definitions.find(a)) {
                Node x = node(nodes, a, p.name().of(a.original()), p.name().start(), p.name().end(), null);
                Node y = node(nodes, a, p.alias().of(a.original()), p.alias().start(), p.alias().end(), null);
                if (x != null && y != null && x != y) {
                    links.add(new int[]{x.order, y.order});
                }
            }
        }
        List<Node> list = new ArrayList<>(nodes.values());
        if (list.isEmpty()) {
            return StageResult.ok(story.withEntities(List.of()));
        }
        int[] parent = new int[list.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        links.forEach(l -> union(parent, l[0], l[1]));
        mergeVariants(list, parent);
        attachShortForms(list, parent);
        return StageResult.ok(story.withEntities(entities(list, parent)));
    }

    private static Node node(Map<String, Node> nodes, Article a, String text, int start, int end, EntityType type) {
        String key = Names.key(text);
        if (key.isEmpty() || text.length() > MAX_NAME || text.indexOf('\n') >= 0 || !hasCapital(text)) {
            return null;
        }
        Node n = nodes.computeIfAbsent(a.id() + "\u0000" + key, k -> new Node(a.id(), key, nodes.size()));
        n.count++;
        n.surfaces.merge(text, 1, Integer::sum);
        if (type != null) {
            n.types.merge(type, 1, Integer::sum);
            if (type == EntityType.PERSON) {
                Descriptions.around(a.original(), start, end).ifPresent(n.descriptions::add);
            }
        } else if (n.types.isEmpty()) {
            n.types.merge(EntityType.ORG, 0, Integer::sum);
        }
        return n;
    }

    private static boolean hasCapital(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Spelling and transliteration variants, and acronyms matching a name's initials. */
    private static void mergeVariants(List<Node> list, int[] parent) {
        // only names with the same number of words and the same initial letters can match, so compare
        // within those blocks; acronyms meet the names whose initials they are
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Node n = list.get(i);
            StringBuilder key = new StringBuilder(n.person() ? "p" : "o");
            n.words.forEach(w -> key.append(w.charAt(0)));
            blocks.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(i);
            if (!n.person() && n.words.size() > 1) {
                String initials = Names.initials(n.surface());
                if (!initials.isEmpty()) {
                    blocks.computeIfAbsent("i" + initials, k -> new ArrayList<>()).add(i);
                }
            }
            if (!n.person() && Names.isAcronym(n.surface())) {
                blocks.computeIfAbsent("i" + n.surface().replaceAll("[^\\p{Lu}]", ""), k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> block : blocks.values()) {
            mergeBlock(list, block, parent);
        }
    }

    private static void mergeBlock(List<Node> list, List<Integer> block, int[] parent) {
        for (int x = 0; x < block.size(); x++) {
            int i = block.get(x);
            Node a = list.get(i);
            String acronym = Names.isAcronym(a.surface()) ? a.surface().replaceAll("[^\\p{Lu}]", "") : null;
            for (int y = x + 1; y < block.size(); y++) {
                int j = block.get(y);
                Node b = list.get(j);
                if (a.person() != b.person()) {
                    continue;
                }
                // a bare surname in two articles may be two people: only full names merge across articles
                boolean single = a.words.size() < 2 || b.words.size() < 2;
                if (single && a.person()) {
                    continue;
                }
                if (Names.sameName(a.words, b.words, a.person())) {
                    union(parent, i, j);
                    continue;
                }
                if (!a.person() && a.doc.equals(b.doc)) {
                    // initials alone are weak evidence across articles (AP: Associated Press or American Pie)
                    String other = Names.isAcronym(b.surface()) ? b.surface().replaceAll("[^\\p{Lu}]", "") : null;
                    if ((acronym != null && b.words.size() > 1 && acronym.equals(Names.initials(b.surface())))
                            || (other != null && a.words.size() > 1 && other.equals(Names.initials(a.surface())))) {
                        union(parent, i, j);
                    }
                }
            }
        }
    }

    /**
     * A one-word name joins the one cluster of longer names it ends (a surname, "Taliban" in "Afghan
     * Taliban"), looked for first in its own article, then across the story; when two clusters could own
     * it, it stays apart.
     */
    private static void attachShortForms(List<Node> list, int[] parent) {
        for (int i = 0; i < list.size(); i++) {
            Node a = list.get(i);
            if (a.words.size() != 1 || Names.isAcronym(a.surface())) {
                continue;
            }
            String w = a.words.get(0);
            Set<Integer> same = new TreeSet<>();
            Set<Integer> any = new TreeSet<>();
            for (int j = 0; j < list.size(); j++) {
                Node b = list.get(j);
                if (j == i || b.words.size() < 2 || a.person() != b.person() || find(parent, j) == find(parent, i)) {
                    continue;
                }
                String last = b.words.get(b.words.size() - 1);
                // "Afghan Taliban" ends in "Taliban"; the compound "Islamabad-Kabul" does not stand for "Kabul"
                boolean fits = a.person() ? Names.sameWord(w, last)
                        : w.equals(last) && b.words.size() == 2 && b.surface().contains(" ");
                if (fits) {
                    (b.doc.equals(a.doc) ? same : any).add(find(parent, j));
                }
            }
            Set<Integer> owners = same.isEmpty() ? any : same;
            if (!a.person()) {
                // a bare organisation word merges across articles, so its owner must be unique story-wide
                owners = new TreeSet<>(same);
                owners.addAll(any);
            }
            if (owners.size() == 1) {
                union(parent, i, owners.iterator().next());
            }
        }
    }

    private static List<Entity> entities(List<Node> list, int[] parent) {
        Map<Integer, List<Node>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            clusters.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(list.get(i));
        }
        List<List<Node>> ordered = new ArrayList<>(clusters.values());
        ordered.sort(Comparator.comparingInt((List<Node> c) -> -c.stream().mapToInt(n -> n.count).sum())
                .thenComparingInt(c -> c.get(0).order));
        List<Entity> out = new ArrayList<>();
        for (List<Node> cluster : ordered) {
            out.add(entity("e" + (out.size() + 1), cluster));
        }
        return out;
    }

    private static Entity entity(String id, List<Node> cluster) {
        Map<String, Integer> byKey = new HashMap<>();
        Map<String, String> surfaceOf = new LinkedHashMap<>();
        Map<EntityType, Integer> types = new HashMap<>();
        Map<String, Integer> descriptions = new HashMap<>();
        Set<String> docs = new TreeSet<>();
        for (Node n : cluster) {
            byKey.merge(n.key, n.count, Integer::sum);
            surfaceOf.putIfAbsent(n.key, n.surface());
            n.types.forEach((t, c) -> types.merge(t, c, Integer::sum));
            n.descriptions.forEach(d -> descriptions.merge(d, 1, Integer::sum));
            docs.add(n.doc);
        }
        // the canonical name: a full (several-word) name before a short one, then the most used, then the longest
        boolean person = cluster.stream().anyMatch(Node::person);
        String key = byKey.keySet().stream().max(Comparator.comparingInt((String k) -> (person || Names.isAcronym(
                        surfaceOf.get(k))) && k.contains(" ") && !Names.isAcronym(surfaceOf.get(k)) ? 1 : 0)
                .thenComparingInt((String k) -> Names.isAcronym(surfaceOf.get(k)) ? 0 : 1)
                .thenComparingInt(byKey::get)
                // a person's longest name is the fullest; a longer organisation name is more often a tagging slip
                .thenComparingInt(k -> person ? k.length() : -k.length())).orElseThrow();
        String name = surfaceOf.get(key);
        Set<String> aliases = new LinkedHashSet<>();
        surfaceOf.forEach((k, s) -> {
            if (!k.equals(key)) {
                aliases.add(s);
            }
        });
        for (Node n : cluster) {
            n.surfaces.keySet().stream().filter(s -> !s.equals(name)).forEach(aliases::add);
        }
        EntityType type = types.entrySet().stream().max(Map.Entry.<EntityType, Integer>comparingByValue()
                .thenComparing(e -> e.getKey() == EntityType.OTHER ? 0 : 1)).map(Map.Entry::getKey)
                .orElse(EntityType.OTHER);
        String description = descriptions.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(e -> e.getKey().length())).map(Map.Entry::getKey).orElse(null);
        return new Entity(id, name, type, description, List.copyOf(aliases), List.copyOf(docs));
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int x = find(parent, a);
        int y = find(parent, b);
        if (x != y) {
            parent[Math.max(x, y)] = Math.min(x, y);
        }
    }
}
