package org.parallax.quotes;

import org.parallax.model.Article;
import org.parallax.model.Parse;
import org.parallax.model.Sentence;
import org.parallax.model.Span;
import org.parallax.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the reporting clauses of an article's parsed sentences from their dependency trees: a reporting
 * verb outside quotation marks and its subject ("Qureshi said", "said a source with knowledge of the
 * talks"), the object of "according to", or the subject of the verb a participle hangs from ("Qureshi wrote
 * on X, saying ..."). In "told X" the object X is whom the speaker told, never the speaker. A subject that
 * names a time ("Early Tuesday") is no source. Pure functions; thread-safe.
 */
public final class ReportingClauses {
    /** Relations that keep a dependent inside a source phrase used as a name. */
    private static final Set<String> CORE = Set.of("compound", "flat", "det", "amod", "nmod", "nummod", "case",
            "fixed", "conj", "cc", "goeswith", "advmod");
    /** Relations by which a verb without a subject takes its clause's subject ("went on to say", "saying"). */
    private static final Set<String> SHARED_SUBJECT = Set.of("conj", "xcomp", "advcl", "dep");
    /** Relations of a complement that makes a reporting verb report (a clause, a quote) rather than act. */
    private static final Set<String> COMPLEMENT = Set.of("ccomp", "parataxis", "xcomp", "dep");
    private static final Set<String> NAME_LABELS = Set.of("PERSON", "ORGANIZATION", "LOCATION", "CITY",
            "COUNTRY", "STATE_OR_PROVINCE", "MISC");

    private ReportingClauses() {
    }

    /** Every reporting clause of the article's parsed sentences, sentence by sentence; quoted spans are skipped. */
    public static List<List<ReportingClause>> find(Article article, List<Span> quoted) {
        List<List<ReportingClause>> out = new ArrayList<>(article.sentences().size());
        Quoted marks = new Quoted(quoted);
        for (Sentence s : article.sentences()) {
            out.add(in(s, marks.in(s)));
        }
        return out;
    }

    /** The reporting clauses of one sentence, given which of its tokens stand inside quotation marks. */
    static List<ReportingClause> in(Sentence s, boolean[] quoted) {
        Parse p = s.parse();
        if (p == null) {
            return List.of();
        }
        List<ReportingClause> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (int v = 0; v < tokens.size(); v++) {
            Token t = tokens.get(v);
            if (quoted[v] || !SpeechWords.verb(t)) {
                continue;
            }
            int source;
            if (t.lemmaOrWord().equals("accord")) {
                source = according(p, v, tokens);
            } else {
                if (!reports(s, p, v, quoted)) {
                    continue;
                }
                source = subject(p, v, t.lemmaOrWord().equals("quote"), tokens);
                int adjacent = adjacentSubject(s, v, quoted);
                if (adjacent >= 0 && (source < 0 || source < adjacent && commaBetween(tokens, source, adjacent))) {
                    source = adjacent; // "..., Lindmark police said": the parse took a subject from the clause before
                }
                if (source < 0 && !t.lemmaOrWord().equals("tell") && !t.isTag("VBG")) {
                    source = inverted(s, v, quoted); // "..., said Riverton police spokesperson Dana Holt"
                }
                if (p.relation(v).startsWith("acl") && p.head(v) >= 0 && (source < 0
                        || tokens.get(source).isTag("WDT") || tokens.get(source).isTag("WP"))) {
                    // "banners reading ...", "a sign that read ...": the noun the clause describes, when it can
                    // speak; else ("downplayed the unrest, saying") the subject of the verb that noun hangs from
                    // ("…, shouting" after a comma belongs to the clause's subject, whatever it hangs from)
                    int noun = p.head(v);
                    if (!tokens.get(v - 1 >= 0 ? v - 1 : v).word().equals(",") && canSpeak(s, noun)) {
                        source = noun;
                    } else {
                        int verb = p.head(noun);
                        while (verb >= 0 && !tokens.get(verb).isTag("VB")) {
                            verb = p.head(verb);
                        }
                        source = verb < 0 ? -1 : subject(p, verb, false);
                    }
                }
            }
            if (source >= 0 && quoted[source]) {
                source = -1;
            }
            if (source >= 0 && kind(s, source) != SourceKind.NAME) {
                int name = apposedName(s, source, quoted);
                if (name >= 0) {
                    source = name; // "Writing in a blog, Joan Pike, director of ..., urged": the apposed name
                }
            }
            if (source >= 0 && !speaker(s, source)) {
                // "Kolokythopoulos, a pensioner who lives on less than 1,000 euros a month, said": the parser took
                // a noun of the apposition; the name opening the sentence is the subject
                source = openingName(s, quoted);
            }
            out.add(clause(s, v, source, quoted));
        }
        return out;
    }

    /** A clause of sentence {@code s} with cue {@code v} and source head {@code source} (or -1). */
    static ReportingClause clause(Sentence s, int v, int source, boolean[] quoted) {
        SourceKind kind = source < 0 ? null : kind(s, source);
        if (kind == null) {
            return new ReportingClause(s.index(), v, -1, -1, -1, -1, -1, null);
        }
        Parse p = s.parse();
        if (kind == SourceKind.DESCRIPTION || kind == SourceKind.GROUP) {
            // "the neighbour, Luke Pigeon," / "His son, T.J. DiLeo,": the apposition names the speaker
            int name = apposedName(s, source, quoted);
            if (name >= 0) {
                source = name;
                kind = SourceKind.NAME;
            }
        }
        boolean[] skip = quoted.clone();
        skip[v] = true;
        int[] core = core(p, source, skip);
        int[] full = full(p, source, quoted, v);
        return new ReportingClause(s.index(), v, source, core[0], core[1], full[0], full[1], kind);
    }

    /** "According to X": X, the word "according" hangs from as its case marker. */
    private static int according(Parse p, int v, List<Token> tokens) {
        if (v + 1 >= tokens.size() || !tokens.get(v + 1).word().equalsIgnoreCase("to")) {
            return -1;
        }
        String r = p.baseRelation(v);
        if ((r.equals("case") || r.equals("mark")) && p.head(v) > v) {
            int x = p.head(v);
            // "according to news broadcasts anarchists have ...": a plural noun does not modify the noun after
            // it, so the parser's compound ends the phrase there
            for (int c = v + 2; c < x; c++) {
                if (p.head(c) == x && p.relation(c).equals("compound") && tokens.get(c).isTag("NNS")) {
                    return c;
                }
            }
            return x;
        }
        for (int c = v + 2; c < p.size(); c++) {
            if (p.head(c) == v || p.head(c) == v + 1) {
                return c;
            }
        }
        return -1;
    }

    /**
     * A reporting verb used to report: "said" and "told" always; others with a clause or a quote as
     * complement, or standing in a parenthetical ("..., he added"), so "added 200 jobs" is no report.
     */
    private static boolean reports(Sentence s, Parse p, int v, boolean[] quoted) {
        String lemma = s.tokens().get(v).lemmaOrWord();
        if (lemma.equals("say") || lemma.equals("tell") || lemma.equals("quote")) {
            return true;
        }
        if (p.relation(v).equals("parataxis") || p.head(v) >= 0 && quoted[p.head(v)]) {
            return true;
        }
        for (int c = 0; c < p.size(); c++) {
            if (p.head(c) == v && (COMPLEMENT.contains(p.relation(c)) || quoted[c] && !p.relation(c).equals("punct"))) {
                return true;
            }
        }
        return false;
    }

    /** The subject of verb {@code v}, or of the verb it shares its subject with; -1 when none. */
    static int subject(Parse p, int v, boolean passive) {
        return subject(p, v, passive, null);
    }

    /** As {@link #subject(Parse, int, boolean)}, reading the tokens to keep coordinated reporting verbs together. */
    static int subject(Parse p, int v, boolean passive, List<Token> tokens) {
        int at = v;
        for (int climb = 0; climb < 3 && at >= 0; climb++) {
            int subject = p.child(at, "nsubj");
            if (subject >= 0 && (passive || !p.relation(subject).equals("nsubj:pass"))) {
                return subject;
            }
            if (subject < 0) {
                // "The Chancellor, Helga Brandt, fighting accusations ..., said": the parser hung the subject
                // on the participle between it and the verb
                for (int c = 0; c < at; c++) {
                    if (p.head(c) == at && (p.relation(c).equals("advcl") || p.relation(c).equals("dep"))) {
                        int inner = p.child(c, "nsubj");
                        if (inner >= 0 && inner < c) {
                            return inner;
                        }
                    }
                }
            }
            if (subject >= 0 || !SHARED_SUBJECT.contains(p.baseRelation(at))) {
                return -1;
            }
            int up = p.head(at);
            if (tokens != null && p.baseRelation(at).equals("conj") && up >= 0 && p.relation(up).equals("ccomp")
                    && p.head(up) >= 0 && SpeechWords.verb(tokens.get(p.head(up))) && SpeechWords.verb(tokens.get(v))) {
                // "Qureshi said Pakistan engaged ..., but accused Kabul of ...": one reporting verb joins another
                up = p.head(up);
            }
            at = up;
        }
        return -1;
    }

    /**
     * The noun phrase right before a reporting verb when a comma, a quote or the sentence start comes just
     * before it ("…, Vancouver police said", "“…,” Dunning said"): news copy's parenthetical attribution,
     * which the parser often misreads. -1 when the words before the verb are not such a phrase.
     */
    private static int adjacentSubject(Sentence s, int v, boolean[] quoted) {
        List<Token> tokens = s.tokens();
        int k = v - 1;
        while (k >= 0 && !quoted[k] && (tokens.get(k).isTag("RB") || tokens.get(k).isTag("MD"))) {
            k--;
        }
        if (k < 0 || quoted[k] || !nounLike(tokens, k)) {
            return -1;
        }
        int b = k;
        while (b > 0 && !quoted[b - 1] && phraseWord(tokens.get(b - 1))) {
            b--;
        }
        if (b == 0 || quoted[b - 1] || tokens.get(b - 1).word().equals(",")) {
            return k;
        }
        return -1;
    }

    private static boolean nounLike(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return t.isTag("NN") || t.isTag("PRP") && !t.isTag("PRP$")
                || k > 0 && Character.isUpperCase(t.word().charAt(0)) && t.isTag("VBG"); // "Dunning" read as a verb
    }

    private static boolean phraseWord(Token t) {
        return t.isTag("NN") || t.isTag("JJ") || t.isTag("DT") || t.isTag("POS") || t.isTag("PRP$") || t.isTag("CD")
                || Character.isUpperCase(t.word().charAt(0)) && t.word().endsWith(".");
    }

    private static boolean commaBetween(List<Token> tokens, int a, int b) {
        for (int i = a + 1; i < b; i++) {
            if (tokens.get(i).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "…,” said X": the parser often makes the inverted subject an object, or the verb a modifier of it;
     * never after "tell" (its object is the audience). The object, else the noun phrase right after the
     * verb up to a comma or the sentence's end ("said Mr Whitfield.", "said the minister, ...").
     */
    private static int inverted(Sentence s, int v, boolean[] quoted) {
        Parse p = s.parse();
        for (int c = v + 1; c < p.size(); c++) {
            if (p.head(c) == v && !quoted[c] && (p.relation(c).equals("obj") || p.relation(c).equals("iobj"))) {
                return c;
            }
        }
        List<Token> tokens = s.tokens();
        int k = v + 1;
        int head = -1;
        while (k < tokens.size() && !quoted[k] && phraseWord(tokens.get(k)) || k < tokens.size() && !quoted[k]
                && (tokens.get(k).isTag("NNP") || org.parallax.entities.Descriptions.HONORIFICS.containsKey(
                tokens.get(k).word().toLowerCase(java.util.Locale.ROOT)))) {
            if (tokens.get(k).isTag("NN")) {
                head = k;
            }
            k++;
        }
        boolean ends = k >= tokens.size() || tokens.get(k).word().equals(",") || tokens.get(k).word().equals(".")
                || quoted[k];
        return ends ? head : -1;
    }

    /**
     * A head that can name who speaks: a name, a pronoun, a document, an indefinite, a body, a singular
     * noun (a description), or a plural noun for people ("officials", not "euros").
     */
    static boolean speaker(Sentence s, int h) {
        SourceKind kind = kind(s, h);
        if (kind == null) {
            return false;
        }
        if (kind != SourceKind.GROUP && kind != SourceKind.DESCRIPTION) {
            return true;
        }
        String lemma = s.tokens().get(h).lemmaOrWord();
        return SpeechWords.person(lemma) || kind == SourceKind.DESCRIPTION && !s.tokens().get(h).isTag("VBG")
                && !SpeechWords.time(s.tokens().get(h));
    }

    /** A person's name in apposition to token {@code h}, or -1. */
    private static int apposedName(Sentence s, int h, boolean[] quoted) {
        Parse p = s.parse();
        for (int c = 0; c < p.size(); c++) {
            if (p.head(c) == h && p.relation(c).equals("appos") && !quoted[c] && "PERSON".equals(s.tokens().get(c).ner())) {
                return c;
            }
        }
        return -1;
    }

    /** A noun that can say things itself: a name, a document, a body, or a noun for people. */
    private static boolean canSpeak(Sentence s, int h) {
        SourceKind kind = kind(s, h);
        return kind != null && kind != SourceKind.PRONOUN && (kind != SourceKind.GROUP && kind != SourceKind.DESCRIPTION
                || SpeechWords.person(s.tokens().get(h).lemmaOrWord()));
    }

    /** The name that opens a sentence and is set off by a comma ("Kolokythopoulos, a pensioner, said"), or -1. */
    private static int openingName(Sentence s, boolean[] quoted) {
        List<Token> tokens = s.tokens();
        int i = 0;
        while (i < tokens.size() && quoted[i]) {
            i++;
        }
        int j = i;
        while (j < tokens.size() && !quoted[j] && tokens.get(j).isTag("NNP")) {
            j++;
        }
        return j > i && j < tokens.size() && tokens.get(j).word().equals(",") ? j - 1 : -1;
    }

    /** What token {@code h} heads as a source, or null when it cannot name one (a time, a fragment). */
    static SourceKind kind(Sentence s, int h) {
        Token t = s.tokens().get(h);
        String lemma = t.lemmaOrWord();
        if (SpeechWords.time(t)) {
            return null;
        }
        if (t.isTag("PRP") && !t.isTag("PRP$")) {
            return SourceKind.PRONOUN;
        }
        if (t.isTag("NNP") && "O".equals(t.ner()) && org.parallax.entities.Descriptions.ROLES.contains(lemma.toLowerCase(java.util.Locale.ROOT))) {
            return SourceKind.DESCRIPTION; // "The German Chancellor, Helga Brandt,": a title used as a noun
        }
        if (t.isTag("NNP") || NAME_LABELS.contains(t.ner())
                || h > 0 && Character.isUpperCase(t.word().charAt(0)) && t.isTag("VBG")) {
            return SourceKind.NAME;
        }
        if (SpeechWords.DOCUMENTS.contains(lemma)) {
            return SourceKind.DOCUMENT;
        }
        if (SpeechWords.INDEFINITES.contains(lemma) && !t.isTag("NN")) {
            return SourceKind.INDEFINITE;
        }
        if (SpeechWords.INSTITUTIONS.contains(lemma)) {
            return SourceKind.INSTITUTION;
        }
        if (t.isTag("NNS")) {
            return SourceKind.GROUP;
        }
        if (t.isTag("NN")) {
            return SourceKind.DESCRIPTION;
        }
        return null;
    }

    /** The phrase a name is read from: the head with its compounds, determiners, modifiers and conjuncts. */
    static int[] core(Parse p, int h, boolean[] quoted) {
        int lo = h;
        int hi = h;
        List<Integer> stack = new ArrayList<>(List.of(h));
        boolean[] in = new boolean[p.size()];
        in[h] = true;
        while (!stack.isEmpty()) {
            int n = stack.remove(stack.size() - 1);
            for (int c = 0; c < p.size(); c++) {
                if (!in[c] && p.head(c) == n && !quoted[c] && CORE.contains(p.baseRelation(c))
                        && !(p.baseRelation(c).equals("case") && !p.baseRelation(n).equals("nmod"))) {
                    in[c] = true;
                    stack.add(c);
                    lo = Math.min(lo, c);
                    hi = Math.max(hi, c);
                }
            }
        }
        return trim(p, lo, hi, quoted);
    }

    /** The head's whole subtree, cut where quoted text or the cue begins. */
    private static int[] full(Parse p, int h, boolean[] quoted, int cue) {
        int[] sub = p.subtree(h);
        int lo = h;
        int hi = h;
        while (lo > sub[0] && !quoted[lo - 1] && lo - 1 != cue) {
            lo--;
        }
        while (hi < sub[1] && !quoted[hi + 1] && hi + 1 != cue) {
            hi++;
        }
        return trim(p, lo, hi, quoted);
    }

    private static int[] trim(Parse p, int lo, int hi, boolean[] quoted) {
        while (lo < hi && (p.relation(lo).equals("punct") || p.relation(lo).equals("cc"))) {
            lo++;
        }
        while (hi > lo && (p.relation(hi).equals("punct") || p.relation(hi).equals("cc"))) {
            hi--;
        }
        return new int[]{lo, hi};
    }

    /** Which tokens of each sentence stand inside quoted spans; spans and sentences are visited in order. */
    static final class Quoted {
        private final List<Span> spans;
        private int next;

        Quoted(List<Span> spans) {
            this.spans = spans.stream().sorted().toList();
        }

        /** Call once per sentence, in order. */
        boolean[] in(Sentence s) {
            List<Token> tokens = s.tokens();
            boolean[] out = new boolean[tokens.size()];
            while (next < spans.size() && spans.get(next).end() <= s.start()) {
                next++;
            }
            for (int k = next; k < spans.size() && spans.get(k).start() < s.end(); k++) {
                Span q = spans.get(k);
                for (int i = 0; i < tokens.size(); i++) {
                    Token t = tokens.get(i);
                    if (t.start() >= q.start() && t.end() <= q.end()) {
                        out[i] = true;
                    }
                }
            }
            return out;
        }
    }
}
