package org.parallax.claims;

import org.parallax.internal.Embeddings;
import org.parallax.internal.WordLists;
import org.parallax.model.Article;
import org.parallax.model.Conflict;
import org.parallax.model.Parse;
import org.parallax.model.Sentence;
import org.parallax.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Claims an outlet denies or doubts while other outlets state them: "the army denied that soldiers fired on
 * the crowd" against "soldiers fired on the crowd"; "stations claim that the fire was started by
 * protesters. However this remains an unsubstantiated claim." against "protesters set the bank on fire".
 * The doubted claim is a clause read from the parse: the clause of a verb of denial, of a noun of claiming
 * it governs, or of a claim an adjective of doubt is said of ({@code doubt-words.tsv}); a demonstrative
 * ("this remains an unsubstantiated claim") points at the clause of the previous sentence's reporting
 * verb. Another outlet states the claim in a sentence alike in meaning ({@link #MIN_MEANING}) that shares
 * at least {@link #MIN_SHARED} content words with it and doubts nothing itself. The doubting outlet and
 * the stating outlets are the two positions.
 *
 * <p>Cost: linear in the sentences to find the doubts; each doubt is compared with the sentences of the
 * other articles by shared words (linear), and only those sharing enough are embedded. Thread-safe:
 * stateless.
 */
final class Denials {
    private static final Map<String, String> KIND = new HashMap<>();
    private static final Set<String> REPORT_VERBS = WordLists.set(Denials.class, "/org/parallax/text/report-verbs.txt");

    static {
        for (String[] row : WordLists.pairs(Denials.class, "doubt-words.tsv")) {
            KIND.put(row[0], row[1]);
        }
    }

    /**
     * Least cosine between the doubted claim and a sentence stating it. Set from the one doubted claim of
     * the development stories (its stating sentences 0.61 to 0.67, the next unrelated ones below 0.61).
     */
    static final double MIN_MEANING = 0.6;
    /** Least content words (noun, verb and adjective lemmas) the stating sentence shares with the claim. */
    static final int MIN_SHARED = 2;
    /** Longest topic, in words, before the claim's relative clauses and asides are left out of it. */
    private static final int TOPIC_WORDS = 14;

    private Denials() {
    }

    /** One outlet doubting a claim: the claim's words, its content lemmas, who doubts it, and the sentence that does. */
    record Doubt(String document, int sentence, String claim, String topic, Set<String> lemmas, String doubter, String text,
                 boolean negative) {
    }

    static List<Doubt> read(Article a) {
        List<Doubt> out = new ArrayList<>();
        List<Sentence> sentences = a.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Parse parse = s.parse();
            if (parse == null) {
                continue;
            }
            List<Token> tokens = s.tokens();
            for (int k = 0; k < tokens.size(); k++) {
                String kind = KIND.get(lower(tokens.get(k).lemmaOrWord()));
                if (kind == null) {
                    continue;
                }
                Doubt d = switch (kind) {
                    case "verb" -> tokens.get(k).isTag("VB") ? denied(a, s, k) : null;
                    case "adjective" -> tokens.get(k).isTag("JJ") ? doubted(a, s, i == 0 ? null : sentences.get(i - 1), k) : null;
                    case "proof" -> unproven(a, s, k);
                    default -> null;
                };
                if (d != null) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    /** "X denied that P", "X denied reports that P". */
    private static Doubt denied(Article a, Sentence s, int verb) {
        Parse parse = s.parse();
        if (negated(parse, s.tokens(), verb)) {
            return null; // "did not deny that P" doubts nothing
        }
        int object = parse.child(verb, "obj");
        boolean claimObject = object >= 0 && "claim".equals(KIND.get(lower(s.tokens().get(object).lemmaOrWord())));
        if (parse.child(verb, "iobj") >= 0 || object >= 0 && !claimObject) {
            return null; // "deny it the protections ...", "dismissed the coach": a thing withheld or sent away
        }
        int clause = claimObject ? clauseOf(parse, s.tokens(), object) : clauseOf(parse, s.tokens(), verb);
        int subject = parse.child(verb, "nsubj");
        return clause < 0 ? null : doubt(a, s, s, clause, subject < 0 ? null : subtreeText(s, subject));
    }

    /** "the claim that P is false", "this remains an unsubstantiated claim" (P in the previous sentence). */
    private static Doubt doubted(Article a, Sentence s, Sentence previous, int adjective) {
        Parse parse = s.parse();
        List<Token> tokens = s.tokens();
        // the predicate the doubt is said through: the adjective itself ("is false") or the noun it modifies
        // ("remains an unsubstantiated claim"), and the predicate's subject
        int predicate = adjective;
        if (parse.baseRelation(adjective).equals("amod") && parse.head(adjective) >= 0
                && "claim".equals(KIND.get(lower(tokens.get(parse.head(adjective)).lemmaOrWord())))) {
            predicate = parse.head(adjective);
            int clause = clauseOf(parse, tokens, predicate);
            if (clause >= 0) {
                return doubt(a, s, s, clause, null); // "an unfounded claim that P"
            }
            if (parse.baseRelation(predicate).equals("xcomp") || parse.baseRelation(predicate).equals("obj")) {
                predicate = parse.head(predicate);
            }
        }
        if (predicate < 0 || negated(parse, tokens, predicate)) {
            return null;
        }
        int own = clauseOf(parse, tokens, predicate);
        if (own < 0) {
            own = parse.child(predicate, "csubj");
        }
        if (own >= 0) {
            return doubt(a, s, s, own, null); // "it is false that P": the clause is the predicate's own
        }
        int subject = parse.child(predicate, "nsubj");
        if (subject < 0) {
            return null;
        }
        String head = lower(tokens.get(subject).lemmaOrWord());
        if ("claim".equals(KIND.get(head))) {
            int clause = clauseOf(parse, tokens, subject);
            return clause < 0 ? null : doubt(a, s, s, clause, null);
        }
        if (!Set.of("this", "that", "it", "these", "those").contains(head) || previous == null || previous.parse() == null) {
            return null;
        }
        // the demonstrative points at what the previous sentence reported
        Parse before = previous.parse();
        // (a reporting verb, or a noun of claiming the tagger may have made of it: "stations ... claim that P")
        for (int k = 0; k < previous.tokens().size(); k++) {
            String lemma = lower(previous.tokens().get(k).lemmaOrWord());
            if ((REPORT_VERBS.contains(lemma) || "claim".equals(KIND.get(lemma))) && !"verb".equals(KIND.get(lemma))
                    && !negated(before, previous.tokens(), k)) {
                int clause = clauseOf(before, previous.tokens(), k);
                if (clause >= 0) {
                    return doubt(a, s, previous, clause, null);
                }
            }
        }
        return null;
    }

    /** "there is no evidence that P". */
    private static Doubt unproven(Article a, Sentence s, int noun) {
        Parse parse = s.parse();
        boolean no = false;
        for (int c : parse.children(noun)) {
            no |= parse.baseRelation(c).equals("det") && lower(s.tokens().get(c).word()).equals("no");
        }
        int clause = no ? clauseOf(parse, s.tokens(), noun) : -1;
        return clause < 0 ? null : doubt(a, s, s, clause, null);
    }

    /** The words of a token's subtree: "The army", "Government officials". */
    private static String subtreeText(Sentence s, int head) {
        int[] span = s.parse().subtree(head);
        return s.textOf(span[0], span[1]);
    }

    /** The clause a word governs ("that P"), or -1. */
    private static int clauseOf(Parse parse, List<Token> tokens, int head) {
        for (int c : parse.children(head)) {
            String rel = parse.relation(c);
            if ((rel.equals("ccomp") || rel.equals("acl")) && tokens.get(c).isTag("VB")) {
                return c;
            }
        }
        return -1;
    }

    /** Modals of possibility: doubting that something might be so contradicts no one who says it is. */
    private static final Set<String> POSSIBLY = Set.of("might", "may", "could");

    private static Doubt doubt(Article a, Sentence doubting, Sentence claimed, int clause, String doubter) {
        Parse parse = claimed.parse();
        List<Token> tokens = claimed.tokens();
        for (int c : parse.children(clause)) {
            if (parse.baseRelation(c).equals("aux") && POSSIBLY.contains(lower(tokens.get(c).word()))) {
                return null;
            }
        }
        int[] span = parse.subtree(clause);
        int from = span[0];
        while (from < clause && (parse.baseRelation(from).equals("mark") || tokens.get(from).isTag("IN")
                || Set.of("that", "whether", "if").contains(lower(tokens.get(from).word())))) {
            from++; // "that P": the claim is P
        }
        String claim = claimed.textOf(from, span[1]);
        Set<String> lemmas = new HashSet<>();
        List<String> kept = new ArrayList<>(); // the topic: runs of the claim's words outside its asides
        boolean longClaim = span[1] - from + 1 > TOPIC_WORDS;
        int run = -1;
        for (int k = from; k <= span[1] + 1; k++) {
            boolean keep = k <= span[1] && !(longClaim && aside(parse, clause, k));
            if (k <= span[1] && content(tokens.get(k))) {
                lemmas.add(lower(tokens.get(k).lemmaOrWord()));
            }
            if (keep && run < 0) {
                run = k;
            } else if (!keep && run >= 0) {
                kept.add(claimed.textOf(run, k - 1).strip());
                run = -1;
            }
        }
        String topic = String.join(" ", kept).replaceAll("\\s+([,.;:)])", "$1");
        if (lemmas.size() < MIN_SHARED) {
            return null;
        }
        return new Doubt(a.id(), doubting.index(), claim, topic, lemmas, doubter, doubting.text(),
                negated(parse, tokens, clause));
    }

    /** A word inside a relative clause or an aside below the claim's head: left out of a long topic. */
    private static boolean aside(Parse parse, int clause, int k) {
        for (int x : parse.ancestors(k)) {
            if (x == clause) {
                return false;
            }
            String rel = parse.relation(x);
            if (rel.startsWith("acl") || rel.startsWith("appos") || rel.startsWith("dep") || rel.startsWith("parataxis")) {
                return true;
            }
        }
        return false;
    }

    /** Words that negate a verb or a clause. */
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "neither", "nor");

    /** The word is negated: "did not deny", "had not fired". */
    private static boolean negated(Parse parse, List<Token> tokens, int head) {
        for (int c : parse.children(head)) {
            String rel = parse.baseRelation(c);
            if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det")) && NEGATIONS.contains(lower(tokens.get(c).word()))) {
                return true;
            }
        }
        return false;
    }

    /** A sentence says something is not so (its words hold a negation). */
    private static boolean saysNot(Sentence s) {
        return s.tokens().stream().anyMatch(t -> NEGATIONS.contains(lower(t.word())));
    }

    private static boolean content(Token t) {
        return (t.isTag("NN") || t.isTag("VB") || t.isTag("JJ")) && t.word().chars().anyMatch(Character::isLetter)
                && !Set.of("be", "have", "do", "say").contains(lower(t.lemmaOrWord()));
    }

    static List<Conflict> find(List<Article> articles, BiFunction<String, Integer, String> claimAt) {
        List<Doubt> doubts = new ArrayList<>();
        articles.forEach(a -> doubts.addAll(read(a)));
        if (doubts.isEmpty()) {
            return List.of();
        }
        // one disagreement per claim: doubts whose best stating sentence is the same are one
        Map<Sentence, List<Doubt>> byStated = new LinkedHashMap<>();
        Map<Sentence, Map<String, Sentence>> statedBy = new HashMap<>();
        Map<Sentence, String> firstOf = new HashMap<>();
        for (Doubt d : doubts) {
            float[] claim = Embeddings.embed(d.claim());
            Map<String, Sentence> best = new LinkedHashMap<>();
            Map<String, Double> score = new HashMap<>();
            for (Article a : articles) {
                if (a.id().equals(d.document())) {
                    continue;
                }
                // the cheap test first: only sentences sharing the claim's words, of its polarity, are embedded
                List<Sentence> sentences = a.sentences().stream()
                        .filter(s -> shared(s, d.lemmas()) >= MIN_SHARED && !doubts(s) && saysNot(s) == d.negative()).toList();
                List<float[]> vectors = Embeddings.embed(sentences.stream().map(Sentence::text).toList());
                for (int i = 0; i < sentences.size(); i++) {
                    double cos = Embeddings.cosine(claim, vectors.get(i));
                    if (cos >= MIN_MEANING && cos > score.getOrDefault(a.id(), 0.0)) {
                        best.put(a.id(), sentences.get(i));
                        score.put(a.id(), cos);
                    }
                }
            }
            if (best.isEmpty()) {
                continue;
            }
            String first = null;
            for (var e : score.entrySet()) {
                if (first == null || e.getValue() > score.get(first)) {
                    first = e.getKey();
                }
            }
            Sentence stated = best.get(first);
            byStated.computeIfAbsent(stated, k -> new ArrayList<>()).add(d);
            statedBy.computeIfAbsent(stated, k -> new LinkedHashMap<>()).putAll(best);
            firstOf.putIfAbsent(stated, first);
        }
        List<Conflict> out = new ArrayList<>();
        for (var e : byStated.entrySet()) {
            Sentence stated = e.getKey();
            String first = firstOf.get(stated);
            List<Doubt> side = e.getValue();
            Doubt d = side.get(0);
            List<String> doubters = side.stream().map(Doubt::doubter).filter(java.util.Objects::nonNull).distinct().toList();
            // an outlet that doubts the claim is not also its witness
            Set<String> stating = new java.util.LinkedHashSet<>(statedBy.get(stated).keySet());
            side.forEach(x -> stating.remove(x.document()));
            if (stating.isEmpty() || !stating.contains(first)) {
                continue;
            }
            List<Conflict.Position> positions = List.of(
                    new Conflict.Position(claimAt.apply(first, stated.index()), List.copyOf(stating), stated.text()),
                    new Conflict.Position(claimAt.apply(d.document(), d.sentence()),
                            side.stream().map(Doubt::document).distinct().toList(), d.text(), doubters));
            int n = stating.size();
            out.add(new Conflict("x", "whether " + d.topic(), positions, (n == 1 ? "One outlet states it; " : n
                    + " outlets state it; ") + (doubters.isEmpty() ? "another" : String.join(", ", doubters))
                    + " denies or doubts it."));
        }
        return out;
    }

    private static int shared(Sentence s, Set<String> lemmas) {
        Set<String> seen = new HashSet<>();
        for (Token t : s.tokens()) {
            String l = lower(t.lemmaOrWord());
            if (content(t) && lemmas.contains(l)) {
                seen.add(l);
            }
        }
        return seen.size();
    }

    /** The sentence itself denies or doubts something: it states no claim outright. */
    private static boolean doubts(Sentence s) {
        for (Token t : s.tokens()) {
            String kind = KIND.get(lower(t.lemmaOrWord()));
            if ("verb".equals(kind) && t.isTag("VB") || "adjective".equals(kind) && t.isTag("JJ")) {
                return true;
            }
        }
        return false;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
