package org.parallax.time;

import org.junit.jupiter.api.Test;
import org.parallax.Parallax;
import org.parallax.model.Article;
import org.parallax.model.GivenMetadata;
import org.parallax.model.RawArticle;
import org.parallax.model.Story;
import org.parallax.model.TimelineEvent;
import org.parallax.pipeline.Pipeline;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The timeline on fixtures written for these tests, through the real article pipeline. */
class TimelineStageTest {
    private static final Pipeline<RawArticle, Article> ARTICLES = Parallax.standardArticlePipeline();

    private static Article article(String id, String date, String text) {
        return ARTICLES.apply(new RawArticle(id, id + ".txt", text, new GivenMetadata(null, "Outlet " + id, date, null, null),
                List.of())).result().orElseThrow();
    }

    private static List<String> dates(Article... articles) {
        Story s = new TimelineStage().apply(Story.of("s", null, List.of(articles))).result().orElseThrow();
        return s.timeline().stream().map(TimelineEvent::date).toList();
    }

    @Test
    void photoCaptionsCreditsAndDateLinesStayOffTheTimeline() {
        Article a = article("a", null, String.join("\n\n",
                "Floods hit Sylhet",
                "Updated 14 / 7 / 2024 10: 05 AM",
                "Rescue boats in Sylhet on July 2, 2023. (credit: REUTERS/Stringer)",
                "Floods swept through Sylhet on Sunday, July 14, 2024, after days of heavy rain, officials said.",
                "The river last burst its banks in June 2022."));
        assertThat(a.published()).satisfies(p -> assertThat(p.date()).isEqualTo("2024-07-14"));
        assertThat(dates(a)).containsExactly("2022-06", "2024-07-14");
    }

    @Test
    void seasonsDecadesProductsAndAddressesAreNoDates() {
        Article a = article("a", "2009-01-10", String.join("\n\n",
                "The team won 40 games in the 2007-08 season and hopes to do better in 2008-09.",
                "Fashions of the 1980s came back, and the update covers Windows 2000 and Server 2003.",
                "A gunman entered the office at 2016 Ontario Street and opened fire.",
                "The company was founded in 1999."));
        assertThat(dates(a)).containsExactly("1999");
    }

    @Test
    void agoIsAsPreciseAsItsUnit() {
        Article a = article("a", "2010-05-05", String.join("\n\n",
                "A similar fire three decades ago killed two people.",
                "The bank opened its branch two years ago."));
        assertThat(dates(a)).containsExactly("2008");
    }

    @Test
    void theNextDayCountsFromTheDayLastStatedEvenInAnEarlierParagraph() {
        Article a = article("a", null, String.join("\n\n",
                "The gunman escaped from the courthouse on March 11, 2005, and killed three people there.",
                "He was captured the next day in a suburb north of the city."));
        assertThat(dates(a)).containsExactly("2005-03-11", "2005-03-12");
    }

    @Test
    void aWeekdayAfterByOrBeforeADeadlineLooksAhead() {
        Article a = article("a", "2010-05-05", "The goal is passage of the bill by Friday, the finance minister said on Wednesday.");
        assertThat(dates(a)).contains("2010-05-07", "2010-05-05");
    }

    @Test
    void aDayWithoutAYearStaysOnTheTimelineButAHolidayNameDoesNot() {
        Article a = article("a", null, String.join("\n\n",
                "The jury began hearing the case Sept. 22 and convicted him on Nov. 7.",
                "Staff were at the office Christmas party when the shooting began."));
        assertThat(dates(a)).containsExactly("XXXX-09-22", "XXXX-11-07");
    }
}
