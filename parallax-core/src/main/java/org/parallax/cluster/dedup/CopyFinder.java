package org.parallax.cluster.dedup;

import org.parallax.model.Article;
import org.parallax.model.CopiedPassage;
import org.parallax.model.Copy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds exact copies, near copies and partial copies (syndication) among articles, and the passages
 * each copy shares with its source. Candidates come from an inverted index over hash-sampled word
 * shingles (a MinHash-style sketch that, unlike one signature per article, also catches a wire story
 * pasted into a longer article); each article is then checked shingle by shingle against the (at most
 * {@link #MAX_SOURCES}) earlier articles sharing the most samples. Near-linear: posting lists longer than
 * {@link #MAX_POSTINGS} (boilerplate every page carries) are not followed.
 *
 * <p>This is the one notion of "copy" in Parallax: two articles are copies when they share at least
 * {@link #MIN_COPIED_CHARS} characters of runs of {@link #SHINGLE_WORDS}-word shingles, or when the
 * shared runs make at least half of the shorter one. Pure and thread-safe.
 */
public final class CopyFinder {
    /** Words per shingle: long enough that two independent reports do not share one by chance. */
    public static final int SHINGLE_WORDS = 12;
    /** Characters of shared passages that make two articles copies whatever their length. */
    public static final int MIN_COPIED_CHARS = 400;
    static final double MIN_SHARE = 0.5;
    static final double NEAR_DUPLICATE = 0.8;
    /** Sampled shingles an earlier article must share with an article to be checked as its source. */
    public static final int MIN_SHARED_SAMPLES = 2;
    /** Articles a sampled shingle indexes, the earliest first; the rest are boilerplate every page carries. */
    public static final int MAX_POSTINGS = 200;
    /** Earlier articles each article is checked against: those sharing the most sampled shingles. */
    public static final int MAX_SOURCES = 3;

    /** Every copy among the articles, in the order of their copying article. */
    public List<Copy> find(List<Article> articles) {
        List<long[]> samples = articles.parallelStream().map(a -> Fingerprint.of(a, SHINGLE_WORDS).sample()).toList();
        Map<Long, List<Integer>> index = new HashMap<>();
        List<int[]> pairs = new ArrayList<>();
        int[] shared = new int[articles.size()]; // samples each earlier article shares with the current one
        int[] touched = new int[articles.size()];
        for (int i = 0; i < articles.size(); i++) {
            int count = 0;
            for (long h : samples.get(i)) {
                List<Integer> posting = index.computeIfAbsent(h, k -> new ArrayList<>());
                if (posting.size() < MAX_POSTINGS) {
                    for (int j : posting) {
                        if (shared[j]++ == 0) {
                            touched[count++] = j;
                        }
                    }
                    posting.add(i);
                }
            }
            // the few earlier articles sharing most samples: the likely sources, not every copy of a copy
            List<int[]> likely = new ArrayList<>();
            for (int t = 0; t < count; t++) {
                int j = touched[t];
                if (shared[j] >= MIN_SHARED_SAMPLES) {
                    likely.add(new int[]{j, shared[j]});
                }
                shared[j] = 0;
            }
            final int copy = i;
            likely.stream().sorted((x, y) -> x[1] == y[1] ? Integer.compare(x[0], y[0]) : Integer.compare(y[1], x[1]))
                    .limit(MAX_SOURCES)
                    .forEach(e -> pairs.add(new int[]{e[0], copy}));
        }
        // by copying article, so its fingerprint is computed once for all its likely sources
        Map<Integer, List<Integer>> sourcesOf = new java.util.TreeMap<>();
        for (int[] p : pairs) {
            sourcesOf.computeIfAbsent(p[1], k -> new ArrayList<>()).add(p[0]);
        }
        return sourcesOf.entrySet().parallelStream().flatMap(e -> {
            Article second = articles.get(e.getKey());
            Fingerprint b = Fingerprint.of(second, SHINGLE_WORDS);
            return e.getValue().stream().sorted().map(s -> {
                Article first = articles.get(s);
                return compare(first, Fingerprint.of(first, SHINGLE_WORDS), second, b);
            });
        }).filter(c -> c != null).toList();
    }

    /**
     * The article's sketch: its distinct hash-sampled shingles, as {@link #find} indexes them. A run split
     * across machines (parallax-spark) finds the same candidates as {@link #find} from these, applying
     * {@link #MAX_POSTINGS}, {@link #MIN_SHARED_SAMPLES} and {@link #MAX_SOURCES} in input order, then
     * checks each with {@link #compare}.
     */
    public static long[] sketch(Article article) {
        return Fingerprint.of(article, SHINGLE_WORDS).sample();
    }

    /**
     * The copy relation between two articles, {@code first} the earlier in input order, or null when they
     * are not copies.
     */
    public static Copy compare(Article first, Article second) {
        return compare(first, Fingerprint.of(first, SHINGLE_WORDS), second, Fingerprint.of(second, SHINGLE_WORDS));
    }

    private static Copy compare(Article first, Fingerprint a, Article second, Fingerprint b) {
        List<int[]> runsA = runs(a, b);
        List<int[]> runsB = runs(b, a);
        int copiedA = chars(a, runsA);
        int copiedB = chars(b, runsB);
        double shareA = a.keptChars() == 0 ? 0 : Math.min(1.0, copiedA / (double) a.keptChars());
        double shareB = b.keptChars() == 0 ? 0 : Math.min(1.0, copiedB / (double) b.keptChars());
        boolean copies = Math.min(copiedA, copiedB) >= MIN_COPIED_CHARS || Math.max(shareA, shareB) >= MIN_SHARE;
        if (!copies) {
            return null;
        }
        boolean secondCopies = secondIsCopy(first, second);
        Fingerprint copy = secondCopies ? b : a;
        Fingerprint source = secondCopies ? a : b;
        List<int[]> runs = secondCopies ? runsB : runsA;
        double share = secondCopies ? shareB : shareA;
        boolean near = shareA >= NEAR_DUPLICATE && shareB >= NEAR_DUPLICATE;
        return new Copy((secondCopies ? second : first).id(), (secondCopies ? first : second).id(),
                Math.round(share * 1000) / 1000.0, near, passages(copy, source, runs));
    }

    /** The earlier published article is the source; undated, the longer one (outlets trim wire copy). */
    private static boolean secondIsCopy(Article first, Article second) {
        if (first.published() != null && second.published() != null) {
            int c = first.published().date().compareTo(second.published().date());
            if (c != 0) {
                return c < 0;
            }
        }
        return first.original().length() >= second.original().length();
    }

    /** Maximal runs of consecutive shingles of {@code x} that {@code y} also has: [from, to] indices. */
    private static List<int[]> runs(Fingerprint x, Fingerprint y) {
        Set<Long> theirs = new HashSet<>(y.size() * 2);
        for (long h : y.hashes()) {
            theirs.add(h);
        }
        List<int[]> out = new ArrayList<>();
        int start = -1;
        for (int k = 0; k <= x.size(); k++) {
            boolean shared = k < x.size() && theirs.contains(x.hashes()[k]);
            if (shared && start < 0) {
                start = k;
            } else if (!shared && start >= 0) {
                out.add(new int[]{start, k - 1});
                start = -1;
            }
        }
        return out;
    }

    private static int chars(Fingerprint f, List<int[]> runs) {
        int sum = 0;
        for (int[] r : runs) {
            sum += f.ends()[r[1]] - f.starts()[r[0]];
        }
        return sum;
    }

    private static List<CopiedPassage> passages(Fingerprint copy, Fingerprint source, List<int[]> runs) {
        Map<Long, Integer> where = new HashMap<>();
        for (int k = source.size() - 1; k >= 0; k--) {
            where.put(source.hashes()[k], k);
        }
        List<CopiedPassage> out = new ArrayList<>();
        for (int[] r : runs) {
            int from = where.get(copy.hashes()[r[0]]);
            int to = Math.max(from, where.get(copy.hashes()[r[1]]));
            out.add(new CopiedPassage(copy.starts()[r[0]], copy.ends()[r[1]], source.starts()[from], source.ends()[to]));
        }
        return out;
    }
}
