package org.parallax.internal;

import org.junit.jupiter.api.Test;
import org.parallax.model.Meanings;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The blocked cosines are the very doubles one {@link Embeddings#cosine} call per pair gives: vectors in
 * half precision make every sum exact, whatever the order of addition.
 */
class CosineMatrixTest {
    @Test
    void rowsAreTheSameDoublesAsOnePairAtATime() {
        Random random = new Random(7);
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            vectors.add(halfUnit(random, i % 17 == 0));
        }
        CosineMatrix matrix = new CosineMatrix(vectors);
        // rows in any order, repeated, fewer or more than three, against every column count
        int[][] rowSets = {java.util.stream.IntStream.range(0, 101).toArray(), {100, 3, 3, 57}, {40}, {99, 0}, {}, {17, 34, 51, 68, 85}};
        for (int[] ids : rowSets) {
            for (int columns : new int[]{0, 1, 2, 3, 4, 50, 100, 101}) {
                double[][] rows = matrix.rows(ids, columns);
                assertThat(rows.length).isEqualTo(ids.length);
                for (int r = 0; r < ids.length; r++) {
                    assertThat(rows[r]).hasSize(columns);
                    for (int j = 0; j < columns; j++) {
                        assertThat(rows[r][j]).as("cosine %d-%d", ids[r], j)
                                .isEqualTo(Embeddings.cosine(vectors.get(ids[r]), vectors.get(j)));
                    }
                }
            }
        }
    }

    @Test
    void realSentencesGiveTheirCosines() {
        List<float[]> vectors = Embeddings.embed(List.of(
                "The court sentenced him to life in prison.",
                "He was sentenced to life imprisonment by the court.",
                "Heavy rain flooded the valley overnight.",
                "",
                "A judge gave him a life sentence."));
        double[][] rows = new CosineMatrix(vectors).rows(new int[]{0, 1, 2, 3, 4}, 5);
        assertThat(rows[1][0]).isEqualTo(Embeddings.cosine(vectors.get(1), vectors.get(0))).isGreaterThan(0.7);
        assertThat(rows[2][0]).isLessThan(0.3);
        assertThat(rows[3]).containsOnly(0.0);
        assertThat(rows[0][0]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(rows[4][0]).isGreaterThan(rows[4][2]);
    }

    @Test
    void vectorsOfAnotherLengthOrRowsOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new CosineMatrix(List.of(new float[3], new float[4])))
                .hasMessageContaining("vector 1 has 4 dimensions, not 3");
        assertThatThrownBy(() -> new CosineMatrix(List.of(new float[3])).rows(new int[]{0}, 2))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new CosineMatrix(List.of(new float[3])).rows(new int[]{1}, 1))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    /** A random unit vector rounded to half precision, as {@link Embeddings} holds them; a few tiny components (subnormal halves) when asked. */
    private static float[] halfUnit(Random random, boolean tiny) {
        float[] v = new float[Embeddings.DIMENSION];
        double norm = 0;
        for (int k = 0; k < v.length; k++) {
            v[k] = (float) random.nextGaussian();
            norm += v[k] * v[k];
        }
        for (int k = 0; k < v.length; k++) {
            v[k] = Meanings.rounded((float) (v[k] / Math.sqrt(norm)));
        }
        if (tiny) {
            v[3] = Meanings.rounded(3e-8f);
            v[200] = Meanings.rounded(-1e-6f);
        }
        return v;
    }
}
