package org.parallax.quotes;

import org.parallax.internal.Embeddings;
import org.parallax.model.Match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Groups quoted sentences of a story's articles into statements: the same words (verbatim), a
 * word-for-word piece of a longer version (fragment), or a reworded version inside quote marks
 * (altered: most of the content words shared and sentence embeddings close). Longest versions seed the
 * groups; within one article only verbatim and fragment matches join. Pure function; thread-safe.
 */
final class Aligner {
    /** One quoted sentence (or whole quote) of one article. */
    record Unit(String doc, int docOrder, int start, int end, String text, List<String> words, Set<String> stems,
                int piece, String speaker) {
    }

    static final double ALTERED_COSINE = 0.6;
    static final double FRAME_COSINE = 0.45;
    private static final int MAX_UNITS = 3_000;

    private Aligner() {
    }

    static List<List<Unit>> cluster(List<Unit> units) {
        List<List<Unit>> clusters = new ArrayList<>();
        if (units.size() > MAX_UNITS) {
            units.forEach(u -> clusters.add(new ArrayList<>(List.of(u))));
            return clusters;
        }
        List<float[]> vectors = Embeddings.embed(units.stream().map(Unit::text).toList());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> -units.get(i).words().size())
                .thenComparingInt(i -> units.get(i).docOrder()).thenComparingInt(i -> units.get(i).start()));
        List<List<Integer>> members = new ArrayList<>();
        for (int i : order) {
            Unit u = units.get(i);
            int best = -1;
            double bestScore = 0;
            for (int c = 0; c < members.size(); c++) {
                for (int j : members.get(c)) {
                    Unit v = units.get(j);
                    boolean sameDoc = v.doc().equals(u.doc());
                    if (sameDoc && (v.piece() == u.piece() || (v.start() < u.end() && u.start() < v.end()))) {
                        continue;
                    }
                    double r = relation(u, v, vectors.get(i), vectors.get(j));
                    if (sameDoc && r < 2) {
                        continue;
                    }
                    if (r > bestScore) {
                        bestScore = r;
                        best = c;
                    }
                }
            }
            if (best < 0) {
                members.add(new ArrayList<>(List.of(i)));
            } else {
                members.get(best).add(i);
            }
        }
        for (List<Integer> m : members) {
            clusters.add(new ArrayList<>(m.stream().map(units::get).toList()));
        }
        return clusters;
    }

    /** 3 same words, 2..3 one is a piece of the other, 1..2 reworded, 0 unrelated. */
    static double relation(Unit u, Unit v, float[] vu, float[] vv) {
        List<String> a = u.words();
        List<String> b = v.words();
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.size() == b.size() && Words.indexOf(a, b) == 0) {
            return 3;
        }
        List<String> shorter = a.size() < b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        if (shorter.size() >= 3 && Words.indexOf(longer, shorter) >= 0) {
            return 2 + (double) shorter.size() / longer.size() * 0.9;
        }
        if (u.speaker() != null && v.speaker() != null && !u.speaker().equals(v.speaker())) {
            return 0; // reworded and given to someone else: another statement on the same subject
        }
        Set<String> small = u.stems().size() <= v.stems().size() ? u.stems() : v.stems();
        int shared = Words.shared(u.stems(), v.stems());
        double containment = Words.containment(u.stems(), v.stems());
        int need = Math.max(2, Math.min(3, (small.size() + 1) / 2));
        double cosine = Embeddings.cosine(vu, vv);
        if (shared >= need && containment >= 0.5 && cosine >= ALTERED_COSINE) {
            return 1 + containment * 0.9;
        }
        // a few words swapped inside the same frame: "failed to bring about any workable solution" /
        // "failed to produce any workable outcome" (embeddings weigh the swapped words too much)
        if (shorter.size() <= 200 && longer.size() <= 400) {
            int common = Words.lcs(shorter, longer);
            if (common >= 4 && common >= 0.6 * shorter.size() && shared >= 2 && cosine >= FRAME_COSINE) {
                return 1 + 0.5 * common / shorter.size();
            }
        }
        return 0;
    }

    /**
     * The statement's fullest verbatim form: the longest version another version repeats or contains
     * word for word; when no two agree, the longest. Reworded versions join only when their speakers
     * agree (or one is unknown).
     */
    static Unit canonical(List<Unit> cluster) {
        Unit best = null;
        for (Unit u : cluster) {
            boolean supported = false;
            for (Unit v : cluster) {
                if (v != u && v.words().size() <= u.words().size() && !v.words().isEmpty()
                        && Words.indexOf(u.words(), v.words()) >= 0) {
                    supported = true;
                    break;
                }
            }
            if (supported && (best == null || u.words().size() > best.words().size())) {
                best = u;
            }
        }
        if (best != null) {
            return best;
        }
        return cluster.stream().max(Comparator.comparingInt((Unit u) -> u.words().size())
                .thenComparingInt(u -> -u.docOrder())).orElseThrow();
    }

    static Match classify(Unit u, Unit canonical) {
        if (u == canonical) {
            return Match.VERBATIM;
        }
        if (u.words().size() == canonical.words().size() && Words.indexOf(u.words(), canonical.words()) == 0) {
            return Match.VERBATIM;
        }
        if (Words.indexOf(canonical.words(), u.words()) >= 0) {
            return Match.FRAGMENT;
        }
        if (Words.indexOf(u.words(), canonical.words()) >= 0) {
            return Match.VERBATIM;
        }
        return Match.ALTERED;
    }
}
