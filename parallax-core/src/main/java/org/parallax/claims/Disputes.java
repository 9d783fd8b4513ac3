package org.parallax.claims;

import org.parallax.entities.Names;
import org.parallax.entities.PlaceNames;
import org.parallax.model.Conflict;
import org.parallax.model.Trajectory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Where a story's outlets disagree on a figure, and where a figure moved between reports.
 *
 * <p>Two figures are <em>comparable</em> when they measure the same thing: the same kind and unit (money in
 * one currency), the same counted noun, no different places or days, values within {@link
 * Settings#maxRatio()} of each other, and neighbourhoods in the parse alike enough ({@link
 * Settings#minContext()}: the cosine of their context lemmas, each weighted by how rare it is among the
 * story's figures). Comparable figures of different outlets whose ranges cannot both hold disagree. Inside
 * one outlet, figures disagree only when the outlet credits them to different sources, and the sources are
 * then the sides.
 *
 * <p>Comparable figures form one <em>slot</em> (a thing measured); its figures are split into positions of
 * values that can hold together. A slot whose positions were all reported on different days, each later
 * one higher, is an update (a {@link Trajectory}), not a conflict.
 *
 * <p>Cost: figures are compared only within blocks of one kind and unit, pairwise there; a story of n
 * figures costs O(n²) in the worst case (one block), far below the cost of reading the articles for any
 * story of a few hundred articles. Thread-safe: stateless.
 */
final class Disputes {
    /**
     * The thresholds of comparability, measured on the annotated development stories (see
     * docs/claims-and-time.md for the figures of each story when tuned without it).
     *
     * @param minLexical least weighted cosine of two figures' context lemmas (or else minMeaning)
     * @param maxRatio   most the larger value may be of the smaller (a figure ten times another counts
     *                   something else)
     * @param minMeaning least cosine of the sentence embeddings of the two figures' clauses (or else
     *                   minLexical)
     * @param strictHolders a count whose actor is named is compared only with counts of the same actor,
     *                   never with one whose actor is not known
     */
    record Settings(double minLexical, double maxRatio, double minMeaning, boolean strictHolders) {
        static final Settings TUNED = new Settings(0.8, 10, 0.55, true);
    }

    /** The conflicts and trajectories of a story's figures. */
    record Found(List<Conflict> conflicts, List<Trajectory> trajectories) {
    }

    private final Settings settings;

    Disputes(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * @param figures   every figure of the story
     * @param claimOf   the claim that states a figure's sentence
     * @param published the publication day of a document (TIMEX3), or null
     * @param scene     where a document's story happens ({@link FigureReader#scene}), or null
     */
    Found find(List<Figure> figures, Function<Figure, String> claimOf, Function<String, String> published,
               Function<String, String> scene) {
        List<Figure> usable = usable(figures);
        Map<String, Double> weights = weights(usable);
        Map<String, List<Figure>> blocks = new LinkedHashMap<>();
        for (Figure f : usable) {
            blocks.computeIfAbsent(f.kind() + "|" + f.unit(), k -> new ArrayList<>()).add(f);
        }
        Set<String> occasions = otherOccasions(usable);
        // only the clauses of figures some other figure could be compared with are read for their meaning
        List<Figure> compared = new ArrayList<>();
        for (List<Figure> block : blocks.values()) {
            compared.addAll(comparedIn(block, occasions));
        }
        List<float[]> vectors = org.parallax.internal.Embeddings.embed(compared.stream().map(Figure::clause).toList());
        Map<Figure, float[]> vectorOf = new java.util.IdentityHashMap<>();
        for (int i = 0; i < compared.size(); i++) {
            vectorOf.put(compared.get(i), vectors.get(i));
        }
        List<Conflict> conflicts = new ArrayList<>();
        List<Trajectory> trajectories = new ArrayList<>();
        for (List<Figure> block : blocks.values()) {
            for (List<List<Figure>> positions : disputes(block, weights, vectorOf, occasions, scene)) {
                List<Figure> slot = positions.stream().flatMap(List::stream).toList();
                if (isUpdate(positions, published)) {
                    trajectories.add(trajectory(slot, positions, claimOf, published));
                } else {
                    conflicts.add(conflict(slot, positions, claimOf));
                }
            }
        }
        return new Found(conflicts, trajectories);
    }

    /**
     * Pairs of documents that tell of different occasions of one named actor: the actor's figures of two
     * or more different things (points and rebounds) differ between them and none agrees. A game report and
     * a round-up of another night's games both give a player's points; such figures are not one fact told
     * two ways. A document that agrees with one of the pair on the actor is of its occasion, so it too is
     * set apart from the other. Cost: figures grouped by actor, pairwise within an actor's group.
     */
    private static Set<String> otherOccasions(List<Figure> figures) {
        Map<String, List<Figure>> byHolder = new HashMap<>();
        for (Figure f : figures) {
            if (f.holder() != null) {
                byHolder.computeIfAbsent(f.holder(), k -> new ArrayList<>()).add(f);
            }
        }
        Set<String> out = new java.util.HashSet<>();
        for (Map.Entry<String, List<Figure>> e : byHolder.entrySet()) {
            List<Figure> group = e.getValue();
            Map<String, Set<String>> differ = new HashMap<>(); // document pair -> the things that differ
            Set<String> agree = new java.util.HashSet<>();
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    Figure a = group.get(i);
                    Figure b = group.get(j);
                    if (a.document().equals(b.document()) || a.kind() != b.kind() || !Objects.equals(a.unit(), b.unit())
                            || a.counted() == null || b.counted() == null || !sameWord(a.counted(), b.counted())) {
                        continue;
                    }
                    String key = pairKey(a.document(), b.document());
                    if (a.overlaps(b)) {
                        agree.add(key);
                    } else {
                        differ.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(a.counted().toLowerCase(Locale.ROOT));
                    }
                }
            }
            Set<String> apart = new java.util.HashSet<>();
            differ.forEach((key, things) -> {
                if (things.size() >= 2 && !agree.contains(key)) {
                    apart.add(key);
                }
            });
            Set<String> documents = new LinkedHashSet<>();
            group.forEach(f -> documents.add(f.document()));
            for (String key : apart) {
                String[] ab = key.split("\u0000");
                out.add(key + "\u0000" + e.getKey());
                for (String c : documents) {
                    for (int side = 0; side < 2; side++) {
                        String ally = pairKey(ab[side], c);
                        if (!c.equals(ab[side]) && agree.contains(ally) && !differ.containsKey(ally)) {
                            out.add(pairKey(ab[1 - side], c) + "\u0000" + e.getKey());
                        }
                    }
                }
            }
        }
        return out;
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    /** Two documents and the actor their figures are of, in a fixed order; "" for figures of no named actor. */
    private static String occasionKey(Figure a, Figure b) {
        if (a.holder() == null || !a.holder().equals(b.holder())) {
            return "";
        }
        return pairKey(a.document(), b.document()) + "\u0000" + a.holder();
    }

    /** Figures that take part in comparisons: not ages, not single items, not parts of a group. */
    private static List<Figure> usable(List<Figure> figures) {
        List<Figure> usable = new ArrayList<>();
        for (Figure f : figures) {
            if (usable(f)) {
                usable.add(f);
            }
        }
        return usable;
    }

    private static boolean usable(Figure f) {
        boolean age = f.kind() == Figure.Kind.MEASURE && "age".equals(f.unit());
        boolean single = f.kind() == Figure.Kind.COUNT && f.high() <= 1;
        return !age && !single && !f.partitive();
    }

    /**
     * Whether a story may read the meaning of this figure's clause, whatever the other figures: the
     * article pipeline embeds these clauses with the article ({@link ClaimStage#comparedTexts}), a superset of
     * what {@link #comparedIn} asks for.
     */
    static boolean meaningMayBeRead(Figure f) {
        return usable(f) && (words(f.clause()) >= MIN_CLAUSE_WORDS || f.kind() == Figure.Kind.COUNT && f.source() != null);
    }

    /**
     * The figures of a block that pass the hard tests with at least one other figure of it, where the pair's
     * comparison reads the clauses' meaning, in block order: the only clauses {@link #disputes} embeds. Quadratic in the block, like
     * {@link #disputes}; a test costs far less than embedding a clause.
     */
    private List<Figure> comparedIn(List<Figure> block, Set<String> occasions) {
        int n = block.size();
        boolean[] compared = new boolean[n];
        boolean[] longClause = new boolean[n];
        for (int i = 0; i < n; i++) {
            longClause[i] = words(block.get(i).clause()) >= MIN_CLAUSE_WORDS;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Figure a = block.get(i);
                Figure b = block.get(j);
                // similarity reads the meaning of two clauses of four words or more; measuresOneThing reads
                // it for the counts of two named sources
                boolean read = longClause[i] && longClause[j] || a.kind() == Figure.Kind.COUNT && a.source() != null && b.source() != null;
                if ((!compared[i] || !compared[j]) && read && couldCompare(a, b)
                        && !occasions.contains(occasionKey(a, b))) {
                    compared[i] = true;
                    compared[j] = true;
                }
            }
        }
        List<Figure> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (compared[i]) {
                out.add(block.get(i));
            }
        }
        return out;
    }

    /**
     * The disagreements of one block. The most alike pair of comparable figures whose ranges cannot both
     * hold starts a disagreement; every other figure comparable with all its members joins it (complete
     * linkage, so a chain of loose matches never merges different things); its figures are then taken,
     * and the next pair starts the next one. Returned as positions in order of value.
     */
    private List<List<List<Figure>>> disputes(List<Figure> block, Map<String, Double> w, Map<Figure, float[]> v,
                                              Set<String> occasions, Function<String, String> scene) {
        int n = block.size();
        boolean[][] comparable = new boolean[n][n];
        double[][] alike = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (couldCompare(block.get(i), block.get(j))
                        && !occasions.contains(occasionKey(block.get(i), block.get(j)))) {
                    alike[i][j] = alike[j][i] = similarity(block.get(i), block.get(j), w, v);
                    comparable[i][j] = comparable[j][i] = alike[i][j] >= settings.minLexical()
                            || measuresOneThing(block.get(i), block.get(j), v, scene);
                }
            }
        }
        List<int[]> seeds = new ArrayList<>();
        List<List<Integer>> sentenceOf = sentences(block);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (comparable[i][j] && !block.get(i).overlaps(block.get(j)) && !coStated(block, sentenceOf, comparable, i, j)) {
                    seeds.add(new int[]{i, j});
                }
            }
        }
        seeds.sort(Comparator.comparingDouble(p -> -alike[p[0]][p[1]]));
        boolean[] taken = new boolean[n];
        List<List<Integer>> groups = new ArrayList<>();
        for (int[] seed : seeds) {
            if (taken[seed[0]] || taken[seed[1]]) {
                continue;
            }
            List<Integer> members = new ArrayList<>(List.of(seed[0], seed[1]));
            for (int k = 0; k < n; k++) {
                if (taken[k] || members.contains(k)) {
                    continue;
                }
                boolean all = true;
                boolean any = false;
                for (int m : members) {
                    // a second figure of one outlet joins through the others; it need not be comparable to itself
                    all &= comparable[k][m] || block.get(k).document().equals(block.get(m).document());
                    any |= comparable[k][m];
                }
                if (all && any) {
                    members.add(k);
                }
            }
            members.forEach(m -> taken[m] = true);
            groups.add(members);
        }
        // two disagreements over one thing ("7:41" against "7:42" found twice) are one: merged when most of
        // the pairs across them are comparable
        boolean merged = true;
        while (merged) {
            merged = false;
            for (int a = 0; a < groups.size() && !merged; a++) {
                for (int b = a + 1; b < groups.size() && !merged; b++) {
                    int yes = 0;
                    int all = 0;
                    for (int i : groups.get(a)) {
                        for (int j : groups.get(b)) {
                            if (!block.get(i).document().equals(block.get(j).document())) {
                                all++;
                                yes += comparable[i][j] ? 1 : 0;
                            }
                        }
                    }
                    if (all > 0 && yes * 2 > all || sameValues(block, groups.get(a), groups.get(b))) {
                        groups.get(a).addAll(groups.remove(b));
                        merged = true;
                    }
                }
            }
        }
        List<List<List<Figure>>> out = new ArrayList<>();
        for (List<Integer> members : groups) {
            List<Figure> group = members.stream().map(block::get).toList();
            List<List<Figure>> positions = positions(group);
            if (positions.size() >= 2 && disagree(positions)) {
                out.add(positions);
            }
        }
        return out;
    }

    /** Two disagreements between the same values (each value of one found among the other's). */
    private static boolean sameValues(List<Figure> block, List<Integer> a, List<Integer> b) {
        return coveredBy(block, a, b) && coveredBy(block, b, a);
    }

    private static boolean coveredBy(List<Figure> block, List<Integer> a, List<Integer> b) {
        for (int i : a) {
            boolean found = false;
            for (int j : b) {
                found |= block.get(i).overlaps(block.get(j));
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /**
     * One sentence of one side also states the other side's value (for something comparable): both values
     * are parts of one account ("40 hours over four days", "seven life sentences and four ..."), not rival
     * ones. An outlet that gives both values in different sentences contradicts itself, and still disputes.
     */
    private static boolean coStated(List<Figure> block, List<List<Integer>> sentenceOf, boolean[][] comparable, int i, int j) {
        // only the figures of i's sentence and of j's can be stated with the other side
        for (int k : sentenceOf.get(i)) {
            if (k != i && k != j && comparable[k][j] && block.get(k).overlaps(block.get(j))) {
                return true;
            }
        }
        for (int k : sentenceOf.get(j)) {
            if (k != i && k != j && comparable[k][i] && block.get(k).overlaps(block.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** For each figure of the block, the figures of its sentence (itself included), in block order. */
    private static List<List<Integer>> sentences(List<Figure> block) {
        Map<String, List<Integer>> bySentence = new HashMap<>();
        List<List<Integer>> out = new ArrayList<>(block.size());
        for (int k = 0; k < block.size(); k++) {
            out.add(bySentence.computeIfAbsent(block.get(k).document() + "#" + block.get(k).sentence(), x -> new ArrayList<>()));
            out.get(k).add(k);
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    /** How rare each context lemma is among the story's figures (inverse document frequency). */
    private static Map<String, Double> weights(List<Figure> figures) {
        Map<String, Integer> df = new HashMap<>();
        for (Figure f : figures) {
            for (String l : f.context()) {
                df.merge(l, 1, Integer::sum);
            }
        }
        Map<String, Double> out = new HashMap<>();
        int n = figures.size();
        df.forEach((l, c) -> out.put(l, Math.log((n + 1.0) / c)));
        return out;
    }

    /**
     * How much of the sparser neighbourhood the other shares, each lemma weighted by its rarity. The counted
     * noun itself is left out: both figures have it (or they would not be compared), so a figure whose
     * neighbourhood is nothing but "points" says nothing about which points it counts.
     */
    static double lexical(Figure a, Figure b, Map<String, Double> w) {
        String counted = a.counted() == null ? null : FigureReader.stem(a.counted());
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (String l : a.context()) {
            if (l.equals(counted)) {
                continue;
            }
            double x = w.getOrDefault(l, 0.0);
            na += x * x;
            if (b.context().contains(l)) {
                dot += x * x;
            }
        }
        for (String l : b.context()) {
            if (l.equals(counted)) {
                continue;
            }
            double x = w.getOrDefault(l, 0.0);
            nb += x * x;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.min(na, nb);
    }

    /** Clauses shorter than this say too little for their embeddings to mean anything. */
    private static final int MIN_CLAUSE_WORDS = 4;

    /** The clause's words of two characters or more starting with a letter, words parted by regex whitespace ({@code \\s}). */
    private static int words(String clause) {
        int n = 0;
        int start = 0;
        for (int i = 0; i <= clause.length(); i++) {
            if (i == clause.length() || isSpace(clause.charAt(i))) {
                if (i - start > 1 && Character.isLetter(clause.charAt(start))) {
                    n++;
                }
                start = i + 1;
            }
        }
        return n;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** How alike two figures' neighbourhoods are: the better of their context lemmas and their clauses' meaning. */
    double similarity(Figure a, Figure b, Map<String, Double> w, Map<Figure, float[]> v) {
        double lexical = lexical(a, b, w);
        float[] va = v.get(a);
        float[] vb = v.get(b);
        double meaning = va == null || vb == null || words(a.clause()) < MIN_CLAUSE_WORDS || words(b.clause()) < MIN_CLAUSE_WORDS
                ? 0 : org.parallax.internal.Embeddings.cosine(va, vb);
        return Math.max(lexical, meaning - (settings.minMeaning() - settings.minLexical()));
    }

    /** The two figures measure the same thing (see the class comment). */
    boolean comparable(Figure a, Figure b, Map<String, Double> w, Map<Figure, float[]> v, Function<String, String> scene) {
        return couldCompare(a, b) && (measuresOneThing(a, b, v, scene) || similarity(a, b, w, v) >= settings.minLexical());
    }

    /**
     * A duration, an amount or a share of one named thing ("week-long talks", "four days of talks"): the
     * thing measured says what the figure is about, where a count of people needs its clause to.
     */
    private boolean measuresOneThing(Figure a, Figure b, Map<Figure, float[]> v, Function<String, String> scene) {
        boolean oneThing = a.counted() != null && b.counted() != null && sameWord(a.counted(), b.counted())
                || a.kind() != Figure.Kind.COUNT && (namesTheVerb(a, b) || namesTheVerb(b, a));
        if (!oneThing) {
            return false;
        }
        if (a.kind() != Figure.Kind.COUNT) {
            return true;
        }
        // rival sources counting one thing in clauses of one subject ("the union said 4,000 workers joined the
        // strike", "the authority said about 1,500 workers were absent"): the standard shape of a disputed figure
        boolean rivals = a.source() != null && b.source() != null && !sameSource(a.source(), b.source());
        // of one moment: a count one side dates ("killed the day before") may be of another incident
        return rivals && Objects.equals(a.date(), b.date()) && meaning(a, b, v) >= RIVALS_MEANING || oneFact(a, b, scene);
    }

    /**
     * The same typed fact, whatever else the clauses say: what is counted, the verb that counts it and the
     * place agree, of one moment ("20,000 people marched in Salonika, smashing banks", "50,000 people
     * marched through Thessaloniki's centre"). One side may leave the place to its article's scene ("100,000
     * people took to the streets" in a report of an Athens bank fire); the other must name it.
     */
    private static boolean oneFact(Figure a, Figure b, Function<String, String> scene) {
        String pa = a.place() != null ? a.place() : b.place() == null ? null : scene.apply(a.document());
        String pb = b.place() != null ? b.place() : a.place() == null ? null : scene.apply(b.document());
        return pa != null && pb != null && samePlace(pa, pb)
                && a.predicate() != null && b.predicate() != null
                && FigureReader.stem(a.predicate()).equals(FigureReader.stem(b.predicate()))
                && Objects.equals(a.date(), b.date());
    }

    /**
     * One figure measures the noun of the other's verb: "30 hours of deliberation" and "deliberated for 40
     * hours" (the noun and the verb share their stem).
     */
    private static boolean namesTheVerb(Figure noun, Figure verb) {
        return noun.counted() != null && verb.counted() == null && verb.predicate() != null
                && FigureReader.stem(noun.counted()).equals(FigureReader.stem(verb.predicate()));
    }

    /** Least clause cosine for two rival sources' counts of one thing. */
    private static final double RIVALS_MEANING = 0.35;

    private static double meaning(Figure a, Figure b, Map<Figure, float[]> v) {
        float[] va = v.get(a);
        float[] vb = v.get(b);
        return va == null || vb == null ? 0 : org.parallax.internal.Embeddings.cosine(va, vb);
    }

    /** A pair of figures that could be compared, with its features (for measuring the model). */
    record Scored(Figure a, Figure b, double lexical, double meaning, double[] features) {
    }

    /** Names of {@link #features}, in order. */
    static final List<String> FEATURES = List.of("lexical", "meaning", "counted", "holder", "predicate", "place",
            "log_ratio", "topic_min", "sourced");

    /**
     * What the comparability model reads of a pair: how alike the neighbourhoods are (lemmas, clause
     * meaning), whether what is counted, whose it is, the verb and the place agree (1), are unknown on one
     * side (0.5) or on both (0), how far apart the values are, how central the less central figure is to
     * the story, and whether both come with a named source.
     */
    double[] features(Figure a, Figure b, Map<String, Double> w, Map<Figure, float[]> v, Map<Figure, Double> topic) {
        float[] va = v.get(a);
        float[] vb = v.get(b);
        double meaning = va == null || vb == null || words(a.clause()) < MIN_CLAUSE_WORDS || words(b.clause()) < MIN_CLAUSE_WORDS
                ? 0 : org.parallax.internal.Embeddings.cosine(va, vb);
        return new double[]{
                lexical(a, b, w),
                meaning,
                agreement(a.counted(), b.counted()),
                agreement(a.holder(), b.holder()),
                agreement(a.predicate() == null ? null : FigureReader.stem(a.predicate()),
                        b.predicate() == null ? null : FigureReader.stem(b.predicate())),
                agreement(a.place(), b.place()),
                Math.abs(Math.log(Math.max(a.magnitude(), 1e-9) / Math.max(b.magnitude(), 1e-9))),
                Math.min(topic.getOrDefault(a, 0.0), topic.getOrDefault(b, 0.0)),
                a.source() != null && b.source() != null ? 1 : 0};
    }

    private static double agreement(String a, String b) {
        if (a == null && b == null) {
            return 0;
        }
        if (a == null || b == null) {
            return 0.5;
        }
        return a.equalsIgnoreCase(b) ? 1 : 0;
    }

    /** How central each figure's clause is to the story: the cosine to the mean of all figures' clauses. */
    static Map<Figure, Double> topicality(List<Figure> figures, Map<Figure, float[]> v) {
        Map<Figure, Double> out = new java.util.IdentityHashMap<>();
        if (figures.isEmpty()) {
            return out;
        }
        int dims = v.get(figures.get(0)).length;
        float[] centre = new float[dims];
        for (Figure f : figures) {
            float[] x = v.get(f);
            for (int d = 0; d < dims; d++) {
                centre[d] += x[d];
            }
        }
        double norm = 0;
        for (float c : centre) {
            norm += c * c;
        }
        norm = Math.sqrt(norm);
        for (Figure f : figures) {
            double dot = 0;
            float[] x = v.get(f);
            for (int d = 0; d < dims; d++) {
                dot += x[d] * centre[d];
            }
            out.put(f, norm == 0 ? 0 : dot / norm);
        }
        return out;
    }

    /** Every pair of the story's usable figures that passes the hard tests, scored (a development aid). */
    List<Scored> scoredPairs(List<Figure> figures) {
        List<Figure> usable = usable(figures);
        Map<String, Double> weights = weights(usable);
        List<float[]> vectors = org.parallax.internal.Embeddings.embed(usable.stream().map(Figure::clause).toList());
        Map<Figure, float[]> vectorOf = new java.util.IdentityHashMap<>();
        for (int i = 0; i < usable.size(); i++) {
            vectorOf.put(usable.get(i), vectors.get(i));
        }
        Map<Figure, Double> topic = topicality(usable, vectorOf);
        List<Scored> out = new ArrayList<>();
        for (int i = 0; i < usable.size(); i++) {
            for (int j = i + 1; j < usable.size(); j++) {
                Figure a = usable.get(i);
                Figure b = usable.get(j);
                if (couldCompare(a, b)) {
                    out.add(new Scored(a, b, lexical(a, b, weights),
                            org.parallax.internal.Embeddings.cosine(vectors.get(i), vectors.get(j)),
                            features(a, b, weights, vectorOf, topic)));
                }
            }
        }
        return out;
    }

    /** The hard tests of comparability: everything but how alike the neighbourhoods are. */
    private boolean couldCompare(Figure a, Figure b) {
        if (a.document().equals(b.document()) && (a.source() == null || b.source() == null
                || sameSource(a.source(), b.source()) || a.sentence() == b.sentence())) {
            return false;
        }
        if (a.kind() != b.kind() || !Objects.equals(a.unit(), b.unit())) {
            return false;
        }
        if (a.kind() == Figure.Kind.COUNT && a.counted() != null && b.counted() != null
                && !sameWord(a.counted(), b.counted())) {
            return false; // "two women" and "three people" count different groups
        }
        if (a.holder() != null && b.holder() != null && !a.holder().equals(b.holder())) {
            return false;
        }
        if (a.kind() == Figure.Kind.COUNT && fractional(a) != fractional(b)) {
            return false; // "averaged 22.8 points" is a rate; "finished with 20 points" a count
        }
        if (settings.strictHolders() && a.kind() == Figure.Kind.COUNT && (a.holder() == null) != (b.holder() == null)) {
            return false;
        }
        if (!sameTime(a.date(), b.date())) {
            return false;
        }
        if (a.kind() == Figure.Kind.COUNT && (a.counted() == null || b.counted() == null)) {
            return false; // a bare number ("had nine", "IE 7") does not say what it counts
        }
        if (a.place() != null && b.place() != null && !samePlace(a.place(), b.place())) {
            return false;
        }
        double lo = Math.max(Math.min(a.magnitude(), b.magnitude()), 1e-9);
        double hi = Math.max(a.magnitude(), b.magnitude());
        return hi / lo <= settings.maxRatio();
    }

    private static boolean fractional(Figure f) {
        return f.value() != Math.rint(f.value());
    }

    /** Dates that let two figures be of one moment: unknown on a side, equal, or one inside the other. */
    static boolean sameTime(String a, String b) {
        return a == null || b == null || a.equals(b) || a.startsWith(b) || b.startsWith(a);
    }

    private static boolean sameWord(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        return x.equals(y) || x.replace("-", "").equals(y.replace("-", ""));
    }

    private static boolean samePlace(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        // one name inside the other word by word ("Athens" in "central Athens"), never inside a word ("Niger", "Nigeria")
        return x.equals(y) || (" " + x + " ").contains(" " + y + " ") || (" " + y + " ").contains(" " + x + " ")
                || PlaceNames.canonical(Names.key(a)).equals(PlaceNames.canonical(Names.key(b)));
    }

    private static boolean sameSource(String a, String b) {
        return a.equalsIgnoreCase(b) || a.toLowerCase(Locale.ROOT).endsWith(b.toLowerCase(Locale.ROOT))
                || b.toLowerCase(Locale.ROOT).endsWith(a.toLowerCase(Locale.ROOT));
    }

    private static boolean sameSourceOrNone(Figure a, Figure b) {
        return a.source() == null || b.source() == null || sameSource(a.source(), b.source());
    }

    /** Figures whose values can all hold together, in order of value: each joins the first position it agrees with. */
    private static List<List<Figure>> positions(List<Figure> slot) {
        List<Figure> sorted = new ArrayList<>(slot);
        sorted.sort(Comparator.comparingDouble(Figure::low).thenComparingDouble(Figure::high));
        List<List<Figure>> out = new ArrayList<>();
        for (Figure f : sorted) {
            List<Figure> home = null;
            for (List<Figure> p : out) {
                if (p.stream().allMatch(f::overlaps)) {
                    home = p;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                out.add(home);
            }
            home.add(f);
        }
        return out;
    }

    /** Some two positions hold figures of different outlets, or of different sources in one outlet. */
    private static boolean disagree(List<List<Figure>> positions) {
        for (int i = 0; i < positions.size(); i++) {
            for (int j = i + 1; j < positions.size(); j++) {
                for (Figure a : positions.get(i)) {
                    for (Figure b : positions.get(j)) {
                        if (!a.document().equals(b.document()) || !sameSourceOrNone(a, b)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Every position was reported on its own day, and each later one is higher: the figure rose. */
    private static boolean isUpdate(List<List<Figure>> positions, Function<String, String> published) {
        List<String> days = new ArrayList<>();
        for (List<Figure> p : positions) {
            Set<String> d = new LinkedHashSet<>();
            for (Figure f : p) {
                String day = published.apply(f.document());
                if (day == null) {
                    return false;
                }
                d.add(day);
            }
            if (d.size() != 1) {
                return false;
            }
            days.add(d.iterator().next());
        }
        for (int i = 1; i < days.size(); i++) {
            if (days.get(i).compareTo(days.get(i - 1)) <= 0) {
                return false; // positions come in order of value: a later day must hold a higher one
            }
        }
        return true;
    }

    private static Conflict conflict(List<Figure> slot, List<List<Figure>> positions, Function<Figure, String> claimOf) {
        List<Conflict.Position> out = new ArrayList<>();
        List<String> said = new ArrayList<>();
        for (List<Figure> p : positions) {
            out.add(position(p, claimOf));
            said.add(wording(p));
        }
        String explanation = "The figures cannot all be right: " + String.join(" vs ", said)
                + (sourced(positions) ? ", each from its own source." : ".");
        return new Conflict("x", topic(slot), out, explanation);
    }

    private static boolean sourced(List<List<Figure>> positions) {
        return positions.stream().allMatch(p -> p.stream().anyMatch(f -> f.source() != null));
    }

    private static Conflict.Position position(List<Figure> p, Function<Figure, String> claimOf) {
        List<String> documents = p.stream().map(Figure::document).distinct().toList();
        Map<String, Long> claims = new LinkedHashMap<>();
        p.forEach(f -> claims.merge(claimOf.apply(f), 1L, Long::sum));
        String claim = claims.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<String> sources = p.stream().map(Figure::source).filter(Objects::nonNull).distinct().toList();
        return new Conflict.Position(claim, documents, wording(p), sources);
    }

    /** The distinct wordings of a position's figures, at most three: "20,000 people / as many as 20, 000 people". */
    private static String wording(List<Figure> p) {
        Set<String> words = new LinkedHashSet<>();
        for (Figure f : p) {
            if (words.size() < 3) {
                words.add(f.text().strip());
            }
        }
        return String.join(" / ", words);
    }

    /** The thing measured, in plain words: "how many people were injured", "how long the deliberation lasted". */
    static String topic(List<Figure> slot) {
        Figure f = slot.get(0);
        String lemma = mostCommon(slot, Figure::counted);
        String what = lemma == null ? null : java.util.Objects.requireNonNullElse(written(slot, lemma, true), lemma);
        String verbLemma = mostCommon(slot, Figure::predicate);
        // an irregular form ("spent", "had") the stem does not find is left out: the noun says enough
        String verb = verbLemma == null ? null : written(slot, verbLemma, false);
        String place = mostCommon(slot, Figure::place);
        String where = place == null ? "" : " in " + place;
        String about = (what == null ? "" : " " + what) + (verb == null ? "" : " " + verb);
        return switch (f.kind()) {
            case COUNT -> "how many" + about + where;
            case DURATION -> "how long" + about + where;
            case MONEY -> "how much (" + f.unit() + ")" + about + where;
            case PERCENT -> "what share" + about + where;
            case CLOCK -> "at what time on the clock" + about + where;
            case MEASURE -> "how much (" + f.unit() + ")" + about + where;
        };
    }

    /**
     * A lemma as the figures' own words write it: the counted noun from the figure's text ("people" for
     * person, "points"), the verb from its clause ("injured", "marched"), matched by stem; null when no
     * word of theirs has its stem ("took" for take).
     */
    private static String written(List<Figure> slot, String lemma, boolean noun) {
        String stem = FigureReader.stem(lemma.toLowerCase(Locale.ROOT));
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Figure f : slot) {
            String words = noun ? f.text() : f.clause();
            for (String w : words.toLowerCase(Locale.ROOT).split("[^\\p{L}'-]+")) {
                if (!w.isEmpty() && FigureReader.stem(w).equals(stem)) {
                    seen.merge(w, 1, Integer::sum);
                }
            }
        }
        if (noun && seen.isEmpty() && lemma.equals("person")) {
            return "people";
        }
        return seen.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static String mostCommon(List<Figure> slot, Function<Figure, String> key) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Figure f : slot) {
            String k = key.apply(f);
            if (k != null) {
                counts.merge(k, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static Trajectory trajectory(List<Figure> slot, List<List<Figure>> positions, Function<Figure, String> claimOf,
                                         Function<String, String> published) {
        List<Trajectory.Point> points = new ArrayList<>();
        for (List<Figure> p : positions) {
            Figure f = p.get(0);
            points.add(new Trajectory.Point(f.value(), f.qualifier(), f.text(), published.apply(f.document()),
                    p.stream().map(Figure::document).distinct().toList(), claimOf.apply(f)));
        }
        return new Trajectory(topic(slot), points);
    }
}
