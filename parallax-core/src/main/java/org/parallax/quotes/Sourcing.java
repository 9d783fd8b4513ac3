package org.parallax.quotes;

import org.parallax.model.Article;
import org.parallax.model.Parse;
import org.parallax.model.SourceText;
import org.parallax.model.Span;
import org.parallax.model.Token;
import org.parallax.model.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Whom an article credits for what it reports, in its own voice (never inside quotation marks), from the
 * same reporting clauses and resolver as its quotes. A source is <em>unnamed</em> when it is people the
 * text does not name: a group ("security experts say", "witnesses said", "Kessler bank officials told
 * Reuters"), a description that resolves to no named person ("a senior official", "the source", "a
 * spokesman for the ministry"), an indefinite ("some have said"), or a document without an author
 * ("according to news reports", "reports have it that", "there are reports", "according to a
 * statement"); and any clause that says it withholds a name ("who spoke on condition of anonymity",
 * "declined to be identified", "did not give their names"), with the noun phrase or clause it belongs
 * to. A source is <em>named</em> when it is a name, or a pronoun, description or document that resolves
 * to one. Bodies ("police said", "the ministry said") are named. Pure function of the article; thread-safe.
 */
public final class Sourcing {
    /** An article's unnamed and named sources, as written, with offsets into its original text. */
    public record Sources(List<SourceText> unnamed, List<SourceText> named) {
        public Sources {
            unnamed = List.copyOf(unnamed);
            named = List.copyOf(named);
        }
    }

    private static final Set<String> INDEFINITE_DETERMINERS = Set.of("a", "an", "another", "one", "some", "two",
            "three", "several", "many", "numerous", "other");
    /** Relations by which a clause that withholds a name reaches the verb or noun whose source it describes. */
    private static final Set<String> CLIMB = Set.of("xcomp", "conj", "ccomp", "advcl", "dep", "cop", "aux");

    private Sourcing() {
    }

    /** The sources of an article. */
    public static Sources of(Article article) {
        List<QuoteMarks.Found> marks = QuoteMarks.find(article);
        List<Span> spans = new ArrayList<>();
        for (QuoteMarks.Found q : marks) {
            spans.add(new Span(q.open(), Math.max(q.open(), q.close())));
        }
        ReportingClauses.Quoted inQuotes = new ReportingClauses.Quoted(spans);
        List<boolean[]> quoted = new ArrayList<>();
        List<List<ReportingClause>> clauses = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            boolean[] q = inQuotes.in(s);
            quoted.add(q);
            clauses.add(ReportingClauses.in(s, q));
        }
        Discourse discourse = new Discourse(article, quoted, clauses);
        List<Span> unnamed = new ArrayList<>();
        List<Span> named = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            boolean[] q = quoted.get(s.index());
            for (ReportingClause c : clauses.get(s.index())) {
                if (!c.hasSource()) {
                    continue;
                }
                for (int head : conjuncts(s, c.head(), q)) {
                    Boolean anonymous = unnamed(s, head, discourse);
                    if (anonymous != null) {
                        (anonymous ? unnamed : named).add(span(s, c, head, q));
                    }
                }
            }
            withheld(s, q, unnamed);
            reports(s, q, unnamed);
        }
        return new Sources(texts(article, unnamed), texts(article, named));
    }

    /** The source heads of a clause: its head and the heads it is coordinated with ("Orbital and security firms"). */
    private static List<Integer> conjuncts(Sentence s, int head, boolean[] q) {
        List<Integer> out = new ArrayList<>(List.of(head));
        Parse p = s.parse();
        for (int c = 0; c < p.size(); c++) {
            if (p.head(c) == head && p.relation(c).equals("conj") && !q[c] && ReportingClauses.kind(s, c) != null) {
                out.add(c);
            }
        }
        return out;
    }

    /** True for an unnamed source, false for a named one, null for neither (not someone, or unknown). */
    private static Boolean unnamed(Sentence s, int head, Discourse discourse) {
        SourceKind kind = ReportingClauses.kind(s, head);
        if (kind == null) {
            return null;
        }
        Token t = s.tokens().get(head);
        Discourse.Referent r = discourse.at(s.index(), head);
        if (kind == SourceKind.INSTITUTION && person(s, head)) {
            kind = SourceKind.DESCRIPTION; // "A government official", tagged as "government" + adjective
        }
        switch (kind) {
            case NAME -> {
                return false;
            }
            case INSTITUTION -> {
                // "numerous security firms": bodies the text does not name; "police", "the ministry" are named bodies
                boolean plural = t.isTag("NNS") && !SpeechWords.INSTITUTIONS.contains(t.word().toLowerCase(java.util.Locale.ROOT));
                return plural && indefinite(s, head) && !namedInside(s, head);
            }
            case PRONOUN -> {
                // "he said" after "a senior official said" continues a source already counted
                return r != null && r.named() ? Boolean.FALSE : null;
            }
            case INDEFINITE -> {
                return true;
            }
            case DOCUMENT -> {
                // "reports", "news reports", "a statement": no author given; "the statement" speaks for its author
                return t.isTag("NNS") || indefinite(s, head) || r == null || !r.named() ? !authorInside(s, head) : Boolean.FALSE;
            }
            default -> {
                if (!person(s, head)) {
                    return null;
                }
                if (namedInside(s, head)) {
                    return false;
                }
                if (r != null && r.sort == Discourse.Sort.DESCRIBED && r.definite && discourse.titled(r.noun)) {
                    return false; // "Pakistan's information minister said" before "Information Minister Farid Qureshi"
                }
                return r == null || !r.named();
            }
        }
    }

    /** A noun for people, or one ended by such a noun ("A government official" read as noun + adjective). */
    private static boolean person(Sentence s, int head) {
        if (SpeechWords.person(s.tokens().get(head).lemmaOrWord()) && !SpeechWords.INSTITUTIONS.contains(
                s.tokens().get(head).lemmaOrWord())) {
            return true;
        }
        Parse p = s.parse();
        for (int c = head + 1; c < p.size() && c <= head + 2; c++) {
            if (p.head(c) == head && SpeechWords.person(s.tokens().get(c).lemmaOrWord())) {
                return true;
            }
        }
        return false;
    }

    private static boolean indefinite(Sentence s, int head) {
        Parse p = s.parse();
        int det = p.child(head, "det");
        return det < 0 || INDEFINITE_DETERMINERS.contains(s.tokens().get(det).word().toLowerCase(java.util.Locale.ROOT));
    }

    /** A person's name inside the source phrase ("Luke Pigeon, a neighbour"): a named source. */
    private static boolean namedInside(Sentence s, int head) {
        int[] core = ReportingClauses.core(s.parse(), head, new boolean[s.tokens().size()]);
        for (int i = core[0]; i <= core[1]; i++) {
            if ("PERSON".equals(s.tokens().get(i).ner())) {
                return true;
            }
        }
        return false;
    }

    /** A name of a body or person inside a document's phrase ("Finjan's blog", "a UN report"): its author. */
    private static boolean authorInside(Sentence s, int head) {
        int[] core = ReportingClauses.core(s.parse(), head, new boolean[s.tokens().size()]);
        for (int i = core[0]; i <= core[1]; i++) {
            if (i != head && (s.tokens().get(i).isTag("NNP") || !"O".equals(s.tokens().get(i).ner())
                    && !SpeechWords.time(s.tokens().get(i)))) {
                return true;
            }
        }
        return false;
    }

    /** The source phrase with the cue: "Security experts strongly recommend", "according to news reports". */
    private static Span span(Sentence s, ReportingClause c, int head, boolean[] q) {
        Parse p = s.parse();
        int from;
        int to;
        if (head == c.head() && !s.tokens().get(c.cue()).lemmaOrWord().equals("accord")) {
            from = c.fullFrom();
            to = c.fullTo();
        } else if (head == c.head()) {
            // "according to X": X with what qualifies it, to the first comma (the parser often runs on)
            from = c.fullFrom();
            to = c.fullFrom();
            while (to < c.fullTo() && !s.tokens().get(to + 1).word().equals(",")) {
                to++;
            }
        } else {
            int[] sub = ReportingClauses.core(p, head, q);
            from = sub[0];
            to = sub[1];
        }
        if (c.cue() > to && c.cue() - to <= 4 && noQuote(q, to, c.cue())) {
            to = c.cue(); // "experts say", "Some have said", "officials told"
            int obj = p.child(c.cue(), "obj");
            if (s.tokens().get(c.cue()).lemmaOrWord().equals("tell")
                    && (obj == to + 1 || obj == to + 2 && s.tokens().get(to + 1).isTag("DT"))) {
                to = obj; // "officials told Reuters", "told the Associated Press"
                while (to + 1 < s.tokens().size() && p.head(to + 1) == obj && s.tokens().get(to + 1).isTag("NNP")) {
                    to++;
                }
            }
        } else if (c.cue() < from && from - c.cue() <= 3) {
            from = c.cue(); // "according to news reports", "said a source"
        }
        return new Span(s.tokens().get(from).start(), s.tokens().get(to).end());
    }

    private static boolean noQuote(boolean[] q, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (q[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A clause saying a source goes unnamed ("who spoke on condition of anonymity", "He asked not to be
     * identified pending an announcement"): the noun phrase it describes, or its own clause from the subject.
     */
    private static void withheld(Sentence s, boolean[] q, List<Span> out) {
        List<Token> tokens = s.tokens();
        for (String[] phrase : SpeechWords.ANONYMITY) {
            for (int i = 0; i + phrase.length <= tokens.size(); i++) {
                if (!matches(tokens, q, i, phrase)) {
                    continue;
                }
                int end = i + phrase.length - 1;
                Span span = s.parse() == null ? null : clauseOf(s, i, end, q);
                out.add(span != null ? span : new Span(tokens.get(i).start(), tokens.get(end).end()));
                i = end;
            }
        }
    }

    private static boolean matches(List<Token> tokens, boolean[] q, int at, String[] phrase) {
        for (int k = 0; k < phrase.length; k++) {
            Token t = tokens.get(at + k);
            if (q[at + k] || phrase[k] != null && !phrase[k].equals(t.lemmaOrWord()) && !phrase[k].equals(t.word().toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** The noun phrase or clause a matched stretch of tokens belongs to, from the parse. */
    private static Span clauseOf(Sentence s, int from, int to, boolean[] q) {
        Parse p = s.parse();
        int top = from;
        for (int i = from; i <= to; i++) {
            if (p.head(i) < from || p.head(i) > to) {
                top = i;
                if (s.tokens().get(i).isTag("VB")) {
                    break;
                }
            }
        }
        int at = top;
        for (int step = 0; step < 6 && at >= 0; step++) {
            String r = p.relation(at);
            if (r.startsWith("acl") && p.head(at) >= 0) {
                return subtree(s, p.head(at), q); // "Two jurors who ... declined to be identified"
            }
            int subject = p.child(at, "nsubj");
            if (subject >= 0 && !s.tokens().get(subject).isTag("WP") && !s.tokens().get(subject).isTag("WDT")) {
                int[] sub = p.subtree(at);
                int lo = Math.min(p.subtree(subject)[0], sub[0]);
                return trimmed(s, lo, sub[1], q); // "He asked not to be identified pending an announcement"
            }
            if (!CLIMB.contains(p.baseRelation(at))) {
                break;
            }
            at = p.head(at);
        }
        return null;
    }

    private static Span subtree(Sentence s, int h, boolean[] q) {
        int[] sub = s.parse().subtree(h);
        return trimmed(s, sub[0], sub[1], q);
    }

    private static Span trimmed(Sentence s, int lo, int hi, boolean[] q) {
        List<Token> tokens = s.tokens();
        while (lo < hi && (q[lo] || tokens.get(lo).isTag(",") || isPunct(tokens.get(lo)))) {
            lo++;
        }
        while (hi > lo && (q[hi] || isPunct(tokens.get(hi)))) {
            hi--;
        }
        return new Span(tokens.get(lo).start(), tokens.get(hi).end());
    }

    private static boolean isPunct(Token t) {
        return !t.word().isEmpty() && !Character.isLetterOrDigit(t.word().charAt(0));
    }

    /** "Reports have it that ...", "There are reports of ...": reports without an author, as a subject. */
    private static void reports(Sentence s, boolean[] q, List<Span> out) {
        List<Token> tokens = s.tokens();
        for (int i = 2; i < tokens.size(); i++) {
            // "There are reports": the existential, read from the words (the parser often hangs it elsewhere)
            if (!q[i] && tokens.get(i).isTag("NNS") && SpeechWords.DOCUMENTS.contains(tokens.get(i).lemmaOrWord())
                    && tokens.get(i - 2).isTag("EX") && tokens.get(i - 1).lemmaOrWord().equals("be")) {
                out.add(new Span(tokens.get(i - 2).start(), tokens.get(i).end()));
            }
        }
        Parse p = s.parse();
        if (p == null) {
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (q[i] || !t.isTag("NNS") || !t.lemmaOrWord().equals("report") || !p.relation(i).equals("nsubj")
                    || namedInside(s, i)) {
                continue;
            }
            int verb = p.head(i);
            // "Reports have it that ...": the idiom; a reporting verb's subject is found with the clauses
            int it = verb < 0 ? -1 : p.child(verb, "obj");
            if (verb < 0 || !tokens.get(verb).lemmaOrWord().equals("have") || it < 0
                    || !tokens.get(it).word().equalsIgnoreCase("it")) {
                continue;
            }
            int from = ReportingClauses.core(p, i, q)[0];
            int to = Math.max(i, it);
            if (to - from <= 6 && noQuote(q, from, to)) {
                out.add(new Span(tokens.get(from).start(), tokens.get(to).end()));
            }
        }
    }

    /** Spans as texts, in order, overlapping ones folded into the longer. */
    private static List<SourceText> texts(Article article, List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::length).reversed().thenComparing(Comparator.naturalOrder()));
        List<Span> kept = new ArrayList<>();
        for (Span sp : sorted) {
            if (kept.stream().noneMatch(sp::overlaps)) {
                kept.add(sp);
            }
        }
        kept.sort(null);
        List<SourceText> out = new ArrayList<>();
        for (Span sp : kept) {
            out.add(new SourceText(article.id(), sp.of(article.original()), sp.start(), sp.end()));
        }
        return out;
    }
}
