package org.parallax.report;

import org.parallax.model.Story;
import org.parallax.model.TimelineEvent;
import org.parallax.time.TimelineView;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The dated events of the story: an inline SVG axis (no scripts) with one mark per date, placed by day
 * (a month or a year sits at its first day, drawn hollow), then the list of events with their outlets
 * and claims; background events (long before the story) are listed apart, folded. All text is escaped.
 */
final class TimelineSection implements HtmlSection, ShowsStoryPart {
    @Override
    public StoryPart part() {
        return StoryPart.TIMELINE;
    }
    private static final int WIDTH = 760;
    private static final int MARGIN = 40;
    private static final int ROW = 16;




    @Override
    public void render(Story story, StringBuilder out) {
        TimelineView view = TimelineView.of(story);
        List<TimelineEvent> events = view.recent().isEmpty() ? view.background() : view.recent();
        // a day whose year no article states ("XXXX-12-11") has no place on the axis; it stays in the list
        svg(events.stream().filter(e -> !e.date().startsWith("XXXX")).toList(), out);
        list(story, events, out);
        if (!view.recent().isEmpty() && !view.background().isEmpty()) {
            out.append("<details><summary>Background: ").append(view.background().size())
                    .append(" earlier dates</summary>\n");
            list(story, view.background(), out);
            out.append("</details>\n");
        }
    }

    private static void list(Story story, List<TimelineEvent> events, StringBuilder out) {
        out.append("<ol class=\"timeline\">\n");
        for (TimelineEvent e : events) {
            out.append("<li><time>").append(Html.escape(e.date())).append("</time> ")
                    .append(Html.escape(e.text())).append(" <small>")
                    .append(Html.escape(e.documents().stream().map(d -> story.article(d).displayName())
                            .collect(Collectors.joining(", "))))
                    .append(e.claims().isEmpty() ? "" : " · claims " + Html.escape(String.join(", ", e.claims())))
                    .append("</small></li>\n");
        }
        out.append("</ol>\n");
    }

    private static void svg(List<TimelineEvent> events, StringBuilder out) {
        if (events.isEmpty()) {
            return;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (TimelineEvent e : events) {
            long d = day(e.date());
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        double span = Math.max(1, max - min);
        int height = 40 + ROW * events.size();
        out.append("<svg class=\"timeline-chart\" role=\"img\" aria-label=\"timeline\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        out.append("<line x1=\"").append(MARGIN).append("\" y1=\"20\" x2=\"").append(WIDTH - MARGIN)
                .append("\" y2=\"20\" stroke=\"#555\"/>\n");
        int row = 0;
        for (TimelineEvent e : events) {
            double x = MARGIN + (day(e.date()) - min) / span * (WIDTH - 2 * MARGIN);
            int y = 40 + ROW * row++;
            boolean exact = e.precision() == TimelineEvent.Precision.DAY;
            out.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"20\" r=\"5\" fill=\"%s\" stroke=\"#246\">"
                    + "<title>%s</title></circle>%n", x, exact ? "#246" : "white",
                    Html.escape(e.date() + ": " + e.text())));
            out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"25\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ccc\"/>%n",
                    x, x, y - 10));
            String label = e.date() + " (" + e.documents().size() + ")";
            boolean right = x < WIDTH / 2.0;
            out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"%s\">%s</text>%n",
                    x + (right ? 3 : -3), y, right ? "start" : "end", Html.escape(label)));
        }
        out.append("</svg>\n");
    }

    /** The epoch day of a day, month or year value; 0 when it does not parse. */
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
            return 0; // a value the contract does not allow still gets drawn, at the start
        }
    }
}
