package org.parallax.claims;

import org.parallax.internal.Embeddings;
import org.parallax.model.Article;
import org.parallax.model.Conflict;
import org.parallax.model.Parse;
import org.parallax.model.Sentence;
import org.parallax.model.Token;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * What a statement covers, as each outlet tells it: "only" one of a kind against "all" of it ("the flaw
 * exists only in version 7", "the flaw affects all versions"). Read from the parse: "only" modifying a noun
 * (or the verb whose object or oblique noun follows it) that names one member of its kind, and "all" or
 * "every" as the determiner of a noun;
 * "not only ... but also" restricts nothing. Two outlets whose sentences are alike in meaning ({@link
 * #MIN_MEANING}) and restrict one noun ("version") with "only" on one side and "all" on the other disagree;
 * a sentence that says both ("only in IE 7 on all versions of Windows") takes no side.
 *
 * <p>Cost: one pass over each sentence's tokens; the comparison is over the few scoped nouns a story has,
 * pairwise. Thread-safe: stateless.
 */
final class Scopes {
    /** Least cosine between the two sentences: the same statement, scoped two ways. */
    static final double MIN_MEANING = 0.6;
    /** Longest phrase, in tokens, shown for a side before it is cut to the noun itself. */
    private static final int MAX_PHRASE = 10;

    private Scopes() {
    }

    /** One scoped noun: "only" (true) or "all" (false), its lemma, the words as written, its sentence. */
    record Scope(String document, Sentence sentence, boolean only, String noun, String text) {
    }

    static List<Scope> read(Article a) {
        List<Scope> out = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            Parse parse = s.parse();
            List<Token> tokens = s.tokens();
            if (parse == null) {
                // a sentence the syntax stage did not parse (it parses those holding "only") can still say
                // "all" of a noun: read it from the tags
                for (int k = 0; k + 1 < tokens.size(); k++) {
                    String w = lower(tokens.get(k).word());
                    int noun = w.equals("all") || w.equals("every") ? nounAfter(tokens, k) : -1;
                    if (noun >= 0) {
                        out.add(new Scope(a.id(), s, false, lemma(tokens.get(noun)), s.textOf(k, noun)));
                    }
                }
                continue;
            }
            for (int k = 0; k < tokens.size(); k++) {
                String w = lower(tokens.get(k).word());
                if (w.equals("only") && parse.baseRelation(k).equals("advmod") && !(k > 0 && lower(tokens.get(k - 1).word()).equals("not"))) {
                    int noun = restricted(parse, tokens, k);
                    if (noun >= 0 && member(parse, tokens, noun)) {
                        // "only in version 7", or after its noun: "version 7 only"
                        out.add(new Scope(a.id(), s, true, lemma(tokens.get(noun)),
                                s.textOf(Math.min(k, noun), Math.max(k, end(parse, tokens, noun)))));
                    }
                } else if ((w.equals("all") || w.equals("every")) && parse.baseRelation(k).equals("det") && parse.head(k) > k
                        && tokens.get(parse.head(k)).isTag("NN")) {
                    int noun = parse.head(k);
                    int[] span = parse.subtree(noun);
                    int last = span[1] - k < MAX_PHRASE ? span[1] : end(parse, tokens, noun);
                    out.add(new Scope(a.id(), s, false, lemma(tokens.get(noun)), s.textOf(k, last)));
                }
            }
        }
        return out;
    }

    /** The noun an untagged-for-syntax "all" determines: the first noun after it, past adjectives and participles ("all supported versions"). */
    private static int nounAfter(List<Token> tokens, int all) {
        for (int k = all + 1; k < tokens.size() && k <= all + 4; k++) {
            Token t = tokens.get(k);
            if (t.isTag("NN")) {
                return t.isTag("NNP") ? -1 : k;
            }
            if (!(t.isTag("JJ") || t.isTag("VBN") || t.isTag("RB"))) {
                return -1;
            }
        }
        return -1;
    }

    /** The noun "only" restricts: the noun it modifies, or the verb's object or oblique that follows it. */
    private static int restricted(Parse parse, List<Token> tokens, int only) {
        int head = parse.head(only);
        if (head < 0) {
            return -1;
        }
        if (tokens.get(head).isTag("NN")) {
            return head;
        }
        if (tokens.get(head).isTag("VB")) {
            for (int c : parse.children(head)) {
                String rel = parse.baseRelation(c);
                if (c > only && (rel.equals("obj") || rel.equals("obl")) && tokens.get(c).isTag("NN")) {
                    return c;
                }
            }
        }
        return -1;
    }

    /**
     * The noun singles out one member of its kind: a name or a number ("version 7", "IE 7"), where "only
     * attacks that ..." narrows a kind without naming a member "all" would contradict.
     */
    private static boolean member(Parse parse, List<Token> tokens, int noun) {
        if (tokens.get(noun).isTag("NNP")) {
            return true;
        }
        for (int c : parse.children(noun)) {
            String rel = parse.baseRelation(c);
            if (rel.equals("nummod") && c > noun || (rel.equals("compound") || rel.equals("flat")) && tokens.get(c).isTag("NNP")) {
                return true;
            }
        }
        return false;
    }

    /** The last token of a noun with its numbers and compounds ("version 7", "IE 7"). */
    private static int end(Parse parse, List<Token> tokens, int noun) {
        int last = noun;
        for (int c : parse.children(noun)) {
            String rel = parse.baseRelation(c);
            if (c > last && (rel.equals("nummod") || rel.equals("compound") || rel.equals("flat"))) {
                last = c;
            }
        }
        return last;
    }

    static List<Conflict> find(List<Article> articles, BiFunction<String, Integer, String> claimAt) {
        List<Scope> all = new ArrayList<>();
        articles.forEach(a -> all.addAll(read(a)));
        // a sentence that says "only" of one thing and "all" of another takes no side, and neither does an
        // outlet that scopes one noun both ways
        List<Scope> usable = all.stream().filter(x -> all.stream().noneMatch(y -> y.only() != x.only()
                && (y.sentence() == x.sentence() || y.document().equals(x.document()) && y.noun().equals(x.noun())))).toList();
        Map<String, List<Scope>> byNoun = new LinkedHashMap<>();
        usable.forEach(x -> byNoun.computeIfAbsent(x.noun(), k -> new ArrayList<>()).add(x));
        List<Conflict> out = new ArrayList<>();
        for (var e : byNoun.entrySet()) {
            List<Scope> only = e.getValue().stream().filter(Scope::only).toList();
            List<Scope> every = e.getValue().stream().filter(x -> !x.only()).toList();
            if (only.isEmpty() || every.isEmpty()) {
                continue;
            }
            List<float[]> vo = Embeddings.embed(only.stream().map(x -> x.sentence().text()).toList());
            List<float[]> ve = Embeddings.embed(every.stream().map(x -> x.sentence().text()).toList());
            Set<Scope> a = new LinkedHashSet<>();
            Set<Scope> b = new LinkedHashSet<>();
            for (int i = 0; i < only.size(); i++) {
                for (int j = 0; j < every.size(); j++) {
                    if (!only.get(i).document().equals(every.get(j).document())
                            && Embeddings.cosine(vo.get(i), ve.get(j)) >= MIN_MEANING) {
                        a.add(only.get(i));
                        b.add(every.get(j));
                    }
                }
            }
            if (a.isEmpty()) {
                continue;
            }
            Conflict.Position pa = position(a, claimAt);
            Conflict.Position pb = position(b, claimAt);
            out.add(new Conflict("x", "what it covers: " + pa.text().split(" / ")[0] + " or " + pb.text().split(" / ")[0],
                    List.of(pa, pb), "Outlets scope one statement differently: " + pa.text() + " vs " + pb.text() + "."));
        }
        return out;
    }

    private static Conflict.Position position(Set<Scope> side, BiFunction<String, Integer, String> claimAt) {
        Scope first = side.iterator().next();
        Set<String> texts = new LinkedHashSet<>();
        Set<String> documents = new LinkedHashSet<>();
        for (Scope x : side) {
            documents.add(x.document());
            if (texts.size() < 3) {
                texts.add(x.text());
            }
        }
        return new Conflict.Position(claimAt.apply(first.document(), first.sentence().index()), List.copyOf(documents),
                String.join(" / ", texts));
    }

    private static String lemma(Token t) {
        return lower(t.lemmaOrWord());
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
