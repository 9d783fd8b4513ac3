package org.parallax.time;

import org.junit.jupiter.api.Test;
import org.parallax.model.Passage;
import org.parallax.model.Span;
import org.parallax.model.TimeExpression;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NewsRulesTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 10, 29);

    private static TimeExpression at(String text, String phrase, String value, String type) {
        int s = text.indexOf(phrase);
        return new TimeExpression(phrase, s, s + phrase.length(), value, type);
    }

    private static List<TimeExpression> apply(String text, TimeExpression... found) {
        return NewsRules.apply(text, List.of(new Passage(0, new Span(0, text.length()))), List.of(found), WEDNESDAY);
    }

    @Test
    void aBareWeekdayInPastReportingIsTheMostRecentOne() {
        String text = "The talks began on Saturday in Istanbul.";
        // SUTime puts Saturday in the document's own week, four days ahead
        assertThat(apply(text, at(text, "Saturday", "2025-11-01", "DATE")).get(0).value()).isEqualTo("2025-10-25");
    }

    @Test
    void aWeekdayWithTimeOfDayKeepsItsPart() {
        String text = "He told reporters on Tuesday night that a deal was close.";
        assertThat(apply(text, at(text, "Tuesday night", "2025-10-28TNI", "TIME")).get(0).value()).isEqualTo("2025-10-28TNI");
    }

    @Test
    void aWeekdayInAClauseThatLooksAheadIsTheNextOne() {
        String text = "The ministers will meet again on Monday.";
        assertThat(apply(text, at(text, "Monday", "2025-10-27", "DATE")).get(0).value()).isEqualTo("2025-11-03");
    }

    @Test
    void theDayBeforeCountsFromTheDateJustStated() {
        String text = "The army said on October 26 that five soldiers were killed the day before.";
        List<TimeExpression> out = apply(text, at(text, "October 26", "2025-10-26", "DATE"));
        assertThat(out).anySatisfy(t -> {
            assertThat(t.text()).isEqualTo("the day before");
            assertThat(t.value()).isEqualTo("2025-10-25");
        });
    }

    @Test
    void aMonthDayWithoutYearTakesTheNearestYear() {
        String text = "Both agreed to a ceasefire on October 19.";
        assertThat(apply(text, at(text, "October 19", "2026-10-19", "DATE")).get(0).value()).isEqualTo("2025-10-19");
    }

    @Test
    void anOrdinalDayOfAnEventIsNoCalendarDate() {
        String text = "The third day of the talks was tense.";
        assertThat(apply(text, at(text, "The third day", "2025-10-31", "DATE"))).isEmpty();
    }

    @Test
    void nowIsTheArticleDate() {
        String text = "Prices are now falling.";
        assertThat(apply(text, at(text, "now", "PRESENT_REF", "DATE")).get(0).value()).isEqualTo("2025-10-29");
    }

    @Test
    void aStatedDateFollowedByAnOffsetIsTheStatedDay() {
        String text = "The ship docks in Dhaka on November 2, two days later than planned.";
        List<TimeExpression> out = apply(text, at(text, "November 2, two days later", "2025-11-04", "DATE"));
        assertThat(out).extracting(TimeExpression::text).containsExactly("November 2", "two days later");
        assertThat(out).extracting(TimeExpression::value).containsExactly("2025-11-02", "2025-11-02");
        assertThat(out.get(1).start()).isEqualTo(text.indexOf("two days later"));
    }

    @Test
    void anOffsetAloneIsNotSplit() {
        String text = "Two days later the ship docked.";
        assertThat(NewsRules.splitOffset(at(text, "Two days later", "2025-10-31", "DATE"), WEDNESDAY)).hasSize(1);
    }

    @Test
    void anOrdinalDayOfAnEventIsNoDateButAWeekdayAfterItIs() {
        String text = "The strike entered its third day as ships queued outside the port.";
        assertThat(apply(text, at(text, "third day", "2025-10-31", "DATE"))).isEmpty();
        for (String[] kept : new String[][]{{"The ministers met last week.", "last week", "2025-W43"},
                {"Shelling was heard last night.", "last night", "2025-10-28TNI"},
                {"Talks were held in the first week of October 2023.", "the first week of October 2023", "2023-10-W01"}}) {
            assertThat(apply(kept[0], at(kept[0], kept[1], kept[2], "DATE"))).as(kept[1]).isNotEmpty();
        }
        String second = "Cranes stood idle for a second day on Tuesday.";
        List<TimeExpression> out = apply(second, at(second, "a second day on Tuesday", null, "DATE"));
        assertThat(out).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("Tuesday");
            assertThat(t.value()).isEqualTo("2025-10-28");
            assertThat(second.substring(t.start(), t.end())).isEqualTo("Tuesday");
        });
    }
}
