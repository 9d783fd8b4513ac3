package org.parallax.summary;

import org.parallax.framing.Attributions;
import org.parallax.framing.Lexicon;
import org.parallax.framing.QuoteSpans;
import org.parallax.model.Span;
import org.parallax.internal.Embeddings;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.Conflict;
import org.parallax.model.SourceText;
import org.parallax.model.Story;
import org.parallax.model.SummarySentence;
import org.parallax.pipeline.Stage;
import org.parallax.pipeline.StageResult;
import org.parallax.text.Normalizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Story stage "summary": four to eight plain sentences, extracted rather than generated so every word
 * is one an outlet wrote and every sentence cites the documents that state it. Facts stated by the
 * most documents come first (a sentence counts as stated by another document when that document has
 * a sentence close in meaning, or when the claims stage put both in one corroborated claim); then each
 * conflict, stated as disputed with who says what; then, only if fewer than four, single-source lead
 * sentences. Sentences with quotation marks, loaded terms ({@link Lexicon}), or a pronoun needing
 * context, or opening on an unnamed source ("Sources said that ...") are never used. Deterministic: no sampling, stable tie-breaks. Thread-safe.
 *
 * <p>Cost: a candidate's support can only come from a sentence sharing {@link #MIN_SHARED} content words
 * with it, so an index from content word to candidates finds those sentences first (the count of shared
 * words, added up along the index: the sum over words of the square of the candidates holding each) and
 * the cosine is taken for those pairs alone, each candidate's row in parallel: O(Σ_w c_w² + p·d) for c_w
 * candidates holding word w and p pairs sharing enough words, d = 384; the pairs sharing fewer words, most
 * of a large story's c², cost nothing. Memory O(c) a thread beyond the index.
 */
