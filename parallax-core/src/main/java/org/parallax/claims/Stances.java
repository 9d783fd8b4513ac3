package org.parallax.claims;

import org.parallax.model.Conflict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opposing accounts of who did what: one outlet says an actor agreed to, accepted or acknowledged something,
 * another that the same actor refused, rejected or backtracked on the same kind of thing. Raised only between
 * outlets, for the same actor (a name in common, chained through the accounts) and the same object, and not
 * when the accounts are dated to different days (agreeing on Monday and backtracking on Wednesday can both be
 * true). Thread-safe.
 */
final class Stances {
    private static final Pattern ACCEPT = Pattern.compile("(?i)\\b(agreed to|agreed on|accepted|accepts|accept|"
            + "acknowledged|acknowledges|conceded to|committed to|endorsed|honou?red)\\b");
    private static final Pattern REFUSE = Pattern.compile("(?i)\\b(refused|refuses|refuse|rejected|rejects|reject|"
            + "backtracked on|backtracked from|reneged on|went back on|declined|balked at|walked away from)\\b");
    /** A negation just before an accepting verb turns it into a refusal ("was not fully willing to accept"). */
    private static final Pattern NEGATED = Pattern.compile(
            "(?i)(\\bnot\\b|\\bnever\\b|n['’]t\\b|\\bno longer\\b|\\bunwilling\\b|\\bfailed to\\b)[^.;,]{0,30}$");
    /** Passive voice names the object before the verb and the actor after; the actor window would be wrong. */
    private static final Pattern PASSIVE = Pattern.compile("(?i)\\b(was|were|been|being|be|is|are)\\s+(\\w+ly\\s+)?$");
    /** Where the clause that holds the actor begins. */
    private static final Pattern ACTOR_START = Pattern.compile("(?i)[;:,]|\\bthat\\b|\\bwho\\b|\\bbecause\\b");
    private static final Pattern OBJECT = Pattern.compile("(?i)\\b(demands?|proposals?|requests?|conditions?|terms|"
            + "commitments?|assurances?|offers?|plans?|deals?|agreements?|accords?|ceasefires?|cease-fires?|truces?|"
            + "evidence|responsibility|allegations?|charges?|results?|outcome)\\b");
    /** What the other side asked for, however it is worded. */
    private static final Set<String> ASKS = Set.of("demand", "proposal", "request", "condition", "term",
            "commitment", "assurance", "offer", "plan");
    private static final int OBJECT_WINDOW = 60;

    private Stances() {
    }

    /** One actor's stance on one object in one sentence. */
    private record Stance(String claim, Candidate candidate, boolean accepts, String object, Set<String> actors,
                          String verb) {
    }

    static List<Conflict> find(List<ConflictFinder.Grouped> claims) {
        List<Stance> stances = new ArrayList<>();
        Map<Candidate, String> claimOf = new HashMap<>();
        for (ConflictFinder.Grouped g : claims) {
            for (Candidate c : g.members()) {
                if (claimOf.putIfAbsent(c, g.id()) == null) {
                    stance(g.id(), c, stances);
                }
            }
        }
        Map<String, List<Stance>> byObject = new LinkedHashMap<>();
        stances.forEach(s -> byObject.computeIfAbsent(s.object(), k -> new ArrayList<>()).add(s));
        List<Conflict> out = new ArrayList<>();
        for (var e : byObject.entrySet()) {
            for (List<Stance> cluster : byActor(e.getValue())) {
                conflict(e.getKey(), cluster).ifPresent(out::add);
            }
        }
        return out;
    }

