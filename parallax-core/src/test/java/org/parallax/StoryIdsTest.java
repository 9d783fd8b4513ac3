package org.parallax;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Stable story ids: kept while a story keeps most of its articles; merged and split ids redirect (issue 17). */
class StoryIdsTest {
    private static StoryIds.Naming name(List<List<String>> groups, Map<String, List<String>> previous, Set<String> retired) {
        List<String> order = List.of("a", "b", "c", "d", "e", "f", "g", "h");
        return StoryIds.stable(groups, previous, retired, order::indexOf);
    }

    private static Map<String, List<String>> stories(Object... idsAndMembers) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < idsAndMembers.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> members = (List<String>) idsAndMembers[i + 1];
            out.put((String) idsAndMembers[i], members);
        }
        return out;
    }

    @Test
    void aNewStoryIsNamedAfterItsFirstAddedArticle() {
        StoryIds.Naming n = name(List.of(List.of("c", "a"), List.of("b")), Map.of(), Set.of());
        assertThat(n.ids().get(0)).isEqualTo("s-" + StoryIds.sha256("a").substring(0, 10));
        assertThat(n.ids().get(1)).isEqualTo("s-" + StoryIds.sha256("b").substring(0, 10));
        assertThat(n.redirects()).isEmpty();
    }

    @Test
    void aStoryKeepsItsIdWhileItKeepsMostOfItsArticles() {
        StoryIds.Naming grown = name(List.of(List.of("a", "b", "c", "d")), stories("old", List.of("a", "b", "c")), Set.of());
        assertThat(grown.ids()).containsExactly("old");
        StoryIds.Naming shed = name(List.of(List.of("d", "e"), List.of("a", "b", "c")),
                stories("old", List.of("a", "b", "c", "d")), Set.of());
        assertThat(shed.ids().get(1)).isEqualTo("old");
        assertThat(shed.ids().get(0)).isNotEqualTo("old");
        assertThat(shed.redirects()).isEmpty();
    }

    @Test
    void mergedStoriesRedirectToTheOneTheGroupHoldsMostOf() {
        StoryIds.Naming n = name(List.of(List.of("a", "b", "c", "d", "e")),
                stories("small", List.of("d", "e"), "big", List.of("a", "b", "c")), Set.of());
        assertThat(n.ids()).containsExactly("big");
        assertThat(n.redirects()).containsExactly(Map.entry("small", "big"));
    }

    @Test
    void anEvenSplitGivesTwoNewIdsAndTheOldOneRedirectsToTheFirstHalf() {
        StoryIds.Naming n = name(List.of(List.of("a", "b"), List.of("c", "d")), stories("old", List.of("a", "b", "c", "d")), Set.of());
        assertThat(n.ids()).doesNotContain("old");
        assertThat(n.redirects()).containsExactly(Map.entry("old", n.ids().get(0)));
    }

    @Test
    void aRetiredIdIsNeverGivenToAnotherStory() {
        String wouldBe = "s-" + StoryIds.sha256("a").substring(0, 10);
        StoryIds.Naming n = name(List.of(List.of("a")), Map.of(), Set.of(wouldBe));
        assertThat(n.ids().get(0)).isEqualTo(wouldBe + "-2");
    }

    @Test
    void positionalIdsCountFromOne() {
        assertThat(StoryIds.positional(3).ids()).containsExactly("s1", "s2", "s3");
    }
}
