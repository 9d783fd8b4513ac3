package org.parallax.web;

import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.Conflict;
import org.parallax.model.Framing;
import org.parallax.model.Match;
import org.parallax.model.Quantity;
import org.parallax.model.Quote;
import org.parallax.model.QuoteOccurrence;
import org.parallax.model.SourceText;
import org.parallax.model.Speaker;
import org.parallax.model.Story;
import org.parallax.model.SummarySentence;
import org.parallax.model.TimelineEvent;
import org.parallax.pipeline.StageResult;

import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in for the analysis stages, for page tests only: fills every section of a story of the ferry
 * fixtures (test/resources/articles/ferry) from words those fixtures contain, so the page can be
 * checked with all sections present whatever stages the branch has.
 */
final class FakeAnalysis {
    private FakeAnalysis() {
    }

    static StageResult<Story> apply(Story s) {
        List<QuoteOccurrence> quote = new ArrayList<>();
        List<SourceText> rescued = new ArrayList<>();
        List<SourceText> radar = new ArrayList<>();
        List<Framing> framing = new ArrayList<>();
        for (Article a : s.articles()) {
            find(a, "safe and accounted for").ifPresent(st -> quote.add(new QuoteOccurrence(a.id(), st.text(),
                    st.start(), st.end(), "Ortiz", quote.isEmpty() ? Match.VERBATIM : Match.PARAPHRASE, "Lena Ortiz", List.of())));
            find(a, "rescued").ifPresent(rescued::add);
            find(a, "radar").ifPresent(radar::add);
            find(a, "longer than officials admitted").ifPresent(st -> framing.add(new Framing(a.id(),
                    List.of(new Framing.LoadedTerm(st.text(), st.start(), st.end(), "editorial judgement")),
                    List.of(new Framing.ActorLabel(null, "Coastguard commander", 1)), List.of(), List.of(), List.of(), 0.0)));
        }
        if (quote.isEmpty() || rescued.isEmpty()) {
            return new StageResult.Ok<>(summarised(s));
        }
        Claim c1 = new Claim("c1", "All 40 passengers were rescued", rescued, List.of(new Quantity(40, null, "passengers rescued")),
                List.of(), rescued.size(), rescued.size() > 1 ? Claim.Status.CORROBORATED : Claim.Status.SINGLE_SOURCE, List.of());
        Claim c2 = new Claim("c2", "The ferry lost its radar <before> striking the sandbar", radar, List.of(), List.of(),
                radar.size(), Claim.Status.DISPUTED, List.of());
        Story out = s.withQuotes(List.of(new Quote("q1", new Speaker("e1", "Lena Ortiz"),
                        "Every passenger is safe and accounted for", quote, false)))
                .withClaims(List.of(c1, c2))
                .withConflicts(List.of(new Conflict("x1", "how long the rescue took",
                        List.of(new Conflict.Position("c2", List.of(s.articles().get(0).id()), "minutes"),
                                new Conflict.Position("c1", List.of(s.articles().get(1).id()), "nearly four hours")),
                        "Outlets give different durations.")))
                .withTimeline(List.of(new TimelineEvent("2026-03-03", TimelineEvent.Precision.DAY,
                        "The ferry runs aground in fog", s.documentIds(), List.of("c1"))))
                .withFraming(framing);
        return new StageResult.Ok<>(summarised(out));
    }

    /** A summary citing the first two articles, when the story has none and two articles. */
    static Story summarised(Story s) {
        if (!s.summary().isEmpty() || s.articles().size() < 2) {
            return s;
        }
        return s.withSummary(List.of(new SummarySentence("A ferry ran aground in fog and every passenger was rescued.",
                List.of(s.articles().get(1).id(), s.articles().get(0).id()), List.of())));
    }

    private static java.util.Optional<SourceText> find(Article a, String words) {
        int at = a.original().indexOf(words);
        if (at < 0) {
            return java.util.Optional.empty();
        }
        return a.sentences().stream().filter(x -> x.start() <= at && at < x.end()).findFirst()
                .map(x -> new SourceText(a.id(), x.text(), x.start(), x.end()));
    }
}
