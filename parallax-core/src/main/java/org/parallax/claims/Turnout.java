package org.parallax.claims;

import org.parallax.model.Conflict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Conflicts over how many people took part: strikers, protesters, the evacuated. Each side of a dispute
 * tends to give its own head count ("the union says 4,000 workers walked out"; "the authority said about
 * 1,500 were absent"), often in the same article; when the counts of one group cannot both be true, that
 * is a conflict between the sources that gave them. Pure and thread-safe.
 */
final class Turnout {
    /** Predicates that make a count of people a count of who took part. */
    private static final Pattern TAKING_PART = Pattern.compile("(?i)\\b(on strike|strike|striking|struck|walked out|"
            + "walkout|walk-out|stayed away|absent|off work|protest\\w*|demonstrat\\w*|march\\w*|rall(?:y|ied|ies)|"
            + "gathered|took part|taking part|turned out|turnout|joined|evacuated|displaced|stranded|fled)\\b");
    /** Who gives the figure: "The union says", "the Port Authority said", "according to police". */
    private static final Pattern SOURCE = Pattern.compile(
            "((?:[Tt]he\\s+)?(?:[\\p{L}'’.-]+\\s+){0,4}?[\\p{L}'’.-]+)\\s+(?:said|says|say|told|estimated|estimates|"
                    + "claimed|claims|counted|reported)\\b|(?i:according to) ((?:the\\s+)?[\\p{L}'’.-]+(?:\\s+[A-Z][\\p{L}'’.-]*){0,4})");
    private static final Pattern THE = Pattern.compile("(?i)\\bthe\\b");
    private static final List<String> NOT_SOURCES = List.of("it", "he", "she", "they", "which", "who", "that");

    private Turnout() {
    }

    static List<Conflict> find(List<ConflictFinder.Grouped> claims) {
        Map<String, List<Count>> byGroup = new LinkedHashMap<>();
        for (ConflictFinder.Grouped g : claims) {
            for (Candidate c : g.members()) {
                if (!TAKING_PART.matcher(c.text()).find()) {
                    continue;
                }
                for (Quantities.Found f : c.quantities()) {
                    if (f.kind() == Quantities.Kind.COUNT && f.harm() == null && countsPeople(f.unit())) {
                        byGroup.computeIfAbsent(head(f.unit()), k -> new ArrayList<>())
                                .add(new Count(new ConflictFinder.Figure(g.id(), c, f), source(c.text())));
                    }
                }
            }
        }
        List<Conflict> out = new ArrayList<>();
        for (var group : byGroup.entrySet()) {
            conflict(group.getKey(), group.getValue()).ifPresent(out::add);
        }
        return out;
    }

    /** One head count with who gave it (null when the sentence does not say). */
    private record Count(ConflictFinder.Figure figure, String source) {
        String document() {
            return figure.candidate().document();
        }

        /** The side that gives it: its named source, else its article. */
        String side() {
            return source != null ? source.toLowerCase(Locale.ROOT) : "doc:" + document();
        }
    }

    private static java.util.Optional<Conflict> conflict(String group, List<Count> counts) {
        boolean disagree = false;
        for (int i = 0; i < counts.size(); i++) {
            for (int j = i + 1; j < counts.size(); j++) {
                Count a = counts.get(i);
                Count b = counts.get(j);
                boolean apart = !a.document().equals(b.document()) || a.source() != null && b.source() != null
                        && !a.side().equals(b.side());
                if (apart && !ConflictFinder.differentDays(a.figure(), b.figure())
                        && !ConflictFinder.update(a.figure(), b.figure()) && farApart(a, b)) {
                    disagree = true;
                }
            }
        }
        if (!disagree) {
            return java.util.Optional.empty();
        }
        Map<String, List<Count>> byValue = new LinkedHashMap<>();
        for (Count c : counts) {
            byValue.computeIfAbsent(c.figure().found().text().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(c);
        }
        List<Conflict.Position> positions = new ArrayList<>();
        List<String> said = new ArrayList<>();
        for (List<Count> same : byValue.values()) {
            List<String> docs = same.stream().map(Count::document).distinct().toList();
            Count first = same.get(0);
            String who = same.stream().map(Count::source).filter(s -> s != null).findFirst().orElse(null);
            String phrase = ConflictFinder.phrase(first.figure().found());
            positions.add(new Conflict.Position(first.figure().claim(), docs, who == null ? phrase : phrase + " (" + who + ")"));
            said.add(who == null ? phrase : who + ": " + phrase);
        }
        return java.util.Optional.of(new Conflict("x", "how many " + group + " took part", positions,
                "Sources give counts of " + group + " that cannot both be exact (" + String.join("; ", said)
                        + "). Head counts often come from the sides of a dispute, each counting its own way."));
    }

    /**
     * Head counts are estimates: two conflict only when their ranges do not meet and one is at least
     * {@link #FACTOR} times the other ("nearly 100" and "about 130" people at a vigil are one crowd).
     */
    private static boolean farApart(Count a, Count b) {
        double[] ra = ConflictFinder.range(a.figure().found());
        double[] rb = ConflictFinder.range(b.figure().found());
        double low = Math.min(ra[1], rb[1]);
        double high = Math.max(ra[0], rb[0]);
        return high > low && high >= FACTOR * low;
    }

    static final double FACTOR = 1.5;

    /** A plural noun of people: "workers", "protesters", "people", "staff". */
    private static boolean countsPeople(String unit) {
        String h = head(unit);
        return PEOPLE.contains(h) || h.endsWith("ers") || h.endsWith("ors") || h.endsWith("ents") || h.endsWith("ists")
                || h.endsWith("ans") || h.endsWith("ees") || h.endsWith("ants") || h.endsWith("men");
    }

    private static final java.util.Set<String> PEOPLE = java.util.Set.of("people", "staff", "crew", "police", "troops",
            "families", "children", "youths", "civilians", "persons");

    /** The counted noun: the last word of the unit ("Pakistani soldiers" counts soldiers). */
    private static String head(String unit) {
        String[] words = unit.toLowerCase(Locale.ROOT).strip().split("\\s+");
        return words[words.length - 1];
    }

    /** Who gives the figure in this sentence, as written, or null. */
    static String source(String sentence) {
        Matcher m = SOURCE.matcher(sentence);
        while (m.find()) {
            String who = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            // "On Tuesday the union said": the source starts at its article
            Matcher article = THE.matcher(who);
            int from = -1;
            while (article.find()) {
                from = article.start();
            }
            if (from > 0) {
                who = who.substring(from);
            }
            if (!NOT_SOURCES.contains(who.toLowerCase(Locale.ROOT)) && !who.matches("\\d.*")) {
                return who;
            }
        }
        return null;
    }
}
