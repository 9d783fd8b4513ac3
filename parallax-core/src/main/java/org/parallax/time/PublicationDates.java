package org.parallax.time;

import org.parallax.model.Article;
import org.parallax.model.Published;
import org.parallax.model.Story;
import org.parallax.model.TimeExpression;
import org.parallax.model.UndatedTimes;
import org.parallax.pipeline.Stage;
import org.parallax.pipeline.StageResult;
import org.parallax.text.Shingles;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Story stage "published": infers the publication date of articles that state none, then resolves
 * their times again against it. The evidence, in order of weight:
 * <ol>
 *   <li>the latest fully dated event the article reports is a lower bound ("said on October 29"; a
 *       missing year comes from the siblings' dates);</li>
 *   <li>a weekday in the lead ("confirmed on Wednesday") names the publication day or the day before;</li>
 *   <li>siblings with a known date that report the same event are candidates, the most similar first.</li>
 * </ol>
 * A date is inferred only when some evidence points at it. Pure function of the story.
 *
 * <p>Cost: one shingle comparison per undated article and dated sibling (quadratic in the worst case, a
 * few microseconds each: each text's shingles a set of longs made once), and SUTime again on the undated
 * articles' sentences a date can change, once per distinct text and date (copies share it); both run in
 * parallel on the common pool.
 */
public final class PublicationDates implements Stage<Story, Story> {
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNKNOWN_YEAR = Pattern.compile("^XXXX-(\\d{2}-\\d{2})$");
    private static final Pattern FULL_DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
    private static final Pattern EXPLICIT = Pattern.compile(
            "\\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", Pattern.CASE_INSENSITIVE);
    /** How much of the text the lead is, for the weekday rule. */
    private static final int LEAD = 400;

    private final TimeResolver resolver;

    public PublicationDates(TimeResolver resolver) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    public PublicationDates() {
        this(new TimeResolver());
    }

    @Override
    public StageResult<Story> apply(Story story) {
        List<Article> known = story.articles().stream()
                .filter(a -> TimeResolver.anchorOf(a).isPresent()).toList();
        if (known.size() == story.articles().size()) {
            return StageResult.ok(story);
        }
        // each dated sibling's shingles, date and the siblings' common year once, not once per undated article
        Siblings siblings = Siblings.of(known, known.parallelStream().map(k -> Shingles.of(k.text(), 5)).toList());
        List<Article> articles = story.articles();
        List<Optional<Published>> inferred = articles.parallelStream()
                .map(a -> TimeResolver.anchorOf(a).isPresent() ? Optional.<Published>empty() : infer(a, siblings))
                .toList();
        // each undated article read again against its date (most of this stage's time), once per text and date:
        // the copies of one article (a wire story run by many outlets) share the reading; in parallel. The key is
        // the resolver's own memo key (text, body, date): it assumes, as the memo does, that the article stages
        // made the same sentences and undated reading of the same text
        Map<List<Object>, Integer> firstWith = new java.util.LinkedHashMap<>();
        List<List<Object>> keys = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            List<Object> key = inferred.get(i).isEmpty() ? null
                    : List.of(articles.get(i).original(), articles.get(i).body(), inferred.get(i).get().date());
            keys.add(key);
            if (key != null) {
                firstWith.putIfAbsent(key, i);
            }
        }
        Map<Integer, List<TimeExpression>> readings = new java.util.concurrent.ConcurrentHashMap<>();
        firstWith.values().parallelStream().forEach(i -> {
            Article dated = articles.get(i).withPublished(inferred.get(i).get());
            readings.put(i, resolver.resolve(dated, LocalDate.parse(inferred.get(i).get().date())));
        });
        List<Article> out = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            if (keys.get(i) == null) {
                out.add(a);
                continue;
            }
            // dated now: its reading without a date has served
            out.add(a.withPublished(inferred.get(i).get()).withTimes(readings.get(firstWith.get(keys.get(i))))
                    .withUndatedTimes(UndatedTimes.NONE));
        }
        return StageResult.ok(story.withArticles(out));
    }

    /** The dated siblings of a story, with what every undated article compares itself with. */
    private record Siblings(List<Article> known, List<LocalDate> dates, Integer year, List<Shingles> shingles) {
        /** @param shingles each sibling's shingles, in the order of {@code known} */
        static Siblings of(List<Article> known, List<Shingles> shingles) {
            return new Siblings(known, known.stream().map(k -> TimeResolver.anchorOf(k).orElseThrow()).toList(),
                    commonYear(known), shingles);
        }
    }

    /** The inferred publication date of one undated article, with its evidence. */
    static Optional<Published> infer(Article article, List<Article> known) {
        return infer(article, Siblings.of(known, known.stream().map(k -> Shingles.of(k.text(), 5)).toList()));
    }

    /** As {@link #infer(Article, List)}. Cost: one comparison of shingle sets per dated sibling. */
    private static Optional<Published> infer(Article article, Siblings siblings) {
        List<Article> known = siblings.known();
        if (known.isEmpty()) {
            // with no dated sibling, the latest date an article reports is only a floor: an article about a
            // 2005 shooting may be written in 2008 (its dates stay relative, unresolved)
            return Optional.empty();
        }
        Integer year = siblings.year();
        LocalDate lower = null;
        String lowerText = null;
        for (TimeExpression t : article.times()) {
            if (t.value() == null || !"DATE".equals(t.type()) || !EXPLICIT.matcher(t.text()).find()
                    || NewsRules.looksAhead(before(article.original(), t.start()))) {
                continue; // a deadline or a plan ("faces a May 19 due date") says nothing of when it was written
            }
            LocalDate d = dayWithYear(t.value(), year);
            if (d != null && (lower == null || d.isAfter(lower))) {
                lower = d;
                lowerText = t.text();
            }
        }
        DayOfWeek leadDay = leadWeekday(article);
        Map<LocalDate, Double> candidates = new HashMap<>();
        Map<LocalDate, String> why = new HashMap<>();
        if (lower != null) {
            candidates.put(lower, 0.0);
            why.put(lower, "latest date it reports: \"" + lowerText + "\"");
        }
        Shingles mine = Shingles.of(article.text(), 5);
        for (int i = 0; i < known.size(); i++) {
            Article k = known.get(i);
            LocalDate d = siblings.dates().get(i);
            double similarity = similarity(mine, siblings.shingles().get(i));
            if (similarity > candidates.getOrDefault(d, -1.0)) {
                candidates.put(d, similarity);
                why.merge(d, "sibling " + k.id() + " of the same story is dated " + d, (x, y) -> x + "; " + y);
            }
        }
        final LocalDate floor = lower;
        Optional<LocalDate> best = candidates.keySet().stream()
                .filter(d -> floor == null || !d.isBefore(floor))
                .filter(d -> leadDay == null || d.getDayOfWeek() == leadDay || d.getDayOfWeek() == leadDay.plus(1))
                .max(Comparator.<LocalDate>comparingInt(d -> d.equals(floor) ? 1 : 0)
                        .thenComparing(d -> floor == null ? 0 : -ChronoUnit.DAYS.between(floor, d))
                        .thenComparing(candidates::get));
        if (best.isEmpty()) {
            return Optional.empty();
        }
        String evidence = why.get(best.get());
        if (leadDay != null) {
            evidence += "; the lead dates it by weekday (" + leadDay.toString().toLowerCase(Locale.ROOT) + ")";
        }
        return Optional.of(new Published(best.get().toString(), Published.How.INFERRED, evidence));
    }

    /** The sentence before a position, up to 120 characters. */
    private static String before(String original, int at) {
        String b = original.substring(Math.max(0, at - 120), at);
        int cut = Math.max(b.lastIndexOf(". "), b.lastIndexOf('\n'));
        return cut >= 0 ? b.substring(cut + 1) : b;
    }

    private static double similarity(Shingles a, Shingles b) {
        if (a.size() == 0 || b.size() == 0) {
            return 0;
        }
        int shared = 0;
        for (var span : a.sharedWith(b, 1)) {
            shared += span.length();
        }
        return shared / (double) Math.max(1, a.span(a.size() - 1).end());
    }

    /** The first weekday named in the lead, if any. */
    static DayOfWeek leadWeekday(Article article) {
        String text = article.text();
        Matcher m = WEEKDAY.matcher(text.substring(0, Math.min(LEAD, text.length())));
        return m.find() ? DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)) : null;
    }

    private static Integer commonYear(List<Article> known) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Article k : known) {
            counts.merge(TimeResolver.anchorOf(k).orElseThrow().getYear(), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static LocalDate dayWithYear(String value, Integer year) {
        Matcher u = UNKNOWN_YEAR.matcher(value);
        if (u.matches()) {
            return year == null ? null : NewsRules.dayOf(year + "-" + u.group(1));
        }
        return FULL_DAY.matcher(value).matches() ? NewsRules.dayOf(value) : null;
    }
}
