package org.parallax.quotes;

import java.util.Set;
import java.util.regex.Pattern;

/** Words that introduce speech ("said", "told", "according to") and words that name speakers. */
final class Cues {
    private static final String FINITE = "said|says|say|told|tells|tell|wrote|writes|write|added|adds|warned|warns|"
            + "stressed|stresses|vowed|vows|noted|notes|stated|states|remarked|remarks|concluded|explained|explains|"
            + "outlined|asked|asks|replied|replies|insisted|insists|argued|argues|claimed|claims|declared|declares|"
            + "announced|announces|acknowledged|acknowledges|admitted|admits|recalled|recalls|posted|tweeted|"
            + "urged|urges|thanked|thanks|accused|accuses|described|describes|continued|continues|complained|"
            + "cautioned|predicted|promised|pledged|suggested|suggests|emphasi[sz]ed|emphasi[sz]es|reiterated|"
            + "maintained|confirmed|confirms|observed|responded|answered|conceded|concedes|boasted|joked|"
            + "testified|alleged|alleges|charged|countered|demanded|lamented|quipped|recounted|revealed|shouted|"
            + "texted|wondered|affirmed|contended|disclosed|elaborated|exclaimed|highlighted|mentioned|"
            + "pointed out|blamed|criticised|criticized|assured|reassured|welcomed|condemned|denied|denies|"
            + "announced|reported|informed|briefed|called|calls|dubbed|termed|labell?ed";
    private static final String PARTICIPLE = "saying|adding|noting|writing|warning|vowing|calling|describing|"
            + "accusing|arguing|insisting|stressing|telling|explaining|declaring|claiming|urging|asking|"
            + "elaborating|stating|promising|pledging|blaming|dubbing|terming|suggesting|recalling|"
            + "acknowledging|admitting|thanking|emphasi[sz]ing|reiterating|complaining|cautioning";

    /** A speech cue as a whole word; group 1 is "according to", group 2 a participle. */
    static final Pattern CUE = Pattern.compile("\\b(?:(according to)|(" + PARTICIPLE + ")|(?:" + FINITE + "))\\b",
            Pattern.CASE_INSENSITIVE);

    /** Words that name what a quote-introducing phrase refers to only a label ("so-called"): a scare quote. */
    static final Pattern LABEL_BEFORE = Pattern.compile(
            "(?:so-called|so called|dubbed|termed|labell?ed|branded|known as|nicknamed|titled|entitled|"
                    + "the word|the term|the phrase)\\s*[,:]?\\s*$", Pattern.CASE_INSENSITIVE);

    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");

    /** Plural or collective nouns a text uses for unnamed groups of speakers. */
    static final Set<String> GROUPS = Set.of("sources", "source", "officials", "media", "authorities", "police",
            "analysts", "experts", "witnesses", "residents", "diplomats", "critics", "officers", "lawmakers",
            "leaders", "protesters", "activists", "members", "aides", "observers", "spokesmen", "investigators",
            "prosecutors", "villagers", "survivors", "organizers", "organisers", "insiders", "people", "staff",
            "employees", "workers", "doctors", "negotiators", "mediators", "advisers", "advisors", "supporters",
            "opponents", "democrats", "republicans", "voters", "families", "relatives", "students", "teachers",
            "parents", "scientists", "researchers", "economists", "traders", "troops", "soldiers",
            "militants", "rebels", "the government", "government", "ministry", "military", "army", "statement",
            "report", "reports", "agency", "spokesperson", "spokesman", "spokeswoman", "office", "department");

    /** Nouns by which a text refers back to an organisation: "the paper", "the network". */
    static final Set<String> ORG_NOUNS = Set.of("paper", "newspaper", "network", "agency", "company", "ministry",
            "group", "military", "army", "government", "station", "channel", "broadcaster", "outlet", "magazine",
            "site", "website", "firm", "organization", "organisation", "department", "office", "committee",
            "council", "party", "campaign", "administration", "court", "union", "board", "bank", "club", "team",
            "university", "school", "hospital", "airline", "carrier", "commission", "regime", "publication",
            "daily", "tabloid", "studio", "league", "movement", "coalition", "alliance");

    /** Words that end a noun phrase when read backwards from a cue. */
    static final Set<String> CLAUSE = Set.of("that", "and", "but", "which", "who", "whom", "because", "while",
            "when", "as", "after", "before", "if", "since", "where", "than", "so", "or", "although", "though",
            "whether", "what", "how", "why", "until", "unless", "once", "also", "then", "to", "is", "was", "were",
            "are", "has", "had", "have", "be", "been", "would", "will", "could", "should", "may", "might", "not",
            "with", "by", "from", "into", "about", "against", "over", "under", "at", "on");

    /** Adverbs between a speaker and the cue: "Asif also said", "he further remarked". */
    static final Set<String> ADVERBS = Set.of("also", "further", "later", "then", "again", "once", "had", "has",
            "have", "was", "is", "reportedly", "previously", "earlier", "recently", "today", "yesterday",
            "publicly", "separately", "simply", "only", "just", "quickly", "repeatedly", "frequently", "often",
            "would", "will", "always", "never", "even", "subsequently", "immediately", "first", "finally",
            "privately", "openly", "directly", "specifically", "bluntly", "flatly", "emphatically", "personally");

    private Cues() {
    }
}
