package org.parallax.framing;

import org.parallax.model.Article;
import org.parallax.model.Framing;
import org.parallax.model.Framing.LoadedTerm;
import org.parallax.model.Passage;
import org.parallax.model.Quote;
import org.parallax.model.QuoteOccurrence;
import org.parallax.model.SourceText;
import org.parallax.model.Span;
import org.parallax.model.Story;
import org.parallax.pipeline.Stage;
import org.parallax.pipeline.StageResult;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Story stage "framing": for each document, the loaded terms in its own voice (outside quotation
 * marks), the labels it gives the story's actors, its unnamed and named sources and the agencies it
 * credits. Uses the story's quotes and entities when earlier stages found them, and falls back on its
 * own quote-span finder and capitalised noun phrases when they are empty. Pure function; thread-safe.
 *
 * <p>Cost: per article, sources and quote spans are linear in its tokens, and the lexicon's joined pattern is
 * one pass over each paragraph; a paragraph it hits is searched again by each of the L entries, each hit
 * tested against all the article's quoted spans. Two products are quadratic in the story: each article scans
 * every quote occurrence, O(n·o) in {@link #quoted}, and {@link ActorLabels} tests each of φ capitalised
 * phrases against each of a entity names and aliases, O(φ·a) substring searches.
 */
public final class FramingStage implements Stage<Story, Story> {
    /** Wire services named in copy ("told the Associated Press", "according to Reuters"). */
    private static final Pattern AGENCY = Pattern.compile("\\b(Associated Press|Reuters|Agence France-Presse|AFP|"
            + "Press Trust of India|PTI|Associated Press of Pakistan|APP|ANI|IANS|Anadolu(?: Agency)?|Xinhua|"
            + "Bloomberg|United Press International|UPI|dpa|Kyodo|Yonhap|TASS|Bernama|Bakhtar|Tolo ?news)\\b");

    private final Lexicon lexicon;

    public FramingStage() {
        this(Lexicon.standard());
    }

    public FramingStage(Lexicon lexicon) {
        this.lexicon = java.util.Objects.requireNonNull(lexicon, "lexicon");
    }

    @Override
    public StageResult<Story> apply(Story story) {
        Map<String, List<Framing.ActorLabel>> labels = ActorLabels.table(story.articles(), story.entities());
        List<Framing> framing = new ArrayList<>();
        for (Article a : story.articles()) {
            framing.add(frame(a, quoted(a, story.quotes()), labels.getOrDefault(a.id(), List.of())));
        }
        return StageResult.ok(story.withFraming(framing));
    }

    /** The framing of one article, given its quoted spans and its actor labels. */
    Framing frame(Article a, List<Span> quoted, List<Framing.ActorLabel> labels) {
        String text = a.original();
        List<LoadedTerm> terms = new ArrayList<>();
        List<SourceText> anonymous = new ArrayList<>();
        List<SourceText> named = new ArrayList<>();
        Set<String> agencies = new LinkedHashSet<>(a.credits());
        org.parallax.quotes.Sourcing.Sources sources = Attributions.of(a);
        anonymous.addAll(sources.unnamed());
        named.addAll(sources.named());
        for (Passage p : a.body()) {
            int from = p.span().start();
            int to = p.span().end();
            terms.addAll(lexicon.find(text, from, to, quoted));
            Matcher m = AGENCY.matcher(text).region(from, to);
            while (m.find()) {
                agencies.add(m.group(1));
            }
        }
        int all = anonymous.size() + named.size();
        double share = all == 0 ? 0.0 : Math.round(1000.0 * anonymous.size() / all) / 1000.0;
        return new Framing(a.id(), terms, labels, anonymous, named, List.copyOf(agencies), share);
    }

    /** Quoted spans of an article: its own quote marks plus the story's quote occurrences in it. */
    static List<Span> quoted(Article a, List<Quote> quotes) {
        List<Span> spans = new ArrayList<>(QuoteSpans.find(a.original()));
        for (Quote q : quotes) {
            for (QuoteOccurrence o : q.occurrences()) {
                if (o.document().equals(a.id()) && o.match() != org.parallax.model.Match.PARAPHRASE
                        && 0 <= o.start() && o.start() <= o.end() && o.end() <= a.original().length()) {
                    spans.add(new Span(o.start(), o.end()));
                }
            }
        }
        spans.sort(null);
        return spans;
    }
}
