package org.parallax.claims;

import org.parallax.internal.WordLists;
import org.parallax.model.Article;
import org.parallax.model.Conflict;
import org.parallax.model.Parse;
import org.parallax.model.Sentence;
import org.parallax.model.TimeExpression;
import org.parallax.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * When the story's events began or ended, as each outlet dates them: a sentence dating to a day a clause
 * whose verb (or a verb governing it) is one of beginning or ending ({@code aspect-verbs.tsv}: "the violence
 * erupted ... on October 9", "tensions escalated when ... on October 12"). Two outlets dating the beginning
 * (or the end) to different days, in clauses alike in meaning, disagree. An outlet that gives both days
 * (one event, then another) does not. Thread-safe: stateless.
 *
 * <p>Cost: pairwise over the story's dated beginnings and endings, a few per article.
 */
final class EventDates {
    private static final Map<String, String> ASPECT = new HashMap<>();

    static {
        for (String[] row : WordLists.pairs(EventDates.class, "aspect-verbs.tsv")) {
            ASPECT.put(row[0], row[1]);
        }
    }

    /** Least cosine of the two clauses' sentence embeddings. */
    static final double MIN_MEANING = 0.4;

    private EventDates() {
    }

    /** One dated beginning or ending as one outlet gives it. */
    record Dated(String document, int sentence, String aspect, String day, String dateText, String clause, String subject) {
    }

    static List<Dated> read(Article a) {
        List<Dated> out = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            Parse parse = s.parse();
            if (parse == null) {
                continue;
            }
            for (TimeExpression t : a.times()) {
                if (t.start() < s.start() || t.end() > s.end() || !"DATE".equals(t.type()) || t.value() == null
                        || !t.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
                    continue;
                }
                int at = tokenAt(s, t.start());
                if (at < 0) {
                    continue;
                }
                int verb = aspectVerb(parse, s.tokens(), at);
                if (verb >= 0) {
                    int subject = parse.child(verb, "nsubj");
                    String who = subject < 0 ? null : s.tokens().get(subject).word().toLowerCase(java.util.Locale.ROOT);
                    out.add(new Dated(a.id(), s.index(), ASPECT.get(s.tokens().get(verb).lemmaOrWord()), t.value(),
                            t.text(), s.text().replace(t.text(), "DATE"), who));
                }
            }
        }
        return out;
    }

    private static int tokenAt(Sentence s, int offset) {
        for (int k = 0; k < s.tokens().size(); k++) {
            if (s.tokens().get(k).start() >= offset) {
                return k;
            }
        }
        return -1;
    }

    /** The first verb of beginning or ending on the way up from the date, within its sentence's clause, or -1. */
    private static int aspectVerb(Parse parse, List<Token> tokens, int at) {
        for (int k : parse.ancestors(at)) {
            Token t = tokens.get(k);
            if (ASPECT.containsKey(t.lemmaOrWord()) && (t.isTag("VB") || t.isTag("NN"))) {
                return k;
            }
            if (parse.relation(k).startsWith("ccomp") || parse.relation(k).startsWith("parataxis")) {
                return -1; // a reported clause: the reporting verb's date is not the event's
            }
        }
        return -1;
    }

    static List<Conflict> find(List<Article> articles, BiFunction<String, Integer, String> claimAt) {
        List<Dated> all = new ArrayList<>();
        articles.forEach(a -> all.addAll(read(a)));
        if (all.size() < 2) {
            return List.of();
        }
        List<float[]> vectors = org.parallax.internal.Embeddings.embed(all.stream().map(Dated::clause).toList());
        List<Conflict> out = new ArrayList<>();
        boolean[] used = new boolean[all.size()];
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Dated a = all.get(i);
                Dated b = all.get(j);
                if (used[i] || used[j] || a.document().equals(b.document()) || !a.aspect().equals(b.aspect())
                        || a.day().equals(b.day()) || gives(all, a.document(), b.day(), a.aspect())
                        || gives(all, b.document(), a.day(), a.aspect())
                        || org.parallax.internal.Embeddings.cosine(vectors.get(i), vectors.get(j)) < MIN_MEANING) {
                    continue;
                }
                used[i] = used[j] = true;
                Map<String, List<Dated>> byDay = new LinkedHashMap<>();
                byDay.computeIfAbsent(a.day(), k -> new ArrayList<>()).add(a);
                byDay.computeIfAbsent(b.day(), k -> new ArrayList<>()).add(b);
                List<Conflict.Position> positions = new ArrayList<>();
                for (var e : byDay.entrySet()) {
                    Dated d = e.getValue().get(0);
                    positions.add(new Conflict.Position(claimAt.apply(d.document(), d.sentence()), List.of(d.document()),
                            e.getKey() + " (" + d.dateText() + ")"));
                }
                String subject = a.subject() != null ? a.subject() : b.subject();
                String what = "when " + (subject == null ? "it" : "the " + subject) + (a.aspect().equals("begin") ? " began" : " ended");
                out.add(new Conflict("x", what, positions, "Outlets date the " + (a.aspect().equals("begin") ? "beginning" : "end")
                        + " to different days: " + a.day() + " and " + b.day() + "."));
            }
        }
        return out;
    }

    /** The document dates a beginning (ending) to that day itself. */
    private static boolean gives(List<Dated> all, String document, String day, String aspect) {
        return all.stream().anyMatch(d -> d.document().equals(document) && d.day().equals(day) && d.aspect().equals(aspect));
    }
}
