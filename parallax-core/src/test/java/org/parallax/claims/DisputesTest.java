package org.parallax.claims;

import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Conflict;
import org.parallax.model.Story;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conflicts on fixtures written for these tests (US, UK and South Asian styles), each through the real
 * article pipeline: what is a dispute, and what only looks like one.
 */
class DisputesTest {
    private static Story analysed(Article... articles) {
        Story s = Story.of("s", null, List.of(articles));
        return new ClaimStage().apply(s).result().orElseThrow();
    }

    private static List<String> positions(Conflict c) {
        return c.positions().stream().map(Conflict.Position::text).toList();
    }

    @Test
    void twoOutletsGivingDifferentTollsOfOneFloodConflict() {
        Story s = analysed(
                Fixtures.article("a", "Daily Ledger", "2024-07-02", "At least 40 people were killed in the floods in Sylhet, officials said on Tuesday."),
                Fixtures.article("b", "Dhaka Courier", "2024-07-02", "Twelve people were killed in the floods in Sylhet, the disaster ministry said."),
                Fixtures.article("c", "River Times", "2024-07-02", "Twelve people were killed when floods swept through Sylhet, officials said."));
        assertThat(s.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.topic()).isEqualTo("how many people killed in Sylhet");
            assertThat(positions(c)).anyMatch(t -> t.contains("At least 40 people")).anyMatch(t -> t.contains("Twelve people"));
            assertThat(c.positions()).anySatisfy(p -> assertThat(p.documents()).containsExactlyInAnyOrder("b", "c"));
        });
    }

    @Test
    void aFigureThatRisesInLaterReportsIsAnUpdateNotAConflict() {
        Story s = analysed(
                Fixtures.article("mon", "Wire One", "2024-07-01", "Twelve people were killed in the floods in Sylhet, officials said."),
                Fixtures.article("tue", "Wire Two", "2024-07-02", "At least 40 people were killed in the floods in Sylhet, officials said."));
        assertThat(s.conflicts()).isEmpty();
        assertThat(s.trajectories()).singleElement().satisfies(t -> {
            assertThat(t.points()).extracting(p -> p.reported()).containsExactly("2024-07-01", "2024-07-02");
            assertThat(t.points()).extracting(p -> p.value()).containsExactly(12.0, 40.0);
        });
    }

    @Test
    void differentPopulationsAreNotAConflict() {
        Story s = analysed(
                Fixtures.article("a", "Frontier Post", "2025-10-12", "Twenty-three soldiers were killed in the border clashes, the army said."),
                Fixtures.article("b", "Capital Herald", "2025-10-12", "More than 70 people were killed in the border clashes, officials said."));
        assertThat(s.conflicts()).isEmpty();
    }

    @Test
    void hedgesAndRangesThatCanBothHoldAreNotAConflict() {
        Story s = analysed(
                Fixtures.article("a", "Gazette", "2025-03-04", "About 2,000 workers joined the strike at the Lindmark port on Monday."),
                Fixtures.article("b", "Courier", "2025-03-04", "More than 1,900 workers joined the strike at the Lindmark port on Monday."),
                Fixtures.article("c", "Herald", "2025-03-04", "Between 1,800 and 2,100 workers joined the strike at the Lindmark port on Monday."));
        assertThat(s.conflicts()).isEmpty();
    }

    @Test
    void durationsInOtherUnitsAreComparedInOneUnit() {
        Story agree = analysed(
                Fixtures.article("a", "Gazette", null, "Police negotiated with the gunman for 90 minutes before he surrendered."),
                Fixtures.article("b", "Courier", null, "Police negotiated with the gunman for 1.5 hours before he surrendered."),
                Fixtures.article("c", "Herald", null, "Police negotiated with the gunman for about 1.5 hours before he surrendered."));
        assertThat(agree.conflicts()).isEmpty();
        Story disagree = analysed(
                Fixtures.article("a", "Gazette", null, "Police negotiated with the gunman for almost three hours before he surrendered."),
                Fixtures.article("b", "Courier", null, "Police negotiated with the gunman for 90 minutes before he surrendered."));
        assertThat(disagree.conflicts()).singleElement().satisfies(c ->
                assertThat(positions(c)).anyMatch(t -> t.contains("almost three hours")).anyMatch(t -> t.contains("90 minutes")));
    }

    @Test
    void moneyInDifferentCurrenciesIsNeverCompared() {
        Story s = analysed(
                Fixtures.article("a", "Mint", "2025-01-10", "The government approved a relief package of 500 crore rupees for the flood-hit districts."),
                Fixtures.article("b", "Globe", "2025-01-10", "The government approved a relief package of $60 million for the flood-hit districts."));
        assertThat(s.conflicts()).isEmpty();
    }

    @Test
    void anOutletQuotingTwoSourcesThatDisagreeShowsTheSourcesAsTheSides() {
        Story s = analysed(Fixtures.article("a", "Evening Standard", "2025-05-05",
                "Police said about 20,000 people marched through central London on Saturday.",
                "Organisers said more than 100,000 people marched through central London on Saturday."));
        assertThat(s.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.positions()).flatExtracting(Conflict.Position::sources).contains("Police", "Organisers");
            assertThat(c.positions()).allSatisfy(p -> assertThat(p.documents()).containsExactly("a"));
        });
    }

    @Test
    void anOutletRepeatingTwoValuesOfItsOwnIsNotSetAgainstItself() {
        Story s = analysed(Fixtures.article("a", "Gazette", "2025-05-05",
                "About 20,000 people marched through central London on Saturday.",
                "Some 25,000 people marched through central London on Saturday, the paper's reporters counted."));
        assertThat(s.conflicts()).isEmpty();
    }

    @Test
    void figuresOfPlansAndIncrementsAreNoFacts() {
        Story s = analysed(
                Fixtures.article("a", "Gazette", "2025-02-01", "The company plans to cut 500 jobs at its plant in Leeds this year."),
                Fixtures.article("b", "Courier", "2025-02-01", "The company cut 200 jobs at its plant in Leeds this year."),
                Fixtures.article("c", "Herald", "2025-02-01", "The company cut another 50 jobs at its plant in Leeds this year."));
        assertThat(s.conflicts()).isEmpty();
    }

    @Test
    void whatAPlayerNeededIsNoTotalEvenWhenTheTaggerMissesTheVerb() {
        // the tagger reads "needed" as an adjective of "points": the parse has no verb of need to go by
        Story s = analysed(
                Fixtures.article("a", "Ledger", "2025-01-11", "The 6-foot-10 junior needed 12 points in Saturday's game against Dayton to pass Ellis for the school record."),
                Fixtures.article("b", "Courier", "2025-01-11", "The junior scored 25 points in Saturday's game against Dayton to pass Ellis for the school record."));
        assertThat(s.conflicts()).isEmpty();
    }

    @Test
    void aNameSpeltTwoWaysByDifferentOutletsIsAConflict() {
        Story s = analysed(
                Fixtures.article("a", "Dawn", "2025-10-20", "Taliban spokesman Zabihullah Mujahid said the talks would resume in Doha."),
                Fixtures.article("b", "Tolo", "2025-10-20", "Taliban spokesman Zabiullah Mujahid said the talks would resume in Doha."),
                Fixtures.article("c", "Wire", "2025-10-20", "North Carolina beat South Carolina in the final in Doha."));
        assertThat(s.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.topic()).contains("Zabihullah Mujahid").contains("Zabiullah Mujahid");
            assertThat(c.positions()).extracting(Conflict.Position::documents).containsExactlyInAnyOrder(List.of("a"), List.of("b"));
        });
    }

    @Test
    void aNameSpeltTwoWaysInsideOneOutletIsNoConflict() {
        Story s = analysed(Fixtures.article("a", "Dawn", "2025-10-20",
                "Taliban spokesman Zabihullah Mujahid said the talks would resume.",
                "Zabiullah Mujahid later added that the delegation had left Kabul."));
        assertThat(s.conflicts()).isEmpty();
    }

    @Test
    void anotherCrowdInAnotherCityIsThatCitysWholeCount() {
        Story s = analysed(
                Fixtures.article("a", "Ledger", "2025-05-05", "Police said 30,000 people marched in Lyon on Tuesday.",
                        "Violence was also reported in Marseille, where another 20,000 people marched through the port."),
                Fixtures.article("b", "Courier", "2025-05-05", "Police said 30,000 people marched in Lyon on Tuesday.",
                        "In Marseille, about 60,000 people marched through the port, the organisers said."));
        assertThat(s.conflicts()).singleElement().satisfies(c ->
                assertThat(positions(c)).anySatisfy(p -> assertThat(p).contains("20,000"))
                        .anySatisfy(p -> assertThat(p).contains("60,000")));
    }

    @Test
    void oneTypedFactInUnlikeClausesIsCompared() {
        // what is counted, its verb and the place agree; the rest of the clauses has nothing in common
        Story s = analysed(
                Fixtures.article("a", "Ledger", "2025-05-05", "Violence also broke out in Lyon, where 20,000 people marched through the old town, with youths smashing the windows of shops and cafes."),
                Fixtures.article("b", "Courier", "2025-05-05", "Meanwhile, clashes erupted in Lyon where approximately 50,000 people marched, destroying dozens of bank branches in the country's third city."));
        assertThat(s.conflicts()).singleElement().satisfies(c -> assertThat(c.topic()).contains("march"));
    }

    @Test
    void aCountWithNoPlaceHoldsWhereItsArticleIsSet() {
        // the second outlet's count names no place, but its lead sets the story in Lyon
        Story s = analysed(
                Fixtures.article("a", "Ledger", "2025-05-05", "Police said as many as 20,000 people took to the streets of Lyon as rallies all around the country kicked off."),
                Fixtures.article("b", "Courier", "2025-05-05", "Two people were hurt during protests in Lyon against the pension reform.",
                        "An estimated 100,000 people took to the streets as part of nationwide strikes to protest austerity measures imposed as a condition of the loan."));
        assertThat(s.conflicts()).singleElement().satisfies(c ->
                assertThat(positions(c)).anySatisfy(p -> assertThat(p).contains("20,000"))
                        .anySatisfy(p -> assertThat(p).contains("100,000")));
    }

    @Test
    void aPlaceNamedInTheLeadOnlyAsAModifierSetsNoScene() {
        // "two Lyon defenders" says who, not where: the unplaced count is not taken to be of Lyon
        Story s = analysed(
                Fixtures.article("a", "Ledger", "2025-05-05", "Police said as many as 20,000 people took to the streets of Lyon as rallies all around the country kicked off."),
                Fixtures.article("b", "Courier", "2025-05-05", "He scored past two Lyon defenders with a minute left to play.",
                        "An estimated 100,000 people took to the streets as part of nationwide strikes to protest austerity measures imposed as a condition of the loan."));
        assertThat(s.conflicts()).isEmpty();
    }

    @Test
    void outletsGivingTheSameDeadDifferentCausesDisagreeOnHowTheyDied() {
        Story s = analysed(
                Fixtures.article("a", "Ledger", "2025-02-01", "Two guards were burned to death when the warehouse caught fire on Friday."),
                Fixtures.article("b", "Courier", "2025-02-01", "Firefighters said two guards suffocated to death in the smoke-filled warehouse."),
                Fixtures.article("c", "Herald", "2025-02-01", "The two guards died of smoke inhalation, the coroner said."));
        assertThat(s.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.topic()).isEqualTo("how the dead died");
            assertThat(positions(c)).anySatisfy(p -> assertThat(p).contains("burned to death"))
                    .anySatisfy(p -> assertThat(p).contains("suffocated to death").contains("smoke inhalation"));
        });
    }

    @Test
    void oneCauseInOtherWordsOrOtherDeadOrAPenaltyAreNoConflict() {
        assertThat(analysed(
                Fixtures.article("a", "Ledger", "2025-02-01", "Two guards were burned to death when the warehouse caught fire."),
                Fixtures.article("b", "Courier", "2025-02-01", "Two guards died of burns after the warehouse caught fire.")).conflicts()).isEmpty();
        assertThat(DeathCauses.read(Fixtures.article("x", "Ledger", "2025-02-01", "Mark Ellis was shot to death outside the bar on Friday.")))
                .singleElement().satisfies(c -> assertThat(c.name()).isEqualTo("Mark Ellis"));
        assertThat(analysed(
                Fixtures.article("a", "Ledger", "2025-02-01", "Mark Ellis was shot to death outside the bar on Friday."),
                Fixtures.article("b", "Courier", "2025-02-01", "Paul Grant was stabbed to death outside the bar on Friday.")).conflicts()).isEmpty();
        assertThat(analysed(
                Fixtures.article("a", "Ledger", "2025-02-01", "The gunman shot two guards to death at the gate."),
                Fixtures.article("b", "Courier", "2025-02-01", "A court sentenced the gunman to death for the killings of two guards."),
                Fixtures.article("c", "Herald", "2025-02-01", "One guard was shot to death and another was stabbed to death.")).conflicts()).isEmpty();
    }

    @Test
    void aClaimOneOutletDeniesAndOthersStateIsDisputed() {
        Story s = analysed(
                Fixtures.article("a", "Ledger", "2025-03-01", "Soldiers fired on the crowd outside the ministry, killing two protesters, witnesses said."),
                Fixtures.article("b", "Courier", "2025-03-01", "Two protesters were killed when soldiers fired on the crowd outside the ministry."),
                Fixtures.article("c", "Herald", "2025-03-01", "The army denied that soldiers had fired on the crowd outside the ministry."));
        assertThat(s.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.topic()).isEqualTo("whether soldiers had fired on the crowd outside the ministry");
            assertThat(c.positions()).anySatisfy(p -> assertThat(p.documents()).containsExactlyInAnyOrder("a", "b"))
                    .anySatisfy(p -> {
                        assertThat(p.documents()).containsExactly("c");
                        assertThat(p.sources()).containsExactly("The army");
                    });
        });
    }

    @Test
    void aClaimCalledUnprovenAfterItIsReportedPointsBackToIt() {
        Story s = analysed(
                Fixtures.article("a", "Ledger", "2025-03-01", "Firefighters said the blaze at the depot was started by striking workers."),
                Fixtures.article("b", "Courier", "2025-03-01", "Television stations reported that the blaze at the depot was started by striking workers.",
                        "However this remains an unsubstantiated claim."));
        assertThat(s.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.topic()).isEqualTo("whether the blaze at the depot was started by striking workers");
            assertThat(positions(c)).anySatisfy(p -> assertThat(p).contains("unsubstantiated"));
        });
    }

    @Test
    void outletsThatAllReportTheDenialOrSayOtherThingsDoNotDispute() {
        assertThat(analysed(
                Fixtures.article("a", "Ledger", "2025-03-01", "The army denied that soldiers had fired on the crowd outside the ministry."),
                Fixtures.article("b", "Courier", "2025-03-01", "The army has denied reports that soldiers fired on the crowd outside the ministry."),
                Fixtures.article("c", "Herald", "2025-03-01", "The ministry will reopen on Monday, a spokesman said.")).conflicts()).isEmpty();
        assertThat(analysed(
                Fixtures.article("a", "Ledger", "2025-03-01", "Soldiers fired on the crowd outside the ministry, witnesses said."),
                Fixtures.article("b", "Courier", "2025-03-01", "The minister dismissed a report that soldiers might have fired on the crowd outside the ministry."),
                Fixtures.article("c", "Herald", "2025-03-01", "The ruling denies the soldiers who fired on the crowd outside the ministry the protection of the law.")).conflicts()).isEmpty();
        assertThat(analysed(
                Fixtures.article("a", "Ledger", "2025-03-01", "The coach denied wrongdoing after the match on Sunday."),
                Fixtures.article("b", "Courier", "2025-03-01", "The coach was accused of wrongdoing after the match on Sunday.")).conflicts()).isEmpty();
    }

    @Test
    void onlyOneMemberAgainstAllOfItsKindIsAConflictOfScope() {
        Story s = analysed(
                Fixtures.article("a", "Ledger", "2025-04-01", "The company said the bug was found only in version 12 of its mail app."),
                Fixtures.article("b", "Courier", "2025-04-01", "The bug affects all versions of the company's mail app, researchers said."));
        assertThat(s.conflicts()).singleElement().satisfies(c -> assertThat(positions(c))
                .containsExactlyInAnyOrder("only in version 12", "all versions of the company's mail app"));
    }

    @Test
    void onlyAfterItsNounIsReadToo() {
        // "Version 12 only is affected", parsed by hand with "only" hanging off the noun before it
        String text = "Version 12 only is affected";
        String[] words = text.split(" ");
        String[] tags = {"NN", "CD", "RB", "VBZ", "VBN"};
        List<org.parallax.model.Token> tokens = new java.util.ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            tokens.add(new org.parallax.model.Token(at, at + words[i].length(), words[i], tags[i], words[i].toLowerCase(), "O"));
            at += words[i].length() + 1;
        }
        org.parallax.model.Parse parse = new org.parallax.model.Parse(new int[]{4, 0, 0, 4, -1},
                new String[]{"nsubj:pass", "nummod", "advmod", "aux:pass", "root"});
        Article a = Fixtures.article("a", "Ledger", "2025-04-01", text);
        Article parsed = a.withSentences(List.of(new org.parallax.model.Sentence(0, 0, 0, text.length(), text, tokens, parse)));
        assertThat(Scopes.read(parsed)).singleElement().satisfies(x -> {
            assertThat(x.only()).isTrue();
            assertThat(x.text()).isEqualTo("Version 12 only");
        });
    }

    @Test
    void deathsDeniedNearlyOrThreatenedAreNoCauseAndOtherDeadLeaveADisagreementStanding() {
        Article burned = Fixtures.article("a", "Ledger", "2025-02-01", "Two guards were burned to death when the warehouse caught fire.");
        for (String other : List.of("The two guards were nearly beaten to death by the crowd.",
                "Rioters threatened to beat the two guards to death.", "The two guards did not die of gunshot wounds.")) {
            assertThat(analysed(burned, Fixtures.article("b", "Courier", "2025-02-01", other)).conflicts()).as(other).isEmpty();
        }
        Story s = analysed(burned,
                Fixtures.article("b", "Courier", "2025-02-01", "Two guards died of smoke inhalation, the coroner said."),
                Fixtures.article("c", "Herald", "2025-02-01", "A policeman was shot to death in the city on Friday, police said."));
        assertThat(s.conflicts()).singleElement().satisfies(c -> assertThat(c.positions())
                .flatExtracting(Conflict.Position::documents).containsExactlyInAnyOrder("a", "b"));
    }

    @Test
    void aDenialNotMadeOrOfTheSameNegativeClaimDisputesNothing() {
        Article fired = Fixtures.article("a", "Ledger", "2025-03-01", "Soldiers fired on the crowd outside the ministry, witnesses said.");
        assertThat(analysed(fired, Fixtures.article("b", "Courier", "2025-03-01",
                "The army did not deny that soldiers had fired on the crowd outside the ministry.")).conflicts()).isEmpty();
        assertThat(analysed(
                Fixtures.article("a", "Ledger", "2025-03-01", "The army said its soldiers did not fire on the crowd outside the ministry."),
                Fixtures.article("b", "Courier", "2025-03-01", "The army denied that soldiers had fired on the crowd outside the ministry."))
                .conflicts()).isEmpty();
        assertThat(analysed(fired, Fixtures.article("b", "Courier", "2025-03-01",
                "The army said soldiers had not fired on the crowd outside the ministry.", "Witnesses said this was false."))
                .conflicts()).isEmpty();
    }

    @Test
    void itIsFalseThatReadsItsOwnClause() {
        Story s = analysed(
                Fixtures.article("a", "Ledger", "2025-03-01", "Soldiers fired on the crowd outside the ministry, witnesses said."),
                Fixtures.article("b", "Courier", "2025-03-01", "Local television reported that the ministry was closed on Monday.",
                        "It is false that soldiers fired on the crowd outside the ministry, the army said."));
        assertThat(s.conflicts()).singleElement().satisfies(c ->
                assertThat(c.topic()).isEqualTo("whether soldiers fired on the crowd outside the ministry"));
    }

    @Test
    void notOnlyOrAKindNarrowedByAClauseIsNoConflictOfScope() {
        assertThat(analysed(
                Fixtures.article("a", "Ledger", "2025-04-01", "The bug was found not only in version 12 but also in version 11 of the mail app."),
                Fixtures.article("b", "Courier", "2025-04-01", "The bug affects all versions of the mail app, researchers said.")).conflicts()).isEmpty();
        assertThat(analysed(
                Fixtures.article("a", "Ledger", "2025-04-01", "The company is aware only of attacks that target users of the mail app."),
                Fixtures.article("b", "Courier", "2025-04-01", "The update blocks all known attacks on users of the mail app.")).conflicts()).isEmpty();
    }

    @Test
    void aNameMisprintedOnceIsNoConflict() {
        Story s = analysed(
                Fixtures.article("a", "Ledger", "2025-03-01", "Forward Andre Holmes signed a new deal with the club on Friday."),
                Fixtures.article("b", "Courier", "2025-03-01", "The club said Andre Holmes had signed. Andre Holmes will stay until 2030."),
                Fixtures.article("c", "Wire", "2025-03-01", "Anre Holmes signed a new deal with the club on Friday."));
        assertThat(s.conflicts()).isEmpty();
    }

    @Test
    void aPlayersLineFromAnotherNightIsNotAConflict() {
        Story s = analysed(
                Fixtures.article("game", "City Sports", null,
                        "Marcus Hale scored 31 points and grabbed 12 rebounds as the Hawks beat the Rams 98-90 on Friday."),
                Fixtures.article("roundup", "League Wire", null,
                        "Marcus Hale had 18 points and seven rebounds as the Hawks lost 77-81 to the Bears."));
        assertThat(s.conflicts()).isEmpty();
    }

    @Test
    void onePlayersOneLineToldTwoWaysIsAConflict() {
        Story s = analysed(
                Fixtures.article("a", "City Sports", null,
                        "Marcus Hale scored 31 points and grabbed 12 rebounds as the Hawks beat the Rams 98-90 on Friday."),
                Fixtures.article("b", "League Wire", null,
                        "Marcus Hale scored 33 points and grabbed 12 rebounds as the Hawks beat the Rams 98-90 on Friday."));
        assertThat(s.conflicts()).singleElement().satisfies(c ->
                assertThat(positions(c)).anyMatch(t -> t.contains("31 points")).anyMatch(t -> t.contains("33 points")));
    }

    @Test
    void anAverageIsNoCountAndAConversionNoClaim() {
        Story s = analysed(
                Fixtures.article("a", "City Sports", null,
                        "Marcus Hale finished with 20 points in the win over the Rams. The government pledged 10 billion euros ($13 billion) to the rescue fund."),
                Fixtures.article("b", "League Wire", null,
                        "Marcus Hale has averaged 22.8 points this season. The government pledged 10 billion euros ($11 billion) to the rescue fund."));
        assertThat(s.conflicts()).isEmpty();
    }

    @Test
    void aStretchOfASequenceIsNoTotal() {
        Story s = analysed(
                Fixtures.article("a", "City Sports", null, "The Hawks won 18 of their next 23 games after a poor start."),
                Fixtures.article("b", "League Wire", null, "The Hawks won 40 games last season and took the Bears to six games in the first round."),
                Fixtures.article("c", "Court Report", null, "The Hawks won the first two games of the series before losing four straight."));
        assertThat(s.conflicts()).isEmpty();
    }

    @Test
    void aFractionAndAPercentageOfOneShareDisagree() {
        Story s = analysed(
                Fixtures.article("a", "Tech Daily", null, "The browser is used on nearly three-quarters of the world's computers, industry figures show."),
                Fixtures.article("b", "Net Review", null, "The browser dominates the market with a share of nearly 60 percent of the world's computers, industry figures show."));
        assertThat(s.conflicts()).singleElement().satisfies(c -> assertThat(c.topic()).contains("share"));
    }

    @Test
    void hoursOfANounAndHoursOfItsVerbMeasureOneThing() {
        Story s = analysed(
                Fixtures.article("a", "Metro Courier", null, "The jury reached its verdict after 30 hours of deliberation."),
                Fixtures.article("b", "State Journal", null, "The panel deliberated for 40 hours before it reached a verdict."));
        assertThat(s.conflicts()).singleElement().satisfies(c ->
                assertThat(positions(c)).anyMatch(t -> t.contains("30 hours")).anyMatch(t -> t.contains("40 hours")));
    }

    @Test
    void twoOutletsDatingOneEventToDifferentDaysDisagree() {
        Story s = analysed(
                Fixtures.article("a", "Ledger", "2025-03-06", "Police arrested the city's mayor, Tomas Berg, on March 3, 2025, outside his home in Kellby."),
                Fixtures.article("b", "Courier", "2025-03-06", "Police arrested Tomas Berg, the mayor of Kellby, on March 4, 2025, after a raid on the city hall."));
        assertThat(s.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.topic()).startsWith("which day: arrested");
            assertThat(positions(c)).containsExactlyInAnyOrder("2025-03-03 (March 3, 2025)", "2025-03-04 (March 4, 2025)");
        });
    }

    @Test
    void outletsGivingOnePersonDifferentAgesAtOneTimeDisagree() {
        Story s = analysed(
                Fixtures.article("a", "Ledger", "2025-03-06", "The driver, Tomas Berg, 34, was taken to hospital in Kellby."),
                Fixtures.article("b", "Courier", "2025-03-07", "Police said the driver, Tomas Berg, 43, had been drinking before the crash."));
        assertThat(s.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.topic()).isEqualTo("how old Tomas Berg is");
            assertThat(positions(c)).containsExactlyInAnyOrder("Berg, 34", "Berg, 43");
        });
    }

    @Test
    void agesThatGrowWithTheYearsBetweenReportsOtherPeopleOfOneSurnameOrNumbersInWordsAreNoConflict() {
        // arrested at 34, tried at 36 two years later: an update
        assertThat(analysed(
                Fixtures.article("a", "Ledger", "2023-03-06", "Police arrested Tomas Berg, 34, outside his home in Kellby."),
                Fixtures.article("b", "Courier", "2025-04-07", "Tomas Berg, 36, went on trial in Kellby on Monday.")).conflicts()).isEmpty();
        // two people of one surname: a man and his sister
        assertThat(analysed(
                Fixtures.article("a", "Ledger", "2025-03-06", "Tomas Berg, 34, and his sister Anna Berg, 29, were hurt in the crash in Kellby."),
                Fixtures.article("b", "Courier", "2025-03-06", "Anna Berg, 29, was taken to hospital in Kellby, and Tomas Berg, 34, was treated at the scene.")).conflicts()).isEmpty();
        // "Berg, one of the first ..." is no age
        assertThat(analysed(
                Fixtures.article("a", "Ledger", "2025-03-06", "Tomas Berg, one of the first settlers of Kellby, died on Monday at 91."),
                Fixtures.article("b", "Courier", "2025-03-06", "Tomas Berg, 91, one of the first settlers of Kellby, died on Monday.")).conflicts()).isEmpty();
    }

    @Test
    void aDayNamedOnlyByItsMonthIsTheDayOtherOutletsGiveItsEvents() {
        // outlet a says "later that day" of a day it names only by its month; outlet b dates that day's shooting
        Story s = analysed(
                Fixtures.article("a", "Ledger", "2024-06-10", "In May 2024 a gunman opened fire on a crowded market in Tarsk, killing two traders.",
                        "Later that day, police arrested the gunman's brother, Ivo Lenz, at a checkpoint."),
                Fixtures.article("b", "Courier", "2024-06-10", "On May 14, 2024, a gunman opened fire on a crowded market in Tarsk.",
                        "Police arrested the gunman's brother, Ivo Lenz, at a checkpoint the next day."));
        assertThat(s.conflicts()).singleElement().satisfies(c -> {
            assertThat(positions(c)).containsExactlyInAnyOrder("2024-05-14 (Later that day)", "2024-05-15 (the next day)");
            assertThat(c.explanation()).contains("2024-05");
        });
    }

    @Test
    void otherPeopleOtherEventsBothDaysInOneOutletOrAnUnknownDayAreNoConflict() {
        // the same verb of other people
        assertThat(analysed(
                Fixtures.article("a", "Ledger", "2025-03-06", "Police arrested Tomas Berg on March 3, 2025, outside his home in Kellby."),
                Fixtures.article("b", "Courier", "2025-03-06", "Police arrested Anna Lind on March 4, 2025, outside her office in Kellby.")).conflicts()).isEmpty();
        // an outlet that gives both days takes no side
        assertThat(analysed(
                Fixtures.article("a", "Ledger", "2025-03-06", "Police arrested Tomas Berg on March 3, 2025, outside his home in Kellby.",
                        "Police arrested Tomas Berg again on March 4, 2025, after he was freed on bail."),
                Fixtures.article("b", "Courier", "2025-03-06", "Police arrested Tomas Berg on March 4, 2025, outside his home in Kellby.")).conflicts()).isEmpty();
        // a date inside a noun phrase dates no verb
        assertThat(EventDays.read(Fixtures.article("a", "Ledger", "2025-03-06",
                "Tomas Berg was questioned about the March 3, 2025 raid on the city hall."))).isEmpty();
        // "that day" after a year alone, or other outlets giving two days of that month: the day stays unknown
        assertThat(analysed(
                Fixtures.article("a", "Ledger", "2024-06-10", "In May 2024 a gunman opened fire on a crowded market in Tarsk.",
                        "Later that day, police arrested the gunman's brother, Ivo Lenz, at a checkpoint."),
                Fixtures.article("b", "Courier", "2024-06-10", "On May 14, 2024, a gunman opened fire on a crowded market in Tarsk.",
                        "On May 20, 2024, a gunman opened fire on a crowded market in Tarsk again.",
                        "Police arrested the gunman's brother, Ivo Lenz, on May 21, 2024.")).conflicts()).isEmpty();
    }
}
