package org.parallax.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class AbsoluteDatesTest {
    @Test
    void readsTheCommonNewsForms() {
        assertThat(AbsoluteDates.first("Nov 1, 2025").orElseThrow().iso()).isEqualTo("2025-11-01");
        assertThat(AbsoluteDates.first("Published Wednesday, October 29, 2025 10:30").orElseThrow().iso()).isEqualTo("2025-10-29");
        assertThat(AbsoluteDates.first("1 November 2025").orElseThrow().iso()).isEqualTo("2025-11-01");
        assertThat(AbsoluteDates.first("date 2025-10-29 Pakistan").orElseThrow().text()).isEqualTo("2025-10-29");
        assertThat(AbsoluteDates.parseIso("2026-03-10T18:40:00+01:00")).contains(LocalDate.of(2026, 3, 10));
    }

    @Test
    void ignoresDatesWithoutYearAndImpossibleDates() {
        assertThat(AbsoluteDates.first("on October 29 the talks ended")).isEmpty();
        assertThat(AbsoluteDates.first("February 30, 2025")).isEmpty();
        assertThat(AbsoluteDates.parseIso("yesterday")).isEmpty();
        assertThat(AbsoluteDates.first(null)).isEmpty();
    }
}
