package org.parallax.text;

import org.parallax.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Word n-gram shingles of a text, hashed, each with the span of original text it covers. Words are
 * compared in their folded form ({@link Normalizer#wordsOnly}), so typography does not hide a copy.
 * Used to find copied and syndicated passages. Thread-safe.
 */
public final class Shingles {
    private final long[] hashes;
    private final int[] starts;
    private final int[] ends;
    /** The hashes as a set, made on first use as the other side of {@link #sharedWith} (threads that race make equal sets). */
    private volatile LongSet set;

    private Shingles(long[] hashes, int[] starts, int[] ends) {
        this.hashes = hashes;
        this.starts = starts;
        this.ends = ends;
    }

    /** Shingles of {@code n} consecutive words over the whole of {@code text}. */
    public static Shingles of(String text, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be positive: " + n);
        }
        List<int[]> words = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || isInnerMark(text, i))) {
                i++;
            }
            if (i > s) {
                words.add(new int[]{s, i});
                folded.add(Normalizer.wordsOnly(text.substring(s, i)).replace(" ", ""));
            }
        }
        int count = Math.max(0, words.size() - n + 1);
        long[] hashes = new long[count];
        int[] starts = new int[count];
        int[] ends = new int[count];
        for (int k = 0; k < count; k++) {
            long h = 1125899906842597L;
            for (int j = k; j < k + n; j++) {
                h = 31 * h + folded.get(j).hashCode();
                h ^= (h >>> 29);
            }
            hashes[k] = h;
            starts[k] = words.get(k)[0];
            ends[k] = words.get(k + n - 1)[1];
        }
        return new Shingles(hashes, starts, ends);
    }

    private static boolean isInnerMark(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '’' || c == '-') && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    public int size() {
        return hashes.length;
    }

    public long hash(int k) {
        return hashes[k];
    }

    public Span span(int k) {
        return new Span(starts[k], ends[k]);
    }

    /**
     * The hashes as a set: one text is compared with many (an undated article with every dated sibling), so
     * the set is made once per text, where a {@code HashMap<Long, Boolean>} used to be made once per comparison.
     */
    private LongSet set() {
        LongSet s = set;
        if (s == null) {
            s = new LongSet(hashes);
            set = s;
        }
        return s;
    }

    /** A set of longs: open addressing, linear probing, at most half full; 0 kept aside as the empty mark. */
    private static final class LongSet {
        private final long[] table;
        private final int mask;
        private final boolean zero;

        LongSet(long[] values) {
            int size = Integer.highestOneBit(Math.max(4, values.length) * 2 - 1) << 1;
            table = new long[size];
            mask = size - 1;
            boolean z = false;
            for (long v : values) {
                if (v == 0) {
                    z = true;
                    continue;
                }
                int i = slot(v);
                while (table[i] != 0 && table[i] != v) {
                    i = (i + 1) & mask;
                }
                table[i] = v;
            }
            zero = z;
        }

        boolean contains(long v) {
            if (v == 0) {
                return zero;
            }
            for (int i = slot(v); ; i = (i + 1) & mask) {
                long t = table[i];
                if (t == v) {
                    return true;
                }
                if (t == 0) {
                    return false;
                }
            }
        }

        private int slot(long v) {
            return (int) ((v * 0x9E3779B97F4A7C15L) >>> 32) & mask;
        }
    }

    /**
     * Passages of this text whose shingles all occur in {@code other}: maximal runs of shared
     * shingles, as spans of this text, each at least {@code minShingles} shingles long.
     */
    public List<Span> sharedWith(Shingles other, int minShingles) {
        LongSet theirs = other.set();
        List<Span> out = new ArrayList<>();
        int runStart = -1;
        for (int k = 0; k <= hashes.length; k++) {
            boolean shared = k < hashes.length && theirs.contains(hashes[k]);
            if (shared && runStart < 0) {
                runStart = k;
            } else if (!shared && runStart >= 0) {
                if (k - runStart >= minShingles) {
                    out.add(new Span(starts[runStart], ends[k - 1]));
                }
                runStart = -1;
            }
        }
        return out;
    }
}
