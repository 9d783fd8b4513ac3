package org.parallax.claims;

import org.parallax.internal.Embeddings;

import java.util.ArrayList;
import java.util.List;

/** Development tool, not a test: the clause cosine of the first figures of each pair of arguments. */
public final class ClauseProbe {
    public static void main(String[] args) {
        List<Figure> fs = new ArrayList<>();
        for (String a : args) {
            fs.add(Fixtures.figures(a).get(0));
        }
        List<float[]> v = Embeddings.embed(fs.stream().map(Figure::clause).toList());
        for (int i = 0; i < fs.size(); i++) {
            for (int j = i + 1; j < fs.size(); j++) {
                System.out.printf("%.3f  %s  <>  %s%n", Embeddings.cosine(v.get(i), v.get(j)), fs.get(i).clause(), fs.get(j).clause());
            }
        }
    }
}
