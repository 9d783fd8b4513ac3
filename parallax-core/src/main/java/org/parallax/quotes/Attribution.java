package org.parallax.quotes;

import org.parallax.model.Article;
import org.parallax.model.Parse;
import org.parallax.model.Sentence;
import org.parallax.model.Span;
import org.parallax.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gives each quote of one article its speaker, from the dependency parses of the sentences around it:
 * the reporting clause the quote depends on or that hangs from it ({@link ReportingClauses}), else the
 * nearest reporting clause of its sentence, else (a quote ending in a comma) one opening the next
 * sentence. The clause's source is then resolved within the article ({@link Discourse}): a name to the
 * fullest name of that person, a pronoun or a description to whom it refers, a document ("the
 * statement") to its author; groups ("security sources") stay groups. A quote with no clause continues
 * the previous speaker when it follows closely, takes the subject of a sentence ending in a colon, or
 * the speaker of reported speech in the sentence before. Short quotes without a clause are scare quotes
 * and titles, and are left out. Pure function of the article; thread-safe.
 */
final class Attribution {
    enum Kind { PERSON, ORG, GROUP, NAMED }

    /** A speaker as written, and the name it resolves to (null when unresolved). */
    record Ref(String asWritten, String name, Kind kind) {
    }

    /** A quote with its speaker (null when unknown); {@code cued} when a clause of its own sentence names the speaker. */
    record Attributed(QuoteMarks.Found quote, Ref speaker, boolean cued) {
    }

    /** A sentence of reported speech: no quote marks, a reporting clause, and the speaker it names. */
    record Reported(Sentence sentence, Ref speaker) {
    }

    /** A clause chosen for a quote, and whether the parse ties it to the quote. */
    private record Choice(ReportingClause clause, boolean linked) {
    }

    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "and", "or", "in", "on", "at",
            "to", "for", "from", "by", "with", "vs", "vs.", "de", "la", "—", "-", "&");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "its", "his", "her",
            "their", "our", "one", "another", "some");
    /** How many tokens into the next sentence a clause may start and still finish a quote ending in a comma. */
    private static final int NEXT_SENTENCE_REACH = 12;

    private final Article article;
    private final String text;
    private final List<Sentence> sentences;
    private final List<boolean[]> quoted = new ArrayList<>();
    private final List<List<ReportingClause>> clauses = new ArrayList<>();
    private final Discourse discourse;

    private Attribution(Article article, List<QuoteMarks.Found> quotes) {
        this.article = article;
        this.text = article.original();
        this.sentences = article.sentences();
        ReportingClauses.Quoted marks = new ReportingClauses.Quoted(spans(quotes));
        for (Sentence s : sentences) {
            boolean[] q = marks.in(s);
            quoted.add(q);
            clauses.add(ReportingClauses.in(s, q));
        }
        this.discourse = new Discourse(article, quoted, clauses);
    }

    static List<Attributed> attribute(Article article, List<QuoteMarks.Found> quotes) {
        return new Attribution(article, quotes).run(quotes);
    }

    /** The article's sentences of reported (indirect) speech, for matching paraphrases to quotes. */
    static List<Reported> reported(Article article, List<QuoteMarks.Found> quotes) {
        Attribution a = new Attribution(article, quotes);
        List<Reported> out = new ArrayList<>();
        for (Sentence s : a.sentences) {
            boolean any = false;
            for (boolean b : a.quoted.get(s.index())) {
                any |= b;
            }
            if (any || hasMark(s.text()) || a.clauses.get(s.index()).isEmpty()) {
                continue;
            }
            ReportingClause c = a.clauses.get(s.index()).stream().filter(ReportingClause::hasSource).findFirst()
                    .orElse(a.clauses.get(s.index()).get(0));
            out.add(new Reported(s, c.hasSource() ? a.resolve(c) : null));
        }
        return out;
    }

    private static List<Span> spans(List<QuoteMarks.Found> quotes) {
        List<Span> out = new ArrayList<>(quotes.size());
        for (QuoteMarks.Found q : quotes) {
            out.add(new Span(q.open(), Math.max(q.open(), q.close())));
        }
        return out;
    }

    private static boolean hasMark(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (QuoteMarks.isMark(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private List<Attributed> run(List<QuoteMarks.Found> quotes) {
        List<Attributed> out = new ArrayList<>();
        Ref previous = null;
        int previousSentence = -10;
        for (QuoteMarks.Found q : quotes) {
            int first = sentenceIndex(q.open());
            int last = sentenceIndex(Math.max(q.open(), q.close() - 1));
            Choice choice = first < 0 ? null : choose(q, first, last);
            Ref ref = choice == null ? null : resolve(choice.clause());
            boolean cued = choice != null;
            boolean linked = choice != null && choice.linked();
            String quoteText = text.substring(q.start(), q.end());
            int words = wordCount(quoteText);
            if (!linked && !q.continued()) {
                if (label(q, first) && words <= 4) {
                    continue; // so-called “peace talks”: a label, not speech
                }
                if (title(quoteText)) {
                    continue; // “A Beautiful Mind”, “The Boy From Oz”: a title, not speech
                }
                if (words <= 3 && modifier(q)) {
                    continue; // a “world-class” venue: quote marks around a modifier are scare quotes
                }
            }
            boolean context = false;
            if (ref == null && previous != null && (q.continued() || first - previousSentence <= 1)) {
                ref = previous;
                context = true;
            }
            if (ref == null && first > 0 && !cued) {
                ref = fromSentenceBefore(first - 1);
                context = ref != null;
            }
            if (!cued && !q.continued() && (words == 1 || (words <= 3 && !context))) {
                continue; // a scare quote or a title, not speech
            }
            out.add(new Attributed(q, ref, cued));
            if (ref != null) {
                previous = ref;
                previousSentence = Math.max(first, last);
            }
        }
        // a quote running over several paragraphs names its speaker after the last part: pass it back
        for (int i = out.size() - 2; i >= 0; i--) {
            Attributed next = out.get(i + 1);
            if (!out.get(i).cued() && next.quote().continued() && next.speaker() != null) {
                out.set(i, new Attributed(out.get(i).quote(), next.speaker(), false));
            }
        }
        return out;
    }

    /**
     * "The judge had advice for the guards:" then the quote: the introducing sentence's subject; else
     * reported speech in the sentence before ("Qureshi said the talks failed. “…”").
     */
    private Ref fromSentenceBefore(int index) {
        Sentence before = sentences.get(index);
        for (ReportingClause c : clauses.get(index)) {
            if (c.hasSource()) {
                return resolve(c);
            }
        }
        // the subject of the sentence before, when it is someone: "The judge had advice for the guards:",
        // "Mr. Pigeon also commended police." then the quote
        Discourse.Referent subject = discourse.subjectOf(index);
        if (subject != null && (subject.sort == Discourse.Sort.PERSON || subject.sort == Discourse.Sort.DESCRIBED
                || before.text().strip().endsWith(":"))) {
            return ref(subject.name, subject);
        }
        return null;
    }

    /** The reporting clause of a quote: one the parse ties to it, else the nearest of its sentences. */
    private Choice choose(QuoteMarks.Found q, int first, int last) {
        Choice best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int si : last == first ? new int[]{first} : new int[]{last, first}) {
            if (si < 0) {
                continue;
            }
            Sentence s = sentences.get(si);
            List<Token> tokens = s.tokens();
            boolean[] inside = new boolean[tokens.size()];
            int lo = Integer.MAX_VALUE;
            int hi = -1;
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.start() >= q.open() && t.end() <= Math.max(q.close(), q.end())) {
                    inside[i] = true;
                    lo = Math.min(lo, i);
                    hi = Math.max(hi, i);
                }
            }
            for (ReportingClause c : clauses.get(si)) {
                boolean linked = hi >= 0 && s.parse() != null && linked(s.parse(), c, inside);
                int distance = hi < 0 ? tokens.size() : c.cue() > hi ? c.cue() - hi : lo - c.cue();
                // a tie to the quote first, then a named source, then nearness
                int score = (linked ? 0 : 10_000) + (c.hasSource() ? 0 : 5_000) + distance;
                if (score < bestDistance) {
                    bestDistance = score;
                    best = new Choice(c, linked);
                }
            }
        }
        if (best != null && best.clause().hasSource()) {
            return best;
        }
        // "…,” Vancouver police Const. / Tom Dunning told a news conference: the clause opens the next sentence
        boolean cueAfter = best != null && best.clause().sentence() == last && best.clause().cue() > lastQuoted(q, last);
        if (!cueAfter && quoteEndsWithComma(q) && last + 1 < sentences.size()
                && sentences.get(last + 1).paragraph() - sentences.get(last).paragraph() <= 1) {
            for (ReportingClause c : clauses.get(last + 1)) {
                if (c.hasSource() && c.cue() <= NEXT_SENTENCE_REACH && noQuoteBefore(last + 1, c.cue())) {
                    return new Choice(c, true);
                }
            }
        }
        return best != null && best.clause().hasSource() ? best : null;
    }

    /** The quote depends on the cue, the cue hangs from the quote, or they meet within two steps. */
    private static boolean linked(Parse p, ReportingClause c, boolean[] inside) {
        int v = c.cue();
        if (p.head(v) >= 0 && inside[p.head(v)]) {
            return true;
        }
        if (c.hasSource() && p.head(c.head()) >= 0 && inside[p.head(c.head())] && !inside[c.head()]) {
            return true; // "According to X, “…”": X hangs from the quoted verb
        }
        for (int i = 0; i < p.size(); i++) {
            if (!inside[i] || p.relation(i).equals("punct")) {
                continue;
            }
            int h = p.head(i);
            if (h < 0 || inside[h]) {
                continue;
            }
            // i is where the quote hangs from the rest of the sentence
            for (int step = 0; step < 2 && h >= 0 && !inside[h]; step++) {
                if (h == v) {
                    return true;
                }
                h = p.head(h);
            }
        }
        return false;
    }

    /** The last token of sentence {@code sentence} inside quote {@code q}, or -1. */
    private int lastQuoted(QuoteMarks.Found q, int sentence) {
        List<Token> tokens = sentences.get(sentence).tokens();
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= q.open() && tokens.get(i).end() <= Math.max(q.close(), q.end())) {
                last = i;
            }
        }
        return last;
    }

    private boolean noQuoteBefore(int sentence, int token) {
        boolean[] q = quoted.get(sentence);
        for (int i = 0; i < token; i++) {
            if (q[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean quoteEndsWithComma(QuoteMarks.Found q) {
        int e = q.end();
        return e > q.start() && text.charAt(e - 1) == ',';
    }

    // --- resolving the source ---------------------------------------------------------------------------

    private Ref resolve(ReportingClause c) {
        Sentence s = sentences.get(c.sentence());
        String asWritten = c.source(s);
        Discourse.Referent r = discourse.at(c.sentence(), c.head());
        switch (c.kind()) {
            case NAME -> {
                if (r != null && r.named()) {
                    return new Ref(asWritten, r.name, r.sort == Discourse.Sort.ORG ? Kind.ORG : Kind.PERSON);
                }
                return new Ref(asWritten, properName(s, c.head()), Kind.NAMED);
            }
            case PRONOUN, DESCRIPTION, INSTITUTION -> {
                if (r != null) {
                    return ref(asWritten, r);
                }
                return c.kind() == SourceKind.PRONOUN ? new Ref(asWritten, null, Kind.PERSON)
                        : new Ref(asWritten, asWritten, Kind.GROUP);
            }
            case DOCUMENT -> {
                // "Bluefern's statement", "a statement from the ministry": the author is named in the phrase
                for (int k = c.from(); k <= c.to(); k++) {
                    Discourse.Referent named = discourse.at(c.sentence(), k);
                    if (k != c.head() && named != null && named.named()) {
                        return ref(asWritten, named);
                    }
                }
                return r == null ? new Ref(asWritten, null, Kind.ORG) : ref(asWritten, r);
            }
            default -> {
                return new Ref(asWritten, asWritten, Kind.GROUP);
            }
        }
    }

    private static Ref ref(String asWritten, Discourse.Referent r) {
        return switch (r.sort) {
            case PERSON -> new Ref(asWritten, r.name, Kind.PERSON);
            case ORG -> new Ref(asWritten, r.name, Kind.ORG);
            default -> new Ref(asWritten, r.name, Kind.GROUP);
        };
    }

    /** The run of proper nouns that ends at (or holds) the head: "Juror No. 12", "Tallgrass". */
    private static String properName(Sentence s, int head) {
        List<Token> tokens = s.tokens();
        int from = head;
        while (from > 0 && (tokens.get(from - 1).isTag("NNP") || tokens.get(from - 1).isTag("CD"))
                && !org.parallax.entities.Descriptions.HONORIFICS.containsKey(tokens.get(from - 1).word().toLowerCase(Locale.ROOT))) {
            from--;
        }
        int to = head;
        while (to + 1 < tokens.size() && (tokens.get(to + 1).isTag("NNP") || tokens.get(to + 1).isTag("CD"))) {
            to++;
        }
        return s.textOf(from, to);
    }

    // --- scare quotes and titles -------------------------------------------------------------------------

    /** Every word capitalised (small words aside) and no sentence inside: the name of a work or a slogan. */
    static boolean title(String quote) {
        String[] ws = quote.strip().replaceAll("[,.;:!?]+$", "").split("\\s+");
        if (ws.length > 10 || quote.matches("(?s).*[.!?]\\s+\\S.*")) {
            return false;
        }
        int capitals = 0;
        for (String w : ws) {
            if (w.isEmpty() || SMALL_WORDS.contains(w)) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))) {
                return false;
            }
            capitals++;
        }
        return capitals > 0 && !(ws.length == 1 && Set.of("he", "she", "they", "it", "we", "i")
                .contains(ws[0].toLowerCase(Locale.ROOT)));
    }

    /** "so-called", "dubbed", "the term" right before the quote: it quotes a label, not speech. */
    private boolean label(QuoteMarks.Found q, int sentence) {
        int from = sentence >= 0 ? sentences.get(sentence).start() : Math.max(0, q.open() - 60);
        return Cues.LABEL_BEFORE.matcher(text.substring(Math.max(from, q.open() - 60), q.open())).find();
    }

    /** A short quote used as a modifier inside a noun phrase: after a determiner, before a word. */
    private boolean modifier(QuoteMarks.Found q) {
        int b = q.open();
        while (b > 0 && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        int s = b;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        String before = text.substring(s, b).toLowerCase(Locale.ROOT);
        int a = q.close();
        while (a < text.length() && text.charAt(a) == ' ') {
            a++;
        }
        return DETERMINERS.contains(before) && a < text.length() && a > q.close() && Character.isLetter(text.charAt(a));
    }

    private int sentenceIndex(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    static int wordCount(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }
}
