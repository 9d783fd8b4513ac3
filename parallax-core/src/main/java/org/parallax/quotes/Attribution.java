package org.parallax.quotes;

import org.parallax.entities.Descriptions;
import org.parallax.model.Article;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.model.Passage;
import org.parallax.model.Sentence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives each quote of one article its speaker. The speaker phrase is found next to a speech cue: after
 * the quote ("…,” Smith said", "…,” said the minister") or before it in the same sentence ("Tarar wrote
 * that …", "According to Tarar, …"), skipping appositions ("Qani, spokesman for the ministry, said") and
 * adverbs. The phrase is then resolved: a named person as named; "he"/"she" to the nearest person
 * named before; "they" to the last group that spoke or the nearest organisation; "the minister" to the
 * nearest person whose title holds that word; "the paper" to the nearest organisation; "security
 * sources" stays a group. A quote with no cue continues the previous speaker when it follows closely
 * (including a quote continued across a paragraph break). Short quotes with no cue near them are scare
 * quotes and are left out. Pure function of the article; thread-safe.
 */
final class Attribution {
    enum Kind { PERSON, ORG, GROUP, NAMED }

    /** A speaker as written, and the name it resolves to (null when unresolved). */
    record Ref(String asWritten, String name, Kind kind) {
    }

    /** A quote with its speaker (null when unknown); {@code cued} when a cue in its sentence named the speaker. */
    record Attributed(QuoteMarks.Found quote, Ref speaker, boolean cued) {
    }

    private record Chunk(int start, int end) {
    }

    private record Placed(int position, Ref ref) {
    }

    private static final char HIDDEN = '\u25A1';
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "its", "his", "her",
            "their", "our", "one", "another", "some");
    private static final Set<String> OPENERS = Set.of("meanwhile", "however", "still", "earlier", "later", "in",
            "on", "at", "after", "before", "during", "also", "separately", "elsewhere", "but", "and", "yet",
            "since", "despite", "for", "instead", "then");
    private static final int MAX_SPEAKER_WORDS = 8;
    /** Abbreviated titles inside a speaker phrase ("state Rep. Tom Lee"), not sentence ends. */
    private static final Set<String> TITLES = Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Rep.", "Sen.", "Gov.", "Gen.",
            "Lt.", "Col.", "Sgt.", "Capt.", "Prof.", "Rev.", "Jr.", "Sr.", "St.", "Det.", "Supt.", "Adm.", "U.S.", "No.");
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "and", "or", "in", "on", "at",
            "to", "for", "from", "by", "with", "vs", "vs.", "de", "la", "—", "-", "&");
    private static final Pattern ADJACENT = Pattern.compile("\\s*(?:that\\s*|[,:]\\s*|\\S+\\s*[,:]\\s*|\\S+\\s+\\S+\\s*[,:]\\s*)?");
    private static final String WHEN = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
            + "March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|"
            + "Oct\\.|Nov\\.|Dec\\.|\\d{1,4}|today|tonight|yesterday|week|weekend|month|year|morning|evening)";
    private static final Pattern TRAILING_TIME = Pattern.compile("\\s+(?:(?:late|early|earlier|later)\\s+)?"
            + "(?:on|this|last|in|at|early|late)\\s+(?:the\\s+)?" + WHEN
            + "(?:\\s+(?:night|morning|afternoon|evening|\\d{1,2},?|\\d{4})){0,2}$");
    private static final Pattern TIME_WORD = Pattern.compile(WHEN + "(?:\\s+\\S+)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern COORDINATED = Pattern.compile("\\b(?:and|but|then|before|after)\\s*$");
    private static final Set<String> INVERTING = Set.of("said", "says", "added", "adds", "wrote", "writes",
            "asked", "replied", "continued", "told");
    private static final int NEAR = 1_500;
    /** How far into its sentence a name can start and still be read as the sentence's subject. */
    private static final int SUBJECT_REACH = 60;

    private final Article article;
    private final String text;
    private final String masked;
    private final List<Sentence> sentences;
    private final List<Mention> persons = new ArrayList<>();
    private final List<Mention> orgs = new ArrayList<>();
    private final List<Mention> others = new ArrayList<>();
    private final List<Placed> spoken = new ArrayList<>();
    private final java.util.Map<String, Integer> genders = new java.util.HashMap<>();
    private static final Pattern GENDERED = Pattern.compile(
            "\\b(?:(he|himself)|(she|herself))\\b", Pattern.CASE_INSENSITIVE);

    private Attribution(Article article, List<QuoteMarks.Found> quotes) {
        this.article = article;
        this.text = article.original();
        char[] m = text.toCharArray();
        for (QuoteMarks.Found q : quotes) {
            Arrays.fill(m, q.open(), Math.min(q.close(), m.length), HIDDEN);
        }
        this.masked = new String(m);
        this.sentences = article.sentences();
        for (Mention mention : article.mentions()) {
            if (masked.charAt(mention.start()) == HIDDEN) {
                continue; // names inside quotes are what the speaker talks about, not who speaks
            }
            if (mention.type() == EntityType.PERSON) {
                persons.add(mention);
            } else if (mention.type() == EntityType.ORG) {
                orgs.add(mention);
            } else {
                others.add(mention);
            }
        }
        learnGenders();
        // who speaks in reported speech too, so "they" and "he" can find a group or a name the tagger missed
        for (Sentence sentence : sentences) {
            Matcher cue = Cues.CUE.matcher(masked).region(sentence.start(), Math.min(sentence.end(), masked.length()));
            while (cue.find()) {
                if (cue.group(1) != null || cue.group(2) != null) {
                    continue;
                }
                Chunk c = phraseBefore(sentence.start(), cue.start());
                if (c == null) {
                    continue;
                }
                String phrase = text.substring(c.start(), c.end());
                String[] ws = phrase.toLowerCase(Locale.ROOT).split("\\s+");
                String capitals = trailingCapitals(phrase);
                if (group(ws)) {
                    spoken.add(new Placed(c.start(), new Ref(phrase, phrase, Kind.GROUP)));
                } else if (capitals != null && lastInside(persons, c) == null && lastInside(orgs, c) == null
                        && lastInside(others, c) == null
                        && !Cues.PRONOUNS.contains(ws[ws.length - 1])) {
                    spoken.add(new Placed(c.start(), new Ref(phrase, capitals, Kind.NAMED)));
                }
            }
        }
    }

    static List<Attributed> attribute(Article article, List<QuoteMarks.Found> quotes) {
        return new Attribution(article, quotes).run(quotes);
    }

    /** A sentence of reported speech: no quote marks, a speech cue, and the speaker the cue names. */
    record Reported(Sentence sentence, Ref speaker) {
    }

    /** The article's sentences of reported (indirect) speech, for matching paraphrases to quotes. */
    static List<Reported> reported(Article article, List<QuoteMarks.Found> quotes) {
        Attribution a = new Attribution(article, quotes);
        List<Reported> out = new ArrayList<>();
        for (Sentence s : a.sentences) {
            if (s.end() > a.masked.length() || a.masked.substring(s.start(), s.end()).indexOf(HIDDEN) >= 0
                    || hasMark(s.text())) {
                continue;
            }
            Matcher m = Cues.CUE.matcher(a.masked).region(s.start(), s.end());
            if (!m.find()) {
                continue;
            }
            Chunk c = a.before(s.start(), s.end());
            out.add(new Reported(s, c == null ? null : a.resolve(c, s.start())));
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
            int[] bounds = bounds(first, last, q);
            Chunk chunk = after(q.close(), bounds[1]);
            if (chunk == null) {
                chunk = before(bounds[0], q.open());
            }
            Ref ref = chunk == null ? null : resolve(chunk, q.open());
            boolean cued = ref != null;
            String pre = masked.substring(bounds[0], q.open());
            int words = wordCount(text.substring(q.start(), q.end()));
            if (Cues.LABEL_BEFORE.matcher(pre).find() && words <= 4 && !cued) {
                continue;
            }
            if (title(text.substring(q.start(), q.end()))) {
                continue; // “A Beautiful Mind”, “The Boy From Oz”: a title, not speech
            }
            if (words <= 3 && modifier(q)) {
                continue; // a “world-class” venue: quote marks around a modifier are scare quotes
            }
            boolean context = false;
            if (ref == null && previous != null && (q.continued() || first - previousSentence <= 1)) {
                ref = previous;
                context = true;
            }
            if (ref == null && first > 0 && !Cues.CUE.matcher(pre).find()
                    && sentences.get(first - 1).text().strip().endsWith(":")) {
                // "The judge had advice for the guards:" then the quote: the introducing sentence's subject
                Sentence intro = sentences.get(first - 1);
                Chunk subject = subject(intro.start(), intro.end());
                if (subject != null) {
                    ref = resolve(subject, q.open());
                    context = ref != null;
                }
            }
            if (ref == null && first > 0 && !Cues.CUE.matcher(pre).find()) {
                Chunk earlier = before(sentences.get(first - 1).start(), sentences.get(first - 1).end());
                if (earlier != null) {
                    ref = resolve(earlier, q.open());
                    context = ref != null;
                }
            }
            if (!cued && (words == 1 || (words <= 3 && !context))) {
                continue; // a scare quote or a title, not speech
            }
            out.add(new Attributed(q, ref, cued));
            if (ref != null) {
                previous = ref;
                previousSentence = last;
            }
        }
        // a quote running over several paragraphs names its speaker after the last part: pass it back
        for (int i = out.size() - 2; i >= 0; i--) {
            Attributed next = out.get(i + 1);
            if (out.get(i).speaker() == null && next.quote().continued() && next.speaker() != null) {
                out.set(i, new Attributed(out.get(i).quote(), next.speaker(), false));
            }
        }
        return out;
    }

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
        return capitals > 0 && !(ws.length == 1 && Cues.PRONOUNS.contains(ws[0].toLowerCase(Locale.ROOT)));
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

    /** Start and end of the sentences a quote stands in (its passage when there are no sentences). */
    private int[] bounds(int first, int last, QuoteMarks.Found q) {
        if (first >= 0 && last >= 0) {
            return new int[]{Math.min(sentences.get(first).start(), q.open()), Math.max(sentences.get(last).end(), q.close())};
        }
        for (Passage p : article.body()) {
            if (p.span().start() <= q.open() && q.open() < p.span().end()) {
                return new int[]{p.span().start(), Math.max(p.span().end(), q.close())};
            }
        }
        return new int[]{q.open(), q.close()};
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

    // --- finding the speaker phrase ---------------------------------------------------------------

    /** "…,” he said" / "…,” said Smith": a cue right after the quote. */
    private Chunk after(int from, int to) {
        int limit = masked.indexOf(HIDDEN, from);
        int end = limit < 0 || limit > to ? to : limit;
        int k = from;
        while (k < end && (Character.isWhitespace(masked.charAt(k)) || ",—–-:".indexOf(masked.charAt(k)) >= 0)) {
            k++;
        }
        if (k >= end || k - from > 4) {
            return null;
        }
        Matcher m = Cues.CUE.matcher(masked).region(k, end);
        if (!m.find() || m.start() - k > 100 || m.group(2) != null || sentenceEndBetween(k, m.start())) {
            return null;
        }
        if (m.group(1) != null) {
            return phraseAfter(m.end(), end);
        }
        if (m.start() == k) {
            return phraseAfter(m.end(), end);
        }
        Chunk c = phraseBefore(k, m.start());
        return c != null && wordCount(text.substring(c.start(), c.end())) <= MAX_SPEAKER_WORDS ? c : null;
    }

    /** "Tarar wrote that …", "According to Tarar, …", "…, saying …": a cue before the quote. */
    private Chunk before(int from, int to) {
        List<int[]> cues = new ArrayList<>();
        Matcher m = Cues.CUE.matcher(masked).region(from, to);
        while (m.find()) {
            cues.add(new int[]{m.start(), m.end(), m.group(1) != null ? 1 : m.group(2) != null ? 2 : 0});
        }
        if (cues.isEmpty()) {
            return null;
        }
        // a cue right before the quote ("told reporters:", "said that") introduces it; otherwise the
        // first speaker of the sentence is the one quoting ("Tarar added that Islamabad had asked …")
        int[] lastCue = cues.get(cues.size() - 1);
        if (lastCue[2] == 0 && ADJACENT.matcher(masked.substring(lastCue[1], to)).matches()) {
            Chunk np = phraseBefore(from, lastCue[0]);
            if (np != null) {
                return np;
            }
        }
        boolean participle = false;
        for (int[] c : cues) {
            if (c[2] == 1) {
                Chunk np = phraseAfter(c[1], to);
                if (np != null) {
                    return np;
                }
            } else if (c[2] == 2) {
                participle = true;
            } else {
                Chunk np = phraseBefore(from, c[0]);
                if (np != null && resolvable(np)) {
                    return np;
                }
                if (np == null && COORDINATED.matcher(masked.substring(from, c[0])).find()) {
                    // "DeGeneres made the announcement on Twitter and said:": the sentence's subject
                    Chunk subject = subject(from, c[0]);
                    if (subject != null && resolvable(subject)) {
                        return subject;
                    }
                }
                Chunk inverted = phraseAfter(c[1], to);
                // "said Smith: “…”" only: after other verbs the next phrase is an object ("asked the regime")
                if (inverted != null && masked.substring(inverted.end(), to).strip().matches("[,:]?")
                        && INVERTING.contains(masked.substring(c[0], c[1]).toLowerCase(Locale.ROOT))
                        && Character.isUpperCase(masked.charAt(inverted.start()))) {
                    return inverted;
                }
            }
        }
        return participle ? subject(from, cues.get(0)[0]) : null;
    }

    /** The noun phrase ending at {@code end}, read backwards to a clause boundary; appositions skipped. */
    private Chunk phraseBefore(int lo, int end) {
        int e = end;
        while (e > lo && Character.isWhitespace(masked.charAt(e - 1))) {
            e--;
        }
        // adverbs between speaker and cue: "Asif also said", "he further remarked"
        while (e > lo) {
            int s = wordStart(lo, e);
            String w = masked.substring(s, e).toLowerCase(Locale.ROOT);
            if (Cues.ADVERBS.contains(w) || (w.endsWith("ly") && w.length() > 4 && !Character.isUpperCase(masked.charAt(s)))) {
                e = s;
                while (e > lo && Character.isWhitespace(masked.charAt(e - 1))) {
                    e--;
                }
            } else {
                break;
            }
        }
        Matcher time = TRAILING_TIME.matcher(masked.substring(lo, e));
        if (time.find()) {
            e = lo + time.start(); // "Iqbal on Sunday said": the speaker is before the time
        }
        if (e > lo && masked.charAt(e - 1) == ',') {
            // "Qani, spokesman for the ministry, said": the name before the apposition
            int comma = masked.lastIndexOf(',', e - 2);
            if (comma > lo && e - comma < 120) {
                Chunk name = words(lo, comma);
                if (name != null && hasName(name)) {
                    return name;
                }
            }
            return words(lo, e - 1);
        }
        return words(lo, e);
    }

    private Chunk words(int lo, int end) {
        int e = end;
        while (e > lo && Character.isWhitespace(masked.charAt(e - 1))) {
            e--;
        }
        int s = e;
        int count = 0;
        while (s > lo && count < MAX_SPEAKER_WORDS - 1) {
            int ws = wordStart(lo, s);
            String w = masked.substring(ws, s);
            boolean abbreviation = TITLES.contains(w);
            if (w.isEmpty() || w.indexOf(HIDDEN) >= 0
                    || (s != e && !abbreviation && ",.;:!?)(".indexOf(w.charAt(w.length() - 1)) >= 0)) {
                break;
            }
            if (s == e && ",.;:!?)(".indexOf(w.charAt(w.length() - 1)) >= 0) {
                break;
            }
            if (Cues.CLAUSE.contains(w.toLowerCase(Locale.ROOT)) && !Character.isUpperCase(w.charAt(0))) {
                break;
            }
            if (Cues.CUE.matcher(w).matches()) {
                break;
            }
            count++;
            s = ws;
            while (s > lo && Character.isWhitespace(masked.charAt(s - 1))) {
                s--;
            }
        }
        while (s < e && Character.isWhitespace(masked.charAt(s))) {
            s++;
        }
        return s < e ? new Chunk(s, e) : null;
    }

    /** The noun phrase starting at {@code from}: "said Smith, the …" → Smith; "according to the paper" → the paper. */
    private Chunk phraseAfter(int from, int to) {
        int s = from;
        while (s < to && Character.isWhitespace(masked.charAt(s))) {
            s++;
        }
        int e = s;
        int count = 0;
        while (e < to && count < MAX_SPEAKER_WORDS - 2) {
            int we = e;
            while (we < to && !Character.isWhitespace(masked.charAt(we))) {
                we++;
            }
            String w = masked.substring(e, we);
            String bare = w.replaceAll("[,.;:!?)]+$", "");
            if (bare.isEmpty() || bare.indexOf(HIDDEN) >= 0
                    || (Cues.CLAUSE.contains(bare.toLowerCase(Locale.ROOT)) && count > 0)) {
                break;
            }
            count++;
            e = e + bare.length();
            if (!bare.equals(w)) {
                break;
            }
            while (e < to && Character.isWhitespace(masked.charAt(e)) ) {
                e++;
            }
        }
        while (e > s && Character.isWhitespace(masked.charAt(e - 1))) {
            e--;
        }
        return e > s ? new Chunk(s, e) : null;
    }

    /** The sentence's subject for a participle cue: "Afghan state media accused …, saying …". */
    private Chunk subject(int from, int limit) {
        int s = from;
        int comma = masked.indexOf(',', s);
        if (comma > 0 && comma < limit) {
            String lead = masked.substring(s, comma).trim();
            String firstWord = lead.isEmpty() ? "" : lead.split("\\s+")[0].toLowerCase(Locale.ROOT);
            if (OPENERS.contains(firstWord) && wordCount(lead) <= 6) {
                s = comma + 1;
            }
        }
        while (s < limit && Character.isWhitespace(masked.charAt(s))) {
            s++;
        }
        int e = s;
        int count = 0;
        while (e < limit && count < 6) {
            int we = e;
            while (we < limit && !Character.isWhitespace(masked.charAt(we))) {
                we++;
            }
            String w = masked.substring(e, we);
            String lower = w.toLowerCase(Locale.ROOT);
            if (w.isEmpty() || Cues.ADVERBS.contains(lower) || (Cues.CLAUSE.contains(lower) && count > 0)
                    || Cues.CUE.matcher(w).matches() || w.indexOf(HIDDEN) >= 0) {
                break;
            }
            if (count > 0 && Character.isLowerCase(w.charAt(0)) && !DETERMINERS.contains(lower)
                    && lower.endsWith("ed")) {
                break; // a verb: "Pakistan accused …"
            }
            count++;
            e = we;
            if (",.;:".indexOf(w.charAt(w.length() - 1)) >= 0) {
                e--;
                break;
            }
            while (e < limit && Character.isWhitespace(masked.charAt(e))) {
                e++;
            }
        }
        while (e > s && Character.isWhitespace(masked.charAt(e - 1))) {
            e--;
        }
        return e > s ? new Chunk(s, e) : null;
    }

    // --- resolving the phrase -------------------------------------------------------------------------

    private Ref resolve(Chunk chunk, int quoteStart) {
        String asWritten = text.substring(chunk.start(), chunk.end());
        String[] ws = asWritten.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}'’\\s-]", " ").trim().split("\\s+");
        String lastWord = ws[ws.length - 1];
        int limit = Math.min(chunk.start(), quoteStart);
        if (ws.length <= 2 && Cues.PRONOUNS.contains(lastWord)) {
            return pronoun(asWritten, lastWord, limit);
        }
        Mention person = lastInside(persons, chunk);
        if (person != null && text.startsWith("'s ", person.end()) || person != null && text.startsWith("’s ", person.end())) {
            person = null; // "Reid's rep" is not Reid
        }
        if (person != null) {
            return named(asWritten, person.text(), Kind.PERSON, chunk.start());
        }
        if (Set.of("a", "an", "one", "another", "some").contains(ws[0])) {
            // "a spokesman for the ministry": someone new and unnamed, not a person named before
            return place(new Ref(asWritten, asWritten, Kind.GROUP), chunk.start());
        }
        boolean determiner = DETERMINERS.contains(ws[0]) || asWritten.matches("(?s).*\\p{L}['’]s\\s.*");
        String capitals = trailingCapitals(asWritten);
        if (!determiner && group(ws)) {
            return place(new Ref(asWritten, asWritten, Kind.GROUP), chunk.start());
        }
        Mention endOrg = lastInside(orgs, chunk);
        if (endOrg != null && endOrg.end() >= chunk.end() - 1 && !determiner) {
            return named(asWritten, endOrg.text(), Kind.ORG, chunk.start());
        }
        if (capitals != null && !determiner) {
            Mention org = lastInside(orgs, chunk);
            Kind kind = org != null && org.text().contains(capitals) ? Kind.ORG : Kind.NAMED;
            return named(asWritten, capitals, kind, chunk.start());
        }
        if (Descriptions.hasRole(asWritten)) {
            Ref r = description(asWritten, ws, limit);
            if (r != null) {
                return r;
            }
        }
        for (String w : ws) {
            if (Cues.ORG_NOUNS.contains(w) && determiner) {
                Mention org = lastBefore(orgs, limit);
                if (org != null && limit - org.end() < NEAR * 2) {
                    return new Ref(asWritten, org.text(), Kind.ORG);
                }
                break;
            }
        }
        if (group(ws)) {
            return place(new Ref(asWritten, asWritten, Kind.GROUP), chunk.start());
        }
        Mention org = lastInside(orgs, chunk);
        if (org != null) {
            return named(asWritten, org.text(), Kind.ORG, chunk.start());
        }
        if (capitals != null) {
            return named(asWritten, capitals, Kind.NAMED, chunk.start());
        }
        if (determiner && ws.length <= 5) {
            return new Ref(asWritten, asWritten, Kind.GROUP); // "the white woman": unnamed, kept as written
        }
        if (Character.isUpperCase(asWritten.charAt(0)) && ws.length <= 4 && !OPENERS.contains(ws[0])
                && !Cues.CLAUSE.contains(ws[0])) {
            return named(asWritten, asWritten, Kind.NAMED, chunk.start()); // "Juror No. 12"
        }
        return null;
    }

    private static boolean group(String[] ws) {
        for (String w : ws) {
            if (Cues.GROUPS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private Ref named(String asWritten, String name, Kind kind, int position) {
        return place(new Ref(asWritten, name, kind), position);
    }

    private Ref place(Ref ref, int position) {
        spoken.add(new Placed(position, ref));
        return ref;
    }

    private Ref pronoun(String asWritten, String pronoun, int limit) {
        switch (pronoun) {
            case "he", "she", "i" -> {
                int want = pronoun.equals("he") ? 1 : pronoun.equals("she") ? -1 : 0;
                Placed p = lastSpoken(limit, Kind.PERSON, Kind.NAMED);
                if (p != null && want != 0 && gender(p.ref().name()) == -want) {
                    p = null;
                }
                // a pronoun continues a subject: prefer people named near the start of their sentence
                Mention m = null;
                Mention any = null;
                for (Mention candidate : persons) {
                    if (candidate.end() <= limit && (want == 0 || gender(candidate.text()) != -want)) {
                        any = candidate;
                        if (subjectLike(candidate)) {
                            m = candidate;
                        }
                    }
                }
                if (m == null) {
                    m = any;
                }
                if (m != null && (p == null || m.start() > p.position())) {
                    return new Ref(asWritten, m.text(), Kind.PERSON);
                }
                return p == null ? new Ref(asWritten, null, Kind.PERSON) : new Ref(asWritten, p.ref().name(), p.ref().kind());
            }
            case "they", "we" -> {
                Placed p = lastSpoken(limit, Kind.GROUP, Kind.ORG);
                if (p != null && limit - p.position() < NEAR) {
                    return new Ref(asWritten, p.ref().name(), p.ref().kind());
                }
                Mention m = lastBefore(orgs, limit);
                return m == null ? new Ref(asWritten, null, Kind.GROUP) : new Ref(asWritten, m.text(), Kind.ORG);
            }
            default -> {
                Mention m = lastBefore(orgs, limit);
                return m == null ? new Ref(asWritten, null, Kind.ORG) : new Ref(asWritten, m.text(), Kind.ORG);
            }
        }
    }

    /** "the minister": the nearest person before whose title holds the role word, else the nearest person. */
    private Ref description(String asWritten, String[] ws, int limit) {
        String role = null;
        for (String w : ws) {
            if (Descriptions.ROLES.contains(w)) {
                role = w;
            }
        }
        Mention fallback = null;
        for (int i = persons.size() - 1; i >= 0; i--) {
            Mention m = persons.get(i);
            if (m.end() > limit) {
                continue;
            }
            if (fallback == null) {
                fallback = m;
            }
            String title = Descriptions.around(text, m.start(), m.end()).orElse("").toLowerCase(Locale.ROOT);
            if (role != null && title.contains(role)) {
                return new Ref(asWritten, m.text(), Kind.PERSON);
            }
        }
        if (asWritten.matches("(?s).*\\p{L}['’]s\\s.*")) {
            // "the actress's rep": someone of the named person's side, not that person
            return new Ref(asWritten, asWritten, Kind.GROUP);
        }
        return fallback == null ? new Ref(asWritten, null, Kind.PERSON) : new Ref(asWritten, fallback.text(), Kind.PERSON);
    }

    private boolean subjectLike(Mention m) {
        int i = sentenceIndex(m.start());
        return i < 0 || m.start() - sentences.get(i).start() <= SUBJECT_REACH;
    }

    /** +1 when the article refers to this person as he, -1 as she, 0 when it does not say. */
    private int gender(String name) {
        if (name == null) {
            return 0;
        }
        String[] parts = name.trim().split("\\s+");
        String last = parts[parts.length - 1].toLowerCase(Locale.ROOT);
        // a common first name, from this name or a fuller mention of it; else what the article says
        int byName = parts.length > 1 ? FirstNames.gender(parts[0]) : 0;
        for (Mention m : persons) {
            String[] full = m.text().trim().split("\\s+");
            if (byName == 0 && full.length > 1 && full[full.length - 1].equalsIgnoreCase(last)) {
                byName = FirstNames.gender(full[0]);
            }
        }
        return byName != 0 ? byName : genders.getOrDefault(last, 0);
    }

    /** Votes of the pronouns and titles used for each surname, read right after each mention of it. */
    private void learnGenders() {
        for (int i = 0; i < persons.size(); i++) {
            Mention m = persons.get(i);
            int end = Math.min(text.length(), m.end() + 150);
            if (i + 1 < persons.size()) {
                end = Math.min(end, persons.get(i + 1).start());
            }
            int sentence = sentenceIndex(m.start());
            if (sentence >= 0) {
                end = Math.min(end, sentences.get(sentence).end()); // "Smith said he …", not the next sentence's "she"
            }
            int vote = 0;
            String before = text.substring(Math.max(0, m.start() - 6), m.start());
            if (before.matches("(?s).*\\bMr\\.?\\s*$")) {
                vote = 1;
            } else if (before.matches("(?s).*\\b(Mrs|Ms|Miss)\\.?\\s*$")) {
                vote = -1;
            } else {
                Matcher g = GENDERED.matcher(masked).region(m.end(), Math.max(m.end(), end));
                if (g.find()) {
                    vote = g.group(1) != null ? 1 : -1;
                }
            }
            if (vote != 0) {
                String[] parts = m.text().trim().split("\\s+");
                genders.merge(parts[parts.length - 1].toLowerCase(Locale.ROOT), vote, Integer::sum);
            }
        }
        genders.replaceAll((k, v) -> Integer.signum(v));
    }

    private Placed lastSpoken(int limit, Kind a, Kind b) {
        Placed best = null;
        for (Placed p : spoken) {
            if (p.position() < limit && (p.ref().kind() == a || p.ref().kind() == b)
                    && (best == null || p.position() > best.position())) {
                best = p;
            }
        }
        return best;
    }

    private static Mention lastBefore(List<Mention> mentions, int limit) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.end() <= limit) {
                best = m;
            }
        }
        return best;
    }

    private static Mention lastInside(List<Mention> mentions, Chunk c) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.start() < c.end() && m.end() > c.start()) {
                best = m;
            }
        }
        return best;
    }

    /** A phrase that can name a speaker: a name, a pronoun, a group or a description. */
    private boolean resolvable(Chunk c) {
        String phrase = text.substring(c.start(), c.end());
        String[] ws = phrase.toLowerCase(Locale.ROOT).split("\\s+");
        return hasName(c) || Cues.PRONOUNS.contains(ws[ws.length - 1]) || group(ws) || Descriptions.hasRole(phrase)
                || Arrays.stream(ws).anyMatch(Cues.ORG_NOUNS::contains) || lastInside(others, c) != null;
    }

    private boolean hasName(Chunk c) {
        return lastInside(persons, c) != null || trailingCapitals(text.substring(c.start(), c.end())) != null;
    }

    /** The capitalised words ending the phrase ("Information Minister Ataullah Tarar" → whole run), or null. */
    private static String trailingCapitals(String phrase) {
        String[] ws = phrase.trim().split("\\s+");
        int i = ws.length;
        while (i > 0 && !ws[i - 1].isEmpty() && (Character.isUpperCase(ws[i - 1].charAt(0))
                || (i < ws.length && i > 1 && Set.of("of", "and", "for", "the", "de").contains(ws[i - 1])
                && Character.isUpperCase(ws[i - 2].charAt(0))))) {
            i--;
        }
        if (i == ws.length) {
            return null;
        }
        String run = String.join(" ", Arrays.copyOfRange(ws, i, ws.length));
        String lower = run.toLowerCase(Locale.ROOT);
        if (Cues.PRONOUNS.contains(lower) || DETERMINERS.contains(lower) || OPENERS.contains(lower)
                || Cues.CLAUSE.contains(lower) || TIME_WORD.matcher(run).matches()) {
            return null;
        }
        return run.replaceAll("^(The|A|An) ", "");
    }

    private boolean sentenceEndBetween(int a, int b) {
        for (int i = a; i < b; i++) {
            char c = masked.charAt(i);
            if ((c == '!' || c == '?' || c == ';') || (c == '.' && i > 0 && Character.isLowerCase(masked.charAt(i - 1))
                    && i + 1 < masked.length() && Character.isWhitespace(masked.charAt(i + 1))
                    && !TITLES.contains(masked.substring(wordStart(a, i), i + 1)))) {
                return true;
            }
        }
        return false;
    }

    private int wordStart(int lo, int end) {
        int s = end;
        while (s > lo && !Character.isWhitespace(masked.charAt(s - 1))) {
            s--;
        }
        return s;
    }

    private String firstWord(Chunk c) {
        return text.substring(c.start(), c.end()).split("\\s+")[0].toLowerCase(Locale.ROOT);
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
