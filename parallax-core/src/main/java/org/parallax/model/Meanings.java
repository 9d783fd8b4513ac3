package org.parallax.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Sentence embeddings an article carries from its own pipeline to its stories: the texts of the article
 * that story stages will compare by meaning, each with its vector in half precision (16 bits a value,
 * 768 bytes for a 384-value vector). Computing them with the article means a story, and every later
 * analysis of it, finds them ready; the cache keeps them with the rest of the article.
 *
 * <p>Half precision is the precision of every sentence vector Parallax uses (see
 * {@code org.parallax.internal.Embeddings}): a vector computed now and one read back from here are the
 * same floats. Immutable.
 */
public final class Meanings {
    /** No vectors. */
    public static final Meanings NONE = new Meanings(List.of(), new short[0], 0);

    private final List<String> texts;
    private final short[] halves;
    private final int dimension;

    /**
     * @param texts     the texts, distinct
     * @param halves    their vectors one after another, {@code dimension} half-precision values each
     * @param dimension the length of a vector
     */
    public Meanings(List<String> texts, short[] halves, int dimension) {
        this.texts = List.copyOf(texts);
        this.halves = halves.clone();
        this.dimension = dimension;
        if (halves.length != this.texts.size() * dimension) {
            throw new IllegalArgumentException(halves.length + " values for " + this.texts.size() + " vectors of " + dimension);
        }
    }

    /** The vectors (floats exactly representable in half precision) of these texts, in order. */
    public static Meanings of(List<String> texts, List<float[]> vectors) {
        if (texts.size() != vectors.size()) {
            throw new IllegalArgumentException(texts.size() + " texts and " + vectors.size() + " vectors");
        }
        if (texts.isEmpty()) {
            return NONE;
        }
        int dimension = vectors.get(0).length;
        short[] halves = new short[texts.size() * dimension];
        for (int i = 0; i < vectors.size(); i++) {
            float[] v = vectors.get(i);
            if (v.length != dimension) {
                throw new IllegalArgumentException("vectors of " + dimension + " and " + v.length + " values");
            }
            for (int d = 0; d < dimension; d++) {
                halves[i * dimension + d] = toHalf(v[d]);
            }
        }
        return new Meanings(texts, halves, dimension);
    }

    public int size() {
        return texts.size();
    }

    public List<String> texts() {
        return texts;
    }

    public int dimension() {
        return dimension;
    }

    /** The vector of the i-th text, as floats. */
    public float[] vector(int i) {
        float[] out = new float[dimension];
        for (int d = 0; d < dimension; d++) {
            out[d] = toFloat(halves[i * dimension + d]);
        }
        return out;
    }

    /** The half-precision values, {@link #dimension()} per text (a copy). */
    public short[] halves() {
        return halves.clone();
    }

    /** These meanings and the other's texts this one lacks. */
    public Meanings plus(Meanings other) {
        if (other.size() == 0) {
            return this;
        }
        if (size() == 0) {
            return other;
        }
        if (other.dimension != dimension) {
            throw new IllegalArgumentException("vectors of " + dimension + " and " + other.dimension + " values");
        }
        List<String> all = new ArrayList<>(texts);
        short[] out = Arrays.copyOf(halves, halves.length + other.halves.length);
        int n = texts.size();
        java.util.Set<String> held = new java.util.HashSet<>(texts);
        for (int i = 0; i < other.size(); i++) {
            if (held.add(other.texts.get(i))) {
                System.arraycopy(other.halves, i * dimension, out, n * dimension, dimension);
                all.add(other.texts.get(i));
                n++;
            }
        }
        return new Meanings(all, Arrays.copyOf(out, n * dimension), dimension);
    }

    /**
     * A float rounded to the nearest half-precision value (IEEE 754 binary16, ties to even), as its 16 bits;
     * values beyond the half range become infinite, NaN stays NaN.
     */
    public static short toHalf(float value) {
        int bits = Float.floatToRawIntBits(value);
        int sign = (bits >>> 16) & 0x8000;
        int exponent = (bits >>> 23) & 0xff;
        int mantissa = bits & 0x7fffff;
        if (exponent == 0xff) {
            return (short) (sign | 0x7c00 | (mantissa != 0 ? 0x200 : 0));
        }
        int e = exponent - 127 + 15;
        if (e >= 0x1f) {
            return (short) (sign | 0x7c00);
        }
        if (e <= 0) {
            if (e < -10) {
                return (short) sign; // below half of the smallest subnormal: zero
            }
            int m = mantissa | 0x800000; // the implicit bit
            int shift = 14 - e;
            int half = m >>> shift;
            int rest = m & ((1 << shift) - 1);
            int midpoint = 1 << (shift - 1);
            if (rest > midpoint || rest == midpoint && (half & 1) != 0) {
                half++;
            }
            return (short) (sign | half);
        }
        int half = (e << 10) | (mantissa >>> 13);
        int rest = mantissa & 0x1fff;
        if (rest > 0x1000 || rest == 0x1000 && (half & 1) != 0) {
            half++; // a carry into the exponent is right, up to infinity
        }
        return (short) (sign | half);
    }

    /** The float of half-precision bits (exact). */
    public static float toFloat(short half) {
        int h = half & 0xffff;
        int sign = (h & 0x8000) << 16;
        int exponent = (h >>> 10) & 0x1f;
        int mantissa = h & 0x3ff;
        if (exponent == 0x1f) {
            return Float.intBitsToFloat(sign | 0x7f800000 | (mantissa << 13));
        }
        if (exponent == 0) {
            float magnitude = mantissa * 0x1p-24f; // subnormal: exact in a float
            return sign == 0 ? magnitude : -magnitude;
        }
        return Float.intBitsToFloat(sign | ((exponent - 15 + 127) << 23) | (mantissa << 13));
    }

    /** A float rounded to half precision and back. */
    public static float rounded(float value) {
        return toFloat(toHalf(value));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Meanings m && m.dimension == dimension && m.texts.equals(texts) && Arrays.equals(m.halves, halves);
    }

    @Override
    public int hashCode() {
        return Objects.hash(texts, dimension) * 31 + Arrays.hashCode(halves);
    }

    @Override
    public String toString() {
        return "Meanings[" + texts.size() + " texts]";
    }
}
