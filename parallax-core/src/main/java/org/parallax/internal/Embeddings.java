package org.parallax.internal;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantised), whose model ships inside its Maven jar: nothing
 * is downloaded. The model is loaded once per process on first use. Vectors are L2-normalised, so a
 * dot product is the cosine. Thread-safe.
 *
 * <p>A story's stages embed many of the same sentences (claims, disputes, event dates, the summary, and a
 * story analysed again when an article joins it): the last {@link #MEMO_SIZE} vectors are kept by text
 * (about 2 KB each, so at most some 40 MB), and only texts not held are sent to the model, in one call.
 */
public final class Embeddings {
    static final int MEMO_SIZE = 20_000;
    private static volatile AllMiniLmL6V2QuantizedEmbeddingModel model;
    private static final java.util.Map<String, float[]> MEMO = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, float[]> eldest) {
                    return size() > MEMO_SIZE;
                }
            });

    private Embeddings() {
    }

    private static AllMiniLmL6V2QuantizedEmbeddingModel model() {
        AllMiniLmL6V2QuantizedEmbeddingModel m = model;
        if (m == null) {
            synchronized (Embeddings.class) {
                m = model;
                if (m == null) {
                    m = new AllMiniLmL6V2QuantizedEmbeddingModel();
                    model = m;
                }
            }
        }
        return m;
    }

    /** Loads the model now (it loads on first use otherwise). */
    public static void load() {
        model();
    }

    /** Forgets the vectors kept so far (for benchmarks that measure a cold story). */
    public static void forget() {
        MEMO.clear();
    }

    /** One normalised vector per text, in order. */
    public static List<float[]> embed(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        float[][] vectors = new float[texts.size()][];
        java.util.Map<String, List<Integer>> missing = new java.util.LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            vectors[i] = MEMO.get(texts.get(i));
            if (vectors[i] == null) {
                missing.computeIfAbsent(texts.get(i), t -> new ArrayList<>()).add(i);
            }
        }
        if (!missing.isEmpty()) {
            List<String> todo = new ArrayList<>(missing.keySet());
            List<Embedding> out = model().embedAll(todo.stream().map(TextSegment::from).toList()).content();
            for (int k = 0; k < todo.size(); k++) {
                float[] v = normalised(out.get(k).vector());
                MEMO.put(todo.get(k), v);
                for (int i : missing.get(todo.get(k))) {
                    vectors[i] = v;
                }
            }
        }
        return java.util.Arrays.asList(vectors);
    }

    public static float[] embed(String text) {
        return embed(List.of(text)).get(0);
    }

    /** Cosine of two normalised vectors. */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private static float[] normalised(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float len = (float) Math.sqrt(norm);
        if (len == 0) {
            return v;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] / len;
        }
        return out;
    }
}
