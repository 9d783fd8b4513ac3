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
 */
public final class Embeddings {
    private static volatile AllMiniLmL6V2QuantizedEmbeddingModel model;

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

    /** One normalised vector per text, in order. */
    public static List<float[]> embed(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        List<Embedding> out = model().embedAll(segments).content();
        List<float[]> vectors = new ArrayList<>(out.size());
        for (Embedding e : out) {
            vectors.add(normalised(e.vector()));
        }
        return vectors;
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
