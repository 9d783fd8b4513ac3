package org.parallax.claims;

import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Conflict;
import org.parallax.model.Trajectory;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrajectoryAndFramesTest {
    private static Candidate reported(String id, String published, String sentence) {
        Article a = Fixtures.article(id, id.toUpperCase(), published, List.of(), sentence);
        return new Candidate(a, a.sentences().get(0), Quantities.find(sentence), List.of(), false);
    }

    private static List<ConflictFinder.Grouped> claims(Candidate... members) {
        List<ConflictFinder.Grouped> out = new java.util.ArrayList<>();
        for (int i = 0; i < members.length; i++) {
            out.add(new ConflictFinder.Grouped("c" + (i + 1), List.of(members[i])));
        }
        return out;
    }

    @Test
    void aTollThatRisesInLaterReportsIsATrajectoryNotAConflict() {
        var grouped = claims(
                reported("wire", "2025-03-01", "At least 12 people were killed in the earthquake, officials said."),
                reported("daily", "2025-03-02", "The earthquake killed 40 people, the ministry said on Sunday."),
                reported("weekly", "2025-03-04", "More than 90 people were killed in the earthquake."));
        List<Conflict> conflicts = ConflictFinder.find(grouped);
        assertThat(conflicts).isEmpty();
        List<Trajectory> trajectories = ConflictFinder.trajectories(grouped);
        assertThat(trajectories).hasSize(1);
        assertThat(trajectories.get(0).points()).extracting(Trajectory.Point::value).containsExactly(12.0, 40.0, 90.0);
        assertThat(trajectories.get(0).points()).extracting(Trajectory.Point::reported)
                .containsExactly("2025-03-01", "2025-03-02", "2025-03-04");
    }

    @Test
    void reportsYearsApartAreNotOneTrajectory() {
        var grouped = claims(
                reported("wire", "2019-05-01", "Twelve people were killed in the fire."),
                reported("daily", "2023-08-02", "Forty people were killed in the fire."));
        assertThat(ConflictFinder.trajectories(grouped)).isEmpty();
    }

    @Test
    void differentTollsReportedTheSameDayStillConflict() {
        var grouped = claims(
                reported("wire", "2025-03-02", "Twelve people were killed in the earthquake."),
                reported("daily", "2025-03-02", "The earthquake killed 40 people."));
        assertThat(ConflictFinder.find(grouped)).hasSize(1);
        assertThat(ConflictFinder.trajectories(grouped)).isEmpty();
    }

    @Test
    void aTollThatFallsInALaterReportIsAConflict() {
        var grouped = claims(
                reported("wire", "2025-03-01", "Forty people were killed in the earthquake."),
                reported("daily", "2025-03-03", "Twelve people were killed in the earthquake."));
        assertThat(ConflictFinder.find(grouped)).hasSize(1);
    }

    @Test
    void theOutcomeOfTalksGroupsAcrossOutletsWhateverTheWording() {
        List<List<Candidate>> groups = ClaimGrouper.byFrame(List.of(
                Fixtures.candidate("us", "Talks between Serbia and Kosovo collapsed in Brussels on Tuesday."),
                Fixtures.candidate("uk", "The Brussels negotiations ended without an agreement, Kosovo's envoy said."),
                Fixtures.candidate("pk", "Officials in Serbia blamed Pristina after the dialogue failed.")));
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0)).extracting(Candidate::document).containsExactly("us", "uk", "pk");
    }

    @Test
    void aDenialOrOtherParticipantsDoNotJoinTheOutcome() {
        List<List<Candidate>> groups = ClaimGrouper.byFrame(List.of(
                Fixtures.candidate("us", "Talks between Serbia and Kosovo collapsed in Brussels."),
                Fixtures.candidate("uk", "Officials in Brussels denied that the talks had failed."),
                Fixtures.candidate("in", "Talks between Chile and Peru over fishing rights broke down.")));
        assertThat(groups).isEmpty();
    }

    @Test
    void talksOfDifferentLengthsAreDifferentFrames() {
        List<List<Candidate>> groups = ClaimGrouper.byFrame(List.of(
                Fixtures.candidate("us", "The four-day talks in Geneva between Iran and the agency ended."),
                Fixtures.candidate("uk", "The week-long talks in Geneva between Iran and the agency ended.")));
        assertThat(groups).noneMatch(g -> g.size() > 1 && g.get(0).text().contains("four-day")
                && g.stream().anyMatch(c -> c.text().contains("week-long")));
    }

    @Test
    void aSharedJobTitleIsNotCopiedWording() {
        assertThat(Independence.isCopiedWording("Minister for Information and Broadcasting, Anil Rao, confirmed"))
                .isFalse();
        assertThat(Independence.isCopiedWording("the dialogue thus failed to bring about any workable solution"))
                .isTrue();
    }

    @Test
    void framesSurviveGarbage() {
        assertThat(EventFrames.of(Fixtures.candidate("x", "talks talks talks ".repeat(200)))).isEmpty();
        assertThat(ClaimGrouper.byFrame(List.of())).isEmpty();
        assertThat(EventFrames.of(Fixtures.candidate("x", "Переговоры провалились 谈判失败 talks failed"))).isNotNull();
    }
}
