package org.parallax.report;

import org.parallax.model.Article;
import org.parallax.model.EntityType;
import org.parallax.model.Framing;
import org.parallax.model.Quote;
import org.parallax.model.QuoteOccurrence;
import org.parallax.model.TimelineEvent;
import org.parallax.model.Trajectory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The story's charts as {@link Svg} shapes, worked out on the server: coverage over time (articles per
 * outlet per day), the timeline (with far-off dates folded to the edges), each outlet's sourcing mix and
 * each figure's trajectory. Thread-safe (no state).
 */
final class Charts {
    static final int WIDTH = 640;
    private static final int LABELS = 150;
    private static final int ROW = 20;
    private static final int NAME_CHARS = 22;

    private Charts() {
    }

    /** One row per outlet, one column per day (per week past 60 days); a dot's area is its article count. */
    static Svg coverage(StoryView view) {
        Map<String, Map<Long, Integer>> byOutlet = new LinkedHashMap<>();
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        List<Article> dated = view.story().articles().stream().filter(a -> a.published() != null)
                .sorted((a, b) -> a.published().date().compareTo(b.published().date())).toList();
        for (Article a : dated) {
            long day = day(a.published().date());
            if (day == Long.MIN_VALUE) {
                continue;
            }
            min = Math.min(min, day);
            max = Math.max(max, day);
            byOutlet.computeIfAbsent(a.proseName(), k -> new TreeMap<>()).merge(day, 1, Integer::sum);
        }
        String label = "Coverage over time: articles per outlet per day";
        if (byOutlet.isEmpty()) {
            return new Svg(label, WIDTH, 0, List.of(), List.of(), List.of());
        }
        int step = max - min > 60 ? 7 : 1;
        long columns = (max - min) / step + 1;
        double plot = WIDTH - LABELS - 20;
        double cell = plot / Math.max(1, columns);
        int height = 30 + ROW * byOutlet.size() + 30;
        List<Svg.Shape> shapes = new ArrayList<>();
        List<Svg.Text> texts = new ArrayList<>();
        int row = 0;
        for (Map.Entry<String, Map<Long, Integer>> e : byOutlet.entrySet()) {
            double y = 30 + ROW * row + ROW / 2.0;
            texts.add(Svg.Text.at(LABELS - 6, y + 4, "end", "lbl", shorten(e.getKey())));
            shapes.add(Svg.Shape.line(LABELS, y, WIDTH - 20, y, "grid"));
            Map<Long, Integer> buckets = new TreeMap<>();
            for (Map.Entry<Long, Integer> d : e.getValue().entrySet()) {
                buckets.merge((d.getKey() - min) / step, d.getValue(), Integer::sum);
            }
            for (Map.Entry<Long, Integer> b : buckets.entrySet()) {
                double x = LABELS + cell * b.getKey() + cell / 2;
                double r = Math.min(ROW / 2.0 - 1, 3 + 2.5 * Math.sqrt(b.getValue() - 1.0));
                String when = LocalDate.ofEpochDay(min + b.getKey() * step).toString();
                shapes.add(Svg.Shape.circle(x, y, r, "s1", e.getKey() + ", " + (step == 7 ? "week of " : "") + when + ": "
                        + b.getValue() + (b.getValue() == 1 ? " article" : " articles")));
            }
            row++;
        }
        double axis = 30 + ROW * byOutlet.size() + 14;
        texts.add(Svg.Text.at(LABELS, axis, "start", "lbl", LocalDate.ofEpochDay(min).toString()));
        if (max > min) {
            texts.add(Svg.Text.at(WIDTH - 20, axis, "end", "lbl", LocalDate.ofEpochDay(max).toString()));
        }
        texts.add(Svg.Text.at(LABELS, 16, "start", "lbl", step == 7 ? "one column a week" : "one column a day"));
        return new Svg(label, WIDTH, height, shapes, texts, List.of());
    }

