package org.parallax.cluster;

import java.util.Arrays;

/**
 * An open-addressing map from int keys (term ids) to float sums: a story's summed term vector without
 * boxing. Not thread-safe; each instance belongs to one clustering run.
 */
final class IntFloatMap {
    private static final int FREE = -1;
    private int[] keys;
    private float[] values;
    private int size;

    IntFloatMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new int[capacity];
        values = new float[capacity];
        Arrays.fill(keys, FREE);
    }

    int size() {
        return size;
    }

    float get(int key) {
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == FREE) {
                return 0f;
            }
        }
    }

    void add(int key, float value) {
        if ((size + 1) * 4 > keys.length * 3) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == key) {
                values[i] += value;
                return;
            }
            if (k == FREE) {
                keys[i] = key;
                values[i] = value;
                size++;
                return;
            }
        }
    }

    /** Adds every entry of {@code other} to this map. */
    void addAll(IntFloatMap other) {
        for (int i = 0; i < other.keys.length; i++) {
            if (other.keys[i] != FREE) {
                add(other.keys[i], other.values[i]);
            }
        }
    }

    /** Dot product with another map, iterating the smaller one. */
    double dot(IntFloatMap other) {
        IntFloatMap small = size <= other.size ? this : other;
        IntFloatMap large = small == this ? other : this;
        double sum = 0;
        for (int i = 0; i < small.keys.length; i++) {
            if (small.keys[i] != FREE) {
                sum += small.values[i] * large.get(small.keys[i]);
            }
        }
        return sum;
    }

    double normSquared() {
        double sum = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != FREE) {
                sum += (double) values[i] * values[i];
            }
        }
        return sum;
    }

    private void grow() {
        int[] oldKeys = keys;
        float[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new float[oldKeys.length * 2];
        Arrays.fill(keys, FREE);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                add(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
