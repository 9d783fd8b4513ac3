package org.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.parallax.entities.EntityStage;
import org.parallax.entities.MentionStage;
import org.parallax.ingest.ArticleCleaner;
import org.parallax.ingest.ArticleReader;
import org.parallax.ingest.Batch;
import org.parallax.model.Article;
import org.parallax.model.Match;
import org.parallax.model.Quote;
import org.parallax.model.QuoteOccurrence;
import org.parallax.model.RawArticle;
import org.parallax.model.Story;
import org.parallax.pipeline.Pipeline;
import org.parallax.pipeline.Stage;
import org.parallax.quotes.QuoteStage;
import org.parallax.text.SentenceSplitter;
import org.parallax.text.SyntaxStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * {@code parallax bench-quotes}: runs Parallax's syntax + mentions + entities + quotes stages and Stanford
 * CoreNLP's own quote pipeline (tokenize … depparse, coref, quote) on the same stories, and prints side by
 * side the articles/s of each and, story by story against the gold, quote recall, quote precision and
 * speaker accuracy counted the way {@code ../shared/eval/score.py} counts them. The stories are the gold's
 * (a folder of {@code *.gold.json}, the dev stories by default, or one gold file for the whole input), so
 * the figures are those of the two quote pipelines, not of story grouping. Both run on every core; CoreNLP
 * is scored in this process and timed in a JVM of its own, on the second of two passes ({@link CoreNlpQuotePipeline}).
 */
@Command(name = "bench-quotes", mixinStandardHelpOptions = true,
        description = "Parallax's entities+quotes against CoreNLP's quote pipeline on the same stories: articles/s, "
                + "quote recall and precision, speaker accuracy, story by story.")
