package org.parallax.claims;

import org.parallax.internal.WordLists;
import org.parallax.model.Article;
import org.parallax.model.Conflict;
import org.parallax.model.Parse;
import org.parallax.model.Sentence;
import org.parallax.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * How the story's dead died, as each outlet tells it: a typed fact read from the parse, a verb of a manner
 * of death with "to death" ("were burnt to death", "was stabbed to death") or "died of / from" a cause
 * ("died of smoke inhalation"), its cause from {@code death-causes.tsv}, and who died (the object of an
 * active verb, else the subject: a count, a name). Outlets that give the same dead different causes
 * disagree: each cause is a position. An outlet that gives two causes itself (some dead shot, others
 * stabbed) takes no side; an account of other dead (another count, another name) is set aside and leaves
 * the others' disagreement standing. A death denied, nearly happening, threatened, wished or possible
 * ("did not die of", "was nearly beaten to death", "threatened to beat them to death") is no account.
 *
 * <p>Cost: one pass over each sentence's tokens; the comparison is over the few causes a story states.
 * Thread-safe: stateless.
 */
final class DeathCauses {
    private static final Map<String, String> CAUSE = new HashMap<>();

    static {
        for (String[] row : WordLists.pairs(DeathCauses.class, "death-causes.tsv")) {
            CAUSE.put(row[0], row[1]);
        }
    }

    private DeathCauses() {
    }

    /**
     * One outlet's account of a death.
     *
     * @param count the number of dead its subject gives, or -1
     * @param name  the named person who died, or null
     */
    record Cause(String document, int sentence, String cause, String text, int count, String name, String source) {
    }

