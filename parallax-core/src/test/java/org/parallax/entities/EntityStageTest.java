package org.parallax.entities;

import org.junit.jupiter.api.Test;
import org.parallax.model.Entity;
import org.parallax.model.Story;
import org.parallax.quotes.Stories;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class EntityStageTest {
    private static final Story NAMES = Stories.withEntities("names-a.txt", "names-b.txt");

    private static Optional<Entity> owner(Story s, String name) {
        return s.entities().stream().filter(e -> e.name().equals(name) || e.aliases().contains(name)).findFirst();
    }

    private static void sameEntity(Story s, String a, String b) {
        assertThat(owner(s, a)).as(a).isPresent();
        assertThat(owner(s, a)).as(a + " = " + b).isEqualTo(owner(s, b));
    }

    @Test
    void mergesSpellingAndTransliterationVariants() {
        sameEntity(NAMES, "Mohammed Rafiq", "Muhammad Rafiq");
        sameEntity(NAMES, "Tehran", "Teheran");
    }

    @Test
    void mergesAcronymsDefinedInParenthesesAndAliases() {
        sameEntity(NAMES, "Jamat-e-Nusrat Sindh", "JNS");
        sameEntity(NAMES, "Northern Front", "Jabhat al-Shamal");
    }

    @Test
    void neverMergesDifferentPeopleSharingASurname() {
        assertThat(owner(NAMES, "Sara Khan")).isPresent();
        assertThat(owner(NAMES, "Imran Khan")).isPresent();
        assertThat(owner(NAMES, "Sara Khan")).isNotEqualTo(owner(NAMES, "Imran Khan"));
        // in the article that names only Imran Khan, "Khan" is him
        sameEntity(NAMES, "Imran Khan", "Khan");
    }

    @Test
    void mergesShortFormsOfGivenNamesAndSurnamesAGazetteerMistypes() {
        Story s = Stories.withEntities("names-sport.txt", "names-sport-b.txt");
        // a listed short form of the given name, the same surname
        sameEntity(s, "Maurice Kettle", "Mo Kettle");
        sameEntity(s, "Edward Jordan", "Eddie Jordan");
        // "Ford" and "Jordan" alone are the people the article named first, not a carmaker or a country
        sameEntity(s, "Phil Ford", "Ford");
        sameEntity(s, "Edward Jordan", "Jordan");
        assertThat(owner(s, "Phil Ford").orElseThrow().type()).isEqualTo(org.parallax.model.EntityType.PERSON);
        assertThat(Names.sameFirstName("Mo", "Maurice")).isTrue();
        assertThat(Names.sameFirstName("Ted", "Edward")).isTrue();
        assertThat(Names.sameFirstName("Bill", "Robert")).isFalse();
    }

    @Test
    void placeNamesAndTheirOtherNamesAreOnePlace() {
        assertThat(PlaceNames.canonical(Names.key("Salonika"))).isEqualTo(PlaceNames.canonical(Names.key("Thessaloniki")));
        assertThat(PlaceNames.canonical(Names.key("Bombay"))).isEqualTo(Names.key("Mumbai"));
        assertThat(PlaceNames.canonical(Names.key("Athens"))).isEqualTo(Names.key("Athens"));
    }

    @Test
    void describesPeopleFromTitlesAndAppositions() {
        Story s = Stories.withEntities("south-asian-wire.txt", "us-council.txt");
        assertThat(owner(s, "Ahsan Iqbal").orElseThrow().description()).isEqualTo("Federal Minister for Planning");
        assertThat(owner(s, "Maria Delgado").orElseThrow().description()).isEqualTo("council’s budget chair");
        sameEntity(s, "Inter-Services Public Relations", "ISPR");
    }

    @Test
    void listsTheDocumentsThatMentionAnEntity() {
        assertThat(owner(NAMES, "Mohammed Rafiq").orElseThrow().documents()).containsExactly("names-a", "names-b");
    }

    @Test
    void namesHelpersCompareWordByWord() {
        assertThat(Names.sameName(Names.words("Tehrik-e-Jadid"), Names.words("Tehreek-e-Jadid"), false)).isTrue();
        assertThat(Names.sameName(Names.words("John Smith"), Names.words("Jane Smith"), true)).isFalse();
        assertThat(Names.sameWord("pakistan", "pakistani")).isFalse();
        assertThat(Names.initials("Inter-Services Public Relations")).isEqualTo("ISPR");
        assertThat(List.of(Names.isAcronym("NATO"), Names.isAcronym("Nato"))).containsExactly(true, false);
    }
}
