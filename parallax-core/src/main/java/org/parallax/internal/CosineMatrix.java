package org.parallax.internal;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Many cosines of one set of {@link Embeddings} vectors at once: chosen vectors with every vector up to
 * a bound, as complete linkage over a story's sentences needs them (each distinct sentence with every
 * distinct sentence before it). The vectors are held as one array of doubles, row after
 * row, and multiplied three rows by three columns at a time (nine running sums kept in registers, each
 * value loaded once for three products): about three times the pairs a second of one {@link
 * Embeddings#cosine} call per pair, which waits on its loads and conversions.
 *
 * <p>The cosines are the same doubles as {@link Embeddings#cosine} gives, whatever the order of addition:
 * the vectors are in half precision, so every component is a multiple of 2<sup>-24</sup> of magnitude at
 * most 1, every product a multiple of 2<sup>-48</sup>, and every partial sum (at most the product of the
 * two norms, about 1) needs at most 49 significant bits, which a double holds exactly.
 *
 * <p>Cost: O(n·d) memory for n vectors of d dimensions (8 bytes a value, 3 KB a vector), O(r·c·d) time for
 * r rows of c columns.
 */
public final class CosineMatrix {
    private final double[] values;
    private final int dimension;
    private final int size;

    /** The vectors, all of one dimension (those {@link Embeddings} gives). */
    public CosineMatrix(List<float[]> vectors) {
        this.size = vectors.size();
        this.dimension = vectors.isEmpty() ? 0 : vectors.get(0).length;
        this.values = new double[Math.multiplyExact(size, dimension)];
        for (int i = 0; i < size; i++) {
            float[] v = vectors.get(i);
            if (v.length != dimension) {
                throw new IllegalArgumentException("vector " + i + " has " + v.length + " dimensions, not " + dimension);
            }
            for (int k = 0; k < dimension; k++) {
                values[i * dimension + k] = v[k];
            }
        }
    }

    public int size() {
        return size;
    }

    /**
     * For each vector {@code ids[r]}, its cosines with vectors {@code 0} to {@code columns - 1}: row {@code r}
     * has length {@code columns}. Rows are computed three at a time in parallel on the common pool.
     */
    public double[][] rows(int[] ids, int columns) {
        if (columns < 0 || columns > size) {
            throw new IndexOutOfBoundsException(columns + " columns of " + size);
        }
        for (int id : ids) {
            if (id < 0 || id >= size) {
                throw new IndexOutOfBoundsException("row " + id + " of " + size);
            }
        }
        double[][] rows = new double[ids.length][columns];
        int triples = (ids.length + 2) / 3;
        IntStream.range(0, triples).parallel().forEach(t -> {
            int r = 3 * t;
            if (r + 3 <= ids.length) {
                fillThree(rows, ids, r, columns);
            } else {
                for (; r < ids.length; r++) {
                    for (int j = 0; j < columns; j++) {
                        rows[r][j] = dot(ids[r], j);
                    }
                }
            }
        });
        return rows;
    }

    /** Rows r, r+1, r+2: three columns at a time, then the last columns one by one. */
    private void fillThree(double[][] rows, int[] ids, int r, int columns) {
        double[] r0 = rows[r];
        double[] r1 = rows[r + 1];
        double[] r2 = rows[r + 2];
        double[] m = values;
        int d = dimension;
        int a0 = ids[r] * d;
        int a1 = ids[r + 1] * d;
        int a2 = ids[r + 2] * d;
        int j = 0;
        for (; j + 3 <= columns; j += 3) {
            int b0 = j * d;
            int b1 = b0 + d;
            int b2 = b1 + d;
            double c00 = 0, c01 = 0, c02 = 0, c10 = 0, c11 = 0, c12 = 0, c20 = 0, c21 = 0, c22 = 0;
            for (int k = 0; k < d; k++) {
                double x0 = m[a0 + k];
                double x1 = m[a1 + k];
                double x2 = m[a2 + k];
                double y0 = m[b0 + k];
                double y1 = m[b1 + k];
                double y2 = m[b2 + k];
                c00 += x0 * y0;
                c01 += x0 * y1;
                c02 += x0 * y2;
                c10 += x1 * y0;
                c11 += x1 * y1;
                c12 += x1 * y2;
                c20 += x2 * y0;
                c21 += x2 * y1;
                c22 += x2 * y2;
            }
            r0[j] = c00;
            r0[j + 1] = c01;
            r0[j + 2] = c02;
            r1[j] = c10;
            r1[j + 1] = c11;
            r1[j + 2] = c12;
            r2[j] = c20;
            r2[j + 1] = c21;
            r2[j + 2] = c22;
        }
        for (; j < columns; j++) {
            r0[j] = dot(ids[r], j);
            r1[j] = dot(ids[r + 1], j);
            r2[j] = dot(ids[r + 2], j);
        }
    }

    private double dot(int i, int j) {
        double s = 0;
        int a = i * dimension;
        int b = j * dimension;
        for (int k = 0; k < dimension; k++) {
            s += values[a + k] * values[b + k];
        }
        return s;
    }
}
