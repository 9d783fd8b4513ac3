package org.parallax.claims;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuantitiesTest {
    private static Quantities.Found only(String sentence) {
        List<Quantities.Found> found = Quantities.find(sentence);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void readsATollWithQualifierAndWhatItCounts() {
        Quantities.Found f = only("At least 41 people were killed when the ferry capsized, police said.");
        assertThat(f.value()).isEqualTo(41);
        assertThat(f.qualifier()).isEqualTo("at least");
        assertThat(f.unit()).isEqualTo("people killed");
    }

    @Test
    void readsNumbersWrittenAsWords() {
        Quantities.Found f = only("Seventy-two miners were rescued after the collapse.");
        assertThat(f.value()).isEqualTo(72);
        assertThat(f.unit()).isEqualTo("miners");
    }

    @Test
    void readsVagueFiguresAsTheLeastTheyMean() {
        Quantities.Found f = only("The storm killed dozens across the valley.");
        assertThat(f.value()).isEqualTo(24);
        assertThat(f.qualifier()).isEqualTo("at least");
        assertThat(f.unit()).isEqualTo("people killed");
    }

    @Test
    void readsHyphenatedDurationsAndMeasures() {
        assertThat(only("The three-day summit opened in Geneva.").kind()).isEqualTo(Quantities.Kind.DURATION);
        Quantities.Found border = only("The neighbours share a 1,200-mile frontier.");
        assertThat(border.value()).isEqualTo(1200);
        assertThat(border.kind()).isEqualTo(Quantities.Kind.MEASURE);
        Quantities.Found week = only("After week-long talks, a deal emerged.");
        assertThat(week.unit()).isEqualTo("week talks");
        assertThat(week.days()).isEqualTo(7);
    }

    @Test
    void readsHoursOfSomething() {
        Quantities.Found f = only("On Friday the unions held 14 hours of negotiations with the board.");
        assertThat(f.value()).isEqualTo(14);
        assertThat(f.unit()).isEqualTo("hours of negotiations");
        assertThat(f.days()).isLessThan(1);
    }

    @Test
    void skipsYearsAndBareCounts() {
        assertThat(Quantities.find("Relations have been tense since 2019.")).isEmpty();
        assertThat(Quantities.find("The talks stalled four or five times.")).isEmpty();
    }

    @Test
    void garbageGivesNothingAndNeverThrows() {
        assertThat(Quantities.find("")).isEmpty();
        assertThat(Quantities.find("٣٤ 数字 ---- ,,,, 9999999999999999999999999999 - -day")).isNotNull();
        assertThat(Quantities.find("x ".repeat(50_000))).isEmpty();
    }

    @Test
    void positionsReadAsAReaderWouldSayThem() {
        assertThat(ConflictFinder.phrase(only("The storm killed dozens across the valley."))).isEqualTo("dozens of people killed");
        assertThat(ConflictFinder.phrase(only("The week-long talks in the capital ended on Friday.")))
                .doesNotContain("week week").startsWith("week-long");
        assertThat(ConflictFinder.phrase(only("At least 41 people were killed when the ferry capsized, police said.")))
                .isEqualTo("At least 41 people killed");
    }

    @Test
    void vagueFiguresNameWhatTheyCountAfterOf() {
        Quantities.Found f = only("Thousands of workers joined the strike on Monday.");
        assertThat(f.value()).isEqualTo(2000);
        assertThat(f.unit()).isEqualTo("workers");
        assertThat(ConflictFinder.phrase(f)).isEqualTo("Thousands of workers");
    }
}
