package org.parallax.internal;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Development aid: all-MiniLM-L6-v2-q on one thread, one text per ONNX run (as {@link Embeddings} runs it)
 * against texts of like length run together, padded, in batches of the sizes given. Prints ms/text and how
 * far the batched vectors are from the single ones (arguments: a file of texts, one a line; batch sizes,
 * a negative size batching only texts of one length, without padding). With
 * {@code -Dprobe.perSequence=true} the batches run on {@link PerSequenceQuantization}'s rewrite of the model.
 *
 * <p>Finding (5 December, 1,995 dev-story texts of 27 tokens on average): batches of 8-16 run 1.4x faster
 * a text, but the quantised model scales its activations over the whole batch, so a text's vector
 * depends on its batch-mates (cosine to the single run 0.992 on average, 0.95 at worst, even without
 * padding): not used, a text's vector must not depend on what else is embedded with it. The rewrite that
 * quantises each sequence on its own (6 December) gives every text its single-run vector, but is slower
 * than the single runs (see {@link PerSequenceQuantization}).
 */
public final class EmbeddingBatchProbe {
    public static void main(String[] args) throws Exception {
        List<String> texts = new ArrayList<>(new LinkedHashSet<>(Files.readAllLines(Path.of(args[0]))));
        texts.removeIf(String::isBlank);
        Class<?> jar = AllMiniLmL6V2QuantizedEmbeddingModel.class;
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtSession session;
        OrtSession batchSession;
        HuggingFaceTokenizer tokenizer;
        try (var model = jar.getResourceAsStream("/all-minilm-l6-v2-q.onnx");
             var tok = jar.getResourceAsStream("/all-minilm-l6-v2-q-tokenizer.json");
             var options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            byte[] bytes = model.readAllBytes();
            session = env.createSession(bytes, options);
            batchSession = Boolean.getBoolean("probe.perSequence")
                    ? env.createSession(PerSequenceQuantization.rewrite(bytes), options) : session;
            tokenizer = HuggingFaceTokenizer.newInstance(tok, Map.of("padding", "false"));
        }
        List<long[]> ids = new ArrayList<>();
        for (String t : texts) {
            Encoding e = tokenizer.encode(t, true, false);
            ids.add(e.getIds());
        }
        System.out.printf("%d texts, %.1f tokens a text%n", texts.size(), ids.stream().mapToInt(a -> a.length).average().orElse(0));
        float[][] single = null;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            single = run(env, session, ids, 1);
            System.out.printf("round %d single: %.2f ms/text%n", round, (System.nanoTime() - t0) / 1e6 / texts.size());
            for (int a = 1; a < args.length; a++) {
                int b = Integer.parseInt(args[a]);
                long t1 = System.nanoTime();
                float[][] batched = run(env, batchSession, ids, b);
                double ms = (System.nanoTime() - t1) / 1e6 / texts.size();
                double worst = 1;
                double sum = 0;
                int same = 0;
                for (int i = 0; i < texts.size(); i++) {
                    double c = Embeddings.cosine(single[i], batched[i]);
                    worst = Math.min(worst, c);
                    sum += c;
                    if (java.util.Arrays.equals(single[i], batched[i])) {
                        same++;
                    }
                }
                System.out.printf("round %d batch %d: %.2f ms/text; cosine to single: mean %.6f, lowest %.6f; identical %d of %d%n",
                        round, b, ms, sum / texts.size(), worst, same, texts.size());
            }
        }
    }

    /** Vectors (mean-pooled over real tokens, normalised, half precision) by text, run in batches of like length. */
    static float[][] run(OrtEnvironment env, OrtSession session, List<long[]> ids, int batch) throws Exception {
        Integer[] order = new Integer[ids.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        if (batch != 1) {
            java.util.Arrays.sort(order, Comparator.comparingInt(i -> ids.get(i).length));
        }
        float[][] out = new float[ids.size()][];
        for (int from = 0, n0 = 0; from < order.length; from += n0) {
            int n = Math.min(Math.abs(batch), order.length - from);
            if (batch < 0) { // only texts of one length together: no padding
                int l0 = ids.get(order[from]).length;
                int m = 1;
                while (m < n && ids.get(order[from + m]).length == l0) {
                    m++;
                }
                n = m;
            }
            int len = 0;
            for (int k = 0; k < n; k++) {
                len = Math.max(len, ids.get(order[from + k]).length);
            }
            long[] in = new long[n * len];
            long[] mask = new long[n * len];
            long[] types = new long[n * len];
            for (int k = 0; k < n; k++) {
                long[] a = ids.get(order[from + k]);
                System.arraycopy(a, 0, in, k * len, a.length);
                java.util.Arrays.fill(mask, k * len, k * len + a.length, 1L);
            }
            n0 = n;
            long[] shape = {n, len};
            try (OnnxTensor i1 = OnnxTensor.createTensor(env, LongBuffer.wrap(in), shape);
                 OnnxTensor i2 = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
                 OnnxTensor i3 = OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape);
                 OrtSession.Result r = session.run(Map.of("input_ids", i1, "attention_mask", i2, "token_type_ids", i3))) {
                float[][][] hidden = (float[][][]) r.get(0).getValue();
                for (int k = 0; k < n; k++) {
                    int real = ids.get(order[from + k]).length;
                    float[] v = new float[hidden[k][0].length];
                    for (int t = 0; t < real; t++) {
                        for (int j = 0; j < v.length; j++) {
                            v[j] += hidden[k][t][j];
                        }
                    }
                    for (int j = 0; j < v.length; j++) {
                        v[j] /= real;
                    }
                    double norm = 0;
                    for (float x : v) {
                        norm += x * x;
                    }
                    float len2 = (float) Math.sqrt(norm);
                    for (int j = 0; j < v.length; j++) {
                        v[j] = org.parallax.model.Meanings.rounded(v[j] / len2);
                    }
                    out[order[from + k]] = v;
                }
            }
        }
        return out;
    }
}
