package org.parallax.claims;

import org.parallax.internal.Embeddings;
import org.parallax.model.Article;
import org.parallax.model.Sentence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Development tool, not a test: cosines of a proposition to every sentence of a story. */
public final class DenialProbe {
    public static void main(String[] args) throws Exception {
        DevStories dev = DevStories.load(Path.of(args[0]));
        String story = args[1];
        if (args[2].equals("doubts")) {
            for (String id : dev.stories().get(story)) {
                Denials.read(dev.byId().get(id)).forEach(System.out::println);
            }
            return;
        }
        float[] p = Embeddings.embed(args[2]);
        List<String> rows = new ArrayList<>();
        for (String id : dev.stories().get(story)) {
            Article a = dev.byId().get(id);
            for (Sentence s : a.sentences()) {
                rows.add(String.format("%.3f\t%s\t%s", Embeddings.cosine(p, Embeddings.embed(s.text())), id,
                        s.text().replace('\n', ' ')));
            }
        }
        rows.sort(java.util.Comparator.reverseOrder());
        rows.stream().limit(Integer.parseInt(args[3])).forEach(System.out::println);
    }
}
