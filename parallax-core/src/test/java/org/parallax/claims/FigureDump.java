package org.parallax.claims;

import org.parallax.model.Article;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Development tool, not a test: prints the figures {@link FigureReader} reads in each annotated story of
 * {@code ../shared} (grouped as the gold groups them), for reading them against the text.
 * <pre>mvn -q -o test-compile exec:java ... or run from an IDE: FigureDump [STORY_ID ...]</pre>
 */
public final class FigureDump {
    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 && args[0].startsWith("/") ? args[0] : "../shared").toAbsolutePath();
        DevStories dev = DevStories.load(shared);
        Map<String, List<String>> stories = dev.stories();
        Map<String, Article> byId = dev.byId();
        for (var e : stories.entrySet()) {
            System.out.println("===== " + e.getKey());
            for (String id : e.getValue()) {
                Article a = byId.get(id);
                for (Figure f : FigureReader.read(a)) {
                    System.out.printf("  %-10s %-34s %-9s %-6s %-14s pred=%-10s holder=%-10s place=%-12s src=%-14s date=%s part=%s ctx=%s [%.4g..%.4g] | %s%n",
                            id.replace("ecbplus", "").replace("ecb", ""), f.text(), f.kind(), f.unit(), f.counted(),
                            f.predicate(), f.holder(), f.place(), f.source(), f.date(), f.partitive(), f.context(), f.low(), f.high(), f.clause());
                }
            }
        }
    }
}
