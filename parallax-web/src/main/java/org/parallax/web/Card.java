package org.parallax.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.parallax.model.Article;
import org.parallax.model.Story;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What a story's card on the home page shows, worked out once when the story is analysed and kept with
 * the analysis as JSON, so the home page needs no analysis to draw.
 *
 * @param dates the range of its articles' publication dates, or ""
 */
record Card(String headline, int articles, String dates, List<String> outlets, int quotes, int claims, int conflicts,
            int dated) {
    Card {
        dates = dates == null ? "" : dates;
        outlets = outlets == null ? List.of() : List.copyOf(outlets);
    }

    static Card of(Story s) {
        return new Card(s.headline(), s.articles().size(), org.parallax.report.StoryView.dateRange(s),
                new ArrayList<>(new LinkedHashSet<>(s.articles().stream().map(Article::proseName).toList())),
                s.quotes().size(), s.claims().size(), s.conflicts().size(), s.timeline().size());
    }

    /** The story's row in the index of stories. */
    org.parallax.report.StoryIndex.Row row(String href, String fallbackHeadline, int articleCount, boolean updating) {
        String[] range = dates.split(" \u2013 ");
        return new org.parallax.report.StoryIndex.Row(href, headline != null ? headline
                : fallbackHeadline != null ? fallbackHeadline : "Untitled story", outlets, range[0],
                range.length > 1 ? range[1] : range[0], articleCount, quotes, claims, conflicts, updating);
    }

    String json() {
        try {
            return Json.MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a card is plain data", e);
        }
    }

    /**
     * The card kept as JSON; a story kept from before cards (or waiting for its analysis) gets one from its
     * index entry alone.
     */
    static Card parse(String json, String headline, int articles) {
        try {
            Card c = json == null || json.equals("{}") ? null : Json.MAPPER.readValue(json, Card.class);
            if (c != null) {
                return c;
            }
        } catch (JsonProcessingException e) {
            // a damaged card is redrawn from what the index knows
        }
        return new Card(headline, articles, "", List.of(), 0, 0, 0, 0);
    }
}
