package org.parallax.quotes;

import org.junit.jupiter.api.Test;
import org.parallax.model.Match;
import org.parallax.model.QuoteOccurrence;
import org.parallax.entities.EntityStage;
import org.parallax.model.Article;
import org.parallax.model.Story;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.quotes.Stories.occurrence;
import static org.parallax.quotes.Stories.quote;

class QuoteStageTest {

    @Test
    void attributesUsStyleQuotesIncludingSaidXInversionsAndPronouns() {
        Story s = Stories.analysed("us-council.txt");
        assertThat(occurrence(s, "This is a bad deal").speaker()).isEqualTo("Maria Delgado");
        assertThat(occurrence(s, "This is a bad deal").speakerAsWritten()).isEqualTo("Maria Delgado");
        QuoteOccurrence giving = occurrence(s, "We are not giving up");
        assertThat(giving.speakerAsWritten()).isEqualTo("he");
        assertThat(giving.speaker()).isEqualTo("Thomas Reed");
        assertThat(occurrence(s, "Jobs matter").speaker()).isEqualTo("James Delgado");
    }

    @Test
    void resolvesTheDescriptionThePaperToTheNearestOrganisation() {
        Story s = Stories.analysed("us-council.txt");
        QuoteOccurrence o = occurrence(s, "The numbers never added up");
        assertThat(o.speakerAsWritten()).isEqualTo("the paper");
        assertThat(o.speaker()).contains("Courier");
    }

    @Test
    void keepsNestedQuotesInsideTheOuterQuote() {
        Story s = Stories.analysed("us-council.txt");
        QuoteOccurrence o = occurrence(s, "I told them");
        assertThat(o.text()).isEqualTo("I told them, ‘Build it and they will come,’ and they didn’t listen,");
        assertThat(o.speaker()).isEqualTo("Richard Cole");
    }

    @Test
    void keepsAQuoteInsideTheQuoteWrittenWithTheOuterMarks() {
        Story s = Stories.analysed("names-sport.txt");
        QuoteOccurrence o = occurrence(s, "I told them");
        assertThat(o.text()).isEqualTo("I told them, “We have to defend better, and we have to start tonight.");
        assertThat(s.quotes()).noneMatch(q -> q.text().equals("I told them,"));
    }

    @Test
    void continuesAQuoteAcrossAParagraphBreakWithTheSameSpeaker() {
        Story s = Stories.analysed("us-council.txt");
        assertThat(occurrence(s, "We will keep talking to the city").speaker()).isEqualTo("Richard Cole");
        assertThat(occurrence(s, "But we also have offers").speaker()).isEqualTo("Richard Cole");
    }

    @Test
    void leavesScareQuotesOut() {
        Story s = Stories.analysed("us-council.txt");
        assertThat(s.quotes()).noneMatch(q -> q.text().contains("world-class"));
    }

    @Test
    void readsBritishSingleQuotesAndTitledSurnames() {
        Story s = Stories.analysed("uk-rail.txt");
        assertThat(occurrence(s, "We offered a fair deal").speaker()).isEqualTo("Helen Marsh");
        assertThat(occurrence(s, "The public deserve better").speaker()).isEqualTo("Helen Marsh");
        assertThat(occurrence(s, "was an insult to our members").speaker()).isEqualTo("Dave Whitfield");
        assertThat(occurrence(s, "Nobody wants this").speaker()).isEqualTo("Dave Whitfield");
    }

    @Test
    void anUnnamedSpokesmanIsNotSomeoneNamedBefore() {
        Story s = Stories.analysed("uk-rail.txt");
        assertThat(occurrence(s, "remains open to further talks").speakerAsWritten())
                .isEqualTo("A spokesman for the Department for Transport");
    }

    @Test
    void handlesSouthAsianWireCopyWithAWrongOpeningMark() {
        Story s = Stories.analysed("south-asian-wire.txt");
        QuoteOccurrence project = occurrence(s, "The project will change");
        assertThat(project.text()).startsWith("The project will change").endsWith("region,");
        assertThat(project.speakerAsWritten()).isEqualTo("the minister");
        assertThat(project.speaker()).isEqualTo("Ahsan Iqbal");
        assertThat(occurrence(s, "All stakeholders").speaker()).isEqualTo("Ahsan Iqbal");
        assertThat(occurrence(s, "The area has been cleared").speaker()).isIn("Inter-Services Public Relations", "ISPR");
        assertThat(occurrence(s, "The visit will focus").speaker()).isEqualTo("Official sources");
    }

