package org.parallax.quotes;

import org.parallax.internal.Embeddings;
import org.parallax.model.Match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups quoted sentences of a story's articles into statements: the same words (verbatim), a
 * word-for-word piece of a longer version (fragment), or a reworded version inside quote marks
 * (altered: most of the content words shared and sentence embeddings close). Longest versions seed the
 * groups; within one article only verbatim and fragment matches join. Pure function; thread-safe.
 *
 * <p>Cost: a unit is compared only with the units placed before it that share a content stem with it (or
 * have none), found along an index by stem: the same statements as comparing every pair, since
 * {@link #relation} is 0 without a shared stem. O(Σ_s u_s²) relations for u_s units holding stem s.
 */
final class Aligner {
    /** One quoted sentence (or whole quote) of one article. */
    record Unit(String doc, int docOrder, int start, int end, String text, List<String> words, Set<String> stems,
                int piece, String speaker) {
    }

    // The constants below were measured on the dev stories; a system property of the same name overrides one
    // for leave-one-story-out runs and ablations only (docs/quotes.md), never in normal use.
    static final double ALTERED_COSINE = 0.6;
    /** Shorter runs of the same words under two speakers' names are a shared phrase, not one statement. */
    static final int MIN_DISPUTED_WORDS = Integer.getInteger("parallax.quotes.minDisputedWords", 8);
    /** Share of a shorter quote's words that must stand in order in one stretch of the longer. */
    static final double LOCAL_SHARE = Double.parseDouble(System.getProperty("parallax.quotes.localShare", "0.7"));
    /** Fewer words in common are a shared phrase ("managed to get out"), not a trimmed quote. */
    static final int MIN_LOCAL_WORDS = Integer.getInteger("parallax.quotes.minLocalWords", 5);
    static final double FRAME_COSINE = 0.45;
    /** A frame with words swapped keeps its length: the shorter has at least this share of the longer's words. */
    static final double FRAME_LENGTHS = Double.parseDouble(System.getProperty("parallax.quotes.frameLengths", "0.6"));
    /**
     * Above this many units only the distinct sentences are aligned (the copies of each folded together
     * first), and above this many distinct sentences nothing is (each unit its own statement): a bound on the
     * stage's time; the story then carries a warning saying which ({@link QuoteStage}).
     * Measured on ECB+ dev's 772 articles as one story, repeated as syndicated copies (development probe
     * {@code BigStoryProbe -Dprobe.repeat}), two cores, the quotes stage: 2,488 units 0.8-1.6 s, 4,992 units
     * 3.7-3.9 s, 9,984 units 6.3-7.8 s, 19,968 units 17-18 s (since each word's spelling is looked up once,
     * 7 December; 4.6 s, 7.0-14.4 s and 32-42 s before). It was 3,000 before the stem index, 6,000 before the
     * spellings were kept.
     */
    static final int MAX_UNITS = Integer.getInteger("parallax.quotes.maxUnits", 12_000);

    private Aligner() {
    }

    /**
     * A story's statements, and how many distinct sentences its units hold (copies of a sentence under one
     * speaker counted once; the units' count when they were within the bound and not folded).
     */
    record Alignment(List<List<Unit>> statements, int distinct) {
    }

    /**
     * Units in statements. Above {@code maxUnits} units, the copies of one sentence (the same words, the same
     * speaker: a wire story run by many outlets) are put together first and only one of each is aligned
     * ({@link #folded}); when even those are more than {@code maxUnits}, each unit is a statement of its own.
     */
    static Alignment align(List<Unit> units, int maxUnits) {
        if (units.size() <= maxUnits) {
            return new Alignment(cluster(units), units.size());
        }
        Map<Unit, List<Unit>> copies = folded(units);
        List<List<Unit>> statements = new ArrayList<>();
        if (copies.size() > maxUnits) {
            units.forEach(u -> statements.add(new ArrayList<>(List.of(u))));
        } else {
            for (List<Unit> c : cluster(new ArrayList<>(copies.keySet()))) {
                List<Unit> all = new ArrayList<>();
                c.forEach(first -> all.addAll(copies.get(first)));
                statements.add(all);
            }
        }
        return new Alignment(statements, copies.size());
    }

    /** Units in statements, every unit placed against those before it (no bound: {@link #align} keeps one). */
    static List<List<Unit>> cluster(List<Unit> units) {
        List<List<Unit>> clusters = new ArrayList<>();
        List<float[]> vectors = Embeddings.embed(units.stream().map(Unit::text).toList());
        List<List<Integer>> members = new ArrayList<>();
        int[] clusterOf = new int[units.size()];
        // the units placed so far, by content stem: a unit relates only to units sharing a stem with it, or
        // to one without stems (relation's first test), so only those are compared
        Map<String, List<Integer>> byStem = new HashMap<>();
        List<Integer> stemless = new ArrayList<>();
        List<Integer> placed = new ArrayList<>();
        int[] seen = new int[units.size()];
        for (int i : order(units)) {
            Unit u = units.get(i);
            List<Integer> candidates;
            if (u.stems().isEmpty()) {
                candidates = placed;
            } else {
                candidates = new ArrayList<>(stemless);
                for (String stem : u.stems()) {
                    for (int j : byStem.getOrDefault(stem, List.of())) {
                        if (seen[j] != i + 1) {
                            seen[j] = i + 1;
                            candidates.add(j);
                        }
                    }
                }
            }
            // the best relation; of equals, the earliest cluster (as a scan of the clusters in order finds it)
            int best = -1;
            double bestScore = 0;
            for (int j : candidates) {
                Unit v = units.get(j);
                boolean sameDoc = v.doc().equals(u.doc());
                if (sameDoc && (v.piece() == u.piece() || (v.start() < u.end() && u.start() < v.end()))) {
                    continue;
                }
                double r = relation(u, v, vectors.get(i), vectors.get(j));
                if (sameDoc && r < 2) {
                    continue;
                }
                if (r > bestScore || r == bestScore && best >= 0 && clusterOf[j] < best) {
                    bestScore = r;
                    best = clusterOf[j];
                }
            }
            if (best < 0) {
                clusterOf[i] = members.size();
                members.add(new ArrayList<>(List.of(i)));
            } else {
                clusterOf[i] = best;
                members.get(best).add(i);
            }
            placed.add(i);
            if (u.stems().isEmpty()) {
                stemless.add(i);
            }
            for (String stem : u.stems()) {
                byStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(i);
            }
        }
        rejoinRewordings(units, vectors, members);
        for (List<Integer> m : members) {
            clusters.add(new ArrayList<>(m.stream().map(units::get).toList()));
        }
        return clusters;
    }

    /**
     * The units by sentence: each key is the first unit placed (in {@link #order}) of those with its words and
     * speaker, its value that unit and the others, in order. Placed one by one, a copy mostly joins the
     * statement of the first (the same words relate most, and of equals the earliest statement wins), so
     * folding is close to, not the same as, comparing each copy: other units meet the first copy alone, not
     * each copy under its own article. A sentence an article gives twice is folded as two: its first time
     * with the others' first times, its second with their second. O(u log u).
     */
    static Map<Unit, List<Unit>> folded(List<Unit> units) {
        Map<List<Object>, Unit> firstOf = new HashMap<>();
        Map<List<Object>, Integer> seenInDoc = new HashMap<>();
        Map<Unit, List<Unit>> out = new java.util.LinkedHashMap<>();
        for (int i : order(units)) {
            Unit u = units.get(i);
            // the k-th time an article gives these words under this speaker folds with the k-th time in others,
            // so a sentence an article repeats stays two units, as one by one
            int k = seenInDoc.merge(java.util.Arrays.asList(u.doc(), u.words(), u.speaker()), 1, Integer::sum);
            Unit first = firstOf.computeIfAbsent(java.util.Arrays.asList(u.words(), u.speaker(), k), x -> u);
            out.computeIfAbsent(first, x -> new ArrayList<>()).add(u);
        }
        return out;
    }

    /** The order units are placed in: longest first, then by article and position, so longest versions seed statements. */
    static List<Integer> order(List<Unit> units) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> -units.get(i).words().size())
                .thenComparingInt(i -> units.get(i).docOrder()).thenComparingInt(i -> units.get(i).start()));
        return order;
    }

    /**
     * A quote left alone because its speaker differs from the one it rewords ("encourages all Internet
     * Explorer customers ..." by Karen Holt beside Orbital's "encourages all IE customers ...") joins
     * that statement once another of its versions carries the same speaker: the statement's speakers, not
     * one version's, decide. Never into a statement that holds a version from the same article.
     */
    static void rejoinRewordings(List<Unit> units, List<float[]> vectors, List<List<Integer>> members) {
        for (int c = 0; c < members.size(); c++) {
            List<Integer> alone = members.get(c);
            if (alone.size() != 1) {
                continue;
            }
            int i = alone.get(0);
            Unit u = units.get(i);
            int best = -1;
            double bestScore = 0;
            for (int d = 0; d < members.size(); d++) {
                List<Integer> m = members.get(d);
                if (d == c || m.size() < 2 || u.speaker() == null
                        || m.stream().noneMatch(j -> u.speaker().equals(units.get(j).speaker()))
                        || m.stream().anyMatch(j -> units.get(j).doc().equals(u.doc()))) {
                    continue;
                }
                for (int j : m) {
                    Unit v = units.get(j);
                    Unit as = new Unit(v.doc(), v.docOrder(), v.start(), v.end(), v.text(), v.words(), v.stems(), v.piece(),
                            u.speaker());
                    double r = relation(u, as, vectors.get(i), vectors.get(j));
                    if (r > bestScore) {
                        bestScore = r;
                        best = d;
                    }
                }
            }
            if (best >= 0) {
                members.get(best).add(i);
                alone.clear();
            }
        }
        members.removeIf(List::isEmpty);
    }

    /** 3 same words, 2..3 one is a piece of the other, 1..2 reworded, 0 unrelated. */
    static double relation(Unit u, Unit v, float[] vu, float[] vv) {
        List<String> a = u.words();
        List<String> b = v.words();
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int sharedStems = Words.shared(u.stems(), v.stems());
        if (sharedStems == 0 && !u.stems().isEmpty() && !v.stems().isEmpty()) {
            return 0; // no content word in common: checked first, as the word-by-word comparisons below cost more
        }
        if (a.size() == b.size() && Words.indexOf(a, b) == 0) {
            return 3;
        }
        List<String> shorter = a.size() < b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        boolean others = u.speaker() != null && v.speaker() != null && !u.speaker().equals(v.speaker());
        if (shorter.size() >= 3 && Words.indexOf(longer, shorter) >= 0
                && (!others || shorter.size() >= MIN_DISPUTED_WORDS)) {
            // a short run of words two speakers share is a phrase they both used, not one statement
            return 2 + (double) shorter.size() / longer.size() * 0.9;
        }
        if (others) {
            return 0; // reworded and given to someone else: another statement on the same subject
        }
        if (shorter.size() >= 3 && shorter.size() < longer.size() && sharedStems >= 3) {
            // a trimmed and edited piece of a longer quote: most of its words, in order, in one stretch
            double local = local(shorter, longer);
            if (local > 0) {
                return 1 + 0.9 * local;
            }
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
        if (shorter.size() <= 200 && longer.size() <= 400 && shorter.size() >= FRAME_LENGTHS * longer.size()) {
            int common = Words.lcs(shorter, longer);
            if (common >= 4 && common >= 0.6 * shorter.size() && shared >= 2 && cosine >= FRAME_COSINE) {
                return 1 + 0.5 * common / shorter.size();
            }
        }
        return 0;
    }

    /**
     * How much of {@code shorter} stands, in order, within one stretch of {@code longer} no longer than
     * one and a half times it: the share of its words matched (0 when under {@link #LOCAL_SHARE} or fewer
     * than three). Smith-Waterman-style: the best-scoring stretch, words matched +1, others -1.
     */
    static double local(List<String> shorter, List<String> longer) {
        int n = shorter.size();
        int m = longer.size();
        if (n > 200 || m > 400) {
            return 0;
        }
        // best[i][j]: best score of an alignment ending at shorter[i-1], longer[j-1]; start[i][j]: its first j
        int[][] best = new int[n + 1][m + 1];
        int[][] matched = new int[n + 1][m + 1];
        int[][] start = new int[n + 1][m + 1];
        double share = 0;
        String[] ss = Words.spellings(shorter);
        String[] sl = Words.spellings(longer);
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                boolean same = Words.same(shorter.get(i - 1), ss[i - 1], longer.get(j - 1), sl[j - 1]);
                int diag = best[i - 1][j - 1] + (same ? 1 : -1);
                int up = best[i - 1][j] - 1;
                int left = best[i][j - 1] - 1;
                int score = Math.max(0, Math.max(diag, Math.max(up, left)));
                best[i][j] = score;
                if (score == 0) {
                    matched[i][j] = 0;
                    start[i][j] = j;
                } else if (score == diag) {
                    matched[i][j] = matched[i - 1][j - 1] + (same ? 1 : 0);
                    start[i][j] = best[i - 1][j - 1] == 0 ? j - 1 : start[i - 1][j - 1];
                } else if (score == up) {
                    matched[i][j] = matched[i - 1][j];
                    start[i][j] = start[i - 1][j];
                } else {
                    matched[i][j] = matched[i][j - 1];
                    start[i][j] = start[i][j - 1];
                }
                int span = j - start[i][j];
                if (matched[i][j] >= MIN_LOCAL_WORDS && span <= 1.5 * n) {
                    share = Math.max(share, (double) matched[i][j] / n);
                }
            }
        }
        return share >= LOCAL_SHARE ? share : 0;
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
