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
    void lowerRowsAreTheSameDoublesAsOnePairAtATime() {
        Random random = new Random(7);
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            vectors.add(halfUnit(random, i % 17 == 0));
        }
        CosineMatrix matrix = new CosineMatrix(vectors);
        for (int[] range : new int[][]{{0, 101}, {1, 5}, {40, 41}, {50, 99}, {100, 101}, {7, 7}}) {
            double[][] rows = matrix.lowerRows(range[0], range[1]);
            assertThat(rows.length).isEqualTo(range[1] - range[0]);
            for (int i = range[0]; i < range[1]; i++) {
                assertThat(rows[i - range[0]]).hasSize(i);
                for (int j = 0; j < i; j++) {
                    assertThat(rows[i - range[0]][j]).as("cosine %d-%d", i, j)
                            .isEqualTo(Embeddings.cosine(vectors.get(i), vectors.get(j)));
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
        double[][] rows = new CosineMatrix(vectors).lowerRows(0, 5);
        assertThat(rows[1][0]).isEqualTo(Embeddings.cosine(vectors.get(1), vectors.get(0))).isGreaterThan(0.7);
        assertThat(rows[2][0]).isLessThan(0.3);
        assertThat(rows[3]).containsOnly(0.0);
        assertThat(rows[4][0]).isGreaterThan(rows[4][2]);
    }

    @Test
    void vectorsOfAnotherLengthOrRowsOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new CosineMatrix(List.of(new float[3], new float[4])))
                .hasMessageContaining("vector 1 has 4 dimensions, not 3");
        assertThatThrownBy(() -> new CosineMatrix(List.of(new float[3])).lowerRows(0, 2))
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
