package org.parallax.quotes;

import org.parallax.entities.EntityIndex;
import org.parallax.internal.Embeddings;
import org.parallax.model.Article;
import org.parallax.model.DiffPart;
import org.parallax.model.Entity;
import org.parallax.model.Match;
import org.parallax.model.Quote;
import org.parallax.model.QuoteOccurrence;
import org.parallax.model.Speaker;
import org.parallax.model.Story;
import org.parallax.pipeline.Stage;
import org.parallax.pipeline.StageResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@link Story#quotes()}: every direct quote of every article with its speaker
 * ({@link Attribution}), the same statement lined up across outlets ({@link Aligner}) with each
 * occurrence classed verbatim, fragment or altered against the fullest verbatim form and a word diff,
 * and reported-speech sentences matched to quotes as paraphrases (sentence embeddings, content words,
 * and the same polarity: a negated report never matches). A multi-sentence quote is aligned sentence by
 * sentence when another outlet repeats some of its sentences, and kept whole otherwise. Speakers resolve
 * to the story's entities, so run after {@code EntityStage}. Thread-safe.
 *
 * <p>Cost: finding quotes, reporting clauses and speakers is linear in the articles' tokens (twice: again for
 * reported speech). {@link Aligner#align} compares each of u quote units with the units placed before it
 * that share a content stem with it (found along a stem index; relation is 0 for the others), O(Σ_s u_s²)
 * pairs for u_s units holding stem s, each up to O(w²) word alignment (at most 200 by 400 words; each word's
 * spelling computed once and kept, {@link Words#spelling}); above 12,000 units ({@link Aligner#MAX_UNITS})
 * the copies of each sentence are put together first and the distinct sentences aligned, and above
 * 12,000 distinct sentences nothing is. Paraphrases pair r reported sentences with S
 * statements, O(r·(u + S·w)) word tests, none above 2,000 sentences; only pairs sharing 3 stems get a cosine.
 * A story past either bound gets a warning ({@link Story#warnings()}) saying what the stage did instead.
 */
public final class QuoteStage implements Stage<Story, Story> {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\b(?:Mr|Mrs|Ms|Dr|St|Rep|Sen|Gov|Gen|Lt|Col|Sgt|"
            + "Jr|Sr|Prof|No|Inc|Co|Corp|Mt|Ft|Capt|Cmdr|Adm|Rev|Hon|Pres|Supt|Det|U\\.S|U\\.K))[.!?][\"”’']?\\s+(?=[\\p{Lu}\"“‘])");
    static final double PARAPHRASE_COSINE = 0.72;
    private static final int MAX_PARAPHRASE_CANDIDATES = 2_000;

    private final int maxUnits;
    private final int maxReported;

    public QuoteStage() {
        this(Aligner.MAX_UNITS, MAX_PARAPHRASE_CANDIDATES);
    }

    /**
     * @param maxUnits    above this many quote units the copies of each sentence are folded together before
     *                    aligning, and above this many distinct ones nothing is aligned across articles
     * @param maxReported above this many sentences of reported speech none is matched to a quote
     */
    QuoteStage(int maxUnits, int maxReported) {
        this.maxUnits = maxUnits;
        this.maxReported = maxReported;
    }

    /** One attributed quote of one article. */
    private record Piece(Article article, int docOrder, Attribution.Attributed quote, String speaker) {
    }

    /** One occurrence before the output record: where, what, who. */
    private record Occ(Aligner.Unit unit, Attribution.Ref ref, Match match, List<DiffPart> diff) {
    }

    /**
     * The texts of an article this stage compares by meaning (the sentences of its attributed quotes), for
     * the article pipeline to embed with the article.
     */
    public static List<String> comparedTexts(Article article) {
        List<String> out = new ArrayList<>();
        for (Attribution.Attributed q : Attribution.attribute(article, QuoteMarks.find(article))) {
            sentences(new Piece(article, 0, q, null), 0).forEach(u -> out.add(u.text()));
        }
        return out;
    }

    @Override
    public StageResult<Story> apply(Story story) {
        EntityIndex index = new EntityIndex(story.entities());
        List<Piece> pieces = new ArrayList<>();
        Map<String, List<QuoteMarks.Found>> found = new HashMap<>();
        for (int d = 0; d < story.articles().size(); d++) {
            Article a = story.articles().get(d);
            List<QuoteMarks.Found> marks = QuoteMarks.find(a);
            found.put(a.id(), marks);
            for (Attribution.Attributed q : Attribution.attribute(a, marks)) {
                Speaker sp = speaker(index, a.id(), q.speaker());
                pieces.add(new Piece(a, d, q, sp == null ? null : key(sp)));
            }
        }
        List<Aligner.Unit> units = new ArrayList<>();
        for (int p = 0; p < pieces.size(); p++) {
            units.addAll(sentences(pieces.get(p), p));
        }
        Aligner.Alignment aligned = Aligner.align(units, maxUnits);
        List<List<Aligner.Unit>> clusters = rejoin(aligned.statements(), pieces);
        List<List<Occ>> statements = new ArrayList<>();
        List<Aligner.Unit> canonicals = new ArrayList<>();
        for (List<Aligner.Unit> cluster : clusters) {
            Aligner.Unit canonical = Aligner.canonical(cluster);
            List<Occ> occs = new ArrayList<>();
            for (Aligner.Unit u : cluster) {
                Match m = Aligner.classify(u, canonical);
                List<DiffPart> diff = m == Match.VERBATIM ? List.of() : WordDiff.diff(canonical.text(), u.text());
                occs.add(new Occ(u, pieces.get(u.piece()).quote().speaker(), m, diff));
            }
            statements.add(occs);
            canonicals.add(canonical);
        }
        int unmatched = addParaphrases(story, found, statements, canonicals, maxReported);
        Story out = story.withQuotes(quotes(story, index, statements, canonicals));
        if (units.size() > maxUnits) {
            int distinct = aligned.distinct();
            out = out.withWarning("quotes", distinct <= maxUnits
                    ? String.format(Locale.ROOT, "%,d quoted sentences, more than the %,d the aligner compares one by"
                    + " one: the copies of each sentence under the same speaker were put together first and the %,d"
                    + " distinct sentences aligned", units.size(), maxUnits, distinct)
                    : String.format(Locale.ROOT, "%,d quoted sentences (%,d distinct), more than the %,d the aligner"
                    + " compares: each quote is listed on its own, not lined up with other articles' renderings of it",
                    units.size(), distinct, maxUnits));
        }
        if (unmatched > 0) {
            out = out.withWarning("quotes", String.format(Locale.ROOT, "%,d sentences of reported speech, more than"
                    + " the %,d matched against quotes: none is shown as a paraphrase", unmatched, maxReported));
        }
        return StageResult.ok(out);
    }

    /** A quote's sentences as units; one unit when it has one sentence. */
    private static List<Aligner.Unit> sentences(Piece piece, int p) {
        String text = piece.article().original();
        QuoteMarks.Found q = piece.quote().quote();
        List<Aligner.Unit> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text).region(q.start(), q.end());
        int s = q.start();
        while (m.find()) {
            int e = m.end();
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            out.add(unit(piece, p, s, e));
            s = m.end();
        }
        out.add(unit(piece, p, s, q.end()));
        out.removeIf(u -> u.words().isEmpty());
        return out;
    }

    private static Aligner.Unit unit(Piece piece, int p, int start, int end) {
        String t = piece.article().original().substring(start, end);
        List<String> words = Words.of(t);
        return new Aligner.Unit(piece.article().id(), piece.docOrder(), start, end, t, words, Words.stems(words), p,
                piece.speaker());
    }

    /** A multi-sentence quote no other outlet repeats any sentence of is kept whole. */
    private static List<List<Aligner.Unit>> rejoin(List<List<Aligner.Unit>> clusters, List<Piece> pieces) {
        Map<Integer, List<List<Aligner.Unit>>> byPiece = new LinkedHashMap<>();
        for (List<Aligner.Unit> c : clusters) {
            for (Aligner.Unit u : c) {
                byPiece.computeIfAbsent(u.piece(), k -> new ArrayList<>()).add(c);
            }
        }
        List<List<Aligner.Unit>> out = new ArrayList<>(clusters);
        byPiece.forEach((p, cs) -> {
            if (cs.size() > 1 && cs.stream().allMatch(c -> c.size() == 1)) {
                out.removeAll(cs);
                out.add(new ArrayList<>(List.of(unit(pieces.get(p), p, pieces.get(p).quote().quote().start(),
                        pieces.get(p).quote().quote().end()))));
            }
        });
        return out;
    }

    /** @return how many sentences of reported speech were left unmatched for being more than {@code max}, else 0 */
    private static int addParaphrases(Story story, Map<String, List<QuoteMarks.Found>> found,
                                      List<List<Occ>> statements, List<Aligner.Unit> canonicals, int max) {
        if (statements.isEmpty()) {
            return 0;
        }
        List<Attribution.Reported> reported = new ArrayList<>();
        List<String> docs = new ArrayList<>();
        List<Integer> orders = new ArrayList<>();
        for (int d = 0; d < story.articles().size(); d++) {
            Article a = story.articles().get(d);
            for (Attribution.Reported r : Attribution.reported(a, found.get(a.id()))) {
                reported.add(r);
                docs.add(a.id());
                orders.add(d);
            }
        }
        if (reported.size() > max) {
            return reported.size();
        }
        if (reported.isEmpty()) {
            return 0;
        }
        // the cheap tests first: only the sentences and statements of a pair that passes them are embedded
        List<List<Integer>> open = new ArrayList<>();
        boolean[] statementRead = new boolean[canonicals.size()];
        boolean[] reportedRead = new boolean[reported.size()];
        for (int r = 0; r < reported.size(); r++) {
            List<String> words = Words.of(reported.get(r).sentence().text());
            var stems = Words.stems(words);
            List<Integer> cs = new ArrayList<>();
            for (int c = 0; c < canonicals.size(); c++) {
                Aligner.Unit can = canonicals.get(c);
                String doc = docs.get(r);
                if (statements.get(c).stream().anyMatch(o -> o.unit().doc().equals(doc))
                        || Words.negated(words) != Words.negated(can.words())) {
                    continue;
                }
                int shared = Words.shared(stems, can.stems());
                if (shared < 3 || (double) shared / Math.max(1, can.stems().size()) < 0.4) {
                    continue;
                }
                cs.add(c);
                statementRead[c] = true;
            }
            open.add(cs);
            reportedRead[r] = !cs.isEmpty();
        }
        float[][] rv = Embeddings.embedWhere(reported.stream().map(r -> r.sentence().text()).toList(), reportedRead);
        float[][] cv = Embeddings.embedWhere(canonicals.stream().map(Aligner.Unit::text).toList(), statementRead);
        // each reported sentence goes to its closest statement, and each statement takes one per article
        Map<String, Occ> best = new HashMap<>();
        Map<String, Double> bestScore = new HashMap<>();
        for (int r = 0; r < reported.size(); r++) {
            Attribution.Reported rep = reported.get(r);
            int target = -1;
            double score = 0;
            for (int c : open.get(r)) {
                double cos = Embeddings.cosine(rv[r], cv[c]);
                if (cos < PARAPHRASE_COSINE) {
                    continue;
                }
                if (cos > score) {
                    score = cos;
                    target = c;
                }
            }
            if (target >= 0) {
                String key = target + "\u0000" + docs.get(r);
                if (score > bestScore.getOrDefault(key, 0.0)) {
                    var s = rep.sentence();
                    List<String> w = Words.of(s.text());
                    Aligner.Unit u = new Aligner.Unit(docs.get(r), orders.get(r), s.start(), s.end(),
                            story.article(docs.get(r)).original().substring(s.start(), s.end()), w, Words.stems(w), -1, null);
                    bestScore.put(key, score);
                    best.put(key, new Occ(u, rep.speaker(), Match.PARAPHRASE, List.of()));
                }
            }
        }
        best.forEach((key, occ) -> statements.get(Integer.parseInt(key.substring(0, key.indexOf('\u0000')))).add(occ));
        return 0;
    }

    private static List<Quote> quotes(Story story, EntityIndex index, List<List<Occ>> statements,
                                      List<Aligner.Unit> canonicals) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            order.add(i);
        }
        Comparator<Occ> byPlace = Comparator.comparingInt((Occ o) -> o.unit().docOrder()).thenComparingInt(o -> o.unit().start());
        statements.forEach(s -> s.sort(byPlace));
        order.sort(Comparator.comparing(i -> statements.get(i).stream()
                .filter(o -> o.match() != Match.PARAPHRASE).findFirst().orElse(statements.get(i).get(0)), byPlace));
        List<Quote> out = new ArrayList<>();
        for (int i : order) {
            List<Occ> occs = statements.get(i);
            List<QuoteOccurrence> rendered = new ArrayList<>();
            Map<String, Integer> votes = new LinkedHashMap<>();
            Map<String, Speaker> speakers = new HashMap<>();
            for (Occ o : occs) {
                Speaker sp = speaker(index, o.unit().doc(), o.ref());
                if (sp != null) {
                    String key = key(sp);
                    // quoted occurrences outvote paraphrases; a named speaker outvotes a group
                    votes.merge(key, (o.match() == Match.PARAPHRASE ? 1 : 4) + (sp.entity() != null ? 1 : 0), Integer::sum);
                    speakers.putIfAbsent(key, sp);
                }
                rendered.add(new QuoteOccurrence(o.unit().doc(), o.unit().text(), o.unit().start(), o.unit().end(),
                        o.ref() == null ? null : o.ref().asWritten(), o.match(), sp == null ? null : sp.name(), o.diff()));
            }
            Speaker speaker = votes.entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(e -> speakers.get(e.getKey())).orElse(null);
            boolean disputed = votes.size() > 1;
            out.add(new Quote("q" + (out.size() + 1), speaker, canonicals.get(i).text(), rendered, disputed));
        }
        return out;
    }

    private static String key(Speaker sp) {
        return sp.entity() != null ? sp.entity() : org.parallax.text.Normalizer.wordsOnly(sp.name());
    }

    private static Speaker speaker(EntityIndex index, String doc, Attribution.Ref ref) {
        if (ref == null || ref.name() == null) {
            return null;
        }
        if (ref.kind() != Attribution.Kind.GROUP) {
            Optional<Entity> e = index.find(doc, ref.name());
            if (e.isPresent()) {
                return new Speaker(e.get().id(), e.get().name());
            }
        }
        return new Speaker(null, ref.name());
    }
}
