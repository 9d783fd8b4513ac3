package org.parallax.claims;

import org.parallax.model.Conflict;
import org.parallax.model.Trajectory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds slots that outlets fill with incompatible values:
 * <ul>
 *   <li>the length of the talks (a duration of a day or more; an hours-long session is a part, not the whole);</li>
 *   <li>a casualty figure of one kind of event, when the figures cannot both be true or count different
 *       things (figures dated to different days are different events and never conflict);</li>
 *   <li>what started the violence, when outlets date its start to different days;</li>
 *   <li>how many took part (strikers, protesters, the evacuated), between the sources of the counts ({@link Turnout}).</li>
 * </ul>
 * Thread-safe.
 */
final class ConflictFinder {
    private static final Set<String> TALKS = Set.of("talks", "negotiations", "discussions", "dialogue", "meetings",
            "summit", "meeting", "negotiation", "conference", "session", "sessions", "round");
    private static final Pattern EVENT = Pattern.compile("(?i)\\b(clash|attack|fight|violence|explosion|strike|"
            + "bombing|battle|raid|ambush|offensive|shelling|blast|war|riot|earthquake|flood|crash|fire)");
    private static final Pattern ONSET = Pattern.compile("(?i)\\b(erupted|broke out|began|started|escalated|were escalated|"
            + "was triggered|were triggered|was sparked|were sparked|flared)\\b");
    private static final Pattern ONSET_SUBJECT = Pattern.compile(
            "(?i)\\b(violence|fighting|clashes|tensions|hostilities|conflict|war|crisis|unrest)\\b");

    /** Reports of one figure further apart than this are about different events. */
    private static final long TRAJECTORY_SPAN_DAYS = 60;

    private ConflictFinder() {
    }

    /** A claim with the candidates it was made from. */
    record Grouped(String id, List<Candidate> members) {
    }

