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
import org.parallax.model.Quote;
import org.parallax.model.QuoteOccurrence;
import org.parallax.model.RawArticle;
import org.parallax.model.Story;
import org.parallax.quotes.QuoteStage;
import org.parallax.text.Normalizer;
import org.parallax.text.SentenceSplitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code parallax bench-quotes}: runs Stanford CoreNLP's own quote pipeline (tokenize … depparse, coref,
 * quote) and Parallax's mentions + entities + quotes stages on the same articles, and prints articles/s
 * for each and, when a gold file is given (the seeds' by default, when present), quote recall and speaker
 * accuracy of each, counted the way {@code ../shared/eval/score.py} counts them.
 */
@Command(name = "bench-quotes", mixinStandardHelpOptions = true,
        description = "Compare CoreNLP's quote pipeline with Parallax's entities+quotes: articles/s and speaker accuracy.")
final class QuoteBenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "PATH", defaultValue = "../shared/seeds",
            description = "Articles to run on (default: ${DEFAULT-VALUE}).")
    Path path;

    @Option(names = "--gold", defaultValue = "../shared/gold/seeds.gold.json",
            description = "Gold quotes with speakers; skipped when absent (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds of Parallax after a warm-up (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--skip-corenlp", description = "Run only Parallax (CoreNLP's pipeline takes seconds per article).")
    boolean skipCoreNlp;

    /** One system quote: where it stands and whom the system names. */
    private record Found(String doc, int start, int end, String speaker) {
    }

    @Override
    public Integer call() throws IOException {
        Batch batch = new ArticleReader().readPath(path);
        ArticleCleaner cleaner = new ArticleCleaner(new SentenceSplitter());
        List<Article> cleaned = new ArrayList<>();
        for (RawArticle raw : batch.articles()) {
            cleaner.apply(raw).result().ifPresent(cleaned::add);
        }
        if (cleaned.isEmpty()) {
            System.err.println("parallax: bench-quotes: no articles under " + path);
            return 1;
        }
        JsonNode goldTree = Files.isRegularFile(gold) ? new ObjectMapper().readTree(gold.toFile()) : null;
        System.out.printf("bench-quotes: %d articles from %s, %d cores%s%n", cleaned.size(), path,
                Runtime.getRuntime().availableProcessors(), goldTree == null ? "" : ", gold " + gold);

        // Parallax: the mentions stage per article, then the entities and quotes stages per story
        long t0 = System.nanoTime();
        org.parallax.pipeline.Pipeline<Article, Article> mentions = org.parallax.pipeline.Pipeline
                .start("syntax", (org.parallax.pipeline.Stage<Article, Article>) new org.parallax.text.SyntaxStage()).then("mentions", new MentionStage());
        QuoteStage quotes = new QuoteStage();
        EntityStage entities = new EntityStage();
        Story story = runParallax(cleaned, mentions, entities, quotes);
        double load = (System.nanoTime() - t0) / 1e9;
        double best = Double.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            long t = System.nanoTime();
            story = runParallax(cleaned, mentions, entities, quotes);
            best = Math.min(best, (System.nanoTime() - t) / 1e9);
        }
        double parallaxRate = cleaned.size() / best;
        List<Found> ours = new ArrayList<>();
        for (Quote q : story.quotes()) {
            for (QuoteOccurrence o : q.occurrences()) {
                if (o.match() != org.parallax.model.Match.PARAPHRASE) {
                    ours.add(new Found(o.document(), o.start(), o.end(), q.speaker() == null ? "" : q.speaker().name()));
                }
            }
        }
        System.out.printf("parallax entities+quotes: first run (with model loading) %.1f s; best of %d: %.2f s = %.2f articles/s; %d quotes%n",
                load, rounds, best, parallaxRate, ours.size());
        if (goldTree != null) {
            System.out.println("parallax " + accuracy(goldTree, cleaned, ours));
        }
        if (skipCoreNlp) {
            return 0;
        }
        long l0 = System.nanoTime();
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        props.setProperty("ner.applyFineGrained", "false");
        StanfordCoreNLP corenlp = new StanfordCoreNLP(props);
        double coreLoad = (System.nanoTime() - l0) / 1e9;
        List<Found> theirs = new ArrayList<>();
        long c0 = System.nanoTime();
        for (Article a : cleaned) {
            String text = a.text();
            CoreDocument doc = new CoreDocument(text);
            corenlp.annotate(doc);
            for (CoreQuote q : doc.quotes()) {
                String inner = q.text().replaceAll("^[\"“”‘’'«»]+|[\"“”‘’'«»]+$", "").strip();
                int at = a.original().indexOf(inner);
                if (at >= 0 && !inner.isEmpty()) {
                    String who = q.canonicalSpeaker().orElse(q.speaker().orElse(""));
                    theirs.add(new Found(a.id(), at, at + inner.length(), who));
                }
            }
        }
        double coreTime = (System.nanoTime() - c0) / 1e9;
        double coreRate = cleaned.size() / coreTime;
        System.out.printf("corenlp quote pipeline: loading %.1f s; %.2f s = %.3f articles/s (%.1f s per article); %d quotes%n",
                coreLoad, coreTime, coreRate, coreTime / cleaned.size(), theirs.size());
        if (goldTree != null) {
            System.out.println("corenlp " + accuracy(goldTree, cleaned, theirs));
        }
        System.out.printf("speed-up: parallax is %.0fx faster%n", parallaxRate / coreRate);
        return 0;
    }

    private static Story runParallax(List<Article> cleaned, org.parallax.pipeline.Pipeline<Article, Article> mentions, EntityStage entities, QuoteStage quotes) {
        List<Article> tagged = cleaned.parallelStream().map(a -> mentions.apply(a).result().orElse(a)).toList();
        Story s = Story.of("s1", null, tagged);
        s = entities.apply(s).result().orElse(s);
        return quotes.apply(s).result().orElse(s);
    }

    /** Quote recall and speaker accuracy against the gold, as score.py counts them. */
    private static String accuracy(JsonNode gold, List<Article> articles, List<Found> found) {
        Map<String, String> originals = new HashMap<>();
        articles.forEach(a -> originals.put(a.id(), a.original()));
        Map<String, Set<String>> aliases = new HashMap<>();
        for (JsonNode e : gold.path("entities")) {
            for (JsonNode v : e.path("variants")) {
                aliases.computeIfAbsent(norm(v.asText()), k -> new HashSet<>()).add(e.path("canonical").asText());
            }
        }
        JsonNode accept = gold.path("scoring").path("speaker_accept");
        int total = 0;
        int matched = 0;
        int right = 0;
        for (JsonNode q : gold.path("quotes")) {
            String speaker = q.path("speaker").asText();
            Set<String> ok = new HashSet<>(Set.of(speaker));
            accept.path(speaker).forEach(n -> ok.add(n.asText()));
            for (JsonNode o : q.path("occurrences")) {
                total++;
                String doc = o.path("doc").asText();
                String original = originals.get(doc);
                if (original == null) {
                    continue;
                }
                Set<String> okHere = new HashSet<>(ok);
                if (o.has("attributed_to")) {
                    okHere.add(o.path("attributed_to").asText());
                }
                int gs = original.indexOf(o.path("text").asText());
                if (gs < 0) {
                    continue;
                }
                int ge = gs + o.path("text").asText().length();
                boolean hit = false;
                boolean speakerOk = false;
                for (Found f : found) {
                    int overlap = Math.min(ge, f.end()) - Math.max(gs, f.start());
                    if (f.doc().equals(doc) && overlap >= 0.5 * (ge - gs)) {
                        hit = true;
                        speakerOk |= speakerOk(f.speaker(), okHere, aliases);
                    }
                }
                matched += hit ? 1 : 0;
                right += speakerOk ? 1 : 0;
            }
        }
        return String.format("quote recall %.3f (%d/%d), speaker accuracy %.3f (%d/%d)",
                total == 0 ? 0.0 : (double) matched / total, matched, total,
                matched == 0 ? 0.0 : (double) right / matched, right, matched);
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

    private static String norm(String s) {
        return Normalizer.forMatching(s);
    }
}
