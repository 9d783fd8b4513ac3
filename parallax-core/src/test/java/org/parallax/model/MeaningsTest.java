package org.parallax.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Half precision as IEEE 754 binary16 rounds, and vectors kept by text. */
class MeaningsTest {
    @Test
    void everyHalfValueComesBackAsItsOwnBits() {
        for (int bits = 0; bits <= 0xffff; bits++) {
            short h = (short) bits;
            float f = Meanings.toFloat(h);
            if (Float.isNaN(f)) {
                assertThat(Float.isNaN(Meanings.toFloat(Meanings.toHalf(f)))).isTrue();
            } else {
                assertThat(Meanings.toHalf(f)).as("bits %04x", bits).isEqualTo(h);
            }
        }
        assertThat(Meanings.toFloat((short) 0x3c00)).isEqualTo(1f);
        assertThat(Meanings.toFloat((short) 0x0001)).isEqualTo(0x1p-24f);
        assertThat(Meanings.toFloat((short) 0x7bff)).isEqualTo(65504f);
    }

    @Test
    void aFloatRoundsToTheNearestHalfTiesToEven() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            // vector components of unit length vectors, and the subnormal range below them
            float x = (float) (random.nextDouble(-1, 1) * Math.pow(2, -random.nextInt(0, 26)));
            float r = Meanings.rounded(x);
            // compare magnitudes: the half's magnitude bits and its neighbours away from and toward zero
            float a = Math.abs(x);
            int mag = Meanings.toHalf(x) & 0x7fff;
            assertThat(Math.abs(r)).isEqualTo(Meanings.toFloat((short) mag));
            float away = Meanings.toFloat((short) (mag + 1));
            assertThat(Math.abs(a - Math.abs(r))).as("%s -> %s", x, r).isLessThanOrEqualTo(Math.abs(a - away));
            if (mag != 0) {
                float toward = Meanings.toFloat((short) (mag - 1));
                assertThat(Math.abs(a - Math.abs(r))).as("%s -> %s", x, r).isLessThanOrEqualTo(Math.abs(a - toward));
            }
        }
        // halfway between 1 and the next half (1 + 2^-10): to the even one, 1
        assertThat(Meanings.rounded(1 + 0x1p-11f)).isEqualTo(1f);
        assertThat(Meanings.rounded(1 + 3 * 0x1p-11f)).isEqualTo(1 + 0x1p-9f);
        assertThat(Meanings.rounded(70000f)).isEqualTo(Float.POSITIVE_INFINITY);
        assertThat(Meanings.rounded(0x1p-26f)).isEqualTo(0f);
    }

    @Test
    void vectorsComeBackInHalfPrecisionByPosition() {
        float[] a = {0.1f, -0.2f, 0.3f};
        float[] b = {1f, 0f, -1f};
        Meanings m = Meanings.of(List.of("first", "second"), List.of(a, b));
        assertThat(m.size()).isEqualTo(2);
        assertThat(m.vector(0)).containsExactly(Meanings.rounded(0.1f), Meanings.rounded(-0.2f), Meanings.rounded(0.3f));
        assertThat(m.vector(1)).containsExactly(1f, 0f, -1f);
        Meanings more = m.plus(Meanings.of(List.of("second", "third"), List.of(a, a)));
        assertThat(more.texts()).containsExactly("first", "second", "third");
        assertThat(more.vector(1)).containsExactly(1f, 0f, -1f);
        assertThat(more.vector(2)).isEqualTo(m.vector(0));
        assertThat(new Meanings(m.texts(), m.halves(), 3)).isEqualTo(m).hasSameHashCodeAs(m);
        assertThatThrownBy(() -> Meanings.of(List.of("x"), List.of(a, b))).isInstanceOf(IllegalArgumentException.class);
    }
}