    /**
     * The dated events on one axis. Dates far from the rest (past three interquartile ranges, at least a
     * week's worth, from the middle half) are folded into a count at either end, so one wrong or background
     * date does not squeeze the others into a sliver. Months and years are drawn hollow at their first day.
     */
    static Svg timeline(List<TimelineEvent> events) {
        List<TimelineEvent> placed = events.stream().filter(e -> day(e.date()) != Long.MIN_VALUE).toList();
        String label = "Timeline: dated events on one axis";
        if (placed.isEmpty()) {
            return new Svg(label, WIDTH, 0, List.of(), List.of(), List.of());
        }
        long[] days = placed.stream().mapToLong(e -> day(e.date())).sorted().toArray();
        long q1 = days[days.length / 4];
        long q3 = days[(days.length * 3) / 4 == days.length ? days.length - 1 : (days.length * 3) / 4];
        long iqr = Math.max(7, q3 - q1);
        long lo = q1 - 3 * iqr;
        long hi = q3 + 3 * iqr;
        List<TimelineEvent> before = new ArrayList<>();
        List<TimelineEvent> after = new ArrayList<>();
        List<TimelineEvent> kept = new ArrayList<>();
        for (TimelineEvent e : placed) {
            long d = day(e.date());
            (d < lo ? before : d > hi ? after : kept).add(e);
        }
        long min = kept.stream().mapToLong(e -> day(e.date())).min().orElse(lo);
        long max = kept.stream().mapToLong(e -> day(e.date())).max().orElse(hi);
        double left = 70;
        double right = WIDTH - 70;
        double span = Math.max(1, max - min);
        Map<Long, Integer> stack = new TreeMap<>();
        List<Svg.Shape> shapes = new ArrayList<>();
        List<Svg.Text> texts = new ArrayList<>();
        double axisY = 40;
        shapes.add(Svg.Shape.line(left, axisY, right, axisY, "axis"));
        int tallest = 0;
        for (TimelineEvent e : kept) {
            long d = day(e.date());
            double x = max == min ? (left + right) / 2 : left + (d - min) / span * (right - left);
            int level = stack.merge(d, 1, Integer::sum) - 1;
            tallest = Math.max(tallest, level);
            boolean exact = e.precision() == TimelineEvent.Precision.DAY;
            shapes.add(Svg.Shape.circle(x, axisY - 8 - 9 * level, 4, exact ? "s1" : "s1 hollow", e.date() + ": " + e.text()));
        }
        texts.add(Svg.Text.at(left, axisY + 18, "start", "lbl", LocalDate.ofEpochDay(min).toString()));
        if (max > min) {
            texts.add(Svg.Text.at(right, axisY + 18, "end", "lbl", LocalDate.ofEpochDay(max).toString()));
        }
        if (!before.isEmpty()) {
            shapes.add(Svg.Shape.rect(4, axisY - 8, 56, 16, "fold", folded(before)));
            texts.add(Svg.Text.at(32, axisY + 4, "middle", "lbl", "+" + before.size() + " earlier"));
        }
        if (!after.isEmpty()) {
            shapes.add(Svg.Shape.rect(WIDTH - 60, axisY - 8, 56, 16, "fold", folded(after)));
            texts.add(Svg.Text.at(WIDTH - 32, axisY + 4, "middle", "lbl", "+" + after.size() + " later"));
        }
        int top = 9 * Math.min(tallest, 12);
        // shift everything down so stacked dots stay inside the picture
        List<Svg.Shape> moved = shapes.stream().map(s -> shift(s, top)).toList();
        List<Svg.Text> movedTexts = texts.stream().map(t -> new Svg.Text(t.x(), Svg.n(Double.parseDouble(t.y()) + top),
                t.anchor(), t.cssClass(), t.text())).toList();
        return new Svg(label, WIDTH, 70 + top, moved, movedTexts,
                List.of(new Svg.Key("s1", "a day"), new Svg.Key("s1 hollow", "a month or year")));
    }

    private static Svg.Shape shift(Svg.Shape s, double dy) {
        if (s.kind().equals("line")) {
            return new Svg.Shape("line", s.x(), add(s.y(), dy), s.w(), add(s.h(), dy), s.cssClass(), s.title());
        }
        return new Svg.Shape(s.kind(), s.x(), add(s.y(), dy), s.w(), s.h(), s.cssClass(), s.title());
    }

    private static String add(String v, double dy) {
        return Svg.n(Double.parseDouble(v) + dy);
    }

    private static String folded(List<TimelineEvent> events) {
        StringBuilder out = new StringBuilder();
        for (TimelineEvent e : events) {
            out.append(out.length() == 0 ? "" : "; ").append(e.date());
        }
        return "Folded dates: " + out;
    }

