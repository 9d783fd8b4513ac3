package org.parallax.claims;

import org.parallax.model.Article;
import org.parallax.model.Conflict;
import org.parallax.model.Token;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How old a named person is, as each outlet says: the ages {@link FigureReader} reads ("Robert Lind, 32,",
 * "the 32-year-old Lind"), which take no part in the comparison of figures. Outlets giving one person
 * different ages disagree, unless the time between their publication days allows it (an age given at an
 * arrest and another at the trial two years on is an update): within {@link #SAME_TIME_DAYS} days of each
 * other (or undated) the ages must be equal; further apart, the later may exceed the earlier by the whole
 * years between them or one more. A person is their surname, and their given name where both outlets give
 * one; where the story names two people of one surname (a victim and her sister), both must give the given
 * name, and the same. An outlet giving one person two ages takes no side. Thread-safe: stateless.
 *
 * <p>Cost: linear in the story's ages, pairwise over the few ages one person is given.
 */
final class Ages {
    /** Publication days closer than this are one moment: an age differing is an error, not a birthday. */
    static final int SAME_TIME_DAYS = 30;

    private Ages() {
    }

    /** One outlet's age of one person. */
    private record Age(Figure figure, String surname, String given, int years) {
    }

    static List<Conflict> find(List<Article> articles, List<Figure> figures, Function<String, String> published,
                               BiFunction<String, Integer, String> claimAt) {
        Map<String, Set<String>> givenNames = givenNames(articles);
        Map<String, List<Age>> bySurname = new LinkedHashMap<>();
        for (Figure f : figures) {
            if (f.kind() != Figure.Kind.MEASURE || !"age".equals(f.unit()) || f.counted() == null || f.qualifier() != null
                    || f.low() != f.high() || f.value() != Math.rint(f.value()) || f.value() < 1 || f.value() > 120
                    || !Character.isUpperCase(f.counted().charAt(0))) {
                continue;
            }
            String surname = lower(f.counted());
            String given = f.modifiers().stream().filter(m -> !m.isEmpty() && Character.isUpperCase(m.charAt(0)))
                    .map(Ages::lower).findFirst().orElse(null);
            bySurname.computeIfAbsent(surname, k -> new ArrayList<>()).add(new Age(f, surname, given, (int) f.value()));
        }
        List<Conflict> out = new ArrayList<>();
        for (var e : bySurname.entrySet()) {
            boolean ambiguous = givenNames.getOrDefault(e.getKey(), Set.of()).size() > 1;
            List<Age> ages = e.getValue();
            // people of this surname: one group per given name (or one group when it is not needed)
            Map<String, List<Age>> people = new LinkedHashMap<>();
            for (Age a : ages) {
                if (ambiguous && a.given() == null) {
                    continue;
                }
                String key = ambiguous ? a.given() : "";
                people.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
            }
            for (List<Age> one : people.values()) {
                Conflict c = disagreement(one, published, claimAt);
                if (c != null) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** The disagreement over one person's age, or null. */
    private static Conflict disagreement(List<Age> ages, Function<String, String> published, BiFunction<String, Integer, String> claimAt) {
        Map<String, Set<Integer>> byDocument = new HashMap<>();
        ages.forEach(a -> byDocument.computeIfAbsent(a.figure().document(), k -> new HashSet<>()).add(a.years()));
        List<Age> sided = ages.stream().filter(a -> byDocument.get(a.figure().document()).size() == 1).toList();
        boolean disagree = false;
        for (int i = 0; i < sided.size() && !disagree; i++) {
            for (int j = i + 1; j < sided.size() && !disagree; j++) {
                disagree = !canBothHold(sided.get(i), sided.get(j), published);
            }
        }
        if (!disagree) {
            return null;
        }
        Map<Integer, List<Age>> byYears = new TreeMap<>();
        sided.forEach(a -> byYears.computeIfAbsent(a.years(), k -> new ArrayList<>()).add(a));
        List<Conflict.Position> positions = new ArrayList<>();
        for (var e : byYears.entrySet()) {
            List<String> docs = e.getValue().stream().map(a -> a.figure().document()).distinct().toList();
            Age first = e.getValue().get(0);
            positions.add(new Conflict.Position(claimAt.apply(first.figure().document(), first.figure().sentence()), docs,
                    first.figure().counted() + ", " + e.getKey()));
        }
        Age any = sided.get(0);
        String who = (any.given() == null ? "" : capitalised(any.given()) + " ") + any.figure().counted();
        return new Conflict("x", "how old " + who + " is", positions, "Outlets published at the same time give "
                + who + " different ages: " + String.join(", ", byYears.keySet().stream().map(String::valueOf).toList()) + ".");
    }

    /** The two ages can both be right, given when each was published. */
    private static boolean canBothHold(Age x, Age y, Function<String, String> published) {
        LocalDate px = day(published.apply(x.figure().document()));
        LocalDate py = day(published.apply(y.figure().document()));
        if (x.years() == y.years() || x.given() != null && y.given() != null && !x.given().equals(y.given())) {
            return true; // one age (a publication date may be a crawl date), or two people
        }
        if (px == null || py == null || Math.abs(ChronoUnit.DAYS.between(px, py)) < SAME_TIME_DAYS) {
            return x.years() == y.years();
        }
        Age early = px.isBefore(py) ? x : y;
        Age late = early == x ? y : x;
        long years = ChronoUnit.YEARS.between(px.isBefore(py) ? px : py, px.isBefore(py) ? py : px);
        int more = late.years() - early.years();
        return more >= years && more <= years + 1;
    }

    /** Per surname (lower-cased), the given names the story's articles write before it in a person's name. */
    private static Map<String, Set<String>> givenNames(List<Article> articles) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Article a : articles) {
            for (var s : a.sentences()) {
                List<Token> tokens = s.tokens();
                for (int k = 0; k + 1 < tokens.size(); k++) {
                    Token t = tokens.get(k);
                    Token next = tokens.get(k + 1);
                    boolean last = k + 2 >= tokens.size() || !"PERSON".equals(tokens.get(k + 2).ner());
                    if ("PERSON".equals(t.ner()) && "PERSON".equals(next.ner()) && last
                            && (k == 0 || !"PERSON".equals(tokens.get(k - 1).ner()))) {
                        out.computeIfAbsent(lower(next.word()), x -> new HashSet<>()).add(lower(t.word()));
                    }
                }
            }
        }
        return out;
    }

    private static LocalDate day(String d) {
        try {
            return d == null || d.length() < 10 ? null : LocalDate.parse(d.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
