package org.parallax;

import org.parallax.ingest.ArticleReader;
import org.parallax.model.Article;
import org.parallax.ingest.Batch;
import org.parallax.model.RawArticle;
import org.parallax.pipeline.StageTimes;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Development aid: the bench's large story (the first articles of ECB+ dev in story order), prepared
 * once and kept in a file, then its story stages timed cold (embeddings forgotten) a few times.
 * Arguments: shared directory, cache file, story size, rounds. With {@code -Dprobe.dump=FILE} the first
 * round's entities, quotes, claims, conflicts, timeline, framing and summary go to FILE as text; with
 * {@code -Dprobe.repeat=R} the story is R times as large (each repetition under new ids and outlets, as
 * syndicated copies), and {@code -Dprobe.quotesOnly=true} runs the entities and quotes stages only.
 */
public final class BigStoryProbe {
    /** The articles of a cache file this probe wrote, decoded against their raw articles. */
    static List<Article> cached(Map<String, RawArticle> raws, Path cache) throws java.io.IOException {
        List<Article> out = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(Files.newInputStream(cache))) {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String id = in.readUTF();
                byte[] b = new byte[in.readInt()];
                in.readFully(b);
                out.add(ArticleCodec.decode(b, raws.get(id)).orElseThrow());
            }
        }
        return out;
    }

    /** The articles of a cache file this probe wrote, with their raw articles read from ECB+ dev in {@code shared}. */
    static List<Article> cached(Path shared, Path cache) throws java.io.IOException {
        Map<String, RawArticle> raws = new HashMap<>();
        new ArticleReader().readPath(shared.resolve("data/ecbplus-dev/articles.jsonl")).articles().forEach(r -> raws.put(r.id(), r));
        return cached(raws, cache);
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args[0]);
        Path cache = Path.of(args[1]);
        int size = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        Batch batch = new ArticleReader().readPath(shared.resolve("data/ecbplus-dev/articles.jsonl"));
        Map<String, RawArticle> raws = new HashMap<>();
        batch.articles().forEach(r -> raws.put(r.id(), r));
        Parallax plain = Parallax.standard();
        List<Article> big = new ArrayList<>();
        if (Files.exists(cache)) {
            big.addAll(cached(raws, cache));
        } else {
            List<Article> prepared = plain.prepare(batch.articles(), new ArrayList<>(), d -> { });
            for (List<Article> story : plain.group(prepared)) {
                big.addAll(story);
            }
            big = new ArrayList<>(big.subList(0, Math.min(size, big.size())));
            try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(cache))) {
                out.writeInt(big.size());
                for (Article a : big) {
                    out.writeUTF(a.id());
                    byte[] b = ArticleCodec.encode(a);
                    out.writeInt(b.length);
                    out.write(b);
                }
            }
        }
        // -Dprobe.repeat=R: the story R times over, each repetition under new ids and outlets (syndicated copies)
        int repeat = Integer.getInteger("probe.repeat", 1);
        List<Article> once = List.copyOf(big);
        for (int k = 2; k <= repeat; k++) {
            for (Article a : once) {
                big.add(new Article(a.id() + "#" + k, a.source(), a.original(), a.outlet() + " #" + k, a.title(),
                        a.published(), a.dateline(), a.author(), a.url(), a.credits(), a.body(), a.removed(),
                        a.sentences(), a.times(), a.mentions(), a.warnings(), a.meanings(), a.undatedTimes()));
            }
        }
        StageTimes times = new StageTimes();
        // -Dprobe.quotesOnly=true: the stages the quotes stage reads from (entities) and the quotes stage only
        org.parallax.pipeline.Pipeline<org.parallax.model.Story, org.parallax.model.Story> stages = Boolean.getBoolean("probe.quotesOnly")
                ? org.parallax.pipeline.Pipeline.start("meanings", org.parallax.text.MeaningStage.held())
                        .then("entities", new org.parallax.entities.EntityStage())
                        .then("quotes", new org.parallax.quotes.QuoteStage())
                : plain.storyPipeline();
        Parallax parallax = new Parallax(plain.articlePipeline(), org.parallax.cluster.EventGrouper.tuned(),
                stages.timed(times));
        for (int r = 0; r < rounds; r++) {
            times.reset();
            org.parallax.internal.Embeddings.forget();
            long t0 = System.nanoTime();
            org.parallax.model.Story story = parallax.analyzeStory("big", big, new ArrayList<>());
            double sec = (System.nanoTime() - t0) / 1e9;
            String dump = System.getProperty("probe.dump");
            if (dump != null && r == 0) { // what the stages found, to compare two builds' results on the large story
                Files.writeString(Path.of(dump), String.join("\n", "entities " + story.entities(), "quotes " + story.quotes(),
                        "claims " + story.claims(), "conflicts " + story.conflicts(), "timeline " + story.timeline(),
                        "framing " + story.framing(), "summary " + story.summary()));
            }
            StringBuilder sb = new StringBuilder();
            times.millis().forEach((k, v) -> { if (v > 50) sb.append(String.format(" %s %.2f", k, v / 1e3)); });
            long occurrences = story.quotes().stream().mapToLong(q -> q.occurrences().size()).sum();
            System.out.printf("%d articles, round %d: %.2f s:%s; %d quotes, %d occurrences%n", big.size(), r, sec, sb,
                    story.quotes().size(), occurrences);
        }
    }
}