    private static void stance(String claim, Candidate c, List<Stance> out) {
        String text = c.text();
        for (Pattern p : new Pattern[]{ACCEPT, REFUSE}) {
            Matcher m = p.matcher(text);
            if (!m.find()) {
                continue;
            }
            String before = text.substring(0, m.start());
            if (PASSIVE.matcher(before).find() && p == ACCEPT && !NEGATED.matcher(before).find()) {
                continue;
            }
            Matcher o = OBJECT.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + OBJECT_WINDOW)));
            if (!o.find()) {
                continue;
            }
            boolean accepts = p == ACCEPT && !NEGATED.matcher(before).find();
            Set<String> actors = ClaimGrouper.names(actorClause(before));
            if (!actors.isEmpty()) {
                out.add(new Stance(claim, c, accepts, objectClass(o.group(1)), actors, m.group(1)));
                return;
            }
        }
    }

    private static String actorClause(String before) {
        Matcher m = ACTOR_START.matcher(before);
        int from = 0;
        while (m.find()) {
            from = m.end();
        }
        return before.substring(from);
    }

    static String objectClass(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace("cease-fire", "ceasefire");
        String stem = w.equals("terms") ? "term" : w.replaceAll("s$", "");
        if (ASKS.contains(stem)) {
            return "the other side's demands";
        }
        return switch (stem) {
            case "truce", "ceasefire" -> "a ceasefire";
            case "deal", "agreement", "accord" -> "a deal";
            case "allegation", "charge" -> "the allegations";
            default -> stem;
        };
    }

    /** Stances chained by a name in common: "the Afghan Taliban delegation", "the Taliban team", "Kabul". */
    private static List<List<Stance>> byActor(List<Stance> stances) {
        List<List<Stance>> clusters = new ArrayList<>();
        for (Stance s : stances) {
            List<Stance> joined = new ArrayList<>(List.of(s));
            for (var it = clusters.iterator(); it.hasNext(); ) {
                List<Stance> c = it.next();
                if (c.stream().anyMatch(x -> x.actors().stream().anyMatch(s.actors()::contains))) {
                    joined.addAll(c);
                    it.remove();
                }
            }
            clusters.add(joined);
        }
        return clusters;
    }

    private static java.util.Optional<Conflict> conflict(String object, List<Stance> cluster) {
        List<Stance> yes = cluster.stream().filter(Stance::accepts).toList();
        List<Stance> no = cluster.stream().filter(s -> !s.accepts()).toList();
        boolean opposed = yes.stream().anyMatch(a -> no.stream().anyMatch(b ->
                !a.candidate().document().equals(b.candidate().document())
                        && ClaimGrouper.compatibleDays(a.candidate(), b.candidate())
                        && a.actors().stream().anyMatch(b.actors()::contains)));
        if (!opposed) {
            return java.util.Optional.empty();
        }
        String actor = asWritten(mostNamed(cluster), cluster);
        List<Conflict.Position> positions = List.of(position(yes), position(no));
        String explanation = "Outlets give opposing accounts of one act: " + verbs(yes) + " vs " + verbs(no)
                + ". Both cannot describe the same moment; they may rest on different sides' briefings.";
        return java.util.Optional.of(new Conflict("x", "whether " + actor + " accepted " + object, positions,
                explanation));
    }

    private static String mostNamed(List<Stance> cluster) {
        Map<String, Integer> counts = new HashMap<>();
        cluster.forEach(s -> s.actors().forEach(a -> counts.merge(a, 1, Integer::sum)));
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse("the actor");
    }

    /** The folded name as an outlet wrote it. */
    private static String asWritten(String folded, List<Stance> cluster) {
        for (Stance s : cluster) {
            for (String w : s.candidate().text().split("[^\\p{L}]+")) {
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && ClaimGrouper.fold(w).equals(folded)) {
                    return w;
                }
            }
        }
        return folded;
    }

    private static String verbs(List<Stance> stances) {
        return String.join("/", stances.stream().map(s -> (s.accepts() ? "" : "not/") + s.verb())
                .map(v -> v.startsWith("not/") && REFUSE.matcher(v.substring(4)).matches() ? v.substring(4) : v)
                .map(v -> "\"" + v.replace("not/", "not ") + "\"").distinct().toList());
    }

    private static Conflict.Position position(List<Stance> side) {
        List<String> docs = side.stream().map(s -> s.candidate().document()).distinct().toList();
        return new Conflict.Position(side.get(0).claim(), docs, side.get(0).candidate().text());
    }
}