    static List<Cause> read(Article a) {
        List<Cause> out = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            Parse parse = s.parse();
            if (parse == null) {
                continue;
            }
            List<Token> tokens = s.tokens();
            for (int k = 0; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                if (!t.isTag("VB")) {
                    continue;
                }
                String lemma = lower(t.lemmaOrWord());
                int[] span = null;
                String cause = null;
                if (CAUSE.containsKey(lemma)) {
                    int death = withCase(parse, tokens, k, "death", "to");
                    if (death >= 0) {
                        cause = CAUSE.get(lemma);
                        span = new int[]{Math.min(k, death), Math.max(k, death)};
                    }
                } else if (lemma.equals("die")) {
                    for (int c : parse.children(k)) {
                        String rel = parse.baseRelation(c);
                        if ((rel.equals("obl") || rel.equals("nmod")) && hasCase(parse, tokens, c, "of", "from")) {
                            cause = causeOfNoun(parse, tokens, c);
                            if (cause != null) {
                                span = new int[]{Math.min(k, c), Math.max(k, c)}; // "died of smoke inhalation"
                                break;
                            }
                        }
                    }
                }
                if (cause == null || !asserted(parse, tokens, k)) {
                    continue;
                }
                // who died: the object of "shot two guards to death", else the subject ("were burned", "died")
                int dead = parse.child(k, "obj");
                if (dead < 0) {
                    dead = parse.child(k, "nsubj");
                }
                out.add(new Cause(a.id(), s.index(), cause, s.textOf(span[0], span[1]), count(parse, tokens, dead),
                        name(parse, tokens, dead), FigureReader.source(parse, tokens, k)));
            }
        }
        return out;
    }

    /** Words that deny a verb or say it fell short: "did not die", "was nearly beaten to death". */
    private static final Set<String> SHORT_OF = Set.of("not", "n't", "never", "nearly", "almost", "narrowly");
    /** Verbs of attempts and threats: "threatened to beat them to death" kills no one. */
    private static final Set<String> ATTEMPTS = Set.of("threaten", "try", "attempt", "vow", "want", "seek");

    /** The death is told as having happened: not denied, not nearly, not threatened, wished or possible. */
    static boolean asserted(Parse parse, List<Token> tokens, int verb) {
        for (int c : parse.children(verb)) {
            String rel = parse.baseRelation(c);
            if ((rel.equals("advmod") || rel.equals("neg")) && SHORT_OF.contains(lower(tokens.get(c).word()))) {
                return false;
            }
        }
        if (FigureReader.irrealis(parse, tokens, verb)) {
            return false;
        }
        for (int k = verb; parse.relation(k).startsWith("xcomp") && parse.head(k) >= 0; k = parse.head(k)) {
            if (ATTEMPTS.contains(lower(tokens.get(parse.head(k)).lemmaOrWord()))) {
                return false;
            }
        }
        return true;
    }

    /** A child of {@code head} with lemma {@code word} and one of the given prepositions, or -1. */
    private static int withCase(Parse parse, List<Token> tokens, int head, String word, String... cases) {
        for (int c : parse.children(head)) {
            if (lower(tokens.get(c).lemmaOrWord()).equals(word) && hasCase(parse, tokens, c, cases)) {
                return c;
            }
        }
        return -1;
    }

    private static boolean hasCase(Parse parse, List<Token> tokens, int noun, String... cases) {
        for (int c : parse.children(noun)) {
            if (parse.baseRelation(c).equals("case") && Set.of(cases).contains(lower(tokens.get(c).word()))) {
                return true;
            }
        }
        return false;
    }

    /** The cause a noun of "died of" names, itself or through its modifiers ("smoke inhalation", "gunshot wounds"). */
    private static String causeOfNoun(Parse parse, List<Token> tokens, int noun) {
        String own = CAUSE.get(lower(tokens.get(noun).lemmaOrWord()));
        if (own != null) {
            return own;
        }
        for (int c : parse.children(noun)) {
            String rel = parse.baseRelation(c);
            if (rel.equals("compound") || rel.equals("amod")) {
                String cause = CAUSE.get(lower(tokens.get(c).lemmaOrWord()));
                if (cause != null) {
                    return cause;
                }
            }
        }
        return null;
    }

    /** The number of dead the subject gives ("the 3 bank employees", "two women and a man"), or -1. */
    private static int count(Parse parse, List<Token> tokens, int subject) {
        if (subject < 0) {
            return -1;
        }
        if (tokens.get(subject).isTag("CD")) {
            return number(tokens.get(subject)); // "Three died of smoke inhalation"
        }
        int total = 0;
        List<Integer> heads = new ArrayList<>(List.of(subject));
        for (int c : parse.children(subject)) {
            if (parse.baseRelation(c).equals("conj")) {
                heads.add(c);
            }
        }
        for (int h : heads) {
            int n = -1;
            for (int c : parse.children(h)) {
                if (parse.baseRelation(c).equals("nummod")) {
                    n = number(tokens.get(c));
                } else if (parse.baseRelation(c).equals("det") && lower(tokens.get(c).word()).matches("an?")) {
                    n = 1;
                }
            }
            if (n < 0) {
                return -1;
            }
            total += n;
        }
        return total;
    }

    private static final List<String> WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");

    private static int number(Token t) {
        String w = lower(t.word()).replace(",", "");
        if (w.matches("\\d{1,6}")) {
            return Integer.parseInt(w);
        }
        return WORDS.indexOf(w);
    }

    /** The person the subject names, or null. */
    private static String name(Parse parse, List<Token> tokens, int subject) {
        if (subject < 0) {
            return null;
        }
        int[] span = parse.subtree(subject);
        StringBuilder b = new StringBuilder();
        for (int k = span[0]; k <= span[1]; k++) {
            if ("PERSON".equals(tokens.get(k).ner())) {
                b.append(b.length() == 0 ? "" : " ").append(tokens.get(k).word());
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    static List<Conflict> find(List<Article> articles, BiFunction<String, Integer, String> claimAt) {
        Map<String, List<Cause>> byDocument = new LinkedHashMap<>();
        for (Article a : articles) {
            List<Cause> causes = read(a);
            if (!causes.isEmpty() && causes.stream().map(Cause::cause).distinct().count() == 1) {
                byDocument.put(a.id(), causes); // an outlet giving two causes takes no side
            }
        }
        // an account takes a side only if some other outlet gives the same dead another cause: a report of
        // other dead (another count, another name) is set aside, and the rest still disagree
        List<Cause> accounts = byDocument.values().stream().flatMap(List::stream).toList();
        Map<String, List<Cause>> byCause = new LinkedHashMap<>();
        for (Cause c : accounts) {
            if (accounts.stream().anyMatch(o -> !o.cause().equals(c.cause()) && !o.document().equals(c.document())
                    && sameDead(c, o))) {
                byCause.computeIfAbsent(c.cause(), k -> new ArrayList<>()).add(c);
            }
        }
        if (byCause.size() < 2) {
            return List.of();
        }
        List<Conflict.Position> positions = new ArrayList<>();
        List<String> said = new ArrayList<>();
        for (List<Cause> side : byCause.values()) {
            Set<String> texts = new LinkedHashSet<>();
            side.forEach(c -> texts.add(c.text()));
            String text = String.join(" / ", texts.stream().limit(3).toList());
            positions.add(new Conflict.Position(claimAt.apply(side.get(0).document(), side.get(0).sentence()),
                    side.stream().map(Cause::document).distinct().toList(), text,
                    side.stream().map(Cause::source).filter(Objects::nonNull).distinct().toList()));
            said.add(text);
        }
        return List.of(new Conflict("x", "how the dead died", positions,
                "Outlets give different causes of death: " + String.join(" vs ", said) + "."));
    }

    /** Two accounts may be of the same dead: no different counts, no different names. */
    private static boolean sameDead(Cause a, Cause b) {
        return (a.count() < 0 || b.count() < 0 || a.count() == b.count())
                && (a.name() == null || b.name() == null || a.name().equalsIgnoreCase(b.name()));
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
