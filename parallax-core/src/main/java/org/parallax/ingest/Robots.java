package org.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt for one crawler (RFC 9309): the group naming the crawler's token, else the
 * {@code *} group; the longest matching {@code Allow}/{@code Disallow} path wins, {@code Allow} on a tie;
 * {@code *} matches any run of characters and a final {@code $} the end of the path. Immutable.
 */
final class Robots {
    static final Robots ALLOW_ALL = new Robots(List.of(), "");
    static final Robots DISALLOW_ALL = new Robots(List.of(new Rule(false, "/")), "");

    private record Rule(boolean allow, String pattern) {
    }

    private final List<Rule> rules;
    private final String why;

    private Robots(List<Rule> rules, String why) {
        this.rules = List.copyOf(rules);
        this.why = why;
    }

    Robots because(String reason) {
        return new Robots(rules, reason);
    }

    /** Why fetching is refused, beyond the rules themselves (an unreachable file), or "". */
    String why() {
        return why;
    }

    /** One group: the user agents it names and the rules that follow them. */
    private record Group(List<String> agents, List<Rule> rules) {
    }

    static Robots parse(String text, String token) {
        List<Group> groups = new ArrayList<>();
        Group current = null;
        boolean inRules = false;
        for (String raw : text.split("\r\n|\r|\n")) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (current == null || inRules) {
                    current = new Group(new ArrayList<>(), new ArrayList<>());
                    groups.add(current);
                    inRules = false;
                }
                current.agents.add(value.toLowerCase(Locale.ROOT));
            } else if ((key.equals("allow") || key.equals("disallow")) && current != null) {
                inRules = true;
                if (!value.isEmpty()) {
                    current.rules.add(new Rule(key.equals("allow"), value));
                }
            }
        }
        // every group naming this crawler, combined; else every * group (RFC 9309, 2.2.1)
        List<Rule> mine = new ArrayList<>();
        List<Rule> star = new ArrayList<>();
        boolean named = false;
        for (Group g : groups) {
            if (g.agents.stream().anyMatch(a -> !a.equals("*") && !a.isEmpty() && token.startsWith(a))) {
                named = true;
                mine.addAll(g.rules);
            } else if (g.agents.contains("*")) {
                star.addAll(g.rules);
            }
        }
        return new Robots(named ? mine : star, "");
    }

    boolean allows(String pathAndQuery) {
        Rule best = null;
        for (Rule r : rules) {
            if (matches(r.pattern, pathAndQuery)
                    && (best == null || r.pattern.length() > best.pattern.length()
                    || (r.pattern.length() == best.pattern.length() && r.allow))) {
                best = r;
            }
        }
        return best == null || best.allow;
    }

    /** A robots.txt path pattern against a path: prefix match, {@code *} any run, final {@code $} the end. */
    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern + "*";
        // glob matching with one backtrack point (the last star): linear in practice, never exponential
        int i = 0;
        int j = 0;
        int star = -1;
        int mark = 0;
        while (j < path.length()) {
            if (i < p.length() && p.charAt(i) != '*' && p.charAt(i) == path.charAt(j)) {
                i++;
                j++;
            } else if (i < p.length() && p.charAt(i) == '*') {
                star = i++;
                mark = j;
            } else if (star >= 0) {
                i = star + 1;
                j = ++mark;
            } else {
                return false;
            }
        }
        while (i < p.length() && p.charAt(i) == '*') {
            i++;
        }
        return i == p.length();
    }
}
