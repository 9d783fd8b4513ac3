package org.parallax.claims;

import org.parallax.internal.Embeddings;

import org.parallax.text.Normalizer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.List;

/**
 * Groups candidate sentences that state the same claim: close in meaning (sentence embeddings), same
 * polarity (a denial never joins an assertion), and no disagreement on numbers or days (different numbers
 * are a conflict or another claim, not the same one). Thread-safe.
 */
final class ClaimGrouper {
    /** Capitalised words that open sentences without naming anyone. */
    private static final Set<String> OPENERS = Set.of("The", "This", "That", "These", "Those", "Both", "However",
            "But", "And", "After", "Before", "According", "Over", "While", "When", "Its", "Their", "His", "Her",
            "They", "She", "Our", "Officials", "Sources");
    private final double threshold;

    ClaimGrouper(double threshold) {
        this.threshold = threshold;
    }

    List<List<Candidate>> group(List<Candidate> all) {
        // Event-level claims come first; every sentence also keeps its sentence-level claim, so a conflict
        // about one detail of a sentence does not mark the whole event as disputed.
        List<List<Candidate>> framed = byFrame(all);
        List<Candidate> candidates = all;
        List<float[]> vectors = Embeddings.embed(candidates.stream().map(Candidate::text).toList());
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            int best = -1;
            double bestScore = threshold;
            for (int g = 0; g < groups.size(); g++) {
                double score = Double.MAX_VALUE;
                for (int j : groups.get(g)) {
                    if (!compatible(candidates.get(i), candidates.get(j))) {
                        score = -1;
                        break;
                    }
                    score = Math.min(score, Embeddings.cosine(vectors.get(i), vectors.get(j)));
                }
                if (score >= bestScore) {
                    best = g;
                    bestScore = score;
                }
            }
            if (best >= 0) {
                groups.get(best).add(i);
            } else {
                List<Integer> fresh = new ArrayList<>();
                fresh.add(i);
                groups.add(fresh);
            }
        }
        List<List<Candidate>> out = new ArrayList<>(framed);
        groups.forEach(g -> out.add(g.stream().map(candidates::get).toList()));
        return out;
    }

    /**
     * Event-level claims: sentences of different outlets that state one story fact (the same frame key,
     * see {@link EventFrames}) about the same participants, on compatible days. One sentence per outlet (its
     * first); a sentence stating two facts stands in both claims. Only facts of two or more outlets become
     * frame claims; the rest are grouped by meaning.
     */
    static List<List<Candidate>> byFrame(List<Candidate> candidates) {
        Map<String, List<Candidate>> byKey = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            for (String key : EventFrames.of(c)) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            }
        }
        List<List<Candidate>> out = new ArrayList<>();
        for (List<Candidate> list : byKey.values()) {
            List<Candidate> members = new ArrayList<>();
            Set<String> participants = new HashSet<>();
            // Repeated until nothing joins, so the order of the outlets does not decide who is in.
            boolean grew = true;
            while (grew) {
                grew = false;
                for (Candidate c : list) {
                    boolean fresh = members.stream().noneMatch(m -> m.document().equals(c.document()));
                    Set<String> named = names(c.text());
                    if (fresh && (members.isEmpty() || named.stream().anyMatch(participants::contains)
                            && members.stream().anyMatch(m -> sameDays(m, c)))) {
                        members.add(c);
                        participants.addAll(named);
                        grew = true;
                    }
                }
            }
            if (members.size() >= 2) {
                out.add(List.copyOf(members));
            }
        }
        return out;
    }

    /** Two sentences name at least one participant in common (a capitalised word not opening the sentence). */
    static boolean sameParticipants(Candidate a, Candidate b) {
        Set<String> names = names(a.text());
        return names(b.text()).stream().anyMatch(names::contains);
    }

    /** A name folded so that "Pakistan", "Pakistani" and "Pakistan's" meet. */
    static String fold(String word) {
        return Normalizer.forMatching(word).replaceAll("(?:an|i|ish|s)$", "");
    }

    static Set<String> names(String text) {
        Set<String> out = new HashSet<>();
        String[] words = text.split("[^\\p{L}]+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.length() > 2 && Character.isUpperCase(w.charAt(0)) && (i > 0 || !OPENERS.contains(w) && possessive(text, w))) {
                out.add(fold(w));
            }
        }
        return out;
    }

    /** An opening word is a name when it is possessive ("Pakistan's envoy"), not merely capitalised. */
    private static boolean possessive(String text, String word) {
        int at = text.indexOf(word);
        return at >= 0 && at + word.length() < text.length() && "'’".indexOf(text.charAt(at + word.length())) >= 0;
    }

    /** Two sentences are not dated to different days. */
    static boolean compatibleDays(Candidate a, Candidate b) {
        return sameDays(a, b);
    }

    private static boolean sameDays(Candidate a, Candidate b) {
        List<String> da = a.dates().stream().filter(d -> d.length() == 10).toList();
        List<String> db = b.dates().stream().filter(d -> d.length() == 10).toList();
        return da.isEmpty() || db.isEmpty() || da.stream().anyMatch(db::contains);
    }

    /** Two sentences may state the same claim: same polarity, shared numbers and days where both give them. */
    static boolean compatible(Candidate a, Candidate b) {
        if (a.document().equals(b.document()) || a.negated() != b.negated()) {
            return false;
        }
        if (!a.quantities().isEmpty() && !b.quantities().isEmpty()) {
            boolean shared = a.quantities().stream().anyMatch(x -> b.quantities().stream()
                    .anyMatch(y -> x.kind() == y.kind() && Math.abs(x.value() - y.value()) <= 0.05 * Math.max(1, x.value())));
            if (!shared) {
                return false;
            }
        }
        return sameDays(a, b);
    }
}
