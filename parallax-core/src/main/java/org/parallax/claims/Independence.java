package org.parallax.claims;

import org.parallax.cluster.dedup.CopyFinder;
import org.parallax.model.Article;
import org.parallax.model.Copy;
import org.parallax.model.Sourcing;
import org.parallax.text.Shingles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out which documents of a claim are independent. Copies count once: articles that are copies
 * in the sense of {@link CopyFinder} (one wire story run by several outlets), sentences that share a run of words (one press
 * statement quoted by several), and sentences that credit the same origin ("according to Reuters",
 * "told the Associated Press"). Thread-safe.
 */
final class Independence {
    /** Words a shared run must have for two sentences to be copies of one text. */
    private static final int SENTENCE_RUN = 8;
    /** Ordinary (lower-case, not title glue) words a shared run needs to count as copied wording. */
    private static final int MIN_PLAIN_WORDS = 5;
    /** Small words inside names and titles ("Minister for Information and Broadcasting"). */
    private static final java.util.Set<String> TITLE_GLUE = java.util.Set.of("for", "and", "of", "the", "on", "in", "de");
    private static final Pattern CITED = Pattern.compile(
            "\\b(?:according to|told|reported by|said to|citing)\\s+(?:the\\s+)?((?:[A-Z][\\w.&'’-]*\\s?){1,4})");
    private static final Pattern REPORTED = Pattern.compile(
            "((?:[A-Z][\\w.&'’-]*\\s?){1,4})\\s+(?:reported|news agency reported)\\b");

    private final Map<String, String> articleFamily;
    private final Map<String, Article> byId = new HashMap<>();

    /** Families of whole articles, from the copies {@link CopyFinder} finds among them. */
    Independence(List<Article> articles) {
        this(articles, new CopyFinder().find(articles));
    }

    /**
     * Families of whole articles from copies already found (a story's provenance): an article and the
     * articles it copies, or that copy it, count as one origin.
     */
    Independence(List<Article> articles, List<Copy> copies) {
        Map<String, String> parent = new HashMap<>();
        for (Article a : articles) {
            parent.put(a.id(), a.id());
            byId.put(a.id(), a);
        }
        for (Copy c : copies) {
            if (parent.containsKey(c.document()) && parent.containsKey(c.source())) {
                union(parent, c.document(), c.source());
            }
        }
        articleFamily = parent;
    }

    /** The chain of sourcing of one claim: each independent origin with its documents. */
    List<Sourcing> chain(List<Candidate> members) {
        Map<String, String> parent = new HashMap<>();
        for (Candidate c : members) {
            parent.putIfAbsent(c.document(), find(articleFamily, c.document()));
            parent.putIfAbsent(find(articleFamily, c.document()), find(articleFamily, c.document()));
        }
        Map<String, String> cited = new HashMap<>();
        List<Shingles> shingles = members.stream().map(c -> Shingles.of(c.text(), SENTENCE_RUN)).toList();
        for (int i = 0; i < members.size(); i++) {
            String origin = citedOrigin(members.get(i).text());
            if (origin != null) {
                cited.put(members.get(i).document(), origin);
            }
            for (int j = i + 1; j < members.size(); j++) {
                String a = members.get(i).document();
                String b = members.get(j).document();
                String text = members.get(i).text();
                boolean copy = shingles.get(i).sharedWith(shingles.get(j), 1).stream()
                        .anyMatch(span -> isCopiedWording(text.substring(span.start(), span.end())));
                String oa = citedOrigin(members.get(i).text());
                boolean sameOrigin = oa != null && oa.equalsIgnoreCase(citedOrigin(members.get(j).text()));
                if (copy || sameOrigin) {
                    union(parent, a, b);
                }
            }
        }
        Map<String, List<String>> byRoot = new LinkedHashMap<>();
        Map<String, String> how = new HashMap<>();
        for (Candidate c : members) {
            String root = find(parent, c.document());
            List<String> docs = byRoot.computeIfAbsent(root, k -> new ArrayList<>());
            if (!docs.contains(c.document())) {
                docs.add(c.document());
            }
            if (cited.containsKey(c.document())) {
                how.put(root, cited.get(c.document()));
            }
        }
        List<Sourcing> out = new ArrayList<>();
        for (var e : byRoot.entrySet()) {
            List<String> docs = e.getValue();
            String origin = how.get(e.getKey());
            if (origin != null) {
                out.add(new Sourcing(origin, "credited in the text (" + origin + ")", docs));
            } else if (docs.size() > 1) {
                out.add(new Sourcing("one shared text", "copied passage or one statement quoted by several", docs));
            } else {
                Article a = byId.get(docs.get(0));
                String credit = a.credits().isEmpty() ? null : a.credits().get(0);
                out.add(new Sourcing(credit != null ? credit : a.displayName(),
                        credit != null ? "article credit" : "own reporting", docs));
            }
        }
        return out;
    }

    /**
     * A shared run is copied wording only when most of it is ordinary words: a run of names and titles
     * ("Minister for Information and Broadcasting, X, said") is how every outlet names the same person, not
     * a sign that one outlet copied another.
     */
    static boolean isCopiedWording(String run) {
        int plain = 0;
        int named = 0;
        for (String w : run.split("[^\\p{L}\\p{N}'’-]+")) {
            if (w.isEmpty() || TITLE_GLUE.contains(w)) {
                continue;
            }
            if (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))) {
                named++;
            } else {
                plain++;
            }
        }
        return plain >= MIN_PLAIN_WORDS && plain > named;
    }

    static String citedOrigin(String sentence) {
        for (Pattern p : new Pattern[]{CITED, REPORTED}) {
            Matcher m = p.matcher(sentence);
            if (m.find()) {
                String name = m.group(1).strip().replaceAll("[.,;:]+$", "").replaceAll("['’]s$", "");
                if (!name.isEmpty() && !name.toLowerCase(Locale.ROOT).matches("(he|she|they|it|the|a)")) {
                    return name;
                }
            }
        }
        return null;
    }

    private static String find(Map<String, String> parent, String x) {
        String p = parent.getOrDefault(x, x);
        while (!p.equals(parent.getOrDefault(p, p))) {
            p = parent.getOrDefault(p, p);
        }
        return p;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }
}