public final class SummaryStage implements Stage<Story, Story> {
    private static final int MIN = 4;
    private static final int MAX = 8;
    private static final int MAX_FACTS = 6;
    private static final int MAX_DISPUTES = 2;
    /** Cosine above which two sentences of different documents state the same thing. */
    private static final double SAME = 0.6;
    /** Cosine above which a second summary sentence would repeat the first. */
    private static final double REPEAT = 0.6;
    /** A fact must bring at least this share of content words the summary lacks. */
    private static final double MIN_NOVELTY = 0.5;
    /** Two sentences state the same fact only if, besides meaning, they share this many content words. */
    private static final int MIN_SHARED = 4;
    private static final Set<String> STOP = Set.of("that", "this", "with", "from", "have", "were", "been", "said",
            "their", "there", "which", "would", "after", "about", "also", "into", "over", "more", "than", "they",
            "them", "while", "when", "where", "what", "will", "other", "some", "such", "only", "both", "each");
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'-]+(?:,\\s*\\p{Lu}[\\p{L} .'-]*)?\\s*(?:\\([^)]*\\))?\\s*[:—–]\\s*|^\\p{Lu}[\\p{Lu} .'-]+\\s*\\([^)]*\\)\\s*[:—–-]?\\s*");
    private static final Pattern NEEDS_CONTEXT = Pattern.compile(
            "^(?:he|she|they|it|this|that|these|those|his|her|their|its|still|but|and|however|meanwhile|instead|"
                    + "furthermore|moreover|also|then|so|yet|further|besides|there|the (?:sources?|officials?|minister|spokes\\w+|"
                    + "delegation|statement|report|move|decision|latter|former)|in (?:his|her|their|its|a|the) (?:post|statement|remarks|speech))\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTE_MARK = Pattern.compile("[\"“”«»„]|(?:^|\\s)[‘']\\p{L}");
    /** First or second person outside quote marks: a tweet or a letter pasted in, not a report. */
    private static final Pattern SPEAKER_VOICE = Pattern.compile(
            "(?<![\\p{L}'’])(?:(?<!War )I|I['’](?:d|m|ll|ve)|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Ww]e['’](?:re|ve|ll|d)|[Oo]urs?|us|[Yy]ou|[Yy]our)(?![\\p{L}'’])");

    private final Lexicon lexicon;

    public SummaryStage() {
        this(Lexicon.standard());
    }

    public SummaryStage(Lexicon lexicon) {
        this.lexicon = java.util.Objects.requireNonNull(lexicon, "lexicon");
    }

    @Override
    public StageResult<Story> apply(Story story) {
        List<Candidate> candidates = candidates(story);
        if (candidates.isEmpty()) {
            return StageResult.ok(story);
        }
        List<float[]> vectors = Embeddings.embed(candidates.stream().map(Candidate::text).toList());
        Map<Integer, Map<String, Candidate>> support = support(story, candidates, vectors);
        Set<String> disputed = disputedSentences(story);

        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> -support.get(i).size())
                .thenComparingInt(i -> candidates.get(i).sentence().index())
                .thenComparingInt(i -> candidates.get(i).order()));
        List<SummarySentence> disputes = disputes(story);
        List<SummarySentence> facts = new ArrayList<>();
        List<Integer> picked = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        while (facts.size() < Math.min(MAX_FACTS, MAX - disputes.size())) {
            int best = -1;
            double bestNovelty = 0;
            for (int i : order) {
                if (support.get(i).size() < 2 || picked.contains(i) || disputed.contains(key(candidates.get(i)))
                        || repeats(i, picked, vectors)) {
                    continue;
                }
                double novelty = novelty(candidates.get(i).text(), covered);
                if (novelty < MIN_NOVELTY) {
                    continue;
                }
                // more outlets first, but a sentence that adds much the summary lacks can beat one more outlet
                double score = support.get(i).size() * (0.5 + novelty);
                if (best < 0 || score > bestNovelty + 1e-9) {
                    best = i;
                    bestNovelty = score;
                }
            }
            if (best < 0) {
                break;
            }
            picked.add(best);
            covered.addAll(contentWords(candidates.get(best).text()));
            facts.add(sentence(story, candidates.get(best).text(), support.get(best)));
        }
        List<SummarySentence> fill = new ArrayList<>();
        for (int i : order) {
            if (facts.size() + disputes.size() + fill.size() >= MIN) {
                break;
            }
            if (!picked.contains(i) && !disputed.contains(key(candidates.get(i))) && !repeats(i, picked, vectors)) {
                picked.add(i);
                fill.add(sentence(story, candidates.get(i).text(), support.get(i)));
            }
        }
        List<SummarySentence> all = new ArrayList<>(facts);
        all.addAll(fill);
        all.addAll(disputes);
        return StageResult.ok(story.withSummary(all.subList(0, Math.min(MAX, all.size()))));
    }

    /** Sentences fit to stand alone in a neutral summary, in story order. */
    List<Candidate> candidates(Story story) {
        List<Candidate> out = new ArrayList<>();
        for (Article a : story.articles()) {
            out.addAll(candidates(a, out.size()));
        }
        return out;
    }

    /**
     * The texts of an article this stage compares by meaning (its candidate sentences, as the summary would
     * give them), for the article pipeline to embed with the article.
     */
    public List<String> comparedTexts(Article article) {
        return candidates(article, 0).stream().map(Candidate::text).toList();
    }

    /** An article's candidate sentences, numbered from {@code order}. */
    private List<Candidate> candidates(Article a, int order) {
        List<Candidate> out = new ArrayList<>();
        List<Span> quoted = QuoteSpans.find(a.original());
        List<SourceText> unnamed = Attributions.of(a).unnamed();
        for (var s : a.sentences()) {
            if (quoted.stream().anyMatch(q -> q.overlaps(s.span()))) {
                continue; // a quotation is the speaker's voice, not the summary's
            }
            String text = strayMarks(DATELINE.matcher(s.text().replaceAll("\\s+", " ").strip()).replaceFirst(""));
            int words = text.split(" ").length;
            if (words < 7 || words > 50 || QUOTE_MARK.matcher(text).find() || NEEDS_CONTEXT.matcher(text).matches()
                    || SPEAKER_VOICE.matcher(text).find()
                    || !text.endsWith(".") || Attributions.opensWithUnnamed(s, unnamed) || !lexicon.find(text, 0, text.length(), List.of()).isEmpty()) {
                continue;
            }
            out.add(new Candidate(a.id(), order++, s, Character.toUpperCase(text.charAt(0)) + text.substring(1)));
        }
        return out;
    }

    /** Drops an unpaired quotation mark at either end, left by a splitter that cut a quote's neighbour. */
    static String strayMarks(String text) {
        String t = text.strip();
        long marks = t.chars().filter(c -> "\"“”«»„".indexOf(c) >= 0).count();
        if (marks % 2 == 1 && !t.isEmpty() && "\"“”«»„".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        } else if (marks % 2 == 1 && !t.isEmpty() && "\"“”«»„".indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1).strip();
        }
        return t;
    }

    /** For each candidate, the documents stating it and the passage in each, its own document first. */
    private static Map<Integer, Map<String, Candidate>> support(Story story, List<Candidate> cs, List<float[]> v) {
        Map<String, Claim> corroboratedBySentence = new LinkedHashMap<>();
        for (Claim c : story.claims()) {
            if (c.status() == Claim.Status.CORROBORATED) {
                c.sources().forEach(s -> corroboratedBySentence.putIfAbsent(s.document() + "@" + s.start(), c));
            }
        }
        Map<String, Candidate> byKey = new LinkedHashMap<>();
        cs.forEach(c -> byKey.put(key(c), c));
        List<Set<String>> words = cs.stream().map(c -> contentWords(c.text())).toList();
        Map<String, int[]> holders = holders(words);
        ThreadLocal<int[]> counts = ThreadLocal.withInitial(() -> new int[cs.size()]);
        // each candidate's row on its own, in parallel: the sentences sharing enough words, in story order
        List<Map<String, Candidate>> rows = java.util.stream.IntStream.range(0, cs.size()).parallel().mapToObj(i -> {
            Map<String, Candidate> docs = new LinkedHashMap<>();
            docs.put(cs.get(i).document(), cs.get(i));
            Map<String, Double> best = new LinkedHashMap<>();
            for (int j : sharingWords(words.get(i), holders, counts.get())) {
                String d = cs.get(j).document();
                if (d.equals(cs.get(i).document())) {
                    continue;
                }
                double cos = Embeddings.cosine(v.get(i), v.get(j));
                if (cos >= SAME && cos > best.getOrDefault(d, 0.0)) {
                    best.put(d, cos);
                    docs.put(d, cs.get(j));
                }
            }
            Claim claim = corroboratedBySentence.get(key(cs.get(i)));
            if (claim != null) {
                for (SourceText s : claim.sources()) {
                    Candidate other = byKey.get(s.document() + "@" + s.start());
                    if (other != null) {
                        docs.putIfAbsent(s.document(), other);
                    }
                }
            }
            return docs;
        }).toList();
        Map<Integer, Map<String, Candidate>> out = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            out.put(i, rows.get(i));
        }
        return out;
    }

    /** For each content word, the candidates holding it, in story order. */
    static Map<String, int[]> holders(List<Set<String>> words) {
        Map<String, List<Integer>> lists = new java.util.HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            for (String w : words.get(i)) {
                lists.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, int[]> out = new java.util.HashMap<>();
        lists.forEach((w, l) -> out.put(w, l.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    /**
     * The candidates sharing at least {@link #MIN_SHARED} of these content words, in story order (the
     * candidate itself among them): the shared words counted along the index. {@code counts} is a
     * scratch array of one slot per candidate, all zero, and left so.
     */
    static int[] sharingWords(Set<String> words, Map<String, int[]> holders, int[] counts) {
        if (words.size() < MIN_SHARED) {
            return new int[0];
        }
        int[] touched = new int[16];
        int n = 0;
        for (String w : words) {
            for (int j : holders.getOrDefault(w, new int[0])) {
                if (counts[j]++ == 0) {
                    if (n == touched.length) {
                        touched = java.util.Arrays.copyOf(touched, n * 2);
                    }
                    touched[n++] = j;
                }
            }
        }
        int m = 0;
        for (int k = 0; k < n; k++) {
            int j = touched[k];
            if (counts[j] >= MIN_SHARED) {
                touched[m++] = j;
            }
            counts[j] = 0;
        }
        int[] out = java.util.Arrays.copyOf(touched, m);
        java.util.Arrays.sort(out);
        return out;
    }

    private static Set<String> disputedSentences(Story story) {
        Set<String> out = new HashSet<>();
        for (Claim c : story.claims()) {
            if (c.status() == Claim.Status.DISPUTED) {
                c.sources().forEach(s -> out.add(s.document() + "@" + s.start()));
            }
        }
        return out;
    }

    private static String key(Candidate c) {
        return c.document() + "@" + c.sentence().start();
    }

    /** Share of a sentence's content words the summary does not have yet. */
    private static double novelty(String text, Set<String> covered) {
        Set<String> words = contentWords(text);
        return words.isEmpty() ? 0 : words.stream().filter(w -> !covered.contains(w)).count() / (double) words.size();
    }

    private static Set<String> contentWords(String text) {
        Set<String> out = new HashSet<>();
        for (String w : Normalizer.wordsOnly(text).split(" ")) {
            if (w.length() >= 4 && !STOP.contains(w)) {
                out.add(w.length() > 5 ? w.substring(0, 5) : w);
            }
        }
        return out;
    }

    private static boolean repeats(int i, List<Integer> picked, List<float[]> v) {
        return picked.stream().anyMatch(j -> Embeddings.cosine(v.get(i), v.get(j)) >= REPEAT);
    }

    private static SummarySentence sentence(Story story, String text, Map<String, Candidate> docs) {
        List<String> citations = story.documentIds().stream().filter(docs::containsKey).toList();
        List<SourceText> passages = citations.stream().map(d -> {
            Candidate c = docs.get(d);
            return new SourceText(d, c.sentence().text(), c.sentence().start(), c.sentence().end());
        }).toList();
        return new SummarySentence(text, citations, passages);
    }

    /** Each conflict as one sentence: what is disputed and which outlets say what. */
    private List<SummarySentence> disputes(Story story) {
        List<SummarySentence> out = new ArrayList<>();
        for (Conflict c : story.conflicts()) {
            if (out.size() >= MAX_DISPUTES || c.positions().size() < 2) {
                continue;
            }
            List<String> sides = new ArrayList<>();
            List<SourceText> passages = new ArrayList<>();
            Set<String> cited = new HashSet<>();
            for (Conflict.Position p : c.positions()) {
                List<String> names = p.documents().stream().filter(story.documentIds()::contains)
                        .map(d -> story.article(d).proseName()).distinct().toList();
                if (names.isEmpty()) {
                    continue;
                }
                String who = names.size() == 1 ? names.get(0)
                        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
                String what = p.text() == null ? "" : p.text().replaceAll("\\s+", " ").strip();
                boolean plain = !what.isEmpty() && what.split(" ").length <= 8 && lexicon.find(what).isEmpty()
                        && !QUOTE_MARK.matcher(what).find();
                sides.add(plain ? who + ": " + what : who + " gives another account");
                cited.addAll(p.documents());
                story.claims().stream().filter(cl -> cl.id().equals(p.claim())).findFirst()
                        .ifPresent(cl -> cl.sources().stream().filter(s -> p.documents().contains(s.document()))
                                .findFirst().ifPresent(passages::add));
            }
            if (sides.size() < 2) {
                continue;
            }
            String text = "Accounts differ on " + c.topic().strip() + " (" + String.join("; ", sides) + ").";
            List<String> citations = story.documentIds().stream().filter(cited::contains).toList();
            out.add(new SummarySentence(text, citations, passages));
        }
        return out;
    }
}
