package org.parallax.claims;

import org.parallax.model.Article;
import org.parallax.model.Report;
import org.parallax.model.Story;
import org.parallax.pipeline.Pipeline;
import org.parallax.pipeline.Stage;
import org.parallax.report.JsonReport;
import org.parallax.time.PublicationDates;
import org.parallax.time.TimelineStage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Development tool, not a test: runs the claims and timeline stages on each annotated story of
 * {@code ../shared} (grouped as the gold groups them) once per setting of {@link Disputes.Settings}, and
 * writes one report per setting for {@code stories_score.py}. Reads and prepares the articles once.
 * <pre>ClaimsDevScore SHARED OUT_DIR minContext,maxRatio,meaningOffset ...</pre>
 */
public final class ClaimsDevScore {
    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args[0]).toAbsolutePath();
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        DevStories dev = DevStories.load(shared);
        Map<String, List<String>> stories = dev.stories();
        Map<String, Article> byId = dev.byId();
        List<Story> dated = new ArrayList<>();
        for (var e : stories.entrySet()) {
            Story s = Story.of(e.getKey(), null, e.getValue().stream().map(byId::get).toList());
            dated.add(new PublicationDates().apply(s).result().orElse(s));
        }
        if (args.length > 2 && args[2].equals("pairs")) {
            // one line per comparable-looking pair: story, docs, values, kinds, scores, texts
            Disputes d = new Disputes(Disputes.Settings.TUNED);
            try (var w = Files.newBufferedWriter(out.resolve("pairs.tsv"))) {
                for (Story s : dated) {
                    List<Figure> figures = new ArrayList<>();
                    s.articles().forEach(a -> figures.addAll(FigureReader.read(a)));
                    for (Disputes.Scored p : d.scoredPairs(figures)) {
                        w.write(String.join("\t", s.id(), p.a().document(), p.b().document(), p.a().text(), p.b().text(),
                                String.valueOf(p.a().overlaps(p.b())), String.format("%.3f", p.lexical()),
                                String.format("%.3f", p.meaning()), p.a().kind().toString(),
                                String.valueOf(p.a().counted()), String.valueOf(p.b().counted()),
                                String.valueOf(p.a().holder()), String.valueOf(p.b().holder()),
                                sentence(s, p.a()), sentence(s, p.b()),
                                java.util.Arrays.stream(p.features()).mapToObj(x -> String.format("%.4f", x))
                                        .collect(java.util.stream.Collectors.joining(","))) + "\n");
                    }
                }
            }
            System.out.println(out.resolve("pairs.tsv"));
            return;
        }
        for (int i = 2; i < args.length; i++) {
            String[] p = args[i].split(",");
            Disputes.Settings settings = new Disputes.Settings(Double.parseDouble(p[0]), Double.parseDouble(p[1]),
                    Double.parseDouble(p[2]), p.length < 4 || Boolean.parseBoolean(p[3]));
            Pipeline<Story, Story> pipeline = Pipeline.start("claims", (Stage<Story, Story>) new ClaimStage(settings))
                    .then("timeline", new TimelineStage());
            List<Story> done = new ArrayList<>();
            for (Story s : dated) {
                done.add(pipeline.apply(s).result().orElse(s));
            }
            List<Article> documents = done.stream().flatMap(s -> s.articles().stream()).toList();
            Path file = out.resolve("claims-" + args[i] + ".json");
            Files.writeString(file, JsonReport.write(new Report(Report.GENERATOR, documents, done, List.of(), List.of())));
            System.out.println(file);
        }
    }

    private static String sentence(Story s, Figure f) {
        return s.article(f.document()).sentences().get(f.sentence()).text().replace('\t', ' ').replace('\n', ' ');
    }
}
