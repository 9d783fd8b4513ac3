package org.parallax.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parallax.Parallax;
import org.parallax.ingest.ArticleReader;
import org.parallax.ingest.Batch;
import org.parallax.model.Article;
import org.parallax.model.Rejected;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Development aid shared by {@link ClaimsDevScore} and {@link FigureDump}: the annotated stories of
 * {@code ../shared} (each gold file's documents) and their articles, read and prepared once.
 */
record DevStories(Map<String, List<String>> stories, Map<String, Article> byId) {
    static DevStories load(Path shared) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, List<String>> stories = new LinkedHashMap<>();
        try (var files = Files.list(shared.resolve("gold/stories"))) {
            for (Path f : files.sorted().toList()) {
                JsonNode g = json.readTree(f.toFile());
                List<String> ids = new ArrayList<>();
                g.path("story").path("documents").forEach(d -> ids.add(d.asText()));
                stories.put(f.getFileName().toString().replace(".gold.json", ""), ids);
            }
        }
        Batch batch = new ArticleReader().readPath(shared.resolve("data/stories-dev/articles.jsonl"));
        List<Article> articles = Parallax.prepare(Parallax.standardArticlePipeline(), batch.articles(),
                new ArrayList<Rejected>(), done -> { });
        Map<String, Article> byId = new LinkedHashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        return new DevStories(stories, byId);
    }
}
