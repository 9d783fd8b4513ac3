package org.parallax.spark;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BlockingTest {
    @Test
    void articlesSharingAKeyShareABlock() {
        Blocking b = new Blocking(6, 10);
        b.join(List.of(new int[]{0, 3}, new int[]{3, 5}).iterator());
        int[] blocks = b.blocks();
        assertThat(blocks[0]).isEqualTo(blocks[3]).isEqualTo(blocks[5]);
        assertThat(b.refused()).isZero();
    }

    @Test
    void noBlockOutgrowsTheCapAndTheRarestKeysJoinFirst() {
        Blocking b = new Blocking(6, 3);
        // rarest first: {0,1} and {2,3} are strong pairs; the common key {0..5} may only fill up to the cap
        b.join(List.of(new int[]{0, 1}, new int[]{2, 3}, new int[]{0, 1, 2, 3, 4, 5}).iterator());
        int[] blocks = b.blocks();
        assertThat(blocks[0]).isEqualTo(blocks[1]);
        assertThat(blocks[2]).isEqualTo(blocks[3]);
        assertThat(blocks[0]).isNotEqualTo(blocks[2]);
        for (int block : blocks) {
            assertThat(java.util.Arrays.stream(blocks).filter(x -> x == block).count()).isLessThanOrEqualTo(3);
        }
        assertThat(b.refused()).isPositive();
    }

    @Test
    void smallComponentsArePackedInInputOrderUpToTheCap() {
        Blocking b = new Blocking(5, 2);
        b.join(List.<int[]>of().iterator());
        assertThat(b.blocks()).containsExactly(0, 0, 1, 1, 2);
    }

    @Test
    void refusesAnEmptyBlock() {
        assertThatThrownBy(() -> new Blocking(3, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