    /**
     * Each outlet's sources as one bar: statements it gives to named people, to institutions (a speaker that
     * is an organisation) and to sources it does not name.
     */
    static Svg sourcing(StoryView view) {
        Map<String, int[]> mix = new LinkedHashMap<>();
        Map<String, org.parallax.model.Entity> entities = new LinkedHashMap<>();
        view.story().entities().forEach(e -> entities.put(e.id(), e));
        for (Article a : view.story().articles()) {
            mix.putIfAbsent(a.proseName(), new int[3]);
        }
        for (Quote q : view.story().quotes()) {
            for (QuoteOccurrence o : q.occurrences()) {
                int[] m = mix.get(view.name(o.document()));
                if (m == null) {
                    continue;
                }
                var entity = q.speaker() == null || q.speaker().entity() == null ? null : entities.get(q.speaker().entity());
                if (q.speaker() == null || q.speaker().name() == null) {
                    m[2]++;
                } else if (entity != null && entity.type() == EntityType.ORG) {
                    m[1]++;
                } else {
                    m[0]++;
                }
            }
        }
        for (Framing f : view.story().framing()) {
            int[] m = mix.get(view.name(f.document()));
            if (m != null) {
                m[2] += f.anonymousSources().size();
            }
        }
        mix.values().removeIf(m -> Arrays.stream(m).sum() == 0);
        String label = "Sourcing mix: each outlet's statements by kind of source";
        List<Svg.Key> legend = List.of(new Svg.Key("s1", "named people"), new Svg.Key("s2", "institutions"),
                new Svg.Key("s3", "unnamed sources"));
        if (mix.isEmpty()) {
            return new Svg(label, WIDTH, 0, List.of(), List.of(), legend);
        }
        int most = mix.values().stream().mapToInt(m -> Arrays.stream(m).sum()).max().orElse(1);
        double plot = WIDTH - LABELS - 50;
        List<Svg.Shape> shapes = new ArrayList<>();
        List<Svg.Text> texts = new ArrayList<>();
        int row = 0;
        String[] kinds = {"named", "institutional", "unnamed"};
        for (Map.Entry<String, int[]> e : mix.entrySet()) {
            double y = 10 + ROW * row;
            texts.add(Svg.Text.at(LABELS - 6, y + 13, "end", "lbl", shorten(e.getKey())));
            double x = LABELS;
            int total = 0;
            for (int k = 0; k < 3; k++) {
                int n = e.getValue()[k];
                total += n;
                if (n == 0) {
                    continue;
                }
                double w = plot * n / most;
                shapes.add(Svg.Shape.rect(x, y + 3, w, ROW - 6, "s" + (k + 1), e.getKey() + ": " + n + " " + kinds[k]));
                x += w;
            }
            texts.add(Svg.Text.at(x + 4, y + 13, "start", "lbl", String.valueOf(total)));
            row++;
        }
        return new Svg(label, WIDTH, 20 + ROW * mix.size(), shapes, texts, legend);
    }

    /** A figure's value by report date, oldest first; undated reports are left off the line. */
    static Svg trajectory(Trajectory t, StoryView view) {
        List<Trajectory.Point> points = t.points();
        String label = "Trajectory of " + t.slot() + ": each value as reported, oldest first";
        if (points.isEmpty()) {
            return new Svg(label, WIDTH, 0, List.of(), List.of(), List.of());
        }
        double lo = points.stream().mapToDouble(Trajectory.Point::value).min().orElse(0);
        double hi = points.stream().mapToDouble(Trajectory.Point::value).max().orElse(1);
        lo = Math.min(0, lo);
        double range = Math.max(1e-9, hi - lo);
        int height = 140;
        double left = 60;
        double right = WIDTH - 30;
        double top = 20;
        double bottom = height - 35;
        List<Svg.Shape> shapes = new ArrayList<>();
        List<Svg.Text> texts = new ArrayList<>();
        shapes.add(Svg.Shape.line(left, bottom, right, bottom, "axis"));
        shapes.add(Svg.Shape.line(left, top, left, bottom, "axis"));
        texts.add(Svg.Text.at(left - 6, bottom + 4, "end", "lbl", Svg.n(lo).replace(".0", "")));
        texts.add(Svg.Text.at(left - 6, top + 4, "end", "lbl", Svg.n(hi).replace(".0", "")));
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            Trajectory.Point p = points.get(i);
            double x = points.size() == 1 ? (left + right) / 2 : left + (right - left) * i / (points.size() - 1);
            double y = bottom - (p.value() - lo) / range * (bottom - top);
            line.append(line.length() == 0 ? "" : " ").append(Svg.n(x)).append(',').append(Svg.n(y));
            String outlets = String.join(", ", p.documents().stream().map(view::name).toList());
            shapes.add(Svg.Shape.circle(x, y, 4, "s1", p.text() + " (" + (p.reported() == null ? "undated" : p.reported())
                    + "; " + outlets + ")"));
            texts.add(Svg.Text.at(x, bottom + 16, i == 0 && points.size() > 1 ? "start"
                    : i == points.size() - 1 && points.size() > 1 ? "end" : "middle", "lbl",
                    p.reported() == null ? "undated" : p.reported()));
        }
        if (points.size() > 1) {
            shapes.add(1, Svg.Shape.path(line.toString(), "trend"));
        }
        return new Svg(label, WIDTH, height, shapes, texts, List.of());
    }

    static String shorten(String name) {
        return name.length() <= NAME_CHARS ? name : name.substring(0, NAME_CHARS - 1) + "\u2026";
    }

    /** The epoch day of a day, month or year value, or {@link Long#MIN_VALUE} when it has no place on an axis. */
    static long day(String date) {
        try {
            if (date.length() == 4) {
                return LocalDate.of(Integer.parseInt(date), 1, 1).toEpochDay();
            }
            if (date.length() == 7) {
                return LocalDate.parse(date + "-01").toEpochDay();
            }
            return LocalDate.parse(date.substring(0, 10)).toEpochDay();
        } catch (RuntimeException e) {
            return Long.MIN_VALUE; // "XXXX-12-11", a week, a season: listed, not placed
        }
    }
}
