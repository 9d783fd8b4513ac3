package org.parallax.cluster.dedup;

import org.parallax.model.Article;
import org.parallax.model.Passage;
import org.parallax.text.Shingles;

import java.util.Arrays;

/**
 * The word shingles of an article's kept text, with offsets into its original, and the hash-sampled
 * subset that the copy index uses as a sketch (a shingle is sampled when its mixed hash falls in one
 * {@link #SAMPLE_RATE}th of the hash range, so two copies of a passage sample the same shingles).
 */
record Fingerprint(long[] hashes, int[] starts, int[] ends, int keptChars) {
    static final int SAMPLE_RATE = 8;

    static Fingerprint of(Article article, int words) {
        Shingles all = Shingles.of(article.original(), words);
        long[] hashes = new long[all.size()];
        int[] starts = new int[all.size()];
        int[] ends = new int[all.size()];
        int kept = 0;
        int p = 0;
        var body = article.body();
        for (int k = 0; k < all.size(); k++) {
            int s = all.span(k).start();
            int e = all.span(k).end();
            while (p < body.size() && body.get(p).span().end() < e) {
                p++;
            }
            if (p < body.size() && inside(body.get(p), s, e)) {
                hashes[kept] = all.hash(k);
                starts[kept] = s;
                ends[kept++] = e;
            }
        }
        int chars = 0;
        for (Passage passage : body) {
            chars += passage.span().end() - passage.span().start();
        }
        return new Fingerprint(Arrays.copyOf(hashes, kept), Arrays.copyOf(starts, kept), Arrays.copyOf(ends, kept), chars);
    }

    private static boolean inside(Passage passage, int start, int end) {
        return passage.span().start() <= start && end <= passage.span().end();
    }

    /** The sampled shingle hashes, distinct. */
    long[] sample() {
        return Arrays.stream(hashes).filter(Fingerprint::sampled).distinct().toArray();
    }

    static boolean sampled(long hash) {
        long h = hash * 0x9E3779B97F4A7C15L;
        return Long.remainderUnsigned(h >>> 7, SAMPLE_RATE) == 0;
    }

    int size() {
        return hashes.length;
    }
}
