package org.parallax.time;

import org.junit.jupiter.api.Test;
import org.parallax.framing.Articles;
import org.parallax.model.Published;
import org.parallax.model.Story;
import org.parallax.model.TimelineEvent;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineViewTest {
    private static TimelineEvent event(String date, TimelineEvent.Precision p) {
        return new TimelineEvent(date, p, "event of " + date, List.of("a"), List.of());
    }

    private static final List<TimelineEvent> EVENTS = List.of(
            event("2019", TimelineEvent.Precision.YEAR),
            event("2025-08", TimelineEvent.Precision.MONTH),
            event("2025-10", TimelineEvent.Precision.MONTH),
            event("2025-10-27", TimelineEvent.Precision.DAY));

    @Test
    void eventsLongBeforeTheStoryAreBackground() {
        Story story = Story.of("s", "h", List.of(Articles.of("a", "Wire", "The talks ended on Monday.")
                .withPublished(new Published("2025-10-29", Published.How.STATED, "date 2025-10-29")))).withTimeline(EVENTS);
        TimelineView view = TimelineView.of(story);
        assertThat(view.background()).extracting(TimelineEvent::date).containsExactly("2019");
        // August ends within 90 days of the story: still its own period
        assertThat(view.recent()).extracting(TimelineEvent::date).containsExactly("2025-08", "2025-10", "2025-10-27");
    }

    @Test
    void withoutADatedArticleEverythingIsTheStorysOwn() {
        Story story = Story.of("s", "h", List.of(Articles.of("a", "Wire", "The talks ended on Monday."))).withTimeline(EVENTS);
        assertThat(TimelineView.of(story).recent()).hasSize(4);
        assertThat(TimelineView.of(story).background()).isEmpty();
    }
}
