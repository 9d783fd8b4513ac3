package org.parallax.claims;

import org.parallax.internal.Embeddings;
import org.parallax.internal.WordLists;
import org.parallax.model.Article;
import org.parallax.model.Conflict;
import org.parallax.model.Parse;
import org.parallax.model.Sentence;
import org.parallax.model.TimeExpression;
import org.parallax.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * On which day each outlet says an event happened: a typed fact read from the parse. A date attached to a
 * verb ("was arrested on March 4", "killing the next day ...") dates that verb, the verbs joined to it ("shot
 * and killed") and the verbs of a clause of the same moment ("when he overpowered ...", a participle); a
 * phrase that points back at the day its article last named ({@code same-day.txt}: "later that day", "that
 * night", "the same day") dates its verb to that day. An event is its verb's lemma and the nouns of its
 * participants (subject, object, oblique nouns, inherited from the first of joined verbs).
 *
 * <p>A day an outlet knows only by its month ("in March 2005 ..., later that day ...") is refined by the
 * other outlets: when they date that outlet's events of that day (same verb, sharing a participant or alike in
 * meaning) to one day of that month, and to no other, that is its day. Two outlets dating one event (same
 * verb, sharing a named participant or two participant nouns, clauses alike in meaning) to different days
 * disagree; an outlet that gives both days itself takes no side. Thread-safe: stateless.
 *
 * <p>Cost: one pass over each article's dated sentences; the comparison is pairwise over the story's dated
 * events, a few per article, and embeds their sentences once.
 */
final class EventDays {
    /** Phrases dating a clause by the day last named, with the days after it ("the next day": 1). */
    private static final Map<List<String>, Integer> DAY_PHRASES = new LinkedHashMap<>();
    /** A date that names its month (capitalised: "a march" is no month) or is written in digits: a calendar date, not a weekday or "today" read against the publication day. */
    private static final java.util.regex.Pattern CALENDAR = java.util.regex.Pattern.compile(
            "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?|\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}\\b");
    private static final Set<String> REPORT_VERBS = WordLists.set(org.parallax.text.SyntaxStage.class, "report-verbs.txt");
    /** Verbs that date no happening of their own: the copula, auxiliaries, light verbs. */
    private static final Set<String> LIGHT = Set.of("be", "have", "do", "get", "make", "take", "come", "go", "become", "remain", "seem");
    /** Nouns of time: a participant word that names the date, not who or what took part. */
    private static final Set<String> TIME_NOUNS = Set.of("day", "night", "morning", "afternoon", "evening", "week", "month",
            "year", "time", "hour", "today", "yesterday", "tomorrow");

    static {
        for (String[] row : WordLists.pairs(EventDays.class, "day-phrases.tsv")) {
            DAY_PHRASES.put(List.of(row[0].split(" ")), Integer.parseInt(row[1]));
        }
    }

    /** Least cosine of two outlets' sentences for one event (verb and participants must agree as well). */
    static final double MIN_MEANING = 0.4;
    /** Least cosine for a refinement whose events share no participant noun. */
    static final double MIN_MEANING_UNSHARED = 0.6;

    private EventDays() {
    }

    /**
     * One dated event as one outlet tells it.
     *
     * @param day      "yyyy-MM-dd", or the key of a day the outlet names only by its month ("?doc#sentence")
     * @param month    "yyyy-MM" of that day
     * @param words    the lower-cased lemmas of its participants' nouns
     * @param names    those of them that are proper nouns
     * @param dateText the date as written ("March 11, 2005", "that day")
     * @param phrase   the verb and its object as written ("killed a customs agent")
     * @param pointed  dated by a phrase pointing at the day last named, not by a date of its own
     * @param after    days after the day it is dated by ("the next day": 1)
     * @param people   the people it names (lower-cased words of person names)
     * @param theme    the nouns of what it was done to (the object, a passive subject, the noun a participle describes)
     */
    record Event(String document, int sentence, String verb, Set<String> words, Set<String> names, String day, String month,
                 String dateText, String phrase, String text, boolean pointed, int after, Set<String> people, Set<String> theme) {
        boolean unknownDay() {
            return day.startsWith("?");
        }

        /** This event on the day {@code base} (of a day known by its month) and its days after. */
        Event on(String base) {
            return new Event(document, sentence, verb, words, names, plus(base, after), month, dateText, phrase, text, pointed,
                    after, people, theme);
        }
    }

    private static String plus(String day, int days) {
        return days == 0 ? day : java.time.LocalDate.parse(day).plusDays(days).toString();
    }

    /** The events one article dates, in text order. */
    static List<Event> read(Article a) {
        List<Event> out = new ArrayList<>();
        String current = null; // the day last named in a calendar date ("yyyy-MM-dd", or "?..." for a day of a named month)
        String currentMonth = null;
        for (Sentence s : a.sentences()) {
            List<Token> tokens = s.tokens();
            // the sentence's phrases pointing at the day last named, then its dates, in text order: {token, what}
            List<Object[]> anchors = new ArrayList<>();
            for (int k = 0; k < tokens.size(); k++) {
                List<String> phrase = dayPhraseAt(tokens, k);
                if (phrase != null) {
                    int last = k + phrase.size() - 1;
                    // shown with the word before it that belongs to it: "the next day", "later that day"
                    int from = k > 0 && Set.of("the", "a", "later", "earlier").contains(lower(tokens.get(k - 1).word())) ? k - 1 : k;
                    anchors.add(new Object[]{last, phrase, s.text().substring(tokens.get(from).start() - s.start(), tokens.get(last).end() - s.start())});
                }
            }
            for (TimeExpression t : a.times()) {
                if (t.start() < s.start() || t.end() > s.end() || !"DATE".equals(t.type())) {
                    continue;
                }
                int at = tokenAt(tokens, t.start());
                boolean phrase = anchors.stream().anyMatch(o -> o[1] instanceof List<?> && tokens.get((Integer) o[0]).start() >= t.start()
                        && tokens.get((Integer) o[0]).end() <= t.end());
                if (at >= 0 && !phrase) {
                    anchors.add(new Object[]{at, t, t.text()});
                }
            }
            anchors.sort(java.util.Comparator.comparingInt(o -> (Integer) o[0]));
            for (Object[] anchor : anchors) {
                int at = (Integer) anchor[0];
                String day;
                String month;
                int after = 0;
                boolean pointed = !(anchor[1] instanceof TimeExpression);
                if (anchor[1] instanceof TimeExpression t) {
                    String v = t.value() == null ? "" : t.value();
                    boolean calendar = CALENDAR.matcher(t.text()).find();
                    if (calendar && v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                        day = v;
                        month = v.substring(0, 7);
                    } else if (calendar && v.matches("\\d{4}-\\d{2}")) {
                        day = "?" + a.id() + "#" + s.index() + "#" + at;
                        month = v;
                    } else {
                        current = null; // a year, a weekday, "today": what "that day" points at is not known here
                        currentMonth = null;
                        continue;
                    }
                    current = day;
                    currentMonth = month;
                } else {
                    if (current == null) {
                        continue;
                    }
                    after = DAY_PHRASES.get((List<?>) anchor[1]);
                    if (after != 0 && current.startsWith("?")) {
                        // the day after a day known by its month: dated once that day is known
                        day = current;
                    } else {
                        day = current.startsWith("?") ? current : plus(current, after);
                        after = current.startsWith("?") ? after : 0;
                        current = day; // "the next day ... that night" is the next day's night
                    }
                    month = currentMonth;
                }
                Parse parse = s.parse();
                if (parse == null) {
                    continue;
                }
                int verb = datedVerb(parse, tokens, anchor[1] instanceof TimeExpression t ? top(parse, tokens, t, at) : at);
                if (verb < 0) {
                    continue;
                }
                for (int v : sameMoment(parse, tokens, verb)) {
                    String lemma = lower(tokens.get(v).lemmaOrWord());
                    if (LIGHT.contains(lemma) || REPORT_VERBS.contains(lemma) || !DeathCauses.asserted(parse, tokens, v)) {
                        continue;
                    }
                    Set<String> words = new LinkedHashSet<>();
                    Set<String> names = new LinkedHashSet<>();
                    Set<String> people = new LinkedHashSet<>();
                    Set<String> theme = new LinkedHashSet<>();
                    int object = participants(parse, tokens, v, a.times(), words, names, people, theme);
                    if (words.isEmpty()) {
                        continue;
                    }
                    String phrase = tokens.get(v).word();
                    if (object >= 0) {
                        int[] span = parse.subtree(object);
                        if (span[0] > v) {
                            phrase += " " + s.text().substring(tokens.get(span[0]).start() - s.start(), tokens.get(span[1]).end() - s.start());
                        }
                    }
                    out.add(new Event(a.id(), s.index(), lemma, words, names, day, month, (String) anchor[2], phrase, s.text(),
                            pointed, after, people, theme));
                }
            }
        }
        return out;
    }

    /** The phrase pointing at the day last named that starts at token {@code k}, or null. */
    private static List<String> dayPhraseAt(List<Token> tokens, int k) {
        for (List<String> phrase : DAY_PHRASES.keySet()) {
            if (k + phrase.size() > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int i = 0; i < phrase.size() && all; i++) {
                all = lower(tokens.get(k + i).word()).equals(phrase.get(i));
            }
            if (all && (k == 0 || !"every".equals(lower(tokens.get(k - 1).word())))) {
                return phrase;
            }
        }
        return null;
    }

    private static int tokenAt(List<Token> tokens, int offset) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).start() >= offset) {
                return k;
            }
        }
        return -1;
    }

    /** The token of a date's words whose governor lies outside them. */
    private static int top(Parse parse, List<Token> tokens, TimeExpression t, int first) {
        int k = first;
        for (int guard = 0; guard < tokens.size(); guard++) {
            int h = parse.head(k);
            if (h < 0 || tokens.get(h).start() < t.start() || tokens.get(h).end() > t.end()) {
                return k;
            }
            k = h;
        }
        return k;
    }

    /**
     * The verb a date (or same-day phrase) headed by token {@code top} modifies: its governor when that is a verb
     * and the date is its oblique, temporal or adverbial modifier ("was killed on Monday", "later that day he
     * shot"), else -1 (a date inside a noun phrase, "the March 2005 rampage", dates no verb).
     */
    private static int datedVerb(Parse parse, List<Token> tokens, int top) {
        int h = parse.head(top);
        String rel = parse.baseRelation(top);
        if (h >= 0 && (rel.equals("nmod") && parse.relation(top).equals("nmod:npmod")) && tokens.get(h).isTag("RB")) {
            top = h; // "later that day": the phrase hangs from the adverb
            h = parse.head(top);
            rel = parse.baseRelation(top);
        }
        if (h >= 0 && !tokens.get(h).isTag("VB") && parse.relation(top).endsWith(":tmod")) {
            top = h; // a temporal modifier the parser hung on the verb's noun ("at a checkpoint the next day")
            h = parse.head(top);
            rel = parse.baseRelation(top);
        }
        if (h < 0 || !tokens.get(h).isTag("VB")) {
            return -1;
        }
        return Set.of("obl", "nmod", "advmod", "obj").contains(rel) ? h : -1;
    }

    /** The verb, the verbs joined to it, and the verbs of its clauses of the same moment. */
    private static List<Integer> sameMoment(Parse parse, List<Token> tokens, int verb) {
        List<Integer> out = new ArrayList<>();
        List<Integer> todo = new ArrayList<>(List.of(verb));
        while (!todo.isEmpty()) {
            int v = todo.remove(0);
            if (out.contains(v)) {
                continue;
            }
            out.add(v);
            for (int c : parse.children(v)) {
                if (!tokens.get(c).isTag("VB")) {
                    continue;
                }
                String rel = parse.baseRelation(c);
                // a participle the parser could not place ("dep") is read as one of the same moment
                if (rel.equals("conj") || (rel.equals("advcl") || rel.equals("dep")) && sameMomentClause(parse, tokens, c)) {
                    todo.add(c);
                }
            }
        }
        return out;
    }

    /** An adverbial clause of the same moment: "when ...", "as ...", "while ...", or a bare participle. */
    private static boolean sameMomentClause(Parse parse, List<Token> tokens, int clause) {
        boolean marked = false;
        for (int c : parse.children(clause)) {
            String rel = parse.baseRelation(c);
            if ((rel.equals("mark") || rel.equals("advmod") && c < clause) && c == firstChild(parse, clause)) {
                marked = true;
                if (Set.of("when", "as", "while").contains(lower(tokens.get(c).word()))) {
                    return true;
                }
            }
        }
        return !marked && "VBG".equals(tokens.get(clause).tag()) && parse.child(clause, "nsubj") < 0;
    }

    private static int firstChild(Parse parse, int head) {
        List<Integer> children = parse.children(head);
        return children.isEmpty() ? -1 : children.get(0);
    }

    /**
     * The nouns of a verb's participants into {@code words} (proper nouns into {@code names} too, person names
     * into {@code people}), dates and nouns of time left out; the nouns of what it was done to into {@code theme}.
     * A verb joined to another without its own subject or object takes the other's.
     *
     * @return the object's token, or -1
     */
    private static int participants(Parse parse, List<Token> tokens, int verb, List<TimeExpression> times,
                                    Set<String> words, Set<String> names, Set<String> people, Set<String> theme) {
        List<Integer> args = new ArrayList<>();
        List<Integer> themes = new ArrayList<>();
        int object = -1;
        for (int c : parse.children(verb)) {
            String rel = parse.baseRelation(c);
            if (rel.equals("nsubj") || rel.equals("obj") || rel.equals("iobj") || rel.equals("obl")) {
                args.add(c);
                if (rel.equals("obj") || parse.relation(c).equals("nsubj:pass")) {
                    themes.add(c);
                }
                if (rel.equals("obj") && object < 0) {
                    object = c;
                }
            }
        }
        int head = parse.head(verb);
        if (parse.baseRelation(verb).equals("conj") && head >= 0) {
            for (String rel : List.of("nsubj", "obj")) {
                if (parse.child(verb, rel) < 0 && parse.child(head, rel) >= 0) {
                    int c = parse.child(head, rel);
                    args.add(c);
                    if (rel.equals("obj") || parse.relation(c).equals("nsubj:pass")) {
                        themes.add(c);
                    }
                    if (rel.equals("obj")) {
                        object = c;
                    }
                }
            }
        }
        if (parse.baseRelation(verb).equals("acl") && head >= 0 && tokens.get(head).isTag("NN")) {
            // "a bill signed by the president on March 11": the bill is what was signed
            for (int c : parse.children(head)) {
                if (parse.baseRelation(c).equals("compound")) {
                    addNoun(tokens.get(c), times, theme, names, people);
                }
            }
            addNoun(tokens.get(head), times, theme, names, people);
            words.addAll(theme);
        }
        for (int arg : args) {
            int[] span = parse.subtree(arg);
            for (int k = span[0]; k <= span[1]; k++) {
                addNoun(tokens.get(k), times, words, names, people);
                if (themes.contains(arg)) {
                    addNoun(tokens.get(k), times, theme, new HashSet<>(), new HashSet<>());
                }
            }
        }
        return object;
    }

    /** A noun's lemma into {@code into} (and into {@code names}, {@code people} as it is one), unless a date or of time. */
    private static void addNoun(Token t, List<TimeExpression> times, Set<String> into, Set<String> names, Set<String> people) {
        if (!t.isTag("NN") || inTime(t, times)) {
            return;
        }
        String w = lower(t.lemmaOrWord());
        if (TIME_NOUNS.contains(w)) {
            return;
        }
        into.add(w);
        if (t.isTag("NNP")) {
            names.add(w);
        }
        if ("PERSON".equals(t.ner())) {
            people.add(w);
        }
    }

    private static boolean inTime(Token t, List<TimeExpression> times) {
        for (TimeExpression x : times) {
            if (t.start() >= x.start() && t.end() <= x.end()) {
                return true;
            }
        }
        return false;
    }

    static List<Conflict> find(List<Article> articles, BiFunction<String, Integer, String> claimAt) {
        List<Event> all = new ArrayList<>();
        articles.forEach(a -> all.addAll(read(a)));
        if (all.size() < 2 || all.stream().map(Event::document).distinct().count() < 2) {
            return List.of();
        }
        List<String> texts = all.stream().map(Event::text).distinct().toList();
        List<float[]> vectors = Embeddings.embed(texts);
        Map<String, float[]> vectorOf = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            vectorOf.put(texts.get(i), vectors.get(i));
        }
        BiFunction<Event, Event, Double> meaning = (x, y) -> Embeddings.cosine(vectorOf.get(x.text()), vectorOf.get(y.text()));
        Map<String, String> known = refine(all, meaning);
        List<Event> dated = new ArrayList<>();
        for (Event e : all) {
            if (!e.unknownDay()) {
                dated.add(e);
            } else if (known.containsKey(e.day())) {
                dated.add(e.on(known.get(e.day())));
            }
        }
        List<Conflict> out = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < dated.size(); i++) {
            for (int j = i + 1; j < dated.size(); j++) {
                Event a = dated.get(i);
                Event b = dated.get(j);
                if (a.document().equals(b.document()) || a.day().equals(b.day()) || !sameEvent(a, b)
                        || meaning.apply(a, b) < MIN_MEANING || gives(dated, a, b.day()) || gives(dated, b, a.day())
                        || taken.contains(a.document() + "#" + a.sentence() + "#" + a.verb())
                        || taken.contains(b.document() + "#" + b.sentence() + "#" + b.verb())) {
                    continue;
                }
                taken.add(a.document() + "#" + a.sentence() + "#" + a.verb());
                taken.add(b.document() + "#" + b.sentence() + "#" + b.verb());
                List<Conflict.Position> positions = new ArrayList<>();
                for (Event e : List.of(a, b)) {
                    positions.add(new Conflict.Position(claimAt.apply(e.document(), e.sentence()), List.of(e.document()),
                            e.day() + " (" + e.dateText() + ")"));
                }
                String explanation = "Outlets put it on different days: " + a.day() + " and " + b.day() + ".";
                for (Event e : List.of(a, b)) {
                    Event original = all.stream().filter(x -> x.document().equals(e.document()) && x.sentence() == e.sentence()
                            && x.verb().equals(e.verb())).findFirst().orElse(e);
                    if (original.unknownDay()) {
                        explanation += " " + e.document() + " says \"" + e.dateText() + "\" of a day it dates only to "
                                + e.month() + "; other outlets date that day's events to " + e.day() + ".";
                    }
                }
                Event first = a.phrase().length() >= b.phrase().length() ? a : b;
                out.add(new Conflict("x", "which day: " + first.phrase(), positions, explanation));
            }
        }
        return out;
    }

    /**
     * The days of month only: each outlet's day known by its month takes the one day of that month that other
     * outlets give its events, when they give one.
     */
    private static Map<String, String> refine(List<Event> all, BiFunction<Event, Event, Double> meaning) {
        Map<String, Set<String>> candidates = new LinkedHashMap<>();
        for (Event e : all) {
            if (!e.unknownDay() || e.pointed()) {
                continue; // a day's own events tell which day it was; those pointing at it are what is compared
            }
            for (Event o : all) {
                if (o.document().equals(e.document()) || o.unknownDay() || !o.day().startsWith(e.month()) || !o.verb().equals(e.verb())) {
                    continue;
                }
                boolean shares = o.words().stream().anyMatch(e.words()::contains);
                if (shares || meaning.apply(e, o) >= MIN_MEANING_UNSHARED) {
                    candidates.computeIfAbsent(e.day(), k -> new LinkedHashSet<>()).add(o.day());
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        candidates.forEach((key, days) -> {
            if (days.size() == 1) {
                out.put(key, days.iterator().next());
            }
        });
        return out;
    }

    /**
     * One happening: the same verb, with a named participant or two participant nouns in common; not when each
     * names people and none of them in common, nor when what it was done to differs or only one says what it was.
     */
    private static boolean sameEvent(Event a, Event b) {
        if (!a.verb().equals(b.verb()) || disjoint(a.people(), b.people())
                || (!a.theme().isEmpty() || !b.theme().isEmpty()) && a.theme().stream().noneMatch(b.theme()::contains)) {
            return false;
        }
        long shared = a.words().stream().filter(b.words()::contains).count();
        boolean named = a.names().stream().anyMatch(b.names()::contains);
        return named || shared >= 2;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return !a.isEmpty() && !b.isEmpty() && a.stream().noneMatch(b::contains);
    }

    /** The outlet of {@code e} itself dates the same event to {@code day} as well. */
    private static boolean gives(List<Event> dated, Event e, String day) {
        return dated.stream().anyMatch(x -> x.document().equals(e.document()) && x.day().equals(day) && sameEvent(x, e));
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
