package org.parallax.entities;

import org.parallax.internal.WordLists;
import org.parallax.model.Article;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.model.Story;
import org.parallax.pipeline.Stage;
import org.parallax.pipeline.StageResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges the mentions of a story's articles into {@link Entity entities}. Evidence, strongest first:
 * <ul>
 * <li>names the text defines as the same (acronyms in parentheses, "alias", "also known as");</li>
 * <li>names equal word by word up to spelling and transliteration ({@link Names#sameName}), initials
 * written with or without points ("U.S." / "US");</li>
 * <li>a person's names with the same surname and first names one person goes by ({@link
 * Names#sameFirstName}: "Paul Erik Lindqvist" / "Paul Lindqvist", "Ben" / "Benjamin", "Karolos" /
 * "Carolos") — never when that first name could be two people's;</li>
 * <li>a company's name with and without the words that only say what kind of company it is
 * ({@code org-designators.txt}: "Bluefern Supply Ltd." / "Bluefern", "Orbital Corp." / "Orbital");
 * a name that is another's without its first word ("Security Response Alliance" / "Orbital Security
 * Response Alliance"); "Ministry of Finance" / "Finance Ministry";</li>
 * <li>acronyms equal to the initials of a name: in one article, or in the story when only one name has
 * them;</li>
 * <li>inside one article, a surname ("Lindqvist", "Van Rompuy") or a first name ("Kwame") standing for
 * the one full name it completes, looked for in its own article first; a bare surname is never merged
 * across articles by itself, so two people sharing a surname stay apart.</li>
 * </ul>
 * Needs {@link MentionStage} to have run. Thread-safe.
 *
 * <p>Cost: m nodes, one per name per article, from one pass over the M mentions. Variants, surnames, company
 * names and places meet only within blocks of one key, O(Σ_b b²) for blocks of b nodes, the pairs already
 * joined skipped and each pair of distinct names compared once; a name n articles repeat is a block of n, and
 * {@link #mergePeople} is cubic in one surname's block. The one-word passes set each of m₁ one-word names
 * against the others: {@link #attachShortForms}, {@link #attachOrphans} and {@link #attachFirstNames}'s
 * surname test only against the names they can join, found by the word compared ({@code WordIndex}: each
 * distinct word of its first letter tested once, then the names under the words that pass) and by article;
 * {@link #surnameEarlier} and the first-name test look at people's full names of the same article, and a
 * first name with no bearer in its own article at every full name of the story, O(m₁·p) for m₁ such names
 * and p full names at worst.
 */
public final class EntityStage implements Stage<Story, Story> {
    private static final int MAX_NAME = 80;
    private static final Set<String> DESIGNATORS = WordLists.set(EntityStage.class, "org-designators.txt");
    /** Abbreviated place names, by their key, to the key of the name ("ga" to "georgia"). */
    /** Venue and street words, to their kind ("field" to "venue"). */
    private static final Map<String, String> PLACE_WORDS = table("place-designators.txt");
    private static final Set<String> PARTICLES = Set.of("of", "for", "the", "and", "de", "du", "des", "la", "le", "del");

    /** One distinct name in one article. */
    private static final class Node {
        final String doc;
        final String key;
        final List<String> words;
        final Map<String, Integer> surfaces = new LinkedHashMap<>();
        final Map<EntityType, Integer> types = new EnumMap<>(EntityType.class);
        final List<String> descriptions = new ArrayList<>();
        int count;
        int order;
        /** Where the name is first written in its article. */
        int first = Integer.MAX_VALUE;
        /** Named after a kinship or person noun ("her husband Eric"): someone described by relation, not a first name. */
        boolean kin;

        Node(String doc, String key, int order) {
            this.doc = doc;
            this.key = key;
            this.words = Names.words(key);
            this.order = order;
        }

        /** {@link #type()} as last worked out; null once {@link #types} changes ({@link #retyped()}). */
        private EntityType type;

        /** To be called after {@link #types} changes. */
        void retyped() {
            type = null;
        }

        /**
         * The type most mentions got; a tie goes to the type declared first (the map iterates in that order), the
         * same every run. Kept until {@link #types} changes: the story's name matching asks it of every pair.
         */
        EntityType type() {
            if (type == null) {
                type = countedType();
            }
            return type;
        }

        private EntityType countedType() {
            EntityType best = null;
            int bestCount = 0;
            for (Map.Entry<EntityType, Integer> e : types.entrySet()) {
                int count = e.getValue();
                // more mentions win; at equal counts a named type beats OTHER; else the earlier type stays
                if (best == null || count > bestCount
                        || count == bestCount && best == EntityType.OTHER && e.getKey() != EntityType.OTHER) {
                    best = e.getKey();
                    bestCount = count;
                }
            }
            return best == null ? EntityType.OTHER : best;
        }

        boolean person() {
            return type() == EntityType.PERSON;
        }

        String surface() {
            return surfaces.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(key);
        }

        /** The name without trailing words that only say what kind of company it is. */
        List<String> core() {
            int end = words.size();
            while (end > 1 && DESIGNATORS.contains(words.get(end - 1))) {
                end--;
            }
            return words.subList(0, end);
        }
    }

    @Override
    public StageResult<Story> apply(Story story) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        List<int[]> links = new ArrayList<>();
        for (Article a : story.articles()) {
            for (Mention m : a.mentions()) {
                node(nodes, a, m.text(), m.start(), m.end(), m.type());
            }
            for (org.parallax.model.Span r : Definitions.recipients(a)) {
                node(nodes, a, r.of(a.original()), r.start(), r.end(), EntityType.ORG);
            }
            for (Definitions.Pair p : Definitions.find(a)) {
                Node x = node(nodes, a, p.name().of(a.original()), p.name().start(), p.name().end(), null);
                Node y = node(nodes, a, p.alias().of(a.original()), p.alias().start(), p.alias().end(), null);
                if (x != null && y != null && x != y) {
                    links.add(new int[]{x.order, y.order});
                }
            }
        }
        List<Node> list = new ArrayList<>(nodes.values());
        if (list.isEmpty()) {
            return StageResult.ok(story.withEntities(List.of()));
        }
        int[] parent = new int[list.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        links.forEach(l -> union(parent, l[0], l[1]));
        mergeVariants(list, parent);
        mergePeople(list, parent);
        mergeOrganisations(list, parent);
        mergePlaces(list, parent);
        mergeUnits(list, parent);
        attachShortForms(list, parent);
        attachFirstNames(list, parent);
        attachOrphans(list, parent);
        return StageResult.ok(story.withEntities(entities(list, parent)));
    }

    /** A two-column table, the second column as a key to the first. */
    private static Map<String, String> table(String resource) {
        Map<String, String> out = new HashMap<>();
        for (String[] cells : WordLists.pairs(EntityStage.class, resource)) {
            out.put(cells[1].strip().toLowerCase(java.util.Locale.ROOT), cells[0].strip());
        }
        return Map.copyOf(out);
    }

    private static Node node(Map<String, Node> nodes, Article a, String text, int start, int end, EntityType type) {
        String written = Names.key(text);
        // "The Vancouver Sun" and "Vancouver Sun" are one name; the surface keeps what the text wrote
        String key = written.startsWith("the ") ? written.substring(4) : written;
        if (key.isEmpty() || text.length() > MAX_NAME || text.indexOf('\n') >= 0 || !hasCapital(text)) {
            return null;
        }
        Node n = nodes.computeIfAbsent(a.id() + "\u0000" + key, k -> new Node(a.id(), key, nodes.size()));
        n.count++;
        n.first = Math.min(n.first, start);
        n.kin |= Descriptions.PERSONS.containsKey(wordBefore(a.original(), start));
        n.surfaces.merge(text, 1, Integer::sum);
        if (type != null) {
            n.types.merge(type, 1, Integer::sum);
            if (type == EntityType.PERSON) {
                Descriptions.around(a.original(), start, end).ifPresent(n.descriptions::add);
            }
        } else if (n.types.isEmpty()) {
            n.types.merge(MentionStage.corrected(a, text, EntityType.ORG), 0, Integer::sum);
        }
        n.retyped();
        return n;
    }

    /** The word right before {@code start}, lower-cased, or "" when punctuation comes between. */
    private static String wordBefore(String text, int start) {
        int e = start;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return text.substring(b, e).toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean hasCapital(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Spelling and transliteration variants, and acronyms matching a name's initials. */
    private static void mergeVariants(List<Node> list, int[] parent) {
        // only names with the same number of words and the same initial letters can match, so compare
        // within those blocks; acronyms meet the names whose initials they are
        Map<String, List<Integer>> blocks = new HashMap<>();
        Map<String, Set<Integer>> expansions = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Node n = list.get(i);
            StringBuilder key = new StringBuilder(n.person() ? "p" : "o");
            n.words.forEach(w -> key.append(w.charAt(0)));
            blocks.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(i);
            if (!n.person() && n.words.size() > 1) {
                String initials = Names.initials(n.surface());
                if (!initials.isEmpty()) {
                    blocks.computeIfAbsent("i" + initials, k -> new ArrayList<>()).add(i);
                    expansions.computeIfAbsent(initials, k -> new TreeSet<>()).add(i);
                }
            }
            if (!n.person() && Names.isAcronym(n.surface())) {
                blocks.computeIfAbsent("i" + acronym(n), k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> block : blocks.values()) {
            mergeBlock(list, block, parent);
        }
        // an acronym whose initials only one name of the story has stands for that name in every article
        for (int i = 0; i < list.size(); i++) {
            Node n = list.get(i);
            if (n.person() || !Names.isAcronym(n.surface())) {
                continue;
            }
            Set<Integer> owners = new TreeSet<>();
            for (int j : expansions.getOrDefault(acronym(n), Set.of())) {
                owners.add(find(parent, j));
            }
            if (owners.size() == 1) {
                union(parent, i, owners.iterator().next());
            }
        }
    }

    private static String acronym(Node n) {
        return n.surface().replaceAll("[^\\p{Lu}]", "");
    }

    /** A name's words and whether it is a person's: what {@link Names#sameName} reads of two names. */
    private record Form(boolean person, List<String> words) {
    }

    /**
     * Every pair of the block that is not one cluster yet (a pair already joined would change nothing);
     * {@link Names#sameName} once per pair of distinct forms (in a story of syndicated copies most names of
     * a block are the same few names), in the order of the pairs as before.
     */
    private static void mergeBlock(List<Node> list, List<Integer> block, int[] parent) {
        Map<Form, Integer> forms = new HashMap<>();
        int[] form = new int[block.size()];
        for (int x = 0; x < block.size(); x++) {
            Node n = list.get(block.get(x));
            form[x] = forms.computeIfAbsent(new Form(n.person(), n.words), f -> forms.size());
        }
        Map<Long, Boolean> sameNames = new HashMap<>();
        for (int x = 0; x < block.size(); x++) {
            int i = block.get(x);
            Node a = list.get(i);
            String acronym = Names.isAcronym(a.surface()) ? acronym(a) : null;
            for (int y = x + 1; y < block.size(); y++) {
                int j = block.get(y);
                Node b = list.get(j);
                if (a.person() != b.person() || find(parent, i) == find(parent, j)) {
                    continue;
                }
                // a bare surname in two articles may be two people: only full names merge across articles
                boolean single = a.words.size() < 2 || b.words.size() < 2;
                if (single && a.person()) {
                    continue;
                }
                long pair = (long) Math.min(form[x], form[y]) << 32 | Math.max(form[x], form[y]);
                if (sameNames.computeIfAbsent(pair, p -> Names.sameName(a.words, b.words, a.person()))) {
                    union(parent, i, j);
                    continue;
                }
                if (!a.person() && a.doc.equals(b.doc)) {
                    // initials alone are weak evidence across articles (AP: Associated Press or American Pie)
                    String other = Names.isAcronym(b.surface()) ? acronym(b) : null;
                    if ((acronym != null && b.words.size() > 1 && acronym.equals(Names.initials(b.surface())))
                            || (other != null && a.words.size() > 1 && other.equals(Names.initials(a.surface())))) {
                        union(parent, i, j);
                    }
                }
            }
        }
    }

    /**
     * Full names of one surname merge when their first names are one person's ("Paul Lindqvist" /
     * "Paul Erik Lindqvist", "Jo Benson" / "Joseph Benson"); a name whose first name fits two others that
     * do not fit each other ("J. Smith" beside John and Jane Smith) stays apart.
     */
    private static void mergePeople(List<Node> list, int[] parent) {
        Map<String, List<Integer>> bySurname = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Node n = list.get(i);
            if (n.person() && n.words.size() >= 2) {
                bySurname.computeIfAbsent(n.words.get(n.words.size() - 1), k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> group : bySurname.values()) {
            for (int x = 0; x < group.size(); x++) {
                Node a = list.get(group.get(x));
                List<Integer> fits = new ArrayList<>();
                for (int y = 0; y < group.size(); y++) {
                    Node b = list.get(group.get(y));
                    if (x != y && Names.sameFirstName(a.words.get(0), b.words.get(0))) {
                        fits.add(group.get(y));
                    }
                }
                boolean ambiguous = false;
                for (int p = 0; p < fits.size() && !ambiguous; p++) {
                    for (int q = p + 1; q < fits.size(); q++) {
                        if (!Names.sameFirstName(list.get(fits.get(p)).words.get(0), list.get(fits.get(q)).words.get(0))) {
                            ambiguous = true;
                            break;
                        }
                    }
                }
                if (!ambiguous) {
                    int self = group.get(x);
                    fits.forEach(j -> union(parent, self, j));
                }
            }
        }
    }

    /**
     * A company's name with and without its designators ("Bluefern Supply Ltd." / "Bluefern"), a
     * name and the same name after its first word ("Orbital Security Response Alliance" / "Security
     * Response Alliance"), and "Ministry of Finance" / "Finance Ministry". Across the story, when the
     * shorter form has one owner.
     */
    private static void mergeOrganisations(List<Node> list, int[] parent) {
        Map<String, List<Integer>> byCore = new HashMap<>();
        Map<String, List<Integer>> byTail = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Node n = list.get(i);
            if (n.person()) {
                continue;
            }
            if (n.type() != EntityType.PLACE) {
                byCore.computeIfAbsent(String.join(" ", n.core()), k -> new ArrayList<>()).add(i);
            }
            List<String> w = n.words;
            for (int from = 1; from + 2 <= w.size(); from++) {
                // "Tar Heels" ends "North Carolina Tar Heels"; "Unknown Soldier" is no name of "Tomb of the Unknown Soldier"
                if (PARTICLES.contains(w.get(from - 1)) || PARTICLES.contains(w.get(from))) {
                    break;
                }
                byTail.computeIfAbsent(String.join(" ", w.subList(from, w.size())), k -> new ArrayList<>()).add(i);
            }
            int of = w.indexOf("of");
            if (of == 1 && w.size() >= 3) {
                // "Ministry of Finance" is read as "Finance Ministry"
                List<String> turned = new ArrayList<>(w.subList(2, w.size()));
                turned.add(w.get(0));
                byCore.computeIfAbsent(String.join(" ", turned), k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> same : byCore.values()) {
            for (int k = 1; k < same.size(); k++) {
                union(parent, same.get(0), same.get(k));
            }
        }
        for (int i = 0; i < list.size(); i++) {
            Node n = list.get(i);
            if (n.person() || n.words.size() < 2) {
                continue;
            }
            Set<Integer> owners = new TreeSet<>();
            for (int j : byTail.getOrDefault(n.key, List.of())) {
                owners.add(find(parent, j));
            }
            if (owners.size() == 1) {
                union(parent, i, owners.iterator().next());
            }
        }
    }

    /**
     * Places written two ways: an abbreviation or another name and the name ({@link PlaceNames}: "Ga." /
     * Georgia, "Salonika" / Thessaloniki), and a venue or street with and without its kind ("Fetzer Field" / "Fetzer", "Stadiou
     * Street" / "Stadiou Avenue").
     */
    private static void mergePlaces(List<Node> list, int[] parent) {
        Map<String, List<Integer>> byKey = new HashMap<>();
        Map<String, List<Integer>> byVenue = new HashMap<>();
        Map<String, List<Integer>> byStreet = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Node n = list.get(i);
            if (n.type() != EntityType.PLACE) {
                continue;
            }
            byKey.computeIfAbsent(n.key, k -> new ArrayList<>()).add(i);
            String last = n.words.get(n.words.size() - 1);
            String rest = String.join(" ", n.words.subList(0, n.words.size() - 1));
            if (n.words.size() >= 2 && "venue".equals(PLACE_WORDS.get(last))) {
                byVenue.computeIfAbsent(rest, k -> new ArrayList<>()).add(i);
            }
            if (n.words.size() >= 2 && "street".equals(PLACE_WORDS.get(last))) {
                byStreet.computeIfAbsent(rest, k -> new ArrayList<>()).add(i);
            }
        }
        for (Map.Entry<String, String> e : PlaceNames.table().entrySet()) {
            List<Integer> shortForms = byKey.getOrDefault(e.getKey(), List.of());
            List<Integer> names = byKey.getOrDefault(e.getValue(), List.of());
            if (!shortForms.isEmpty() && !names.isEmpty()) {
                shortForms.forEach(i -> union(parent, i, names.get(0)));
            }
        }
        byVenue.forEach((rest, venues) -> {
            venues.forEach(i -> union(parent, i, venues.get(0)));
            byKey.getOrDefault(rest, List.of()).forEach(i -> union(parent, i, venues.get(0)));
        });
        byStreet.values().forEach(streets -> streets.forEach(i -> union(parent, i, streets.get(0))));
    }

    /**
     * A company's longer name beside its bare name, when the longer one ends in a designator ("Tallgrass
     * Hemp Company", "Norvale Research Labs", "Kessler Union Bank" beside Bluefern, Norvale, Kessler): the
     * company's unit or full style. Only when the bare name is an organisation's and has one owner.
     */
    private static void mergeUnits(List<Node> list, int[] parent) {
        Map<String, Set<Integer>> bare = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Node n = list.get(i);
            if (n.type() == EntityType.ORG && n.core().size() == 1) {
                bare.computeIfAbsent(n.core().get(0), k -> new TreeSet<>()).add(find(parent, i));
            }
        }
        for (int i = 0; i < list.size(); i++) {
            Node n = list.get(i);
            if (n.person() || n.type() == EntityType.PLACE || n.words.size() < 3
                    || !DESIGNATORS.contains(n.words.get(n.words.size() - 1))) {
                continue;
            }
            Set<Integer> owners = new TreeSet<>();
            for (int root : bare.getOrDefault(n.words.get(0), Set.of())) {
                owners.add(find(parent, root));
            }
            if (owners.size() == 1) {
                union(parent, i, owners.iterator().next());
            }
        }
    }

    /**
     * A short name joins the one cluster of longer names it ends: a person's surname ("Lindqvist", "Van
     * Rompuy", "Strauss-Kahn"), a body's last word ("Taliban" in "Afghan Taliban"), or a company's first
     * word when the rest only says what kind of company it is (covered by {@link #mergeOrganisations}).
     * Looked for first in its own article, then across the story; when two clusters could own it, it
     * stays apart.
     */
    private static void attachShortForms(List<Node> list, int[] parent) {
        // a name can only end in the short form if its last word is the same word (Names.sameWord), which
        // starts with the same letter: each distinct last word of that letter is tested once
        WordIndex lastWords = lastWords(list);
        // only one-word names are retyped below, so the people's full names stay what they are now
        Map<String, List<Integer>> peopleByDoc = peopleByDoc(list);
        for (int i = 0; i < list.size(); i++) {
            Node a = list.get(i);
            int k = a.words.size();
            // a lone word its article first wrote as a person's surname is that person, whatever a
            // gazetteer makes of the word ("Ford" the carmaker, "Jordan" the country)
            boolean surname = k == 1 && !a.person() && !Names.isAcronym(a.surface()) && surnameEarlier(list, peopleByDoc, a);
            boolean person = a.person() || surname;
            if (Names.isAcronym(a.surface()) || k > 2 || k == 2 && !person) {
                continue;
            }
            Set<Integer> same = new TreeSet<>();
            Set<Integer> any = new TreeSet<>();
            int root = find(parent, i);
            List<Integer> candidates;
            if (k == 0) {
                candidates = java.util.stream.IntStream.range(0, list.size()).boxed().toList();
            } else if (person) {
                candidates = lastWords.sameWord(a.words.get(k - 1));
            } else {
                candidates = lastWords.exactly(a.words.get(k - 1)); // k is 1: the same word ends the name
            }
            for (int j : candidates) {
                Node b = list.get(j);
                if (j == i || b.words.size() <= k || person != b.person() || find(parent, j) == root) {
                    continue;
                }
                boolean fits;
                if (person) {
                    fits = true;
                    for (int w = 0; w < k; w++) {
                        fits &= Names.sameWord(a.words.get(w), b.words.get(b.words.size() - k + w));
                    }
                    // "Van Rompuy" is Herman Van Rompuy's surname; "Paul Lindqvist" is no surname of Paul Erik Lindqvist
                    fits &= k == 1 || b.words.size() - k >= 1;
                } else {
                    // "Afghan Taliban" ends in "Taliban"; the compound "Islamabad-Kabul" does not stand for "Kabul"
                    fits = a.words.get(0).equals(b.words.get(b.words.size() - 1)) && b.words.size() == 2
                            && b.surface().contains(" ");
                }
                if (fits) {
                    (b.doc.equals(a.doc) ? same : any).add(find(parent, j));
                }
            }
            Set<Integer> owners = same.isEmpty() ? any : same;
            if (!person) {
                // a bare organisation word merges across articles, so its owner must be unique story-wide
                owners = new TreeSet<>(same);
                owners.addAll(any);
            }
            if (k == 2 && same.isEmpty()) {
                continue; // a two-word surname only by its own article ("Hale Brennan" may be a full name elsewhere)
            }
            if (surname) {
                owners = same;
            }
            if (owners.size() == 1) {
                union(parent, i, owners.iterator().next());
                if (surname) {
                    a.types.clear();
                    a.types.put(EntityType.PERSON, a.count);
                    a.retyped();
                }
            }
        }
    }

    /** A word's first letter, the key under which {@link Names#sameWord} can hold ({@code 0} for an empty word). */
    private static char initial(String word) {
        return word.isEmpty() ? 0 : word.charAt(0);
    }

    /** The names of two words or more by their last word. */
    private static WordIndex lastWords(List<Node> list) {
        WordIndex out = new WordIndex();
        for (int j = 0; j < list.size(); j++) {
            List<String> words = list.get(j).words;
            if (words.size() >= 2) {
                out.add(words.get(words.size() - 1), j);
            }
        }
        return out;
    }

    /**
     * Names by one of their words, and those words by first letter. {@link Names#sameWord} holds only between
     * words of one first letter, so a word is tested once against each distinct word of its letter, not
     * against each name: in a story of syndicated copies most names share their words.
     */
    private static final class WordIndex {
        private final Map<String, List<Integer>> byWord = new HashMap<>();
        private final Map<Character, List<String>> byInitial = new HashMap<>();

        void add(String word, int name) {
            byWord.computeIfAbsent(word, w -> {
                byInitial.computeIfAbsent(initial(w), c -> new ArrayList<>()).add(w);
                return new ArrayList<>();
            }).add(name);
        }

        /** The names under this very word. */
        List<Integer> exactly(String word) {
            return byWord.getOrDefault(word, List.of());
        }

        /** The names under a word {@link Names#sameWord} takes for this one. */
        List<Integer> sameWord(String word) {
            List<Integer> out = new ArrayList<>();
            for (String w : byInitial.getOrDefault(initial(word), List.of())) {
                if (Names.sameWord(word, w)) {
                    out.addAll(byWord.get(w));
                }
            }
            return out;
        }
    }

    /** People's names of two words or more, by article. */
    private static Map<String, List<Integer>> peopleByDoc(List<Node> list) {
        Map<String, List<Integer>> out = new HashMap<>();
        for (int j = 0; j < list.size(); j++) {
            Node b = list.get(j);
            if (b.person() && b.words.size() >= 2) {
                out.computeIfAbsent(b.doc, d -> new ArrayList<>()).add(j);
            }
        }
        return out;
    }

    /**
     * A full person's name of {@code a}'s own article, written before {@code a}, ends in {@code a}'s one word;
     * {@code peopleByDoc} ({@link #peopleByDoc}) holds the full names to look at.
     */
    private static boolean surnameEarlier(List<Node> list, Map<String, List<Integer>> peopleByDoc, Node a) {
        for (int j : peopleByDoc.getOrDefault(a.doc, List.of())) {
            Node b = list.get(j);
            if (b.first < a.first && Names.sameWord(a.words.get(0), b.words.get(b.words.size() - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A bare first name ("Tyler", "Ben") joins the one full name of its own article it starts, unless it
     * is also the surname of someone there.
     */
    private static void attachFirstNames(List<Node> list, int[] parent) {
        // people's full names by article and all of them; full names by last word (a word is someone's surname
        // when Names.sameWord takes it for a person's last word)
        Map<String, List<Integer>> fullByDoc = peopleByDoc(list);
        List<Integer> full = fullByDoc.values().stream().flatMap(List::stream).toList();
        WordIndex lastWords = lastWords(list);
        for (int i = 0; i < list.size(); i++) {
            Node a = list.get(i);
            if (!a.person() || a.words.size() != 1 || a.kin || find(parent, i) != i) {
                continue;
            }
            String w = a.words.get(0);
            boolean surname = lastWords.sameWord(w).stream().anyMatch(j -> list.get(j).person());
            if (surname) {
                continue; // also someone's surname there: not taken for a first name
            }
            // its own article's one bearer of that first name; else, for a known first name, the story's one
            // (the bearers story-wide are those of the other articles, its own having none)
            Set<Integer> owners = bearers(list, parent, w, fullByDoc.getOrDefault(a.doc, List.of()));
            if (owners.isEmpty() && FirstNames.gender(w) != 0) {
                owners = bearers(list, parent, w, full);
            }
            if (owners.size() == 1) {
                union(parent, i, owners.iterator().next());
            }
        }
    }

    /** The clusters of those full names ({@code candidates}) whose first name is {@code w}, or a longer form of it. */
    private static Set<Integer> bearers(List<Node> list, int[] parent, String w, List<Integer> candidates) {
        Set<Integer> out = new TreeSet<>();
        if (w.length() < 2) {
            return out;
        }
        for (int j : candidates) {
            String first = list.get(j).words.get(0);
            if (Names.sameFirstName(w, first) && first.length() >= w.length()) {
                out.add(find(parent, j));
            }
        }
        return out;
    }

    /**
     * A one-word name left alone, whatever the tagger called it ("Springvale" as a person, "Kessler" as a
     * place), joins the one cluster that writes that word the same way as a whole name or a company's core.
     * Names tagged as places stay apart: "Jordan" the country is no Eddie Jordan.
     */
    private static void attachOrphans(List<Node> list, int[] parent) {
        // a cluster is alone when all its names are one and the same word
        Map<Integer, String> alone = new HashMap<>();
        Map<Integer, Integer> sizes = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Node n = list.get(i);
            int root = find(parent, i);
            sizes.merge(root, 1, Integer::sum);
            String word = n.words.size() == 1 ? n.key : "";
            alone.merge(root, word, (x, y) -> x.equals(y) ? x : "");
        }
        // the names a word can join, indexed as the tests below read them (types do not change here): full
        // names by their last word, people's full names by article, companies' one-word cores (a name outside
        // these the tests below would turn down)
        WordIndex lastWords = lastWords(list);
        Map<String, List<Integer>> peopleByDoc = peopleByDoc(list);
        WordIndex cores = new WordIndex();
        for (int j = 0; j < list.size(); j++) {
            Node b = list.get(j);
            if (!b.person() && b.core().size() == 1) {
                cores.add(b.core().get(0), j);
            }
        }
        for (int i = 0; i < list.size(); i++) {
            Node a = list.get(i);
            if (a.words.size() != 1 || alone.get(find(parent, i)).isEmpty() || a.type() == EntityType.PLACE
                    || Names.isAcronym(a.surface())) {
                continue;
            }
            Set<Integer> owners = new TreeSet<>();
            Set<Integer> people = new TreeSet<>();
            Set<Integer> ownPeople = new TreeSet<>();
            Set<Integer> firstNamed = new TreeSet<>();
            String w = a.words.get(0);
            // a person completes it by a last word it is (Names.sameWord), one of its article by a first name;
            // a company by a one-word core it is
            Set<Integer> candidates = new TreeSet<>(lastWords.sameWord(w));
            candidates.addAll(peopleByDoc.getOrDefault(a.doc, List.of()));
            if (w.length() >= 5) {
                candidates.addAll(cores.sameWord(w));
            }
            int root = find(parent, i);
            for (int j : candidates) {
                Node b = list.get(j);
                if (find(parent, j) == root || sizes.get(find(parent, j)) < 2 && b.words.size() < 2) {
                    continue;
                }
                if (b.person()) {
                    // "Dunning said" with the name left unlabelled: the surname of the one person it completes
                    if (b.words.size() >= 2 && Names.sameWord(w, b.words.get(b.words.size() - 1))) {
                        (b.doc.equals(a.doc) ? ownPeople : people).add(find(parent, j));
                    } else if (b.words.size() >= 2 && b.doc.equals(a.doc) && Names.sameFirstName(w, b.words.get(0))
                            && w.length() >= 2) {
                        firstNamed.add(find(parent, j)); // "Ron just wasn't seeing any progress": Ron Paley's first name
                    }
                    continue;
                }
                List<String> core = b.core();
                if (core.size() == 1 && Names.sameWord(w, core.get(0)) && w.length() >= 5) {
                    owners.add(find(parent, j));
                }
            }
            if (owners.isEmpty() && a.type() == EntityType.OTHER) {
                owners = !ownPeople.isEmpty() ? ownPeople : !people.isEmpty() ? people : firstNamed;
            }
            if (owners.size() == 1) {
                union(parent, i, owners.iterator().next());
            }
        }
    }

    private static List<Entity> entities(List<Node> list, int[] parent) {
        Map<Integer, List<Node>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            clusters.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(list.get(i));
        }
        List<List<Node>> ordered = new ArrayList<>(clusters.values());
        ordered.sort(Comparator.comparingInt((List<Node> c) -> -c.stream().mapToInt(n -> n.count).sum())
                .thenComparingInt(c -> c.get(0).order));
        List<Entity> out = new ArrayList<>();
        for (List<Node> cluster : ordered) {
            out.add(entity("e" + (out.size() + 1), cluster));
        }
        return out;
    }

    private static Entity entity(String id, List<Node> cluster) {
        Map<String, Integer> byKey = new HashMap<>();
        Map<String, String> surfaceOf = new LinkedHashMap<>();
        Map<EntityType, Integer> types = new EnumMap<>(EntityType.class);
        Map<String, Integer> descriptions = new HashMap<>();
        Set<String> docs = new TreeSet<>();
        for (Node n : cluster) {
            byKey.merge(n.key, n.count, Integer::sum);
            surfaceOf.putIfAbsent(n.key, n.surface());
            n.types.forEach((t, c) -> types.merge(t, c, Integer::sum));
            n.descriptions.forEach(d -> descriptions.merge(d, 1, Integer::sum));
            docs.add(n.doc);
        }
        // the canonical name: a full (several-word) name before a short one, then the most used, then the longest
        boolean person = cluster.stream().anyMatch(Node::person);
        String key = byKey.keySet().stream().max(Comparator.comparingInt((String k) -> (person || Names.isAcronym(
                        surfaceOf.get(k))) && k.contains(" ") && !Names.isAcronym(surfaceOf.get(k)) ? 1 : 0)
                .thenComparingInt((String k) -> Names.isAcronym(surfaceOf.get(k)) ? 0 : 1)
                .thenComparingInt(byKey::get)
                // a person's longest name is the fullest; a longer organisation name is more often a tagging slip
                .thenComparingInt(k -> person ? k.length() : -k.length())).orElseThrow();
        String name = surfaceOf.get(key);
        Set<String> aliases = new LinkedHashSet<>();
        surfaceOf.forEach((k, s) -> {
            if (!k.equals(key)) {
                aliases.add(s);
            }
        });
        for (Node n : cluster) {
            n.surfaces.keySet().stream().filter(s -> !s.equals(name)).forEach(aliases::add);
        }
        // OTHER is the tagger's "a name, kind unknown": any mention typed person, organisation or place decides
        EntityType type = types.entrySet().stream().filter(e -> e.getKey() != EntityType.OTHER)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(EntityType.OTHER);
        String description = descriptions.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(e -> e.getKey().length())).map(Map.Entry::getKey).orElse(null);
        return new Entity(id, name, type, description, List.copyOf(aliases), List.copyOf(docs));
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int x = find(parent, a);
        int y = find(parent, b);
        if (x != y) {
            parent[Math.max(x, y)] = Math.min(x, y);
        }
    }
}