    static List<Conflict> find(List<Grouped> claims) {
        List<Conflict> out = new ArrayList<>();
        durations(claims).ifPresent(out::add);
        List<Grouped> sentences = sentenceLevel(claims);
        out.addAll(casualties(sentences));
        onset(sentences).ifPresent(out::add);
        out.addAll(Turnout.find(sentences));
        out.addAll(Stances.find(sentences));
        List<Conflict> numbered = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Conflict c = out.get(i);
            numbered.add(new Conflict("x" + (i + 1), c.topic(), c.positions(), c.explanation()));
        }
        return numbered;
    }

    /**
     * Each sentence in its last claim only: event-level claims come first and share their sentences with
     * sentence-level claims, and a conflict on a detail names the sentence's own claim.
     */
    static List<Grouped> sentenceLevel(List<Grouped> claims) {
        Map<Candidate, String> last = new java.util.HashMap<>();
        claims.forEach(g -> g.members().forEach(c -> last.put(c, g.id())));
        List<Grouped> out = new ArrayList<>();
        for (Grouped g : claims) {
            List<Candidate> own = g.members().stream().filter(c -> last.get(c).equals(g.id())).toList();
            if (!own.isEmpty()) {
                out.add(new Grouped(g.id(), own));
            }
        }
        return out;
    }

    /** One figure as one outlet states it. */
    record Figure(String claim, Candidate candidate, Quantities.Found found) {
    }

    private static java.util.Optional<Conflict> durations(List<Grouped> claims) {
        Map<Double, List<Figure>> byDays = new LinkedHashMap<>();
        for (Grouped g : claims) {
            for (Candidate c : g.members()) {
                for (Quantities.Found f : c.quantities()) {
                    if (f.kind() == Quantities.Kind.DURATION && f.days() >= 1 && countsTalks(f.unit())) {
                        byDays.computeIfAbsent(f.days(), k -> new ArrayList<>()).add(new Figure(g.id(), c, f));
                    }
                }
            }
        }
        List<Double> lengths = new ArrayList<>(byDays.keySet());
        boolean disagree = lengths.stream().anyMatch(a -> lengths.stream().anyMatch(b -> b > a * 1.25));
        if (!disagree) {
            return java.util.Optional.empty();
        }
        List<Conflict.Position> positions = new ArrayList<>();
        List<String> said = new ArrayList<>();
        for (var e : byDays.entrySet()) {
            positions.add(position(e.getValue()));
            said.add(e.getValue().get(0).found().text());
        }
        return java.util.Optional.of(new Conflict("x", "how long the talks lasted", positions,
                "Outlets give different lengths for the same talks: " + String.join(" vs ", said)
                        + ". Both cannot be exact; one may count a different span (for instance a final round)."));
    }

    private static boolean countsTalks(String unit) {
        for (String w : unit.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (TALKS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static List<Conflict> casualties(List<Grouped> claims) {
        Map<String, List<Figure>> slots = harmSlots(claims);
        List<Conflict> out = new ArrayList<>();
        for (var slot : slots.entrySet()) {
            List<Figure> figures = slot.getValue();
            List<String> reasons = new ArrayList<>();
            for (int i = 0; i < figures.size(); i++) {
                for (int j = i + 1; j < figures.size(); j++) {
                    Figure a = figures.get(i);
                    Figure b = figures.get(j);
                    if (a.candidate().document().equals(b.candidate().document()) || differentDays(a, b)
                            || update(a, b)) {
                        continue;
                    }
                    String why = disagreement(a.found(), b.found());
                    if (why != null && !reasons.contains(why)) {
                        reasons.add(why);
                    }
                }
            }
            if (reasons.isEmpty()) {
                continue;
            }
            Map<String, List<Figure>> byFigure = new LinkedHashMap<>();
            for (Figure f : figures) {
                byFigure.computeIfAbsent(f.found().text().toLowerCase(Locale.ROOT) + "|" + f.found().unit(),
                        k -> new ArrayList<>()).add(f);
            }
            List<Conflict.Position> positions = byFigure.values().stream().map(ConflictFinder::position).toList();
            out.add(new Conflict("x", "number " + slot.getKey(), positions, String.join(" ", reasons)));
        }
        return out;
    }

    /** Casualty figures by slot: the harm and the kind of event ("killed in the clash"). */
    private static Map<String, List<Figure>> harmSlots(List<Grouped> claims) {
        Map<String, List<Figure>> slots = new LinkedHashMap<>();
        for (Grouped g : claims) {
            for (Candidate c : g.members()) {
                Matcher event = EVENT.matcher(c.text());
                if (!event.find()) {
                    continue;
                }
                for (Quantities.Found f : c.quantities()) {
                    if (f.harm() != null) {
                        String slot = f.harm() + " in the " + event.group(1).toLowerCase(Locale.ROOT);
                        slots.computeIfAbsent(slot, k -> new ArrayList<>()).add(new Figure(g.id(), c, f));
                    }
                }
            }
        }
        return slots;
    }

    /**
     * Two figures of the same group reported on different days where the later one is not lower: the toll
     * rose between the reports (an update shown as a trajectory), so both were right when they were made.
     */
    static boolean update(Figure a, Figure b) {
        String pa = reported(a.candidate());
        String pb = reported(b.candidate());
        if (pa == null || pb == null || pa.equals(pb) || !head(a.found().unit()).equals(head(b.found().unit()))) {
            return false;
        }
        if (daysBetween(pa, pb) > TRAJECTORY_SPAN_DAYS) {
            return false;
        }
        Figure earlier = pa.compareTo(pb) < 0 ? a : b;
        Figure later = earlier == a ? b : a;
        return range(later.found())[1] >= range(earlier.found())[0];
    }

    /** The day an article was published (TIMEX3 day), or null. */
    static String reported(Candidate c) {
        var published = c.article().published();
        if (published == null || published.date() == null || published.date().length() < 10) {
            return null;
        }
        return published.date().substring(0, 10);
    }

    /**
     * The trajectory of each casualty figure reported on more than one day: its values in the order they
     * were reported, each with its outlets. Figures dated to different event days are different events
     * and stay apart.
     */
    static List<Trajectory> trajectories(List<Grouped> claims) {
        List<Trajectory> out = new ArrayList<>();
        for (var slot : harmSlots(sentenceLevel(claims)).entrySet()) {
            Map<String, List<Figure>> byGroup = new LinkedHashMap<>();
            for (Figure f : slot.getValue()) {
                if (reported(f.candidate()) != null) {
                    byGroup.computeIfAbsent(head(f.found().unit()), k -> new ArrayList<>()).add(f);
                }
            }
            for (var group : byGroup.entrySet()) {
                for (List<Figure> window : windows(group.getValue())) {
                    trajectory(slot.getKey() + " (" + group.getKey() + ")", window).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /**
     * Figures split where reports are more than {@link #TRAJECTORY_SPAN_DAYS} apart: a toll is revised over
     * days or weeks, and reports years apart are about other events of the same kind.
     */
    private static List<List<Figure>> windows(List<Figure> figures) {
        List<Figure> sorted = new ArrayList<>(figures);
        sorted.sort(java.util.Comparator.comparing(f -> reported(f.candidate())));
        List<List<Figure>> out = new ArrayList<>();
        String start = null;
        for (Figure f : sorted) {
            String day = reported(f.candidate());
            if (start == null || daysBetween(start, day) > TRAJECTORY_SPAN_DAYS) {
                out.add(new ArrayList<>());
                start = day;
            }
            out.get(out.size() - 1).add(f);
        }
        return out;
    }

    private static long daysBetween(String a, String b) {
        try {
            return Math.abs(java.time.LocalDate.parse(a).toEpochDay() - java.time.LocalDate.parse(b).toEpochDay());
        } catch (java.time.format.DateTimeParseException e) {
            return Long.MAX_VALUE;
        }
    }

    private static java.util.Optional<Trajectory> trajectory(String slot, List<Figure> figures) {
        Map<String, List<Figure>> points = new TreeMap<>();
        for (Figure f : figures) {
            String key = reported(f.candidate()) + "|" + f.found().text().toLowerCase(Locale.ROOT);
            points.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        long days = figures.stream().map(f -> reported(f.candidate())).distinct().count();
        if (days < 2) {
            return java.util.Optional.empty();
        }
        List<Trajectory.Point> list = new ArrayList<>();
        for (List<Figure> fs : points.values()) {
            Quantities.Found f = fs.get(0).found();
            list.add(new Trajectory.Point(f.value(), f.qualifier(), f.text(), reported(fs.get(0).candidate()),
                    fs.stream().map(x -> x.candidate().document()).distinct().toList(), fs.get(0).claim()));
        }
        return java.util.Optional.of(new Trajectory(slot, list));
    }

    static boolean differentDays(Figure a, Figure b) {
        List<String> da = a.candidate().dates().stream().filter(d -> d.length() == 10).toList();
        List<String> db = b.candidate().dates().stream().filter(d -> d.length() == 10).toList();
        return !da.isEmpty() && !db.isEmpty() && da.stream().noneMatch(db::contains);
    }

    /** Why two figures of one slot cannot both stand, or null when they can. */
    static String disagreement(Quantities.Found a, Quantities.Found b) {
        String ha = head(a.unit());
        String hb = head(b.unit());
        if (!ha.equals(hb)) {
            return "They count different things: " + describe(a) + " vs " + describe(b)
                    + "; the figures are not of the same group, so neither confirms the other.";
        }
        double[] ra = range(a);
        double[] rb = range(b);
        if (ra[1] < rb[0] || rb[1] < ra[0]) {
            return "The figures cannot both be true: " + describe(a) + " vs " + describe(b) + ".";
        }
        return null;
    }

    private static String describe(Quantities.Found f) {
        return "\"" + f.text() + "\" (" + f.unit() + ")";
    }

    /** The group a figure counts: its unit without the harm ("soldiers", "people", "militants"). */
    private static String head(String unit) {
        String[] words = unit.toLowerCase(Locale.ROOT).replaceAll("\\b(killed|wounded)\\b", "").strip().split("\\s+");
        String last = words.length == 0 || words[words.length - 1].isEmpty() ? "people" : words[words.length - 1];
        return Set.of("persons", "civilians and soldiers", "lives", "dead").contains(last) ? "people" : last;
    }

    /** The values a figure allows, from its qualifier. */
    static double[] range(Quantities.Found f) {
        double v = f.value();
        String q = f.qualifier() == null ? "" : f.qualifier();
        if (f.text().toLowerCase(Locale.ROOT).contains("dozens")) {
            return new double[]{24, 99};
        }
        if (f.text().toLowerCase(Locale.ROOT).contains("hundreds")) {
            return new double[]{200, 999};
        }
        return switch (q) {
            case "more than", "over", "at least", "upwards of", "in excess of" -> new double[]{v, Double.MAX_VALUE};
            case "nearly", "almost", "under", "less than", "fewer than", "up to", "at most", "close to" -> new double[]{0.8 * v, v};
            case "about", "around", "some", "roughly", "approximately", "an estimated", "as many as" -> new double[]{0.8 * v, 1.2 * v};
            default -> new double[]{v, v};
        };
    }

    private static java.util.Optional<Conflict> onset(List<Grouped> claims) {
        Map<String, List<Figure>> byDay = new LinkedHashMap<>();
        for (Grouped g : claims) {
            for (Candidate c : g.members()) {
                List<String> days = c.dates().stream().filter(d -> d.length() == 10).toList();
                if (days.size() == 1 && ONSET.matcher(c.text()).find() && ONSET_SUBJECT.matcher(c.text()).find()) {
                    byDay.computeIfAbsent(days.get(0), k -> new ArrayList<>()).add(new Figure(g.id(), c, null));
                }
            }
        }
        if (byDay.size() < 2) {
            return java.util.Optional.empty();
        }
        List<Conflict.Position> positions = new ArrayList<>();
        for (List<Figure> figures : byDay.values()) {
            List<String> docs = figures.stream().map(f -> f.candidate().document()).distinct().toList();
            positions.add(new Conflict.Position(figures.get(0).claim(), docs, figures.get(0).candidate().text()));
        }
        return java.util.Optional.of(new Conflict("x", "what started the violence", positions,
                "Outlets date the start to different days (" + String.join(", ", byDay.keySet())
                        + ") and name different first acts; each account blames the other side."));
    }

    /** A figure with what it counts, as a reader would say it: "week-long talks", "dozens of people". */
    static String phrase(Quantities.Found f) {
        String text = f.text().strip();
        String unit = f.unit() == null ? "" : f.unit().strip();
        if (unit.isEmpty()) {
            return text;
        }
        String head = unit.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT).replaceAll("s$", "");
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.matches(".*\\b" + java.util.regex.Pattern.quote(head) + ".*")) {
            // "week-long" already says "week": "week-long talks", not "week-long week talks"
            String rest = unit.substring(unit.split("\\s+")[0].length()).strip();
            return rest.isEmpty() ? text : text + " " + rest;
        }
        return VAGUE.matcher(lower).find() ? text + " of " + unit : text + " " + unit;
    }

    private static final java.util.regex.Pattern VAGUE = java.util.regex.Pattern.compile(
            "\\b(?:dozens|scores|hundreds|thousands|millions)$");

    private static Conflict.Position position(List<Figure> figures) {
        List<String> docs = figures.stream().map(f -> f.candidate().document()).distinct().toList();
        Figure first = figures.get(0);
        // A sentence can stand in several claims; the position names the claim most of its figures share.
        Map<String, Long> byClaim = figures.stream().collect(java.util.stream.Collectors.groupingBy(
                Figure::claim, LinkedHashMap::new, java.util.stream.Collectors.counting()));
        String claim = byClaim.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String text = first.found() == null ? first.candidate().text() : phrase(first.found());
        return new Conflict.Position(claim, docs, text);
    }
}
