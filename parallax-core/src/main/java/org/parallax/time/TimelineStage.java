package org.parallax.time;

import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.SourceText;
import org.parallax.model.Story;
import org.parallax.model.TimeExpression;
import org.parallax.model.TimelineEvent;
import org.parallax.pipeline.Stage;
import org.parallax.pipeline.StageResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Story stage "timeline": every calendar date the articles give an event, by day, month or year, each
 * citing the documents and claims that state it. Vague relative spans ("earlier this month", "last
 * week") date nothing precisely and are left out; a month or a year must be written out.
 * Pure function of the story.
 */
public final class TimelineStage implements Stage<Story, Story> {
    private static final Pattern CALENDAR = Pattern.compile("^\\d{4}(-\\d{2}(-\\d{2})?)?$");
    private static final Pattern WRITTEN = Pattern.compile(
            "\\d|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", Pattern.CASE_INSENSITIVE);

    /** Events of one date as they are collected. */
    private static final class Day {
        final List<String> documents = new ArrayList<>();
        final List<String> claims = new ArrayList<>();
        String text;
    }

    @Override
    public StageResult<Story> apply(Story story) {
        Map<String, Day> days = new TreeMap<>();
        for (Article a : story.articles()) {
            for (TimeExpression t : a.times()) {
                String value = dateOf(t);
                if (value == null || (value.length() < 10 && !WRITTEN.matcher(t.text()).find())) {
                    continue;
                }
                Day day = days.computeIfAbsent(value, k -> new Day());
                if (!day.documents.contains(a.id())) {
                    day.documents.add(a.id());
                }
                for (Claim c : story.claims()) {
                    for (SourceText s : c.sources()) {
                        if (s.document().equals(a.id()) && s.start() <= t.start() && t.end() <= s.end()) {
                            if (!day.claims.contains(c.id())) {
                                day.claims.add(c.id());
                            }
                            if (day.text == null || s.text().length() < day.text.length()) {
                                day.text = s.text();
                            }
                        }
                    }
                }
                if (day.text == null) {
                    day.text = sentenceAround(a, t);
                }
            }
        }
        List<TimelineEvent> events = new ArrayList<>();
        for (var e : days.entrySet()) {
            String d = e.getKey();
            TimelineEvent.Precision p = d.length() == 10 ? TimelineEvent.Precision.DAY
                    : d.length() == 7 ? TimelineEvent.Precision.MONTH : TimelineEvent.Precision.YEAR;
            events.add(new TimelineEvent(d, p, e.getValue().text, e.getValue().documents, e.getValue().claims));
        }
        return StageResult.ok(story.withTimeline(events));
    }

    /** The calendar part of a DATE or TIME value ("2025-10-28TNI" is 2025-10-28), else null. */
    static String dateOf(TimeExpression t) {
        if (t.value() == null || !("DATE".equals(t.type()) || "TIME".equals(t.type()))) {
            return null;
        }
        String v = t.value().length() > 10 && t.value().charAt(10) == 'T' ? t.value().substring(0, 10) : t.value();
        return CALENDAR.matcher(v).matches() ? v : null;
    }

    private static String sentenceAround(Article a, TimeExpression t) {
        return a.sentences().stream().filter(s -> s.start() <= t.start() && t.end() <= s.end())
                .map(s -> s.text()).findFirst().orElse(t.text());
    }
}