    @Test
    void offsetsPointAtTheQuotedText() {
        Story s = Stories.analysed("us-council.txt", "uk-rail.txt", "south-asian-wire.txt");
        for (var q : s.quotes()) {
            for (QuoteOccurrence o : q.occurrences()) {
                assertThat(s.article(o.document()).original().substring(o.start(), o.end())).isEqualTo(o.text());
            }
        }
    }

    @Test
    void alignsOneStatementAcrossOutletsAndClassifiesEachVersion() {
        Story s = Stories.analysed("water-a.txt", "water-b.txt", "water-c.txt");
        var q = quote(s, "This law will protect our rivers for the next fifty years");
        assertThat(q.speaker().name()).isEqualTo("Ana Torres");
        assertThat(q.text()).startsWith("This law will protect our rivers for the next fifty years");
        assertThat(occurrence(s, "will protect our rivers for the next fifty years”".replace("”", "")).match())
                .isIn(Match.VERBATIM, Match.FRAGMENT);
        QuoteOccurrence altered = q.occurrences().stream().filter(o -> o.text().contains("for decades")).findFirst().orElseThrow();
        assertThat(altered.match()).isEqualTo(Match.ALTERED);
        assertThat(altered.diff()).anyMatch(p -> p.kind().equals("ins") && p.text().contains("decades"));
        assertThat(q.occurrences()).anyMatch(o -> o.document().equals("water-b") && o.match() == Match.FRAGMENT);
    }

    @Test
    void matchesAParaphraseButNeverItsNegation() {
        Story s = Stories.analysed("water-a.txt", "water-b.txt", "water-c.txt");
        var q = quote(s, "This law will protect our rivers for the next fifty years");
        assertThat(q.occurrences()).anyMatch(o -> o.match() == Match.PARAPHRASE && o.text().startsWith("Governor Ana Torres said"));
        assertThat(s.quotes()).flatMap(x -> x.occurrences()).noneMatch(o -> o.text().startsWith("Critics said"));
    }

    @Test
    void flagsAStatementGivenToDifferentSpeakers() {
        Story s = new QuoteStage().apply(org.parallax.model.Story.of("s", null, java.util.List.of(
                Stories.article("x", "Mayor Ann Lee spoke on Monday. “We will rebuild the bridge before winter comes,” Lee said."),
                Stories.article("y", "City officials met on Monday. “We will rebuild the bridge before winter comes,” officials said."))))
                .result().orElseThrow();
        var q = quote(s, "We will rebuild the bridge");
        assertThat(q.occurrences()).hasSize(2);
        assertThat(q.speakerDisputed()).isTrue();
    }

    @Test
    void resolvesAPossessiveDescriptionToThePersonWithThatTitle() {
        Story s = Stories.analysed("us-tv.txt");
        QuoteOccurrence o = occurrence(s, "We asked the questions");
        assertThat(o.speakerAsWritten()).isEqualTo("the network’s anchor");
        assertThat(o.speaker()).isEqualTo("Norah Vance");
    }

    @Test
    void aQuoteOverSeveralParagraphsTakesTheSpeakerNamedAfterItsLastPart() {
        Story s = new QuoteStage().apply(new org.parallax.entities.EntityStage().apply(org.parallax.model.Story.of(
                "s", null, java.util.List.of(Stories.article("p", "The vote came late on Friday.\n\n"
                        + "“We were not ready for this at all.\n\n"
                        + "Nobody in this town was ready,” said Dana Ruiz, the school board chair."))))
                .result().orElseThrow()).result().orElseThrow();
        assertThat(occurrence(s, "We were not ready").speaker()).isEqualTo("Dana Ruiz");
        assertThat(occurrence(s, "Nobody in this town").speaker()).isEqualTo("Dana Ruiz");
    }

    @Test
    void aStoryPastTheAlignersBoundSaysSoAndListsEachQuoteOnItsOwn() {
        Story whole = Stories.analysed("water-a.txt", "water-b.txt", "water-c.txt");
        assertThat(whole.warnings()).isEmpty();
        var aligned = quote(whole, "This law will protect our rivers for the next fifty years");
        assertThat(aligned.occurrences().stream().map(QuoteOccurrence::document).distinct().count()).isGreaterThan(1);

        Story capped = new QuoteStage(1, 2_000).apply(Stories.withEntities("water-a.txt", "water-b.txt", "water-c.txt"))
                .result().orElseThrow();
        assertThat(capped.warnings()).singleElement().asString()
                .startsWith("quotes: ").contains("more than the 1 the aligner compares");
        assertThat(capped.quotes()).allMatch(q -> q.occurrences().stream()
                .filter(o -> o.match() != Match.PARAPHRASE).map(QuoteOccurrence::document).distinct().count() == 1);
    }

