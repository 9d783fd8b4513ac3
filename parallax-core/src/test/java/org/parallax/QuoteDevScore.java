package org.parallax;

import org.parallax.entities.EntityStage;
import org.parallax.framing.FramingStage;
import org.parallax.ingest.ArticleReader;
import org.parallax.ingest.Batch;
import org.parallax.model.Article;
import org.parallax.model.RawArticle;
import org.parallax.model.Report;
import org.parallax.model.Story;
import org.parallax.pipeline.Pipeline;
import org.parallax.pipeline.Stage;
import org.parallax.quotes.QuoteStage;
import org.parallax.report.JsonReport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Dev tool, not a test: the entities, quotes and framing stages on the gold stories, for sweeping a tuned
 * constant or switching a word list off (system properties, see docs/quotes.md) without tagging the articles
 * again. {@code prepare ARTICLES.jsonl CACHE} runs the article pipeline once and stores the prepared
 * articles; {@code score ARTICLES.jsonl CACHE GOLD_DIR REPORT.json} writes the report of one setting, one
 * story per gold, for {@code stories_score.py}. scripts/quotes-loso.sh drives it.
 */
public final class QuoteDevScore {
    private QuoteDevScore() {
    }

    public static void main(String[] args) throws IOException {
        Batch batch = new ArticleReader().readPath(Path.of(args[1]));
        Path cache = Path.of(args[2]);
        if (args[0].equals("prepare")) {
            Pipeline<RawArticle, Article> pipeline = Parallax.standardArticlePipeline();
            try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(cache))) {
                for (RawArticle raw : batch.articles()) {
                    var a = pipeline.apply(raw).result();
                    if (a.isPresent()) {
                        byte[] b = ArticleCodec.encode(a.get());
                        out.writeUTF(raw.id());
                        out.writeInt(b.length);
                        out.write(b);
                    }
                }
            }
            return;
        }
        Map<String, RawArticle> raws = new LinkedHashMap<>();
        batch.articles().forEach(r -> raws.put(r.id(), r));
        Map<String, Article> articles = new LinkedHashMap<>();
        try (DataInputStream in = new DataInputStream(Files.newInputStream(cache))) {
            while (in.available() > 0) {
                String id = in.readUTF();
                byte[] b = new byte[in.readInt()];
                in.readFully(b);
                ArticleCodec.decode(b, raws.get(id)).ifPresent(a -> articles.put(id, a));
            }
        }
        Pipeline<Story, Story> stages = Pipeline.start("entities", (Stage<Story, Story>) new EntityStage())
                .then("quotes", new QuoteStage()).then("framing", new FramingStage());
        List<Story> stories = new ArrayList<>();
        List<Path> golds;
        try (Stream<Path> s = Files.list(Path.of(args[3]))) {
            golds = s.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
        }
        ObjectMapper json = new ObjectMapper();
        for (Path g : golds) {
            JsonNode gold = json.readTree(g.toFile());
            List<Article> members = new ArrayList<>();
            gold.path("story").path("documents").forEach(d -> {
                if (articles.containsKey(d.asText())) {
                    members.add(articles.get(d.asText()));
                }
            });
            Story s = Story.of(g.getFileName().toString().replace(".gold.json", ""), null, members);
            stories.add(stages.apply(s).result().orElse(s));
        }
        Files.writeString(Path.of(args[4]), JsonReport.write(new Report(Report.GENERATOR,
                List.copyOf(articles.values()), stories, List.of())));
    }
}
