package org.parallax.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A blank text (an empty clause, a sentence of spaces) is alike to nothing; the model itself refuses it. */
class EmbeddingsBlankTest {
    @Test
    void aBlankTextGetsTheZeroVectorAndTheOthersTheirOwn() {
        List<float[]> v = Embeddings.embed(List.of(" ", "The court sentenced him to life in prison.", ""));
        assertThat(v).hasSize(3);
        assertThat(v.get(0)).hasSize(Embeddings.DIMENSION).containsOnly(0f);
        assertThat(v.get(2)).containsOnly(0f);
        assertThat(v.get(1)).hasSize(Embeddings.DIMENSION);
        assertThat(Embeddings.cosine(v.get(1), v.get(1))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(Embeddings.cosine(v.get(0), v.get(1))).isZero();
    }

    @Test
    void vectorsOfAnotherLengthAreNotHeld() {
        String text = "The harbour strike ended after nine days.";
        Embeddings.hold(new org.parallax.model.Meanings(List.of(text), new short[3], 3));
        float[] v = Embeddings.embed(text);
        assertThat(v).hasSize(Embeddings.DIMENSION);
        assertThat(Embeddings.cosine(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
    }
}