    @Test
    void aStoryPastTheParaphraseBoundSaysSoAndMatchesNoParaphrase() {
        Story capped = new QuoteStage(12_000, 0).apply(Stories.withEntities("water-a.txt", "water-b.txt", "water-c.txt"))
                .result().orElseThrow();
        assertThat(capped.warnings()).singleElement().asString()
                .startsWith("quotes: ").contains("more than the 0 matched against quotes");
        assertThat(capped.quotes()).flatMap(q -> q.occurrences()).noneMatch(o -> o.match() == Match.PARAPHRASE);
    }

    @Test
    void aStoryOfCopiesPastTheAlignersBoundStillLinesUpItsQuotesAcrossOutlets() {
        List<String> names = List.of("water-a", "water-b", "water-c");
        List<Article> originals = new ArrayList<>();
        List<Article> withCopies = new ArrayList<>();
        for (String n : names) {
            String text = org.parallax.TestData.read(org.parallax.TestData.fixture("quotes/" + n + ".txt"));
            originals.add(Stories.article(n, text));
            withCopies.add(Stories.article(n, text));
        }
        for (String n : names) { // the same three articles run again by three other outlets
            String text = org.parallax.TestData.read(org.parallax.TestData.fixture("quotes/" + n + ".txt"));
            withCopies.add(Stories.article(n + "-copy", text));
        }
        Story three = new EntityStage().apply(Story.of("s", null, originals)).result().orElseThrow();
        Story six = new EntityStage().apply(Story.of("s", null, withCopies)).result().orElseThrow();
        // the least bound the three articles' quoted sentences fit in: the copies double them
        int bound = 1;
        while (!new QuoteStage(bound, 2_000).apply(three).result().orElseThrow().warnings().isEmpty()) {
            bound++;
        }
        Story capped = new QuoteStage(bound, 2_000).apply(six).result().orElseThrow();
        assertThat(capped.warnings()).singleElement().asString().startsWith("quotes: " + 2 * bound + " quoted sentences")
                .contains("the copies of each sentence under the same speaker were put together first",
                        "the " + bound + " distinct sentences aligned");
        var q = quote(capped, "This law will protect our rivers for the next fifty years");
        assertThat(q.occurrences().stream().filter(o -> o.match() != Match.PARAPHRASE).map(QuoteOccurrence::document))
                .contains("water-a", "water-a-copy").hasSizeGreaterThan(2);
        // every copy of a quote stands in the same statement as the quote it copies
        for (var quote : capped.quotes()) {
            for (QuoteOccurrence o : quote.occurrences()) {
                if (o.document().endsWith("-copy") && o.match() != Match.PARAPHRASE) {
                    assertThat(quote.occurrences()).as(o.text()).anyMatch(x -> x.document().equals(o.document().replace("-copy", ""))
                            && x.start() == o.start() && x.text().equals(o.text()));
                }
            }
        }
        // the same statements as the uncapped run gives
        Story whole = new QuoteStage().apply(six).result().orElseThrow();
        assertThat(whole.warnings()).isEmpty();
        assertThat(statements(capped)).isEqualTo(statements(whole));
    }

    @Test
    void foldingKeepsASentenceAnArticleRepeatsAsTwo() {
        String words = "We will rebuild every home in this valley before winter";
        List<Aligner.Unit> units = new ArrayList<>();
        for (String doc : List.of("a", "b", "c")) {
            for (int k = 0; k < 2; k++) { // each article gives the sentence twice, in two quotes
                List<String> tokens = Words.of(words);
                units.add(new Aligner.Unit(doc, doc.charAt(0), k * 100, k * 100 + words.length(), words, tokens,
                        Words.stems(tokens), units.size(), "mayor"));
            }
        }
        var folded = Aligner.folded(units);
        assertThat(folded).hasSize(2);
        assertThat(folded.values()).allSatisfy(copies -> assertThat(copies).extracting(Aligner.Unit::doc)
                .containsExactly("a", "b", "c"));
    }

    /** Each statement as the sorted set of its occurrences (document and start). */
    private static java.util.Set<java.util.Set<String>> statements(Story s) {
        java.util.Set<java.util.Set<String>> out = new java.util.HashSet<>();
        s.quotes().forEach(q -> out.add(new java.util.TreeSet<>(q.occurrences().stream().map(o -> o.document() + "@" + o.start()).toList())));
        return out;
    }
}
