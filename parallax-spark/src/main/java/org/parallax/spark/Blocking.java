package org.parallax.spark;

import java.util.Iterator;

/**
 * Sorts articles into blocks of at most {@code blockSize} that the existing clusterer can take one at a
 * time, keeping articles that share salient terms together. Each article brings blocking keys: each of its
 * salient terms alone, and with its publication week in two offset grids (so two articles published within
 * half a window always share one). Keys are read from the rarest to the commonest (fewest articles first):
 * the articles of a key join one component unless that would make it larger than the block size, so the
 * strongest links (a rare name, a near-duplicate's terms) join first and only the weakest are refused at
 * the cap; a windowed key is rarer than its term alone, so articles close in time join before far ones.
 * Then components are packed in input order into blocks up to the cap, so that even a small topic is
 * clustered with a block's worth of other articles around it (the clusterer's IDF comes from its block).
 *
 * <p>Runs on the driver over a stream of keys: memory is two ints per article. Not thread-safe.
 */
final class Blocking {
    private final int[] parent;
    private final int[] size;
    private final int blockSize;
    private long refused;
    private long keys;

    Blocking(int articles, int blockSize) {
        if (blockSize < 1) {
            throw new IllegalArgumentException("block size must be positive: " + blockSize);
        }
        this.parent = new int[articles];
        this.size = new int[articles];
        for (int i = 0; i < articles; i++) {
            parent[i] = i;
            size[i] = 1;
        }
        this.blockSize = blockSize;
    }

    /** Joins the articles of each key, keys rarest first (as given), members ascending. */
    void join(Iterator<int[]> keysRarestFirst) {
        while (keysRarestFirst.hasNext()) {
            int[] members = keysRarestFirst.next();
            keys++;
            int root = find(members[0]);
            for (int k = 1; k < members.length; k++) {
                int other = find(members[k]);
                if (other == root) {
                    continue;
                }
                if (size[root] + size[other] > blockSize) {
                    refused++;
                    continue;
                }
                // the larger component keeps its root
                if (size[other] > size[root]) {
                    int t = root;
                    root = other;
                    other = t;
                }
                parent[other] = root;
                size[root] += size[other];
            }
        }
    }

    /** The block of each article: components packed in order of their first article, none split. */
    int[] blocks() {
        int n = parent.length;
        int[] blockOfRoot = new int[n];
        java.util.Arrays.fill(blockOfRoot, -1);
        int[] out = new int[n];
        int block = 0;
        int fill = 0;
        for (int i = 0; i < n; i++) {
            int root = find(i);
            if (blockOfRoot[root] < 0) {
                if (fill > 0 && fill + size[root] > blockSize) {
                    block++;
                    fill = 0;
                }
                blockOfRoot[root] = block;
                fill += size[root];
            }
            out[i] = blockOfRoot[root];
        }
        return out;
    }

    /** Joins refused because the component would have outgrown a block: where blocks cut stories. */
    long refused() {
        return refused;
    }

    long keys() {
        return keys;
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
