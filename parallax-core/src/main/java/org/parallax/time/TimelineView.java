package org.parallax.time;

import org.parallax.model.Article;
import org.parallax.model.Story;
import org.parallax.model.TimelineEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A story's timeline as a reader wants it: the story's own period, and the background (earlier rounds,
 * anniversaries, "the last strike, in 2019") apart. Background is whatever ends more than
 * {@link #BACKGROUND_DAYS} days before the story's earliest publication date; with no dated article,
 * everything is the story's own period.
 *
 * @param recent     events of the story's own period, in date order
 * @param background earlier events, in date order
 */
public record TimelineView(List<TimelineEvent> recent, List<TimelineEvent> background) {
    public static final int BACKGROUND_DAYS = 90;

    public TimelineView {
        recent = List.copyOf(recent);
        background = List.copyOf(background);
    }

    public static TimelineView of(Story story) {
        Optional<LocalDate> earliest = TimeResolver.firstReported(story.articles());
        if (earliest.isEmpty()) {
            return new TimelineView(story.timeline(), List.of());
        }
        LocalDate cut = earliest.get().minusDays(BACKGROUND_DAYS);
        List<TimelineEvent> recent = new ArrayList<>();
        List<TimelineEvent> background = new ArrayList<>();
        for (TimelineEvent e : story.timeline()) {
            LocalDate end = lastDay(e.date());
            (end != null && end.isBefore(cut) ? background : recent).add(e);
        }
        return new TimelineView(recent, background);
    }

    /** The last day a day, month or year value covers; null when it does not parse. */
    static LocalDate lastDay(String date) {
        try {
            if (date.length() == 4) {
                return LocalDate.of(Integer.parseInt(date), 12, 31);
            }
            if (date.length() == 7) {
                LocalDate first = LocalDate.parse(date + "-01");
                return first.withDayOfMonth(first.lengthOfMonth());
            }
            return LocalDate.parse(date.substring(0, 10));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