final class QuoteBenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "PATH", defaultValue = "../shared/data/stories-dev/articles.jsonl",
            description = "Articles to run on (default: ${DEFAULT-VALUE}).")
    Path path;

    @Option(names = "--gold", defaultValue = "../shared/gold/stories",
            description = "A folder of *.gold.json stories, or one gold file for all the articles (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds of Parallax after a warm-up (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--stories", split = ",", paramLabel = "NAME",
            description = "Only these gold stories (file names without .gold.json), for a shorter run.")
    List<String> only;

    @Option(names = "--skip-corenlp", description = "Run only Parallax (CoreNLP's pipeline takes seconds per article).")
    boolean skipCoreNlp;

    /** One system quote: where it stands and whom the system names. */
    private record Found(String doc, int start, int end, String speaker) {
    }

    /** A gold story and the articles it holds. */
    private record GoldStory(String name, JsonNode gold, List<Article> articles) {
    }

    /** Quote figures of one system on one story. */
    private record Scores(int goldQuotes, int recalled, int counted, int correct, int speakersRight) {
        double recall() {
            return goldQuotes == 0 ? 0 : (double) recalled / goldQuotes;
        }

        double precision() {
            return counted == 0 ? 0 : (double) correct / counted;
        }

        double speakers() {
            return recalled == 0 ? 0 : (double) speakersRight / recalled;
        }
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Files.exists(path)) {
            System.err.println("parallax: bench-quotes: " + path + ": no such file or folder");
            return 2;
        }
        if (!Files.exists(gold)) {
            System.err.println("parallax: bench-quotes: " + gold + ": no such gold file or folder");
            return 2;
        }
        Batch batch = new ArticleReader().readPath(path);
        ArticleCleaner cleaner = new ArticleCleaner(new SentenceSplitter());
        Map<String, Article> byId = new LinkedHashMap<>();
        for (RawArticle raw : batch.articles()) {
            cleaner.apply(raw).result().ifPresent(a -> byId.put(a.id(), a));
        }
        List<GoldStory> stories = stories(byId);
        int articles = stories.stream().mapToInt(s -> s.articles().size()).sum();
        if (articles == 0) {
            System.err.println("parallax: bench-quotes: no article under " + path + " belongs to a gold story in " + gold);
            return 1;
        }
        System.out.printf(Locale.ROOT, "bench-quotes: %d stories, %d articles from %s, gold %s, %d cores%n",
                stories.size(), articles, path, gold, Runtime.getRuntime().availableProcessors());

        // Parallax: syntax and mentions per article (in parallel), then entities and quotes per story
        System.out.println("parallax: loading models and a first run ...");
        long t0 = System.nanoTime();
        Pipeline<Article, Article> mentions = Pipeline.start("syntax", (Stage<Article, Article>) new SyntaxStage())
                .then("mentions", new MentionStage());
        EntityStage entities = new EntityStage();
        QuoteStage quotes = new QuoteStage();
        List<Story> analysed = runParallax(stories, mentions, entities, quotes);
        double load = (System.nanoTime() - t0) / 1e9;
        double best = Double.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            long t = System.nanoTime();
            analysed = runParallax(stories, mentions, entities, quotes);
            best = Math.min(best, (System.nanoTime() - t) / 1e9);
            System.out.printf(Locale.ROOT, "parallax: round %d of %d: %.2f s%n", r + 1, rounds, (System.nanoTime() - t) / 1e9);
        }
        double parallaxRate = articles / best;
        List<Scores> ours = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            ours.add(score(stories.get(i), parallaxQuotes(analysed.get(i))));
        }

        List<Scores> theirs = null;
        double coreLoad = 0;
        double coreTime = 0;
        double coreFirst = 0;
        if (!skipCoreNlp) {
            System.out.println("corenlp: loading tokenize,ssplit,pos,lemma,ner,depparse,coref,quote ...");
            StanfordCoreNLP corenlp = new StanfordCoreNLP(CoreNlpQuotePipeline.properties());
            long c0 = System.nanoTime();
            AtomicInteger done = new AtomicInteger();
            theirs = new ArrayList<>();
            for (GoldStory s : stories) {
                ConcurrentLinkedQueue<Found> found = new ConcurrentLinkedQueue<>();
                s.articles().parallelStream().forEach(a -> {
                    found.addAll(coreNlpQuotes(corenlp, a));
                    int n = done.incrementAndGet();
                    if (n % 10 == 0 || n == articles) {
                        System.out.printf(Locale.ROOT, "corenlp: %d of %d articles, %.0f s%n", n, articles,
                                (System.nanoTime() - c0) / 1e9);
                    }
                });
                theirs.add(score(s, new ArrayList<>(found)));
            }
            coreFirst = (System.nanoTime() - c0) / 1e9;
            // its speed in a JVM of its own, with CoreNLP's settings, at full speed (the second of two passes)
            System.out.println("corenlp: timing in its own JVM (two passes) ...");
            List<String> texts = stories.stream().flatMap(s -> s.articles().stream()).map(Article::original).toList();
            CoreNlpQuotePipeline.Timing timing = CoreNlpQuotePipeline.time(texts, Runtime.getRuntime().availableProcessors());
            coreLoad = timing.load();
            coreTime = timing.second();
        }

        System.out.println();
        System.out.printf(Locale.ROOT, "%-26s %10s %10s%n", "", "parallax", skipCoreNlp ? "" : "corenlp");
        System.out.printf(Locale.ROOT, "%-26s %10.1f %10s%n", "model loading + first run, s", load,
                skipCoreNlp ? "" : String.format(Locale.ROOT, "%.1f", coreLoad));
        System.out.printf(Locale.ROOT, "%-26s %10.2f %10s%n", "time on all articles, s", best,
                skipCoreNlp ? "" : String.format(Locale.ROOT, "%.2f", coreTime));
        if (!skipCoreNlp) {
            System.out.printf(Locale.ROOT, "%-26s %10s %10.2f%n", "  corenlp's scoring pass, s", "", coreFirst);
        }
        System.out.printf(Locale.ROOT, "%-26s %10.3f %10s%n", "articles/s", parallaxRate,
                skipCoreNlp ? "" : String.format(Locale.ROOT, "%.3f", articles / coreTime));
        for (int i = 0; i < stories.size(); i++) {
            String name = stories.get(i).name();
            row(name + " quote recall", ours.get(i).recall(), theirs == null ? null : theirs.get(i).recall());
            row(name + " quote precision", ours.get(i).precision(), theirs == null ? null : theirs.get(i).precision());
            row(name + " speaker accuracy", ours.get(i).speakers(), theirs == null ? null : theirs.get(i).speakers());
        }
        row("mean quote recall", mean(ours, Scores::recall), theirs == null ? null : mean(theirs, Scores::recall));
        row("mean quote precision", mean(ours, Scores::precision), theirs == null ? null : mean(theirs, Scores::precision));
        row("mean speaker accuracy", mean(ours, Scores::speakers), theirs == null ? null : mean(theirs, Scores::speakers));
        if (theirs != null) {
            System.out.printf(Locale.ROOT, "speed-up: parallax is %.1fx faster (articles/s, both on %d cores)%n",
                    parallaxRate / (articles / coreTime), Runtime.getRuntime().availableProcessors());
        }
        return 0;
    }

    private static void row(String label, double ours, Double theirs) {
        String name = label.length() > 40 ? label.substring(0, 40) : label;
        System.out.printf(Locale.ROOT, "%-40s %8.3f %10s%n", name, ours,
                theirs == null ? "" : String.format(Locale.ROOT, "%.3f", theirs));
    }

    private static double mean(List<Scores> all, java.util.function.ToDoubleFunction<Scores> f) {
        return all.stream().mapToDouble(f).average().orElse(0);
    }

    /** The gold stories with their articles: each {@code *.gold.json} of a folder, or one gold for every article. */
    private List<GoldStory> stories(Map<String, Article> byId) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<GoldStory> out = new ArrayList<>();
        if (Files.isRegularFile(gold)) {
            out.add(new GoldStory(name(gold), json.readTree(gold.toFile()), List.copyOf(byId.values())));
            return out;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(gold)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
        for (Path f : files) {
            if (only != null && !only.contains(name(f))) {
                continue;
            }
            JsonNode g = json.readTree(f.toFile());
            List<Article> members = new ArrayList<>();
            for (JsonNode d : g.path("story").path("documents")) {
                Article a = byId.get(d.asText());
                if (a != null) {
                    members.add(a);
                }
            }
            out.add(new GoldStory(name(f), g, members));
        }
        return out;
    }

    private static String name(Path gold) {
        return gold.getFileName().toString().replaceFirst("\\.gold\\.json$", "").replaceFirst("\\.json$", "");
    }

    private static List<Story> runParallax(List<GoldStory> stories, Pipeline<Article, Article> mentions,
                                           EntityStage entities, QuoteStage quotes) {
        List<Story> out = new ArrayList<>();
        for (GoldStory g : stories) {
            List<Article> tagged = g.articles().parallelStream().map(a -> mentions.apply(a).result().orElse(a)).toList();
            Story s = Story.of(g.name(), null, tagged);
            s = entities.apply(s).result().orElse(s);
            out.add(quotes.apply(s).result().orElse(s));
        }
        return out;
    }

    /** Parallax's quoted occurrences (paraphrases are not quotes), each under its statement's speaker. */
    private static List<Found> parallaxQuotes(Story story) {
        List<Found> out = new ArrayList<>();
        for (Quote q : story.quotes()) {
            for (QuoteOccurrence o : q.occurrences()) {
                if (o.match() != Match.PARAPHRASE) {
                    out.add(new Found(o.document(), o.start(), o.end(), q.speaker() == null ? "" : q.speaker().name()));
                }
            }
        }
        return out;
    }

    /** CoreNLP's quotes of one article, each under its canonical speaker (else the speaker as written). */
    private static List<Found> coreNlpQuotes(StanfordCoreNLP corenlp, Article a) {
        List<Found> out = new ArrayList<>();
        CoreDocument doc = new CoreDocument(a.original());
        corenlp.annotate(doc);
        for (CoreQuote q : doc.quotes()) {
            int start = q.quoteCharOffsets().first;
            int end = q.quoteCharOffsets().second;
            String who = q.canonicalSpeaker().orElse(q.speaker().orElse(""));
            out.add(new Found(a.id(), start, end, who));
        }
        return out;
    }

    /** Quote recall, quote precision and speaker accuracy of {@code found} on one gold story, as score.py counts them. */
    private static Scores score(GoldStory story, List<Found> found) {
        Map<String, String> originals = new HashMap<>();
        story.articles().forEach(a -> originals.put(a.id(), a.original()));
        JsonNode g = story.gold();
        Map<String, Set<String>> aliases = new HashMap<>();
        for (JsonNode e : g.path("entities")) {
            String canonical = e.path("canonical").asText();
            aliases.computeIfAbsent(norm(canonical), k -> new HashSet<>()).add(canonical);
            for (JsonNode v : e.path("variants")) {
                aliases.computeIfAbsent(norm(v.asText()), k -> new HashSet<>()).add(canonical);
            }
        }
        JsonNode accept = g.path("scoring").path("speaker_accept");
        List<int[]> extra = new ArrayList<>();
        List<String> extraDocs = new ArrayList<>();
        for (JsonNode x : g.path("scoring").path("extra_quotes")) {
            int[] span = span(originals.get(x.path("doc").asText()), x.path("text").asText());
            if (span != null) {
                extra.add(span);
                extraDocs.add(x.path("doc").asText());
            }
        }
        int total = 0;
        int recalled = 0;
        int right = 0;
        Set<Found> used = new HashSet<>();
        for (JsonNode q : g.path("quotes")) {
            String speaker = q.path("speaker").asText();
            Set<String> ok = new HashSet<>(Set.of(speaker));
            accept.path(speaker).forEach(n -> ok.add(n.asText()));
            for (JsonNode o : q.path("occurrences")) {
                total++;
                String doc = o.path("doc").asText();
                int[] gs = span(originals.get(doc), o.path("text").asText());
                if (gs == null) {
                    continue;
                }
                Set<String> okHere = new HashSet<>(ok);
                if (o.hasNonNull("attributed_to") && !o.path("attributed_to").asText().isEmpty()) {
                    okHere.add(o.path("attributed_to").asText());
                }
                boolean hit = false;
                boolean speakerOk = false;
                for (Found f : found) {
                    if (f.doc().equals(doc) && overlap(gs, f.start(), f.end()) >= 0.5 * (gs[1] - gs[0])) {
                        hit = true;
                        used.add(f);
                        speakerOk |= speakerOk(f.speaker(), okHere, aliases);
                    }
                }
                recalled += hit ? 1 : 0;
                right += speakerOk ? 1 : 0;
            }
        }
        int correct = 0;
        for (Found f : found) {
            boolean extraHit = false;
            for (int i = 0; i < extra.size() && !extraHit; i++) {
                extraHit = extraDocs.get(i).equals(f.doc()) && overlap(extra.get(i), f.start(), f.end()) > 0;
            }
            correct += used.contains(f) || extraHit ? 1 : 0;
        }
        return new Scores(total, recalled, found.size(), correct, right);
    }

    private static int[] span(String original, String text) {
        if (original == null || text.isEmpty()) {
            return null;
        }
        int at = original.indexOf(text);
        return at < 0 ? null : new int[] {at, at + text.length()};
    }

    private static int overlap(int[] a, int start, int end) {
        return Math.max(0, Math.min(a[1], end) - Math.max(a[0], start));
    }

    private static boolean speakerOk(String name, Set<String> ok, Map<String, Set<String>> aliases) {
        String n = norm(name);
        if (n.isEmpty()) {
            return false;
        }
        for (String want : ok) {
            String w = norm(want);
            if (n.equals(w) || n.contains(w) || w.contains(n) || aliases.getOrDefault(n, Set.of()).contains(want)) {
                return true;
            }
        }
        return false;
    }

    /** score.py's norm: accents off, typographic quotes and dashes plain, lower case, spaces collapsed. */
    static String norm(String s) {
        String d = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        d = d.replace('\u201c', '"').replace('\u201d', '"').replace('\u2018', '\'').replace('\u2019', '\'')
                .replace('\u2013', '-').replace('\u2014', '-').toLowerCase(Locale.ROOT);
        return d.replaceAll("\\s+", " ").strip();
    }
}
