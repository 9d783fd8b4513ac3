package org.parallax;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Stable addresses for stories that are regrouped as articles arrive (issue 17). A story keeps its id
 * while one new group holds more than half of its articles; when several old stories pass that test for
 * one group (they merged), the group takes the id of the one it holds most of, and the others redirect to
 * it. An old story no group holds most of (it split, or was merged away) redirects to the group holding
 * the largest share of its articles. A new story is named after its first-added article; an id once
 * retired is never given to another story, so an old link can never land on a different event.
 * Pure; thread-safe.
 */
final class StoryIds {
    /** What naming gave: an id for each group, in order, and where each newly retired id now points. */
    record Naming(List<String> ids, Map<String, String> redirects) {
        Naming {
            ids = List.copyOf(ids);
            redirects = Map.copyOf(redirects);
        }
    }

    private StoryIds() {
    }

    /** Positional ids, {@code s1}, {@code s2} ...: a one-off run, as the command line reports. */
    static Naming positional(int groups) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < groups; i++) {
            ids.add("s" + (i + 1));
        }
        return new Naming(ids, Map.of());
    }

    /**
     * @param groups   each new group's article ids
     * @param previous the stories before, by id, with their article ids
     * @param retired  ids given out before that no story holds any more (never handed out again)
     * @param added    an article's position in the order articles were first added (smaller is older)
     */
    static Naming stable(List<List<String>> groups, Map<String, List<String>> previous, Set<String> retired,
                         ToIntFunction<String> added) {
        Map<String, Integer> groupOf = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (String a : groups.get(g)) {
                groupOf.put(a, g);
            }
        }
        // for each old story: the group holding most of its articles, and how many
        Map<String, int[]> best = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> p : previous.entrySet()) {
            Map<Integer, Integer> overlap = new HashMap<>();
            for (String a : p.getValue()) {
                Integer g = groupOf.get(a);
                if (g != null) {
                    overlap.merge(g, 1, Integer::sum);
                }
            }
            int bestGroup = -1;
            int bestCount = 0;
            for (Map.Entry<Integer, Integer> o : overlap.entrySet()) {
                if (o.getValue() > bestCount || o.getValue() == bestCount && o.getKey() < bestGroup) {
                    bestGroup = o.getKey();
                    bestCount = o.getValue();
                }
            }
            best.put(p.getKey(), new int[]{bestGroup, bestCount});
        }
        String[] ids = new String[groups.size()];
        int[] heirCount = new int[groups.size()];
        for (Map.Entry<String, int[]> b : best.entrySet()) {
            int g = b.getValue()[0];
            int count = b.getValue()[1];
            int size = previous.get(b.getKey()).size();
            if (g < 0 || 2 * count <= size) {
                continue;
            }
            boolean better = ids[g] == null || count > heirCount[g] || count == heirCount[g]
                    && (size > previous.get(ids[g]).size()
                        || size == previous.get(ids[g]).size() && b.getKey().compareTo(ids[g]) < 0);
            if (better) {
                ids[g] = b.getKey();
                heirCount[g] = count;
            }
        }
        Set<String> taken = new HashSet<>(retired);
        taken.addAll(previous.keySet());
        for (int g = 0; g < groups.size(); g++) {
            if (ids[g] == null) {
                String first = groups.get(g).stream().min((x, y) -> Integer.compare(added.applyAsInt(x), added.applyAsInt(y)))
                        .orElse("empty-" + g);
                String base = "s-" + sha256(first).substring(0, 10);
                String id = base;
                for (int n = 2; taken.contains(id); n++) {
                    id = base + "-" + n;
                }
                ids[g] = id;
            }
            taken.add(ids[g]);
        }
        Set<String> kept = new HashSet<>(List.of(ids));
        Map<String, String> redirects = new LinkedHashMap<>();
        for (Map.Entry<String, int[]> b : best.entrySet()) {
            if (!kept.contains(b.getKey()) && b.getValue()[0] >= 0) {
                redirects.put(b.getKey(), ids[b.getValue()[0]]);
            }
        }
        return new Naming(List.of(ids), redirects);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
