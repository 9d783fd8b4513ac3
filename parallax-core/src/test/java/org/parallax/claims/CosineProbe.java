package org.parallax.claims;

import org.parallax.internal.Embeddings;

import java.util.List;

/** Development tool, not a test: the sentence-embedding cosine of each pair of arguments. */
public final class CosineProbe {
    public static void main(String[] args) {
        List<float[]> v = Embeddings.embed(List.of(args));
        for (int i = 0; i < args.length; i++) {
            for (int j = i + 1; j < args.length; j++) {
                System.out.printf("%.3f  %s  <>  %s%n", Embeddings.cosine(v.get(i), v.get(j)), args[i], args[j]);
            }
        }
    }
}
