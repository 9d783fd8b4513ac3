package org.parallax.internal;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import org.parallax.model.Meanings;

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
 *
 * <p>The texts of a call run one per ONNX run on a process-wide pool of one thread per core, each run on a
 * single thread ({@link MiniLm}). langchain4j's own model runs them on its pool too, but each ONNX session
 * run then starts a thread per core of its own: on two cores four threads spin for two, and a call took
 * 1.3-1.6x as long for vectors identical to the last bit (1,500 dev-story sentences).
 */
public final class Embeddings {
    static final int MEMO_SIZE = 20_000;
    /** The model's vector length. */
    static final int DIMENSION = 384;
    private static final boolean TALLY = Boolean.getBoolean("parallax.tallyEmbeddings");
    private static volatile MiniLm model;
    private static final java.util.Map<String, float[]> MEMO = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, float[]> eldest) {
                    return size() > MEMO_SIZE;
                }
            });

    private Embeddings() {
    }

    private static MiniLm model() {
        MiniLm m = model;
        if (m == null) {
            synchronized (Embeddings.class) {
                m = model;
                if (m == null) {
                    m = new MiniLm();
                    model = m;
                }
            }
        }
        return m;
    }

    /**
     * all-MiniLM-L6-v2 (quantised) from its jar, as {@link AllMiniLmL6V2QuantizedEmbeddingModel} loads it
     * (mean pooling), in an ONNX session of one intra-op and one inter-op thread; the texts of a call are
     * spread over a daemon pool of one thread per core.
     */
    private static final class MiniLm extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        MiniLm() {
            super(pool());
            Class<?> jar = AllMiniLmL6V2QuantizedEmbeddingModel.class;
            try (var model = jar.getResourceAsStream("/all-minilm-l6-v2-q.onnx");
                 var tokenizer = jar.getResourceAsStream("/all-minilm-l6-v2-q-tokenizer.json");
                 var options = new ai.onnxruntime.OrtSession.SessionOptions()) {
                if (model == null || tokenizer == null) {
                    throw new IllegalStateException("all-MiniLM-L6-v2-q: model or tokenizer missing from the classpath");
                }
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                var env = ai.onnxruntime.OrtEnvironment.getEnvironment();
                encoder = new OnnxBertBiEncoder(env, env.createSession(model.readAllBytes(), options), tokenizer, PoolingMode.MEAN);
            } catch (java.io.IOException | ai.onnxruntime.OrtException e) {
                throw new IllegalStateException("all-MiniLM-L6-v2-q could not be loaded: " + e.getMessage(), e);
            }
        }

        private static java.util.concurrent.ExecutorService pool() {
            java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
            return java.util.concurrent.Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
                Thread t = new Thread(r, "parallax-embeddings-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }
    }

    /** Loads the model now (it loads on first use otherwise). */
    public static void load() {
        model();
    }

    /** Forgets the vectors kept so far (for benchmarks that measure a cold story). */
    public static void forget() {
        MEMO.clear();
    }

    /** One normalised vector per text, in order; a blank text gets the zero vector (cosine 0 with any other). */
    public static List<float[]> embed(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        float[][] vectors = new float[texts.size()][];
        java.util.Map<String, List<Integer>> missing = new java.util.LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i) == null || texts.get(i).isBlank()) {
                vectors[i] = new float[DIMENSION]; // nothing to mean: alike to nothing (the model refuses it)
                continue;
            }
            vectors[i] = MEMO.get(texts.get(i));
            if (vectors[i] == null) {
                missing.computeIfAbsent(texts.get(i), t -> new ArrayList<>()).add(i);
            }
        }
        if (!missing.isEmpty()) {
            List<String> todo = new ArrayList<>(missing.keySet());
            if (TALLY) {
                StackTraceElement caller = java.util.Arrays.stream(Thread.currentThread().getStackTrace())
                        .filter(e -> !e.getClassName().endsWith("Embeddings") && !e.getClassName().startsWith("java."))
                        .findFirst().orElseThrow();
                System.err.printf("embed-miss %s:%d %d%n", caller.getClassName(), caller.getLineNumber(), todo.size());
            }
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

    /**
     * The vectors of the texts whose flag is set, by position, the others null: for a caller whose cheap
     * tests already ruled out most texts, so that only the rest reach the model.
     */
    public static float[][] embedWhere(List<String> texts, boolean[] wanted) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (wanted[i]) {
                at.add(i);
            }
        }
        List<float[]> vectors = embed(at.stream().map(texts::get).toList());
        float[][] out = new float[texts.size()][];
        for (int k = 0; k < at.size(); k++) {
            out[at.get(k)] = vectors.get(k);
        }
        return out;
    }

    public static float[] embed(String text) {
        return embed(List.of(text)).get(0);
    }

    /**
     * Cosine of two normalised vectors: the products summed four lanes side by side, which the processor
     * runs in parallel (one running sum waited on every addition). The lanes' order of addition differs
     * from a single running sum by rounding in the last bits only.
     */
    public static double cosine(float[] a, float[] b) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 4 <= a.length; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * The vectors of these texts as an article carries them ({@link Meanings}): computed now, or taken from
     * the vectors kept.
     */
    public static Meanings meanings(List<String> texts) {
        List<String> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(texts));
        distinct.removeIf(t -> t == null || t.isBlank());
        return Meanings.of(distinct, embed(distinct));
    }

    /**
     * Keeps the vectors an article carries, so that a story's stages find them instead of running the model:
     * they are the vectors the model gives for those texts (every vector is held in half precision). Vectors
     * of another length (an entry of a damaged or foreign cache) are not held: their texts are embedded again.
     */
    public static void hold(Meanings meanings) {
        if (meanings.size() > 0 && meanings.dimension() != DIMENSION) {
            return;
        }
        for (int i = 0; i < meanings.size(); i++) {
            String text = meanings.texts().get(i);
            if (!MEMO.containsKey(text)) {
                MEMO.put(text, meanings.vector(i));
            }
        }
    }

    /**
     * The model's vector normalised to length 1 and rounded to half precision: the precision in which an
     * article keeps its vectors ({@link Meanings}), so that a vector computed now and one an article
     * brought from its own pipeline or from the cache are the same floats. Rounding moves a cosine by
     * about 1e-4 at most.
     */
    private static float[] normalised(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float len = (float) Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Meanings.rounded(len == 0 ? v[i] : v[i] / len);
        }
        return out;
    }
}
