package org.parallax.spark;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The article pipeline of a partition, with and without analyze's time limit on each article. */
class ArticleStageTest {
    private static RawRow article(long index, String id, String text) {
        RawRow r = new RawRow();
        r.setIndex(index);
        r.setId(id);
        r.setSource("in.jsonl:" + (index + 1));
        r.setOriginal(text);
        r.setWarnings(new String[0]);
        return r;
    }

    private static List<ArticleRow> run(List<RawRow> rows, Duration limit) {
        List<ArticleRow> out = new ArrayList<>();
        ArticleStage.apply(rows.iterator(), false, limit).forEachRemaining(out::add);
        return out;
    }

    @Test
    void aTimeLimitKeepsEachRowInItsPlaceBesideProblemsReadEarlier() {
        RawRow bad = Inputs.problem(0, 1, "in.jsonl:2", "not a JSON object");
        bad.setIndex(1);
        List<RawRow> rows = List.of(
                article(0, "a", "Dockworkers at Lindmark walked out on Monday.\n\nThe union said pay was owed."),
                bad,
                article(2, "b", "Cranes stood idle at the port of Lindmark as the strike went on."));
        List<ArticleRow> limited = run(rows, Duration.ofSeconds(120));
        List<ArticleRow> free = run(rows, null);
        assertThat(limited).extracting(ArticleRow::getIndex).containsExactly(0L, 1L, 2L);
        assertThat(limited).extracting(ArticleRow::getId).containsExactly("a", "", "b");
        assertThat(limited.get(1).getProblem()).isEqualTo("not a JSON object");
        assertThat(limited).extracting(ArticleRow::getPayload).isEqualTo(free.stream().map(ArticleRow::getPayload).toList());
    }
}
